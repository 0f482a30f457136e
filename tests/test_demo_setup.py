"""start_demo(): its own temporary config and store, a live replay server, a clean exit."""

from __future__ import annotations

import http.client
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from urllib.parse import urlsplit

import pytest

from idlibmon.config import load_config, load_config_text
from idlibmon.demo.setup import start_demo


def status_of(url: str) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request("GET", parts.path)
        return conn.getresponse().status
    finally:
        conn.close()


def test_demo_config_loads_and_points_at_the_replay() -> None:
    with start_demo(speed=2) as demo:
        cfg = load_config(demo.config_path)
        assert cfg.store.path == demo.store_path
        assert demo.store_path.parent == demo.config_path.parent == demo.directory
        assert cfg.fetch.allow_private_addresses is True
        urls = {f.url for f in cfg.feeds}
        assert urls == set(demo.server.feed_urls.values())
        assert all(10 <= f.interval <= 15 for f in cfg.feeds)
        by_url = {f.url: f for f in cfg.feeds}
        assert by_url[demo.server.feed_urls["northpost"]].full_text is True
        assert by_url[demo.server.feed_urls["wire"]].full_text is False
        defaults = load_config_text("")
        assert cfg.timeline == defaults.timeline
        assert cfg.places == defaults.places and cfg.watch == defaults.watch
        assert demo.server.schedule.speed == 2
        assert status_of(demo.server.feed_urls["flash"]) == 200
        now = demo.now()
        assert isinstance(now, datetime) and now.tzinfo is not None and now.year in (2019, 2020)


def test_close_stops_server_and_removes_everything() -> None:
    demo = start_demo()
    url = demo.server.feed_urls["wire"]
    assert status_of(url) == 200
    demo.close()
    assert not demo.directory.exists()
    with pytest.raises(OSError):
        status_of(url)
    demo.close()  # twice is harmless


def test_never_touches_the_user_config(tmp_path, monkeypatch) -> None:
    user_cfg = tmp_path / "mine.toml"
    user_cfg.write_text('[store]\npath = "/nonexistent/mine.db"\n')
    monkeypatch.setenv("IDLIBMON_CONFIG", str(user_cfg))
    with start_demo(speed=0) as demo:
        assert load_config(demo.config_path).store.path == demo.store_path
    assert user_cfg.read_text() == '[store]\npath = "/nonexistent/mine.db"\n'


@pytest.mark.skipif(importlib.util.find_spec("idlibmon.commands.fetch") is None, reason="`idlibmon fetch` not built yet")
def test_fetch_once_from_the_replay_into_the_demo_store(capsys) -> None:
    """End to end: the real fetch command against the replay, into the temporary store."""
    from idlibmon.cli import main

    with start_demo(speed=0) as demo:
        code = main(["fetch", "--once", "--json", "--config", str(demo.config_path)])
        report = json.loads(capsys.readouterr().out)
        assert code == 0
        feeds = {f["url"]: f for f in report["feeds"]}
        urls = demo.server.feed_urls
        assert feeds[urls["eveningbulletin"]]["status"] == 500 and feeds[urls["eveningbulletin"]]["error"]
        assert feeds[urls["digest"]]["status"] == 410
        for key in ("flash", "wire", "northpost", "aidcoalition"):
            assert feeds[urls[key]]["status"] == 200
            assert feeds[urls[key]]["entries"] == len(demo.server.visible(key))
        assert feeds[urls["bordertimes"]]["entries"] == len(demo.server.visible("bordertimes"))
        with sqlite3.connect(demo.store_path) as db:
            stored = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            grouped = db.execute(
                "SELECT COUNT(*) FROM articles WHERE story_id IS NOT NULL AND story_id != id"
            ).fetchone()[0]
            unrelated = db.execute("SELECT COUNT(*) FROM articles WHERE relevant = '[]'").fetchone()[0]
            empty_pages = db.execute(
                "SELECT COUNT(*) FROM articles WHERE feed_url = ? AND COALESCE(body, '') = ''", (urls["northpost"],)
            ).fetchone()[0]
        assert grouped >= 3, "reprinted wire stories should join the original's story"
        assert 10 <= unrelated < stored / 3
        assert empty_pages == 0, "the summary-only feed's pages should have been fetched and cleaned"
        with sqlite3.connect(demo.store_path) as db:
            bodies = [r[0] for r in db.execute("SELECT body FROM articles WHERE feed_url = ?", (urls["northpost"],))]
        assert not [b for b in bodies if "Sign up to our newsletter" in b or "(Illustration)" in b], "page clutter kept"
        assert stored == report["new"] == sum(f["entries"] for f in report["feeds"])
        assert stored == sum(len(demo.server.visible(o.key)) for o in demo.server.corpus.outlets) >= 100


def test_sweeps_directories_of_dead_demos(tmp_path) -> None:
    from idlibmon.demo.setup import OWNER_FILE, PREFIX, sweep_stale

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"{PREFIX}stale"
    live = tmp_path / f"{PREFIX}live"
    foreign = tmp_path / f"{PREFIX}foreign"  # no owner file: not provably ours, left alone
    for d in (stale, live, foreign):
        d.mkdir()
        (d / "store.db").write_bytes(b"x")
    (stale / OWNER_FILE).write_text(dead.stdout.strip())
    (live / OWNER_FILE).write_text(str(os.getpid()))
    assert sweep_stale(tmp_path) == [stale]
    assert not stale.exists() and live.exists() and foreign.exists()
