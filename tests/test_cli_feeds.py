"""`idlibmon feeds`: health listing, OPML import/export, re-enabling a gone feed."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from feedkit import config_text
from idlibmon import cli
from idlibmon.config import load_config, user_config_path
from idlibmon.store import FeedState, Store

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>newsboat export</title></head>
  <body>
    <outline text="Syria">
      <outline type="rss" text="Syria Direct" xmlUrl="https://syriadirect.org/feed/"/>
      <outline type="rss" title="North Press" text="NPA" xmlUrl="https://npasyria.com/en/feed/"/>
    </outline>
    <outline type="rss" text="BBC again" xmlUrl="https://feeds.bbci.co.uk/news/world/middle_east/rss.xml"/>
    <outline type="rss" text="Gopher" xmlUrl="gopher://example.org/feed"/>
    <outline type="rss" text="Dup" xmlUrl="https://npasyria.com/en/feed/?utm_source=x"/>
    <outline type="rss" text="Tricky &quot;name&quot; \\ [x]" xmlUrl="https://tricky.example/feed"/>
  </body>
</opml>
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_creates_the_user_config_from_the_default(tmp_path: Path, capsys) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML, encoding="utf-8")
    assert not user_config_path().exists()
    code, out, _ = run(capsys, "feeds", "import", str(opml))
    assert code == 0
    assert "added 2 feed(s)" in out
    assert "https://syriadirect.org/feed/: already in your config" in out  # a packaged default
    assert "gopher://example.org/feed: not an http(s) URL" in out
    assert "https://feeds.bbci.co.uk/news/world/middle_east/rss.xml: already in your config" in out
    assert "utm_source=x: already in your config" in out
    cfg = load_config(None)
    assert cfg.path == user_config_path()
    by_url = {f.url: f for f in cfg.feeds}
    assert by_url["https://syriadirect.org/feed/"].name == "Syria Direct"  # already a default: kept once
    assert by_url["https://npasyria.com/en/feed/"].name == "North Press"
    assert by_url["https://npasyria.com/en/feed/"].tags == ["Syria"]
    assert by_url["https://tricky.example/feed"].name == 'Tricky "name" \\ [x]'
    assert "UN News – Middle East" in {f.name for f in cfg.feeds}  # the packaged feeds stay
    # a second import adds nothing
    code, out, _ = run(capsys, "feeds", "import", str(opml))
    assert "added 0 feed(s)" in out


def test_import_into_a_config_without_feeds_keeps_the_default_feeds(tmp_path: Path, capsys) -> None:
    path = tmp_path / "mine.toml"
    path.write_text("[fetch]\nconcurrency = 5\n", encoding="utf-8")
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML, encoding="utf-8")
    code, _out, _ = run(capsys, "feeds", "import", str(opml), "--config", str(path))
    assert code == 0
    cfg = load_config(path)
    assert cfg.fetch.concurrency == 5
    defaults = load_config(None).feeds
    assert cfg.feeds[: len(defaults)] == defaults  # copied whole: intervals, full_text, tags
    assert len(cfg.feeds) == len(defaults) + 2
    assert "feeds" in tomllib.loads(path.read_text(encoding="utf-8"))


def test_import_of_a_broken_file_is_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    code, _, err = run(capsys, "feeds", "import", str(bad))
    assert code == 2 and err.count("\n") == 1 and "not a readable OPML file" in err


def test_export_round_trips(tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "feeds", "export")
    assert code == 0 and out.startswith("<?xml")
    opml = tmp_path / "out.opml"
    opml.write_text(out, encoding="utf-8")
    from idlibmon.commands.feeds import read_opml

    assert [(n, u) for n, u, _ in read_opml(opml)] == [(f.name, f.url) for f in load_config(None).feeds]


def test_list_shows_health_and_enable_lifts_a_410(tmp_path: Path, capsys) -> None:
    path = tmp_path / "c.toml"
    path.write_text(config_text(tmp_path, [("Gone", "http://127.0.0.1:9/gone"), ("Moved", "http://127.0.0.1:9/old"),
                                           ("New", "http://127.0.0.1:9/new")]), encoding="utf-8")
    with Store(tmp_path / "store.db") as store:
        store.save_feed_state(FeedState(url="http://127.0.0.1:9/gone", name="Gone", status=410,
                                        disabled_reason="410 Gone: run `idlibmon feeds enable`"))
        store.save_feed_state(FeedState(url="http://127.0.0.1:9/old", name="Moved", status=200,
                                        current_url="http://127.0.0.1:9/elsewhere",
                                        last_error="HTTP 500", error_count=2))
    code, out, _ = run(capsys, "feeds", "--config", str(path))
    assert code == 0
    assert "DISABLED — 410 Gone" in out
    assert "failing (2x): HTTP 500; moved to http://127.0.0.1:9/elsewhere — update your config" in out
    assert "not fetched yet" in out
    code, out, _ = run(capsys, "feeds", "enable", "http://127.0.0.1:9/gone", "--config", str(path))
    assert code == 0 and "enabled" in out
    with Store(tmp_path / "store.db") as store:
        assert store.feed_state("http://127.0.0.1:9/gone").disabled_reason is None  # type: ignore[union-attr]
    code, _, err = run(capsys, "feeds", "enable", "http://127.0.0.1:9/unknown", "--config", str(path))
    assert code == 1 and "no feed" in err
