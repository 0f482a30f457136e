"""SVG snapshots of the dashboard at 80x24 and 160x48, with a fixed clock, store and board.

The board and timeline are fixed rows here (not the aggregation layer's output), so these
pictures change only when the screen's own rendering changes. Update deliberately with
`pytest tests/test_tui_snapshots.py --snapshot-update` and look at the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from idlibmon.config import load_config_text
from idlibmon.store import Store
from idlibmon.tui.app import IdlibmonApp, build_app
from tui_support import NOW, fixed_board, sample_store, settle

pytestmark = pytest.mark.usefixtures("utc_timezone")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[IdlibmonApp]:
    config = load_config_text(f'[store]\npath = "{tmp_path / "store.db"}"\n')
    store = Store(config.store.path)
    sample_store(store)
    yield build_app(config, store, now=lambda: NOW, board_loader=fixed_board)
    store.close()


def test_wide_dashboard(app: IdlibmonApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(160, 48), run_before=settle)


def test_narrow_dashboard_headlines(app: IdlibmonApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_narrow_dashboard_key_figures(app: IdlibmonApp, snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("2")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_narrow_headline_detail(app: IdlibmonApp, snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_wide_light_theme(app: IdlibmonApp, snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("t", "3")

    assert snap_compare(app, terminal_size=(160, 48), run_before=run_before)
