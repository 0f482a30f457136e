"""The engine's own choices between steps: which dates a figure's period may come from."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

FRI = date(2019, 7, 26)


def periods(text: str) -> list[tuple[float, dict[str, str | None] | None]]:
    return [(f["value"], f["when"]) for f in extract(text, FRI).to_dict()["figures"]]


def test_the_day_a_source_spoke_gives_way_to_the_period_of_the_count() -> None:
    text = ("The rights office said on Friday that at least 450 civilians had been killed in the "
            "province since the end of April.")
    assert periods(text) == [(450, {"start": "2019-04", "end": None})]


def test_the_day_a_source_spoke_still_dates_a_count_with_no_other_date() -> None:
    text = "The rights office said on Friday that at least 450 civilians had been killed in the province."
    assert periods(text) == [(450, {"start": "2019-07-26", "end": None})]


def test_a_day_that_is_not_a_saying_keeps_its_count() -> None:
    text = "An air strike on Monday killed 12 people in the town, the rescue service said on Friday."
    assert periods(text) == [(12, {"start": "2019-07-22", "end": None})]


def test_lowering_a_long_text_twice_gives_the_same_answer_once_computed() -> None:
    from idlibmon.extract.text import ascii_lower

    text = "Shelling HIT İdlib. " * 100
    low = ascii_lower(text)
    assert len(low) == len(text) and low.startswith("shelling hit İdlib.")
    assert ascii_lower(text) is low  # the whole article is lowered once
    other = "Convoys CROSSED. " * 100
    assert ascii_lower(other) == other.lower()
    assert ascii_lower("ABC") == "abc" and ascii_lower(text) == low


def test_boilerplate_words_found_whatever_their_case_or_folded_letters() -> None:
    from idlibmon.extract.text import is_boilerplate

    for line in ("Sign up for our NEWSLETTER", "© 2020 All Rights Reserved", "We use coo\u212aies",
                 "Republİsh this article", "Subscribe to the newſletters", "Photo: AFP", "Home | News | Opinion | Video"):
        assert is_boilerplate(line), line
    for line in ("Aid agencies said the newsletter-style bulletin is published weekly and lists 4,000 families "
                 "displaced since Monday in the villages south of the city, with more expected to arrive soon " * 3,
                 "Shelling hit Ariha on Monday.", "Ten people were killed."):
        assert not is_boilerplate(line), line


def test_markup_is_recognised_only_where_a_tag_opens() -> None:
    from idlibmon.extract.text import looks_like_html

    assert looks_like_html("<p>Shelling hit Ariha.</p>")
    assert not looks_like_html("Shelling hit Ariha; casualties < 10.")
    assert not looks_like_html("x" * 6000 + "<p>late tag</p>")
