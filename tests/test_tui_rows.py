"""The headline list's direct row rendering must look exactly like the Rich layout it replaces."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from rich.segment import Segment

from idlibmon.config import load_config_text
from idlibmon.store import Store
from idlibmon.tui.headline_source import HeadlineRow
from tui_support import NOW, make_app, settle

pytestmark = pytest.mark.usefixtures("utc_timezone")

TITLES = [
    "More than 235,000 flee Idlib as shelling intensifies, the UN says",
    "Short",
    "Aid: 1.5 million in need, 40% of them children; 3m displaced since 2019 across the north-west",
    "Figure cut at the edge: 12,345,678 people 12,345,678 people 12,345,678 people 12,345,678",
    "Wide letters 中文标题很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长",
    "إدلب: نزوح أكثر من 235 ألف شخص خلال أسبوعين بحسب الأمم المتحدة في شمال غرب سوريا",
    "Markup stays text [bold red]not red[/] and [@click=app.quit]x[/] 77",
]


def _cells(segments: list[Segment]) -> list[tuple[str, object]]:
    """One (character, style) per cell, so different segment splits of the same look compare equal."""
    return [(ch, seg.style or None) for seg in segments for ch in seg.text]


async def test_direct_rows_match_the_rich_layout(tmp_path: Path) -> None:
    config = load_config_text(f'[store]\npath = "{tmp_path / "s.db"}"\n')
    store = Store(config.store.path)
    app = make_app(config, store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        headlines = app.dashboard.headlines
        base = headlines.rich_style
        checked = 0
        fallback_widths: set[int] = set()
        for width in (20, 33, 47, 60, 80, 118, 200):
            for i, title in enumerate(TITLES):
                for read in (False, True):
                    for sources in (1, 3, 12):
                        row = HeadlineRow(id=i, title=title, outlet=f"Outlet number {i} with a long name" * (i % 2),
                                          published=NOW - timedelta(minutes=7 * i), link="", sources=sources, read=read)
                        for selected in (False, True):
                            reference = headlines._to_strip(headlines._row_text(row, "7m", width, selected), width, base)
                            direct = headlines._row_strip(row, "7m", width, selected, base)
                            if direct is None:
                                fallback_widths.add(width)
                                continue
                            assert direct.cell_length == reference.cell_length == width
                            assert _cells(list(direct)) == _cells(list(reference)), (width, title, read, selected)
                            checked += 1
        assert checked > 500
        assert fallback_widths <= {20}  # only a list too narrow for the title's room falls back to Rich
    store.close()
