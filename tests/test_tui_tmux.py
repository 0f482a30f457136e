"""In a real terminal (tmux): hostile feed text neither renames the pane nor wipes the screen.

Pilot tests see Textual's segments; this one sees what a terminal emulator did with the
bytes. Skipped where tmux is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from idlibmon.store import Store
from localserver import LocalServer
from tui_support import add_article

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

HOSTILE_FEED_TITLES = [
    "Feed \x1b]2;PWNED-BY-FEED\x07 Idlib title",
    "Feed \x1b[2J\x1b[H wipe Idlib",
    "Feed [bold red]markup[/bold red] Idlib",
]


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def test_hostile_text_in_a_real_tmux_pane(tmp_path: Path, server: LocalServer) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    items = [
        {"id": f"j{i}", "title": t, "url": f"https://example.org/j{i}", "content_text": t,
         "date_published": (now - timedelta(minutes=5 + i)).isoformat()}
        for i, t in enumerate(HOSTILE_FEED_TITLES)
    ]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Hostile", "items": items}
    server.routes["/feed.json"] = (200, {"Content-Type": "application/feed+json"}, json.dumps(feed).encode())
    store_path = tmp_path / "store.db"
    store = Store(store_path)
    # Rows that skipped the ingest sanitiser: the screen must defend itself too.
    add_article(store, title="Raw \x1b]2;PWNED-RAW\x07 Idlib row", published=now - timedelta(minutes=1))
    add_article(store, title="Raw \x1b[2J wipe [@click=app.quit]x[/] Idlib row", published=now - timedelta(minutes=2))
    store.close()
    config = tmp_path / "config.toml"
    config.write_text(
        f'[store]\npath = "{store_path}"\n[[feeds]]\nname = "Hostile"\nurl = "{server.url("/feed.json")}"\n',
        encoding="utf-8",
    )
    session = f"idlibmon-test-{id(tmp_path)}"
    command = f"{sys.executable} -m idlibmon --config {config}"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "40", "-e", "TERM=screen-256color", command],
        check=True,
    )
    try:
        deadline = time.monotonic() + 30
        screen = ""
        while time.monotonic() < deadline:
            screen = _tmux("capture-pane", "-p", "-t", session)
            if "markup[/bold red]" in screen and "Raw wipe" in screen:
                break
            time.sleep(0.25)
        title = _tmux("display", "-p", "-t", session, "#{pane_title}").strip()
        assert "Feed [bold red]markup[/bold red] Idlib" in screen, screen
        assert "Raw wipe [@click=app.quit]x[/] Idlib row" in screen, screen
        assert screen.splitlines()[0].lstrip().startswith("idlibmon"), screen  # header intact: not wiped
        assert "PWNED" not in title and "PWNED" not in screen
        assert title.endswith("idlibmon · Idlib") and title.startswith("("), title
        _tmux("send-keys", "-t", session, "q")
        for _ in range(40):
            if session not in _tmux("list-sessions", "-F", "#{session_name}"):
                break
            time.sleep(0.25)
        else:
            pytest.fail("q did not quit the dashboard")
    finally:
        _tmux("kill-session", "-t", session)
