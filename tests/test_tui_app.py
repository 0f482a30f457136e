"""The dashboard driven through Pilot: panes, keys, detail, filter, unread, layout sizes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from rich.style import Style

from idlibmon.config import Config, load_config_text
from idlibmon.store import Store
from idlibmon.tui.headline_source import PAGE
from idlibmon.tui.screens.dashboard import DashboardScreen
from idlibmon.tui.screens.detail import DATE_STYLE, FIGURE_STYLE, HeadlineDetail
from idlibmon.tui.screens.feed_health import FeedHealthScreen
from idlibmon.tui.screens.help import HelpScreen
from idlibmon.tui.screens.sources import SourcesScreen
from idlibmon.tui.screens.too_small import TooSmallScreen
from tui_support import NOW, add_article, fill, make_app, sample_store, screen_lines, settle, wait_until

pytestmark = pytest.mark.usefixtures("utc_timezone")


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        '[[feeds]]\nname = "Local wire"\nurl = "http://127.0.0.1:9/feed.xml"\n'
    )


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    s = Store(config.store.path)
    yield s
    s.close()


async def test_headlines_newest_first_one_row_per_story(config: Config, store: Store) -> None:
    ids = sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        rows = [headlines.source.row(i) for i in range(headlines.source.total)]
        assert [r.id for r in rows] == [ids["report"], ids["un"], ids["old"], ids["older"]]
        text = "\n".join(screen_lines(app))
        assert "Football results" not in text  # not about the watched subject
        assert "12m" in text and "×3" in text  # relative age and the story's outlet count
        first = headlines.render_line(0).text
        assert first.startswith("● ") and "More than 235,000 flee Idlib" in first


async def test_cursor_keys_move_within_the_list(config: Config, store: Store) -> None:
    fill(store, 500)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        await pilot.press("j", "j", "down", "k")
        assert headlines.cursor == 2
        await pilot.press("G")
        assert headlines.cursor == 499
        assert headlines.top > 400  # the cursor stays in view
        assert headlines.selected.title.startswith("Headline 1:")
        await pilot.press("g")
        assert headlines.cursor == 0 and headlines.top == 0
        await pilot.press("pagedown")
        assert headlines.cursor > 20
        # Only the pages the user has visited are held in memory.
        assert headlines.source.cached_rows() <= 3 * PAGE


async def test_panes_switch_with_tab_and_numbers(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = app.dashboard
        assert app.focused is screen.headlines
        await pilot.press("tab")
        assert app.focused is screen.figures and screen.active == "figures"
        await pilot.press("tab")
        assert app.focused is screen.timeline
        await pilot.press("shift+tab")
        assert app.focused is screen.figures
        await pilot.press("1")
        assert app.focused is screen.headlines
        await pilot.press("3")
        assert app.focused is screen.timeline


async def test_detail_highlights_extracted_figures_and_dates(config: Config, store: Store) -> None:
    ids = sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, HeadlineDetail)
        body = detail.body
        highlighted = {body.plain[s.start:s.end]: str(s.style) for s in body.spans}
        assert highlighted["More than 235,000 people have fled their homes"] == FIGURE_STYLE
        assert highlighted["About 1,000 civilians have been killed"] == FIGURE_STYLE
        assert highlighted["since 12 December"] == DATE_STYLE
        text = "\n".join(screen_lines(app))
        assert "https://www.middleeasteye.net/news/idlib-235000-flee" in text
        assert "Also reported by 2 other outlet(s)" in text
        assert store.article(ids["report"]).read  # opening it marks it read
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)
        assert app.dashboard.headlines.render_line(0).text.startswith("  ")  # no unread marker now


async def test_filter_searches_the_full_text(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.press(*"guterres")
        await pilot.press("enter")
        headlines = app.dashboard.headlines
        assert headlines.source.total == 1
        assert "Guterres" in headlines.selected.title
        assert app.focused is headlines
        await pilot.press("slash", *"nothingmatches", "enter")
        assert headlines.source.total == 0
        assert headlines.render_line(0).text.startswith("No headline matches “nothingmatches”")
        await pilot.press("escape")
        assert headlines.source.total == 4


async def test_unread_only_and_mark_read(config: Config, store: Store) -> None:
    ids = sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        await pilot.press("u")
        assert headlines.source.total == 3  # the UN item was read already
        await pilot.press("m")
        assert store.article(ids["report"]).read
        assert app.fetch_state.unread == 2
        await pilot.press("u")
        assert headlines.source.total == 4


async def test_new_headlines_keep_selection_and_scroll(config: Config, store: Store) -> None:
    fill(store, 300)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        await pilot.press(*["pagedown"] * 3, "j")
        selected, top = headlines.selected, headlines.top
        first_visible = headlines.source.row(top)
        writer = Store(config.store.path)  # another connection, as the fetch worker or another process
        for i in range(5):
            add_article(writer, title=f"Breaking {i}: 12,000 flee Saraqeb", published=NOW + timedelta(minutes=i),
                        outlet="Wire")
        writer.close()
        await pilot.pause(0.3)
        await settle(pilot)
        assert headlines.source.total == 305
        assert headlines.selected == selected  # same headline still selected
        assert headlines.source.row(headlines.top) == first_visible  # same rows on screen
        assert headlines.source.row(0).title.startswith("Breaking 4")
        notes = [n.message for n in app._notifications]
        assert any(m.startswith("5 new headlines: Breaking") for m in notes)


async def test_new_headlines_show_at_top_when_viewing_the_top(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        add_article(store, title="Ceasefire talks in Moscow", published=NOW, outlet="Wire")
        app.refresh_data()  # our own connection's writes do not bump data_version
        await settle(pilot)
        # Nothing chosen yet: the selection rests on the newest headline.
        assert headlines.cursor == 0 and headlines.selected.title == "Ceasefire talks in Moscow"
        await pilot.press("j", "k")  # now the user has chosen one
        selected = headlines.selected
        add_article(store, title="Aid convoy crosses at Bab al-Hawa", published=NOW + timedelta(minutes=1), outlet="Wire")
        app.refresh_data()
        await settle(pilot)
        assert headlines.top == 0 and headlines.source.row(0).title == "Aid convoy crosses at Bab al-Hawa"
        assert headlines.selected == selected and headlines.cursor == 1


async def test_figure_and_event_detail_list_their_sources(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        if not app.board:
            pytest.skip("the aggregation layer is not available")
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        assert any(item.url for item in app.screen.items)
        await pilot.press("escape", "3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)


async def test_narrow_terminal_shows_one_pane_at_a_time(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.dashboard
        assert screen.narrow
        assert screen.headlines.display and not screen.query_one("#right").display
        await pilot.press("2")
        assert screen.figures.display and not screen.headlines.display and not screen.timeline.display
        text = "\n".join(screen_lines(app))
        assert "2 Key figures" in text
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert not screen.narrow and screen.headlines.display and screen.timeline.display


async def test_too_small_terminal_gets_a_message(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    async with app.run_test(size=(50, 15)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        assert any("Terminal too small" in line for line in screen_lines(app))
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


async def test_help_and_feed_health_screens(config: Config, store: Store) -> None:
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "No headlines yet" in app.dashboard.headlines.render_line(0).text
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape", "f")
        # the feed table fills after the screen is pushed: wait for it (a loaded host can take a while)
        await wait_until(pilot, lambda: isinstance(app.screen, FeedHealthScreen) and any(
            "Local wire" in line and "not fetched yet" in line for line in screen_lines(app)))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, DashboardScreen))


async def test_copy_link_uses_the_clipboard_and_never_a_text_browser(config: Config, store: Store) -> None:
    sample_store(store)
    app = make_app(config, store)
    app.browser = None  # as over SSH
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert app.clipboard == "https://www.middleeasteye.net/news/idlib-235000-flee"
        await pilot.press("j", "y")
        assert app.clipboard.startswith("https://example.org/")


async def test_command_palette_offers_the_actions(config: Config, store: Store) -> None:
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Filter headlines", "Unread only", "Mark read", "Refresh now", "Feed health",
                "Open link", "Copy link", "Help"} <= titles
        ids = {active.binding.id for active in app.screen.active_bindings.values()}
        assert {"quit", "filter", "unread", "mark_read", "refresh", "feed_health", "open", "copy", "help"} <= ids


async def test_wheel_and_scrollbar_move_the_view_not_the_selection(config: Config, store: Store) -> None:
    from textual import events

    fill(store, 500)
    app = make_app(config, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        height = headlines.size.height
        # The scrollbar: a track down the right edge with a thumb at the top.
        def bar_colour(y: int) -> Style:
            style = list(headlines.render_line(y))[-1].style
            assert style is not None
            return style

        thumb, track = bar_colour(0), bar_colour(height - 1)
        assert thumb != track and thumb.reverse and not track.reverse  # reverse: visible under NO_COLOR too
        await pilot._post_mouse_events([events.MouseScrollDown], headlines, offset=(20, 5), times=3)
        await pilot.pause()
        assert headlines.top > 0 and headlines.cursor == 0  # the view moved, the selection stayed
        # A press at the bottom of the scrollbar shows the oldest rows; the thumb follows.
        x, y = headlines.outer_size.width - 2, headlines.outer_size.height - 2  # inside the border
        await pilot.mouse_down(headlines, offset=(x, y))
        await pilot.mouse_up(headlines, offset=(x, y))
        await pilot.pause()
        assert headlines.top == headlines.max_top == 500 - height
        assert (bar_colour(0), bar_colour(height - 1)) == (track, thumb)
        assert headlines.render_line(height - 1).text.startswith("● ")
        assert "Headline 1:" in headlines.render_line(height - 1).text
        # Keys still move from the selection, and bring it back into view.
        await pilot.press("j")
        assert headlines.cursor == 1 and headlines.top == 1
