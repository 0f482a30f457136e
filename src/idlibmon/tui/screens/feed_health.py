"""Every feed's state: when it last worked, its last error, and when it is next due."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from idlibmon.config import Config
from idlibmon.tui.text import safe
from idlibmon.tui.timefmt import Clock, relative


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    try:
        return obj[name]
    except (TypeError, KeyError, IndexError):
        return getattr(obj, name, None)


def _when(value: Any, now: datetime) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    age = relative(value, now)
    if value > now:
        return f"in {relative(now, value)}" if age else "now"
    return f"{age} ago" if age not in ("now", "") else "just now"


def feed_rows(config: Config, states: Iterable[Any], now: datetime) -> list[tuple[Text, ...]]:
    """One row per configured feed, joined with its stored state (by URL)."""
    by_url = {_get(s, "url"): s for s in states}
    rows = []
    for feed in config.feeds:
        s = by_url.get(feed.url)
        if s is None:
            rows.append((safe(feed.name, "bold"), Text("not fetched yet", "dim"), Text("—"), Text("—"), Text("0"), Text("—")))
            continue
        error = _get(s, "last_error") or ""
        disabled = _get(s, "disabled_reason")
        status = _get(s, "status")
        if disabled:
            state = Text(f"stopped: {disabled}", "bold red")
        elif error:
            state = Text(f"failing ({status or 'no answer'})", "bold red")
        else:
            state = Text(f"ok ({status})" if status else "ok", "green")
        rows.append((
            safe(feed.name, "bold"), state, Text(_when(_get(s, "last_success"), now)),
            safe(error or "—", "red" if error else "dim"), Text(str(_get(s, "error_count") or 0)),
            Text(_when(_get(s, "next_due"), now)),
        ))
    return rows


class FeedHealthScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f", "app.pop_screen", "Back", id="health.back"),
        Binding("r", "app.refresh_now", "Refresh now", id="health.refresh"),
    ]

    def __init__(self, config: Config, states: list[Any], now: Clock) -> None:
        super().__init__()
        self.config = config
        self.states = states
        self.now = now

    def compose(self) -> ComposeResult:
        failing = sum(1 for s in self.states if _get(s, "last_error"))
        yield Static(Text(f"Feed health — {len(self.config.feeds)} feeds, {failing} failing", "bold"), id="health-head")
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="health-table")
        yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Feed", "State", "Last success", "Last error", "Errors", "Next fetch")
        for row in feed_rows(self.config, self.states, self.now()):
            table.add_row(*row)
        table.focus()
