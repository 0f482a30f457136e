"""The dashboard over the real fetch loop and a feed server on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.store import Store
from idlibmon.tui.app import IdlibmonApp, build_app
from idlibmon.tui.screens.feed_health import FeedHealthScreen
from localserver import LocalServer
from tui_support import loop_fetcher, screen_lines, wait_until

START = datetime.now(UTC).replace(microsecond=0)


def rss(items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 document; items newest last as given, each (guid, title)."""
    body = []
    for i, (guid, title) in enumerate(items):
        when = format_datetime(START - timedelta(minutes=60 - i))
        body.append(
            f"<item><guid>{guid}</guid><title>{title}</title><link>https://example.org/{guid}</link>"
            f"<description>{title}. Aid agencies report more arrivals in Idlib camps.</description>"
            f"<pubDate>{when}</pubDate></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title>'
        "<link>https://example.org/</link><description>test</description>" + "".join(body) + "</channel></rss>"
    ).encode()


@pytest.fixture
def config(tmp_path: Path, server: LocalServer) -> Config:
    return load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        f'[[feeds]]\nname = "Local wire"\nurl = "{server.url("/wire.xml")}"\ninterval = 600\n'
        f'[[feeds]]\nname = "Broken feed"\nurl = "{server.url("/broken.xml")}"\ninterval = 600\n'
    )


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    s = Store(config.store.path)
    yield s
    s.close()




async def test_headlines_arrive_live_and_a_failing_feed_is_reported(
    config: Config, store: Store, server: LocalServer
) -> None:
    items = [(f"a{i}", f"Shelling near Saraqeb, Idlib, day {i}") for i in range(3)]
    server.routes["/wire.xml"] = lambda req: (200, {"Content-Type": "application/rss+xml"}, rss(items))
    server.routes["/broken.xml"] = (500, {}, b"server error")
    app: IdlibmonApp = build_app(config, store, fetcher=loop_fetcher(config), poll_interval=0.05)
    async with app.run_test(size=(160, 48)) as pilot:
        headlines = app.dashboard.headlines
        await wait_until(pilot, lambda: headlines.source.total == 3)
        await wait_until(pilot, lambda: not app.fetch_state.active and app.fetch_state.errors == 1)
        assert headlines.source.row(0).title == "Shelling near Saraqeb, Idlib, day 2"
        header = screen_lines(app)[0]
        assert "last update" in header and "1 feed failing" in header
        # The user moves down; then more news arrives and they ask for a refresh.
        await pilot.press("j")
        selected = headlines.selected
        items.extend((f"b{i}", f"12,000 flee Maaret al-Numan, Idlib, report {i}") for i in range(2))
        await pilot.press("r")
        await wait_until(pilot, lambda: headlines.source.total == 5)
        assert headlines.selected.id == selected.id
        assert headlines.source.row(0).title.startswith("12,000 flee Maaret al-Numan")
        await wait_until(pilot, lambda: any("2 new headlines" in n.message for n in app._notifications))
        await pilot.press("f")
        assert isinstance(app.screen, FeedHealthScreen)
        health = "\n".join(screen_lines(app))
        assert "Broken feed" in health and "failing" in health
    assert app.runner is not None and app.runner.cycles >= 2


async def test_another_fetcher_makes_this_window_read_only(config: Config, store: Store, server: LocalServer) -> None:
    from idlibmon.ingest.lock import FetchLock

    server.routes["/wire.xml"] = lambda req: (200, {"Content-Type": "application/rss+xml"}, rss([("x", "Idlib news")]))
    other = FetchLock(store, pid=4242, host="newsroom-2")  # a live fetcher on another machine
    other.acquire()
    app = build_app(config, store, fetcher=loop_fetcher(config), poll_interval=0.05)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(pilot, lambda: "read-only" in app.fetch_state.note)
        assert "read-only: another idlibmon is fetching" in screen_lines(app)[0]
        assert app.dashboard.headlines.source.total == 0
        assert not server.requests  # this window never fetched
    other.release()


async def test_quitting_does_not_wait_for_a_slow_feed(config: Config, store: Store, server: LocalServer) -> None:
    def slow(req: Any) -> tuple[int, dict[str, str], bytes]:
        time.sleep(4)
        return 200, {"Content-Type": "application/rss+xml"}, rss([("s", "Late Idlib news")])

    server.routes["/wire.xml"] = slow
    server.routes["/broken.xml"] = slow
    app = build_app(config, store, fetcher=loop_fetcher(config), poll_interval=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.fetch_state.active)
        await pilot.press("q")
    assert app.runner is not None
    assert app.runner.finished.wait(2.0)  # the requests in flight take 4 s: they were cancelled
