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
    if value > now:
        ahead = relative(now, value)
        return "in <1m" if ahead == "now" else f"in {ahead}"
    age = relative(value, now)
    return "just now" if age == "now" else f"{age} ago"


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def feed_detail(feed: Any, state: Any | None) -> Text:
    """Everything known about one feed, untruncated, for the panel under the table."""
    text = Text(end="")
    text.append_text(safe(feed.name, "bold"))
    text.append("\n")
    text.append_text(safe(feed.url, "underline"))
    if state is None:
        text.append("\nnot fetched yet", "dim")
        return text
    for label, key in (("stopped", "disabled_reason"), ("last error", "last_error"), ("moved", "moved")):
        value = _get(state, key)
        if value:
            text.append(f"\n{label}: ", "bold")
            text.append_text(safe(str(value), "red" if label != "moved" else ""))
    return text


def feed_rows(config: Config, states: Iterable[Any], now: datetime) -> list[tuple[Text, ...]]:
    """One row per configured feed, joined with its stored state (by URL); long texts cut short.

    The last error comes last: at 120 columns only its tail is cut (the panel below shows it
    whole), never the next-fetch time.
    """
    by_url = {_get(s, "url"): s for s in states}
    rows = []
    for feed in config.feeds:
        s = by_url.get(feed.url)
        name = safe(_short(feed.name, 32), "bold")
        if s is None:
            rows.append((name, Text("not fetched yet", "dim"), Text("—"), Text("—"), Text("0"), Text("—")))
            continue
        error = _get(s, "last_error") or ""
        disabled = _get(s, "disabled_reason")
        status = _get(s, "status")
        if disabled:
            state = Text(_short(f"stopped: {disabled}", 24), "bold red")
        elif error:
            state = Text(f"failing ({status or 'no answer'})", "bold red")
        else:
            state = Text(f"ok ({status})" if status else "ok", "green")
        rows.append((
            name, state, Text(_when(_get(s, "last_success"), now)),
            Text("—" if disabled else _when(_get(s, "next_due"), now)),
            Text(str(_get(s, "error_count") or 0)),
            safe(_short(error, 60) or "—", "red" if error else "dim"),
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
        yield Static(id="health-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Feed", "State", "Last success", "Next fetch", "Errors", "Last error")
        for row in feed_rows(self.config, self.states, self.now()):
            table.add_row(*row)
        table.focus()
        self._show_detail(0)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        if not 0 <= index < len(self.config.feeds):
            return
        feed = self.config.feeds[index]
        state = next((s for s in self.states if _get(s, "url") == feed.url), None)
        self.query_one("#health-detail", Static).update(feed_detail(feed, state))
