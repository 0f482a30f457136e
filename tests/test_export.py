"""`idlibmon export`: the JSON shapes, CSV and Markdown, and neutralised network text."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from idlibmon import cli
from idlibmon.config import Config, load_config
from idlibmon.exporting import csv_cell, export, md_text, safe_url
from idlibmon.models import Event, Extraction, Figure, Period
from idlibmon.store import Store

HOSTILE_TITLE = "=HYPERLINK(\"http://evil.example\",\"x\") \x1b]2;pwned\x07 **bold** | [click](javascript:alert(1)) \u202e<b>"
HOSTILE_TITLE_CLEAN = "=HYPERLINK(\"http://evil.example\",\"x\") **bold** | [click](javascript:alert(1)) <b>"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n\n'
        '[[timeline]]\ndate = "2019-12"\nkind = "escalation"\nlabel = "December escalation"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def config(config_path: Path) -> Config:
    return load_config(config_path)


@pytest.fixture
def filled(config: Config, add_article) -> Config:
    """Three reports: two outlets on 27 Dec, a raised figure on 30 Dec, one hostile outlet."""
    with Store(config.store.path) as store:
        a = add_article(store, outlet="Wire", title="235,000 flee southern Idlib", published="2019-12-27T09:00:00+00:00",
                        link="https://wire.example/idlib-235000")
        store.save_extraction(a, Extraction(
            figures=[Figure(235_000, "displaced", qualifier="more_than", text="More than 235,000 people have fled",
                            when=Period("2019-12-12", "2019-12-25"), place="Idlib", source="OCHA", span=(0, 10))],
            events=[Event("2019-12-26", "talks", text="On Thursday, Washington warned Damascus",
                          resolved_from="On Thursday"),
                    Event("2019-12-19", "escalation", text="Raids intensified on 19 December")],
        ), 1)
        b = add_article(store, outlet="+Regional", title=HOSTILE_TITLE, published="2019-12-27T15:00:00+00:00",
                        link="javascript:alert(1)", relevant=("Idlib", "Saraqeb"))
        store.save_extraction(b, Extraction(
            figures=[Figure(250_000, "displaced", text="-250,000 =SUM(A1) fled \x1b[2J", place="Idlib",
                            source="@monitor")],
            events=[Event("2019-12-26", "talks", text="Washington warned Damascus on 26 December")],
        ), 1)
        c = add_article(store, outlet="UN News", title="Displacement rises to 284,000",
                        published="2019-12-30T11:00:00+00:00", link="https://un.example/284000")
        store.save_extraction(c, Extraction(figures=[
            Figure(284_000, "displaced", text="284,000 people displaced", when=Period("2019-12-01", "2019-12-29"),
                   place="Idlib", source="OCHA"),
        ]), 1)
    return config


def run_export(config: Config, what: str, fmt: str, since=None) -> str:
    out = io.StringIO()
    with Store(config.store.path, readonly=True) as store:
        export(store, config, what, fmt, out, since=since)
    return out.getvalue()


# ---- JSON shapes ------------------------------------------------------------------------------

def test_figures_json_has_extract_fields_plus_provenance_and_one_headline(filled: Config) -> None:
    data = json.loads(run_export(filled, "figures", "json"))

    assert list(data) == ["figures"]
    figures = data["figures"]
    assert {k for f in figures for k in f} == {
        "value", "high", "category", "unit", "qualifier", "text", "when", "place", "source", "span",
        "outlet", "article_url", "published", "headline",
    }
    assert [(f["value"], f["outlet"], f["headline"]) for f in figures] == [
        (284_000, "UN News", True), (250_000, "+Regional", False), (235_000, "Wire", False),
    ]
    newest = figures[0]
    assert newest["article_url"] == "https://un.example/284000"
    assert newest["published"] == "2019-12-30T11:00:00+00:00"
    assert newest["when"] == {"start": "2019-12-01", "end": "2019-12-29"}


def test_timeline_json_shape_counts_sources(filled: Config) -> None:
    timeline = json.loads(run_export(filled, "timeline", "json"))["timeline"]

    assert all(set(e) == {"start", "end", "kind", "label", "curated", "count", "sources"} for e in timeline)
    assert [(e["start"], e["kind"], e["curated"], e["count"]) for e in timeline] == [
        ("2019-12", "escalation", True, 1), ("2019-12-26", "talks", False, 2),
    ]
    talks = timeline[1]
    assert [set(s) for s in talks["sources"]] == [{"outlet", "url", "text"}] * 2
    assert talks["sources"][0] == {"outlet": "Wire", "url": "https://wire.example/idlib-235000",
                                   "text": "On Thursday, Washington warned Damascus"}


def test_headlines_json_shape(filled: Config) -> None:
    headlines = json.loads(run_export(filled, "headlines", "json"))["headlines"]

    assert [h["title"] for h in headlines] == [
        "Displacement rises to 284,000", HOSTILE_TITLE_CLEAN, "235,000 flee southern Idlib"
    ]
    assert all(set(h) == {"published", "outlet", "title", "url", "relevant", "story", "story_sources"}
               for h in headlines)
    hostile = headlines[1]
    assert hostile["relevant"] == ["Idlib", "Saraqeb"]
    assert isinstance(hostile["story"], int) and hostile["story_sources"] == 1


def test_since_filters_by_report_date_and_timeline_by_event_date(filled: Config) -> None:
    from idlibmon.commands.export import since_date

    since = since_date("2019-12-28")
    figures = json.loads(run_export(filled, "figures", "json", since))["figures"]
    assert [f["value"] for f in figures] == [284_000]
    headlines = json.loads(run_export(filled, "headlines", "json", since))["headlines"]
    assert [h["outlet"] for h in headlines] == ["UN News"]
    timeline = json.loads(run_export(filled, "timeline", "json", since_date("2019-12-20")))["timeline"]
    assert [e["start"] for e in timeline] == ["2019-12", "2019-12-26"]  # the month entry reaches past the 20th
    assert json.loads(run_export(filled, "timeline", "json", since_date("2020-01-01")))["timeline"] == []


# ---- neutralisation ----------------------------------------------------------------------------

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("what", ["headlines", "figures", "timeline"])
@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_no_control_characters_in_any_export(filled: Config, what: str, fmt: str) -> None:
    text = run_export(filled, what, fmt)

    assert "HYPERLINK" in text or what != "headlines"  # the text stays ...
    assert "pwned" not in text  # ... but a whole escape sequence goes, its payload with it
    assert not CONTROL.search(text.replace("\n", ""))


def test_csv_cells_never_start_a_formula(filled: Config) -> None:
    rows = list(csv.DictReader(io.StringIO(run_export(filled, "figures", "csv"))))
    hostile = next(r for r in rows if "SUM" in r["text"])

    assert hostile["text"].startswith("'-250,000")
    assert hostile["source"] == "'@monitor"
    assert hostile["outlet"] == "'+Regional"
    assert rows[0]["value"] == "284000" and rows[0]["headline"] == "true"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell

    headlines = list(csv.DictReader(io.StringIO(run_export(filled, "headlines", "csv"))))
    assert next(h for h in headlines if "HYPERLINK" in h["title"])["title"].startswith("'=HYPERLINK")
    assert all(len(h) == 7 for h in headlines)


def test_markdown_escapes_and_keeps_one_row_per_item(filled: Config) -> None:
    table = run_export(filled, "headlines", "md")
    lines = table.splitlines()

    assert lines[0].startswith("| published | outlet | title |")
    assert len(lines) == 2 + 3
    columns = lines[0].count("|")
    for line in lines[2:]:
        assert len(re.findall(r"(?<!\\)\|", line)) == columns  # an escaped | cannot split the row
    hostile = next(line for line in lines if "HYPERLINK" in line)
    assert r"\*\*bold\*\*" in hostile
    assert r"\[click\]\(javascript:alert\(1\)\)" in hostile
    assert r"\<b\>" in hostile
    assert "](javascript" not in hostile  # the hostile link is not a link
    assert "[Displacement rises to 284,000](https://un.example/284000)" in table


def test_markdown_timeline_links_each_source(filled: Config) -> None:
    table = run_export(filled, "timeline", "md")

    assert "[Wire](https://wire.example/idlib-235000)" in table
    assert "| 26 Dec 2019 | talks |" in table
    assert "\\+Regional" not in table  # + is harmless inside a cell: left as typed
    assert "+Regional" in table


@pytest.mark.parametrize(("value", "cell"), [
    ("=1+1", "'=1+1"), ("+49 30", "'+49 30"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("ok", "ok"),
    ("  =1", "'=1"), (-5, -5), (None, ""), (True, "true"), ("a\x1b[31mb", "ab"),
])
def test_csv_cell(value, cell) -> None:
    assert csv_cell(value) == cell


def test_md_text_and_safe_url() -> None:
    assert md_text("a|b_c*d`e") == r"a\|b\_c\*d\`e"
    assert md_text("line\nbreak") == "line break"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://x.example/a b(c)|d") == "https://x.example/a%20b%28c%29%7Cd"


# ---- the command -------------------------------------------------------------------------------

def test_cli_export_figures_csv(filled: Config, config_path: Path, capsys) -> None:
    assert cli.main(["export", "--config", str(config_path), "--what", "figures", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))

    assert rows[0][:3] == ["published", "category", "value"]
    assert len(rows) == 1 + 3


def test_cli_export_in_a_subprocess(filled: Config, config_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "idlibmon", "export", "--config", str(config_path), "--what", "timeline",
         "--since", "2019-12-26"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert [e["kind"] for e in json.loads(out.stdout)["timeline"]] == ["escalation", "talks"]


def test_cli_bad_since_is_one_clear_line(config_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["export", "--config", str(config_path), "--what", "figures", "--since", "last tuesday"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "not a date: 'last tuesday'" in err and "Traceback" not in err


def test_cli_missing_store_says_so(config_path: Path, capsys) -> None:
    assert cli.main(["export", "--config", str(config_path), "--what", "figures"]) == 1
    assert "no store at" in capsys.readouterr().err


def test_cli_unreadable_store_says_so(config: Config, config_path: Path, capsys) -> None:
    config.store.path.write_bytes(b"this is not a database" * 100)
    assert cli.main(["export", "--config", str(config_path), "--what", "headlines"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "store" in err


def test_cli_needs_what(config_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["export", "--config", str(config_path)])
    assert exc.value.code == 2
    assert "--what" in capsys.readouterr().err


def test_markdown_figures_read_like_a_story(filled: Config) -> None:
    table = run_export(filled, "figures", "md")
    row = next(line for line in table.splitlines() if "284,000 people displaced" in line)

    assert "| 284,000 |" in row
    assert "[UN News](https://un.example/284000)" in row
    assert "| yes |" in row  # the headline figure


def test_one_outlet_telling_an_event_twice_is_named_once(config: Config, add_article) -> None:
    # Levant Wire tells the ceasefire in two articles, and one of them was stored twice (same URL).
    with Store(config.store.path) as store:
        for link, published in (("https://wire.example/a", "2020-03-05T10:00:00+00:00"),
                                ("https://wire.example/a", "2020-03-05T11:00:00+00:00"),
                                ("https://wire.example/b", "2020-03-06T09:00:00+00:00")):
            article_id = add_article(store, outlet="Levant Wire", title="Ceasefire", published=published, link=link)
            store.save_extraction(article_id, Extraction(events=[
                Event("2020-03-05", "ceasefire", text="A ceasefire took effect on 5 March")]), 1)

    entry = json.loads(run_export(config, "timeline", "json"))["timeline"][-1]
    table = run_export(config, "timeline", "md")

    assert entry["count"] == 1
    assert [s["url"] for s in entry["sources"]] == ["https://wire.example/a", "https://wire.example/b"]
    rows = list(csv.DictReader(io.StringIO(run_export(config, "timeline", "csv"))))
    assert rows[-1]["sources"] == "Levant Wire"
    assert rows[-1]["urls"] == "https://wire.example/a https://wire.example/b"
    assert "[Levant Wire](https://wire.example/a) [2](https://wire.example/b)" in table
    assert table.count("Levant Wire") == 1
