"""Gaps found by using the dashboard as a reader would (feed health, filter snippets, demo clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.store import FeedState, Store
from idlibmon.tui.app import build_app
from idlibmon.tui.screens.feed_health import FeedHealthScreen
from tui_support import NOW, make_app, screen_lines, settle

pytestmark = pytest.mark.usefixtures("utc_timezone")


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        '[[feeds]]\nname = "NW Syria Humanitarian Flash Updates"\nurl = "http://127.0.0.1:9/flash.xml"\n'
    )


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    s = Store(config.store.path)
    yield s
    s.close()


async def test_feed_health_shows_next_fetch_beside_a_long_error_at_120_columns(config: Config, store: Store) -> None:
    now = datetime.now(UTC)
    store.save_feed_state(FeedState(
        url="http://127.0.0.1:9/flash.xml", name="NW Syria Humanitarian Flash Updates", status=200,
        last_error=f"{now:%Y-%m-%d %H:%M} UTC: malformed feed: :6:17: undefined entity in the channel title",
        error_count=3, next_due=now + timedelta(minutes=5, seconds=30),
    ))
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FeedHealthScreen)
        lines = screen_lines(app)
        assert any("Next fetch" in line for line in lines)
        row = next(line for line in lines if "NW Syria Humanitarian" in line and "failing" in line)
        assert "in 5m" in row and " 3 " in row


async def test_filter_shows_where_the_body_matched(config: Config, store: Store) -> None:
    from tui_support import add_article

    add_article(store, title="Families flee shelling in southern Idlib", published=NOW - timedelta(hours=2),
                body="Residents of Saraqeb said the market was hit twice [bold red]before dawn[/] on Thursday.")
    add_article(store, title="Aid convoy reaches Idlib", published=NOW - timedelta(hours=1),
                body="The convoy crossed at Bab al-Hawa with food for 20,000 people.")
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.press(*"saraqeb", "enter")
        await settle(pilot)
        lines = screen_lines(app)
        assert any("Families flee shelling" in line for line in lines)
        snippet = next(line for line in lines if "market was hit" in line)
        assert "Saraqeb" in snippet and "«" not in snippet and "[bold red]" in snippet
        await pilot.press("escape")
        await settle(pilot)
        assert not any("market was hit" in line for line in screen_lines(app))


async def test_the_demo_header_clock_follows_the_story_clock(config: Config, store: Store) -> None:
    from tui_support import wait_until

    story = [NOW]
    app = build_app(config, store, now=lambda: story[0], demo=True, poll_interval=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.dashboard.header.now == NOW
        story[0] = NOW + timedelta(days=3)  # the replay released a later item
        # the header reads the clock on its own tick: wait for it, however slow the machine
        await wait_until(pilot, lambda: app.dashboard.header.now == story[0])
        await wait_until(pilot, lambda: any("Mon 30 Dec" in line for line in screen_lines(app)))


async def test_figure_rows_never_wrap_at_120_columns(config: Config, store: Store) -> None:
    from tui_support import fixed_board, sample_store

    sample_store(store)
    app = make_app(config, store, board_loader=fixed_board)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = [line.split("││", 1)[-1] for line in screen_lines(app)[2:20]]
        first = next(i for i, line in enumerate(pane) if "Displaced" in line)
        assert "235,000  ▁" in pane[first]  # the sparkline stays beside its figure
        assert pane[first + 1].strip(" │").startswith("≠ 2 sources · 12–25 Dec 2019")
        assert pane[first + 3].strip(" │").startswith("Killed")  # no wrapped remnant in between


async def test_the_header_keeps_its_clock_at_80_columns(config: Config, store: Store) -> None:
    from idlibmon.tui.widgets.header_bar import FetchState

    app = make_app(config, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.set_fetch_state(FetchState(last_update=NOW, errors=3, unread=1234, note="demo replay"))
        await pilot.pause()
        header = screen_lines(app)[0]
        assert "⚠ 3 feeds failing" in header and "1,234 unread" in header
        assert header.rstrip().endswith("14:05") and "…" not in header
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        header = screen_lines(app)[0]
        assert "demo replay" in header and header.rstrip().endswith("Fri 27 Dec 14:05")


async def test_headlines_from_an_earlier_year_keep_the_columns_aligned(config: Config, store: Store) -> None:
    from tui_support import add_article

    add_article(store, title="Talks resume in Astana", published=NOW - timedelta(days=3), outlet="Levant Wire")
    add_article(store, title="Shelling near Saraqeb", published=datetime(2018, 9, 20, 8, tzinfo=UTC),
                outlet="Levant Wire")
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lines = screen_lines(app)
        new = next(line for line in lines if "Talks resume" in line)
        old = next(line for line in lines if "Shelling near" in line)
        assert "Sep'18" in old
        assert new.index("Levant") == old.index("Levant")
        assert new.index("Talks") == old.index("Shelling")


async def test_a_wrapped_timeline_label_hangs_under_the_label_column(config: Config, store: Store) -> None:
    from tui_support import fixed_board, sample_store

    sample_store(store)
    app = make_app(config, store, board_loader=fixed_board)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = [line.split("││", 1)[-1] for line in screen_lines(app)[20:32]]
        first = next(i for i, line in enumerate(pane) if "Mass displacement from" in line)
        assert pane[first].startswith(" 12 Dec 2019 DSP Mass displacement")
        assert pane[first + 1].startswith(" " * 17 + "southern Idlib ×3")
        await pilot.resize_terminal(160, 48)  # wider: the label is laid out again for the new width
        await settle(pilot)
        assert any("Mass displacement from southern Idlib ×3" in line for line in screen_lines(app))


def test_an_open_period_reads_since_unless_the_figure_counts_one_day() -> None:
    from idlibmon.models import Period
    from idlibmon.tui.formatting import period

    assert period(Period("2019-06-13")) == "since 13 Jun 2019"
    assert period(Period("2019-06-13"), one_day=True) == "on 13 Jun 2019"
    assert period(Period("2019-12-12", "2019-12-25"), one_day=True).startswith("12")
    assert period(None) == ""
