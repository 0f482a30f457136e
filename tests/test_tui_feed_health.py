"""The feed-health screen is live: it follows the fetch loop while open, keeps the cursor,
ticks its countdowns on the injected clock, and acts on the selected feed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.store import FeedState, Store
from idlibmon.tui.app import build_app
from idlibmon.tui.screens.feed_health import FeedHealthScreen, countdown
from localserver import LocalServer
from tui_support import loop_fetcher, make_app, screen_lines, settle, wait_until

pytestmark = pytest.mark.usefixtures("utc_timezone")

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link>'
    b"<description>t</description><item><guid>a1</guid><title>Shelling near Saraqeb, Idlib</title>"
    b"<link>https://example.org/a1</link><description>Idlib camps fill up.</description></item></channel></rss>"
)
OK = (200, {"Content-Type": "application/rss+xml"}, RSS)


@pytest.fixture
def config(tmp_path: Path, server: LocalServer) -> Config:
    return load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        f'[[feeds]]\nname = "Local wire"\nurl = "{server.url("/wire.xml")}"\ninterval = 600\n'
        f'[[feeds]]\nname = "Shaky feed"\nurl = "{server.url("/shaky.xml")}"\ninterval = 600\n'
    )


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    s = Store(config.store.path)
    yield s
    s.close()




def row_of(app: Any, name: str) -> str:
    return next((line for line in screen_lines(app) if name in line), "")


def hits(server: LocalServer, path: str) -> int:
    return sum(1 for r in server.requests if r.path == path)


async def test_the_open_screen_follows_the_loop_and_acts_on_the_selected_feed(
    config: Config, store: Store, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the loop's own progress reports may update the screen here: no periodic re-read.
    monkeypatch.setattr(FeedHealthScreen, "POLL", 3600.0)
    release = threading.Event()
    answer: list[Any] = [(500, {}, b"server error")]

    def shaky(req: Any) -> Any:
        release.wait(10)
        return answer[0]

    server.routes["/wire.xml"] = OK
    server.routes["/shaky.xml"] = shaky
    app = build_app(config, store, fetcher=loop_fetcher(config), poll_interval=0.05)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.runner is not None and app.runner.in_flight)
        await pilot.press("f")
        screen = app.screen
        assert isinstance(screen, FeedHealthScreen)
        await wait_until(pilot, lambda: "fetching…" in row_of(app, "Shaky feed"))
        await wait_until(pilot, lambda: " ok " in row_of(app, "Local wire"))  # the wire answered at once
        await pilot.press("j")  # the user looks at the shaky feed
        release.set()
        await wait_until(pilot, lambda: "failing" in row_of(app, "Shaky feed"))
        assert app.screen is screen  # the same screen, never reopened
        row = row_of(app, "Shaky feed")
        assert " 500 " in row and "HTTP 500" in row and " 1 " in row  # status, last error, error count
        assert "in 9m" in row or "in 10m" in row  # next fetch, after back-off
        assert screen.query_one("DataTable").cursor_row == 1  # the cursor stayed on the feed
        assert "1 failing" in "\n".join(screen_lines(app))

        # r: fetch this feed now (and only this one)
        answer[0] = OK
        wire_before = hits(server, "/wire.xml")
        await pilot.press("r")
        await wait_until(pilot, lambda: " ok " in row_of(app, "Shaky feed"))
        assert hits(server, "/wire.xml") == wire_before
        assert " 200 " in row_of(app, "Shaky feed")

        # a 410 stops the feed; e re-enables it, as `idlibmon feeds enable URL` does
        answer[0] = (410, {}, b"gone")
        await pilot.press("r")
        await wait_until(pilot, lambda: "stopped: 410" in row_of(app, "Shaky feed"))
        asked = hits(server, "/shaky.xml")
        await pilot.press("r")  # a stopped feed is not fetched by r
        await pilot.pause(0.3)
        assert hits(server, "/shaky.xml") == asked
        assert any("re-enable" in n.message for n in app._notifications)
        answer[0] = OK
        await pilot.press("e")
        await wait_until(pilot, lambda: " ok " in row_of(app, "Shaky feed"))
        assert store.feed_state(server.url("/shaky.xml")).disabled_reason is None  # type: ignore[union-attr]
        assert screen.query_one("DataTable").cursor_row == 1

        await pilot.press("y")
        assert app.clipboard == server.url("/shaky.xml")


async def test_the_countdown_ticks_on_the_injected_clock(
    config: Config, store: Store, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FeedHealthScreen, "POLL", 0.05)
    t0 = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)
    clock = [t0]
    wire, shaky = server.url("/wire.xml"), server.url("/shaky.xml")
    store.save_feed_state(FeedState(url=wire, status=200, last_attempt=t0, last_success=t0,
                                    next_due=t0 + timedelta(minutes=5)))
    store.save_feed_state(FeedState(url=shaky, status=503, last_attempt=t0, last_error="HTTP 503", error_count=2,
                                    next_due=t0 + timedelta(minutes=1),
                                    retry_not_before=t0 + timedelta(hours=1, minutes=30)))
    app = make_app(config, store)
    app.fetch_clock = lambda: clock[0]
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: "in 5m 00s" in row_of(app, "Local wire"))
        assert "in 1h 30m (asked)" in row_of(app, "Shaky feed")  # the server's Retry-After wins
        clock[0] = t0 + timedelta(minutes=3, seconds=30)
        await wait_until(pilot, lambda: "in 1m 30s" in row_of(app, "Local wire"))
        clock[0] = t0 + timedelta(minutes=4, seconds=45)
        await wait_until(pilot, lambda: "in 15s" in row_of(app, "Local wire"))
        clock[0] = t0 + timedelta(minutes=6)
        await wait_until(pilot, lambda: "due now" in row_of(app, "Local wire"))

        # r on a feed the server asked us to leave alone: said, not done
        await pilot.press("j", "r")
        assert store.feed_state(shaky).next_due is not None  # type: ignore[union-attr]
        assert any("asked us to wait" in n.message for n in app._notifications)
        # r without a fetch loop in this window: made due for whoever fetches
        await pilot.press("k", "r")
        assert store.feed_state(wire).next_due is None  # type: ignore[union-attr]
        assert any("does not fetch" in n.message for n in app._notifications)


async def test_a_read_only_window_hands_fetch_now_to_the_fetching_process(
    config: Config, store: Store, server: LocalServer
) -> None:
    from idlibmon.ingest.lock import FetchLock

    server.routes["/wire.xml"] = OK
    other = FetchLock(store, pid=4242, host="newsroom-2")  # another idlibmon fetches into this store
    other.acquire()
    later = datetime.now(UTC) + timedelta(minutes=9)
    store.save_feed_state(FeedState(url=server.url("/wire.xml"), status=200, last_attempt=datetime.now(UTC),
                                    last_success=datetime.now(UTC), next_due=later))
    try:
        app = build_app(config, store, fetcher=loop_fetcher(config), poll_interval=0.05)
        async with app.run_test(size=(140, 40)) as pilot:
            await wait_until(pilot, lambda: "read-only" in app.fetch_state.note)
            await pilot.press("f", "r")
            assert any("this window does not fetch" in n.message for n in app._notifications)
            assert store.feed_state(server.url("/wire.xml")).next_due is None  # type: ignore[union-attr]
            await pilot.pause(0.3)
            assert not server.requests
    finally:
        other.release()


@pytest.mark.parametrize(("seconds", "text"), [
    (-5, "due now"), (0, "due now"), (9, "in 9s"), (60, "in 1m 00s"), (305, "in 5m 05s"),
    (3600 * 2 + 600, "in 2h 10m"), (86400 * 3 + 7200, "in 3d 2h"),
])
def test_countdown_words(seconds: int, text: str) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert countdown(now + timedelta(seconds=seconds), now) == text


def test_snapshot_of_the_screen(tmp_path: Path, snap_compare: Any) -> None:
    """Ok, failing, stopped by 410 and never fetched, on a fixed clock, at 120x40."""
    config = load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        '[[feeds]]\nname = "UN News – Middle East"\nurl = "http://127.0.0.1:9/un.xml"\n'
        '[[feeds]]\nname = "Aleppo Evening Bulletin"\nurl = "http://127.0.0.1:9/bulletin.xml"\n'
        '[[feeds]]\nname = "Syria Daily Digest"\nurl = "http://127.0.0.1:9/digest.atom"\n'
        '[[feeds]]\nname = "New outlet"\nurl = "http://127.0.0.1:9/new.xml"\n'
    )
    t0 = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)
    store = Store(config.store.path)
    store.save_feed_state(FeedState(url="http://127.0.0.1:9/un.xml", status=200, last_attempt=t0, last_success=t0,
                                    next_due=t0 + timedelta(minutes=12, seconds=5)))
    store.save_feed_state(FeedState(url="http://127.0.0.1:9/bulletin.xml", status=500, last_attempt=t0,
                                    last_success=t0 - timedelta(hours=3), error_count=4,
                                    last_error="2026-11-25 21:00 UTC: HTTP 500", next_due=t0 + timedelta(minutes=16)))
    store.save_feed_state(FeedState(url="http://127.0.0.1:9/digest.atom", status=410, last_attempt=t0,
                                    error_count=1, last_error="2026-11-25 21:00 UTC: 410 Gone: feed disabled",
                                    disabled_reason="410 Gone on 2026-11-25 21:00 UTC"))
    app = make_app(config, store)
    app.fetch_clock = lambda: t0 + timedelta(minutes=2)

    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("f", "j")
        await pilot.pause()

    try:
        assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
    finally:
        store.close()
