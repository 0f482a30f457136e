"""Alerts, links, themes and NO_COLOR: the dashboard's smaller promises."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.store import Store
from idlibmon.tui import links
from idlibmon.tui.app import build_app
from tui_support import NOW, Record, Row, _record, sample_store, wait_until

pytestmark = pytest.mark.usefixtures("utc_timezone")


def _config(tmp_path: Path, extra: str = "") -> Config:
    return load_config_text(f'[store]\npath = "{tmp_path / "store.db"}"\n{extra}')


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.db")
    sample_store(s)
    yield s
    s.close()


def _board(*values: float) -> Any:
    """A loader whose displaced figure takes `values` in turn, one per load."""
    queue = list(values)

    def load(_store: Store, _config: Config) -> tuple[list[Any], list[Any]]:
        value = queue.pop(0) if len(queue) > 1 else queue[0]
        head: Record = _record(value, "displaced", "more_than", "UN OCHA", None, 0)
        return [Row("displaced", head), Row("killed", _record(10 + value / 1000, "killed", "about", "X", None, 0))], []

    return load


async def test_rising_watched_figure_rings_and_notifies(tmp_path: Path, store: Store) -> None:
    config = _config(tmp_path, '[ui]\nalert_categories = ["displaced"]\nbell = true\n')
    app = build_app(config, store, now=lambda: NOW, board_loader=_board(200_000, 235_000, 235_000, 100_000))
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert app.alerts == []  # the first board is the baseline
        for _ in range(3):  # rise, same, fall
            app.reload_board()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.alerts == ["Displaced: more than 235,000 (up from 200,000) — UN OCHA"]
        assert bells == [1]  # killed rose too, but is not watched


async def test_no_alert_or_bell_unless_configured(tmp_path: Path, store: Store) -> None:
    app = build_app(_config(tmp_path), store, now=lambda: NOW, board_loader=_board(1, 2))
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.reload_board()
        await app.workers.wait_for_complete()
        assert app.alerts == [] and bells == []


def test_graphical_browser_only_with_a_display_and_not_over_ssh() -> None:
    assert links.graphical_opener({}, "linux") is None  # a console, no display
    assert links.graphical_opener({"DISPLAY": ":0", "SSH_CONNECTION": "1 2 3 4"}, "linux") is None
    assert links.graphical_opener({"SSH_TTY": "/dev/pts/1"}, "darwin") is None
    assert links.graphical_opener({}, "darwin") == ["open"]
    opener = links.graphical_opener({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert opener is None or opener[0].endswith("xdg-open")  # None where xdg-open is not installed


def test_only_plain_web_links_are_opened_or_copied() -> None:
    assert links.safe_url(" https://example.org/a?b=1 ") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://", "https://ex\x1bample.org",
                "https://example.org/\x07", "https://exa mple.org", "", None):
        assert links.safe_url(bad) is None


async def test_theme_toggle_stays_in_its_family(tmp_path: Path, store: Store) -> None:
    app = build_app(_config(tmp_path, '[ui]\ntheme = "ansi-dark"\n'), store, now=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme == "ansi-dark"
        await pilot.press("t")
        assert app.theme == "ansi-light"
        await pilot.press("t")
        assert app.theme == "ansi-dark"


async def test_no_color_sends_no_colour_and_keeps_selections_visible(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(_config(tmp_path), store, now=lambda: NOW, board_loader=_board(5))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

        def segments() -> list[Any]:
            strips = app.screen._compositor.render_strips()
            return [seg for strip in strips for seg in strip if seg.style is not None]

        for seg in segments():
            for color in (seg.style.color, seg.style.bgcolor):
                assert color is None or color.is_default, seg
        cursor = [s for s in segments() if "More than" in s.text]
        assert cursor and all(s.style.reverse for s in cursor)
        await pilot.press("2")
        await pilot.pause()
        assert any(s.style.reverse and "Displaced" in s.text for s in segments())


async def test_a_burst_of_changes_costs_one_more_board_build(tmp_path: Path, store: Store) -> None:
    calls: list[float] = []

    def slow_loader(_store: Store, _config: Config) -> tuple[list[Any], list[Any]]:
        calls.append(time.monotonic())
        time.sleep(0.2)
        value = float(len(calls))
        return [Row("displaced", _record(value, "displaced", "exact", "UN OCHA", None, 0))], []

    app = build_app(_config(tmp_path), store, now=lambda: NOW, board_loader=slow_loader)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert len(calls) == 1
        app.reload_board()
        for _ in range(5):  # five more commits while that build runs
            app.reload_board()
        # wait on the outcome, not on a fixed number of ticks (a loaded host can take seconds)
        await wait_until(pilot, lambda: len(calls) >= 3 and bool(app.board)
                         and app.board[0].headline.figure.value == 3.0)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)  # time for a stray fourth build to start, were the burst not coalesced
        await app.workers.wait_for_complete()
        assert len(calls) == 3  # the build that was running, plus one for the whole burst
        assert app.board[0].headline.figure.value == 3.0  # and the screen shows the latest
