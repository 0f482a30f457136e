"""Hostile network text stays inert on screen: no markup, no links, no actions, no escapes.

The rows here are written straight into the store, skipping the ingest sanitiser, to
prove the screen's own defence (render as `Text`, re-sanitise) holds on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.store import Store
from idlibmon.tui.app import build_app
from idlibmon.tui.screens.detail import HeadlineDetail
from idlibmon.tui.terminal_title import osc2, title_text
from tui_support import NOW, add_article, screen_lines

HOSTILE = [
    "[bold red]RED[/bold red] Idlib alarm",
    "[link=https://evil.example/]click me[/link] Idlib",
    "[@click=app.quit]press to quit[/] Idlib",
    "Title \x1b]2;PWNED\x07 renamed Idlib",
    "Screen \x1b[2J\x1b[H wiped Idlib",
    "C1 \x9b31m csi \x9d0;x\x9c osc \x85 nel Idlib",
    "Bidi \u202eevil\u202c \u2066iso\u2069 Idlib",
    "Bell \x07\x07 and NUL \x00 Idlib",
]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


pytestmark = pytest.mark.usefixtures("utc_timezone")


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config_text(f'[store]\npath = "{tmp_path / "store.db"}"\n')


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    s = Store(config.store.path)
    for i, title in enumerate(HOSTILE):
        add_article(s, title=title, outlet="Evil [b]outlet[/b] \x1b[31m", published=NOW - timedelta(minutes=i + 1),
                    body=f"Body of {title}\n\nMore \x1b]8;;https://evil.example\x07text\x1b]8;;\x07 [i]here[/i].",
                    link=f"https://example.org/{i}")
    yield s
    s.close()


def _segments(app: object) -> list[object]:
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return [seg for strip in strips for seg in strip]


async def test_hostile_titles_render_as_plain_text(config: Config, store: Store) -> None:
    app = build_app(config, store, now=lambda: NOW)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "[bold red]RED[/bold red] Idlib alarm" in text
        assert "[link=https://evil.example/]click me[/link]" in text
        assert "[@click=app.quit]press to quit[/]" in text
        assert "Evil [b]outl" in text
        assert "PWNED" not in text  # the whole OSC sequence is dropped, not just its ESC
        for seg in _segments(app):
            assert not CONTROL.search(seg.text), repr(seg.text)
            style = seg.style
            if style is not None:
                assert not style.link
                assert "@click" not in (style.meta or {})
            if "RED" in seg.text:
                assert style is None or style.color is None or style.color.name != "red"
        # Clicking the would-be action does nothing but move the cursor.
        headlines = app.dashboard.headlines
        row = next(i for i in range(headlines.source.total) if "@click" in headlines.source.row(i).title)
        await pilot.click(headlines, offset=(40, row + 1))  # +1: the border above the first row
        await pilot.pause()
        assert app.is_running and headlines.cursor == row


async def test_hostile_detail_and_notifications_are_inert(config: Config, store: Store) -> None:
    app = build_app(config, store, now=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("j", "j", "j", "enter")  # "Title ESC ] 2 ; PWNED BEL renamed"
        await pilot.pause()
        assert isinstance(app.screen, HeadlineDetail)
        text = "\n".join(screen_lines(app))
        assert "Title renamed Idlib" in text and "[i]here[/i]" in text
        for seg in _segments(app):
            assert not CONTROL.search(seg.text), repr(seg.text)
            assert seg.style is None or not seg.style.link
        await pilot.press("escape")
        for i in range(app.source.total):
            app.announce([app.source.row(i)])
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert len(messages) == len(HOSTILE)
        assert not any(CONTROL.search(m) for m in messages)
        assert any("[@click=app.quit]" in m for m in messages)


def test_terminal_title_carries_only_our_text() -> None:
    sequence = osc2(title_text("Idlib\x07\x1b]2;evil\x1b\\", 12))
    assert sequence.startswith("\x1b]2;") and sequence.endswith("\x07")
    payload = sequence[4:-1]
    assert not CONTROL.search(payload)
    assert payload.startswith("(12) idlibmon · Idlib")
