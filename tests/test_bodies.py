"""Article bodies: main-text extraction on our own pages, and the body step of the fetch loop."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from idlibmon.ingest.main_text import extract_main_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ---- main text -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_main_text_keeps_the_story_and_drops_the_site(name: str) -> None:
    exp = EXPECTED[name]
    page = extract_main_text((PAGES / name).read_bytes())
    text = _flat(page.text)
    missing = [m for m in exp["must"] if m not in text]
    leaked = [m for m in exp["must_not"] if m in text]
    assert not missing, f"lost from the story: {missing}"
    assert not leaked, f"boilerplate kept: {leaked}"
    assert page.paywalled == bool(exp.get("paywall"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_publication_date_from_the_page(name: str) -> None:
    page = extract_main_text((PAGES / name).read_text(encoding="utf-8"))
    assert page.published is not None and page.published.tzinfo is not None
    assert page.published.date().isoformat() == EXPECTED[name]["date"]


def test_date_only_in_meta_tags_keeps_its_time() -> None:
    page = extract_main_text((PAGES / "meta_date.html").read_text(encoding="utf-8"))
    assert page.published == datetime(2020, 1, 10, 14, 5, tzinfo=UTC)


def test_no_date_guessed_from_a_copyright_line() -> None:
    html = "<html><body><article><p>" + "Families left the camps at dawn. " * 20 + "</p></article>"
    html += "<footer>Copyright 2021 Example Media</footer></body></html>"
    page = extract_main_text(html)
    assert "Families left the camps" in page.text
    assert page.published is None


def test_headline_line_is_not_repeated_in_the_body() -> None:
    page = extract_main_text((PAGES / "displacement.html").read_text(encoding="utf-8"))
    assert page.title == "Thousands flee as air strikes hit southern Idlib towns"
    assert not page.text.startswith("Thousands flee")
    assert page.text.startswith("Aid groups say")


def test_page_text_is_sanitised() -> None:
    html = (
        "<html><head><title>T</title></head><body><article>"
        + "<p>Shelling hit the town \x1b]8;;http://evil\x07again\x1b[2J today, residents said.</p>" * 8
        + "<p>\u202eReversed\u202c text and a [bold red]markup[/] attempt stay plain.</p></article></body></html>"
    )
    text = extract_main_text(html).text
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "Shelling hit the town" in text and "[bold red]markup[/]" in text


def test_empty_or_binary_input_does_not_raise() -> None:
    assert extract_main_text("").text == ""
    assert extract_main_text(b"   ").text == ""
    text = extract_main_text(b"\x00\x01\x02 not html at all").text
    assert not re.search(r"[\x00-\x08]", text)
