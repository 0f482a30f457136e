"""SVG snapshots of the dashboard at 80x24 and 160x48, with a fixed clock, store and board.

The board and timeline are fixed rows here (not the aggregation layer's output), so these
pictures change only when the screen's own rendering changes. Update deliberately with
`pytest tests/test_tui_snapshots.py --snapshot-update` and look at the report.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.models import Figure, Period
from idlibmon.store import Store
from idlibmon.tui.app import IdlibmonApp, build_app
from tui_support import NOW, sample_store


@dataclass
class Record:
    figure: Figure
    article_id: int
    outlet: str
    url: str
    published: datetime | None
    title: str


@dataclass
class Row:
    category: str
    headline: Record | None
    rule: str = "latest"
    disagreeing: list[Record] = field(default_factory=list)
    series: list[tuple[date, float]] = field(default_factory=list)
    change: str | None = None
    context: list[Record] = field(default_factory=list)
    all: list[Record] = field(default_factory=list)


@dataclass
class Source:
    outlet: str
    url: str
    text: str
    article_id: int | None = None


@dataclass
class Entry:
    start: str
    end: str | None
    kind: str
    label: str
    curated: bool
    place: str | None = None
    sources: list[Source] = field(default_factory=list)
    url: str = ""
    count: int = 0


def _record(value: float, category: str, qualifier: str, outlet: str, when: Period | None, days: int) -> Record:
    figure = Figure(value=value, category=category, qualifier=qualifier, text=f"{qualifier} {value:,.0f}", when=when)
    return Record(figure, 1, outlet, f"https://example.org/{outlet.replace(' ', '-').lower()}",
                  NOW - timedelta(days=days), "Report")


def fixed_board(_store: Store, _config: Config) -> tuple[list[Any], list[Any]]:
    displaced = _record(235000, "displaced", "more_than", "UN OCHA", Period("2019-12-12", "2019-12-25"), 0)
    other = _record(200000, "displaced", "about", "Al Jazeera", Period("2019-12-12", "2019-12-24"), 1)
    killed = _record(1000, "killed", "about", "Middle East Eye", Period("2019-04"), 0)
    series = [(date(2019, 12, d), v) for d, v in ((1, 40000), (10, 80000), (19, 180000), (24, 200000), (27, 235000))]
    board = [
        Row("displaced", displaced, disagreeing=[other], series=series, change="up from 200,000 on 26 Dec",
            all=[displaced, other]),
        Row("killed", killed, series=[(date(2019, 11, 1), 900), (date(2019, 12, 27), 1000)], all=[killed]),
        Row("injured", None),
    ]
    timeline = [
        Entry("2019-12-12", None, "displacement", "Mass displacement from southern Idlib", False,
              sources=[Source("UN OCHA", "https://example.org/ocha", "since 12 December")], count=3),
        Entry("2019-12", None, "escalation", "Escalation around Maaret al-Numan", True, count=2),
        Entry("2019-08-31", None, "ceasefire", "Ceasefire announced for the Idlib de-escalation zone", True),
        Entry("2019-04", None, "offensive", "Offensive on southern Idlib and northern Hama", True, count=5),
    ]
    return board, timeline


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[IdlibmonApp]:
    config = load_config_text(f'[store]\npath = "{tmp_path / "store.db"}"\n')
    store = Store(config.store.path)
    sample_store(store)
    yield build_app(config, store, now=lambda: NOW, board_loader=fixed_board)
    store.close()


async def _settled(pilot: Any) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_wide_dashboard(app: IdlibmonApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(160, 48), run_before=_settled)


def test_narrow_dashboard_headlines(app: IdlibmonApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settled)


def test_narrow_dashboard_key_figures(app: IdlibmonApp, snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await _settled(pilot)
        await pilot.press("2")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_narrow_headline_detail(app: IdlibmonApp, snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await _settled(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_wide_light_theme(app: IdlibmonApp, snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await _settled(pilot)
        await pilot.press("t", "3")

    assert snap_compare(app, terminal_size=(160, 48), run_before=run_before)
