"""[keys] rebinds the dashboard: the new key runs the action, the old one no longer does,
and the footer and help screen show the keys in force."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.store import Store
from idlibmon.tui.keymap import ACTION_BINDINGS, CLOSING
from idlibmon.tui.screens.dashboard import DashboardScreen
from idlibmon.tui.screens.feed_health import FeedHealthScreen
from idlibmon.tui.screens.help import HelpScreen
from tui_support import fill, make_app, screen_lines, settle

pytestmark = pytest.mark.usefixtures("utc_timezone")

REMAP = '''
[keys]
unread = "U"
feed_health = "F"
help = "h"
down = "down,n"
back = "escape,b"
copy_link = "c"
quit = "Q"
'''


def config_with(tmp_path: Path, keys: str) -> Config:
    return load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        '[[feeds]]\nname = "Local wire"\nurl = "http://127.0.0.1:9/feed.xml"\n' + keys
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.db")
    yield s
    s.close()


async def test_a_remapped_key_runs_its_action_and_the_old_key_does_not(tmp_path: Path, store: Store) -> None:
    fill(store, 30)
    app = make_app(config_with(tmp_path, REMAP), store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        source = app.dashboard.headlines.source
        await pilot.press("u")
        assert source.unread_only is False  # the old key is free now
        await pilot.press("U")
        assert source.unread_only is True
        await pilot.press("U")
        headlines = app.dashboard.headlines
        start = headlines.selected.id
        await pilot.press("j")
        assert headlines.selected.id == start  # `down` is now "down,n": j no longer moves
        await pilot.press("n", "down")
        assert headlines.selected.id != start and app.dashboard.headlines.cursor == 2
        await pilot.press("c")
        assert app.clipboard == headlines.selected.link
        await pilot.press("f")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("F")
        assert isinstance(app.screen, FeedHealthScreen)
        await pilot.press("F")  # the key that opened it closes it
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("F", "b")  # and so does `back`
        assert isinstance(app.screen, DashboardScreen)


async def test_footer_and_help_show_the_keys_in_force(tmp_path: Path, store: Store) -> None:
    app = make_app(config_with(tmp_path, REMAP), store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = screen_lines(app)[-1]
        assert "U Unread" in footer and "F Feeds" in footer and "h Help" in footer
        assert "u Unread" not in footer and "f Feeds" not in footer
        await pilot.press("h")
        assert isinstance(app.screen, HelpScreen)
        lines = screen_lines(app)
        assert any("U" in line and "unread" in line and "unread only on/off" in line for line in lines)
        assert any("↓ n" in line and "down" in line for line in lines)
        assert any("c " in line and "copy_link" in line for line in lines)
        await pilot.press("b")  # back closes help
        assert isinstance(app.screen, DashboardScreen)
        palette = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert palette["Unread only"].endswith("(U)") and palette["Copy link"].endswith("(c)")
        await pilot.resize_terminal(50, 15)  # too small: the hint names the quit key in force
        await pilot.pause()
        assert any("press Q to quit" in line for line in screen_lines(app))


async def test_default_keys_unchanged_without_a_keys_table(tmp_path: Path, store: Store) -> None:
    app = make_app(config_with(tmp_path, ""), store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = screen_lines(app)[-1]
        assert "u Unread" in footer and "f Feeds" in footer and "? Help" in footer and "q Quit" in footer
        await pilot.press("question_mark")
        text = "\n".join(screen_lines(app))
        assert "/" in text and "filter headlines" in text
        await pilot.press("question_mark", "f")
        assert isinstance(app.screen, FeedHealthScreen)
        await pilot.press("f")  # the key that opened it closes it
        assert isinstance(app.screen, DashboardScreen)


def test_every_binding_id_named_in_the_keymap_exists() -> None:
    """A renamed binding id would silently stop following [keys]."""
    from textual.binding import Binding

    from idlibmon.tui.app import IdlibmonApp
    from idlibmon.tui.screens import detail, sources, too_small
    from idlibmon.tui.widgets import headline_list, pane_list

    classes = [IdlibmonApp, DashboardScreen, FeedHealthScreen, HelpScreen, detail.HeadlineDetail,
               sources.SourcesScreen, too_small.TooSmallScreen, headline_list.HeadlineList, pane_list.PaneList]
    ids = {b.id for cls in classes for b in cls.BINDINGS if isinstance(b, Binding)}
    wanted = {bid for group in ACTION_BINDINGS.values() for bid in group} | set(CLOSING)
    assert wanted - ids == set()


def test_bindings_declare_the_packaged_keys_so_only_remaps_need_a_keymap() -> None:
    # The app passes Textual a keymap of the user's remaps only (a non-empty keymap costs
    # every key press); that is right only while each binding declares the packaged keys.
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding

    import idlibmon.tui as tui
    from idlibmon.config import load_config_text
    from idlibmon.tui.keymap import ACTION_BINDINGS, CLOSING, keymap

    declared: dict[str, set[str]] = {}
    for info in pkgutil.walk_packages(tui.__path__, "idlibmon.tui."):
        for _, cls in inspect.getmembers(importlib.import_module(info.name), inspect.isclass):
            for b in getattr(cls, "BINDINGS", None) or []:
                if isinstance(b, Binding) and b.id:
                    declared.setdefault(b.id, set()).update(k.strip() for k in b.key.split(","))
    defaults = load_config_text("").default_keys
    natively_handled_by_lists = {"up", "down", "home", "end", "pageup", "pagedown"}
    for action, ids in ACTION_BINDINGS.items():
        for bid in ids:
            assert bid in declared, bid
            assert set(defaults[action]) - natively_handled_by_lists <= declared[bid], (action, bid)
    for bid, actions in CLOSING.items():
        assert {k for a in actions for k in defaults[a]} <= declared[bid], bid

    assert keymap(defaults, defaults) == {}
    remapped = load_config_text('[keys]\nrefresh = "F5"\nback = "backspace"\n')
    assert keymap(remapped.keys, remapped.default_keys) == {
        "refresh": "f5", "detail.back": "backspace", "sources.back": "backspace",
        "health.back": ",".join(dict.fromkeys(("backspace", *defaults["feed_health"]))),
        "help.close": ",".join(dict.fromkeys(("backspace", *defaults["help"]))),
    }


async def test_the_empty_lists_hints_name_the_keys_in_force(tmp_path: Path, store: Store) -> None:
    app = make_app(config_with(tmp_path, '[keys]\nunread = "U"\nclear_filter = "ctrl+l"\n'), store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("U")
        await settle(pilot)
        text = "\n".join(screen_lines(app))
        assert "No unread headlines. U shows all." in text
        assert "u shows all" not in text
