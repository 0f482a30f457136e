"""Every feed's state, live: when it last worked, its last error, HTTP status, when it is next due.

The screen re-reads the feeds' stored state every second and whenever the fetch loop reports
a finished feed, and rewrites only the cells that changed, so the cursor stays on the feed
the user is looking at. From here the user acts on that feed: fetch it now, re-enable one
stopped by 410 Gone, copy its URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, ClassVar, Protocol

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from idlibmon.config import Config, FeedConfig
from idlibmon.tui.text import safe
from idlibmon.tui.timefmt import Clock, relative

COLUMNS = ("Feed", "State", "HTTP", "Last success", "Next fetch", "Errors", "Last error")
"""The last error comes last: at 120 columns only its tail is cut (the panel below shows it whole)."""


class FeedStore(Protocol):
    """The store calls this screen makes (the app's own connection)."""

    def feed_states(self, urls: Sequence[str] | None = None) -> list[Any]: ...

    def enable_feed(self, url: str) -> bool: ...

    def make_feed_due(self, url: str) -> bool: ...


class Runner(Protocol):
    """What the screen needs of the fetch runner (tui/live.py)."""

    in_flight: frozenset[str]

    def wake(self) -> None: ...


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


def countdown(when: datetime, now: datetime) -> str:
    """Time until `when`, to the second while it is close: "in 45s", "in 4m 05s", "in 2h 10m"."""
    seconds = int((when - now).total_seconds())
    if seconds <= 0:
        return "due now"
    if seconds < 60:
        return f"in {seconds}s"
    if seconds < 3600:
        return f"in {seconds // 60}m {seconds % 60:02d}s"
    if seconds < 86400:
        return f"in {seconds // 3600}h {seconds % 3600 // 60:02d}m"
    return f"in {seconds // 86400}d {seconds % 86400 // 3600}h"


_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})? UTC: ")


def _unstamped(error: str) -> str:
    """An error without the loop's leading "YYYY-MM-DD HH:MM UTC: " (the panel below keeps it)."""
    return _STAMP.sub("", error)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _never_fetched(state: Any) -> bool:
    return state is None or not (
        _get(state, "last_attempt") or _get(state, "last_success") or _get(state, "last_error")
        or _get(state, "disabled_reason")
    )


def next_fetch(state: Any, now: datetime, fetching: bool) -> str:
    """When the loop asks next: a countdown, "due now", or the server's Retry-After."""
    if fetching:
        return "now"
    if _get(state, "disabled_reason"):
        return "—"
    due, wait = _get(state, "next_due"), _get(state, "retry_not_before")
    if wait and wait > now and (due is None or wait >= due):
        return f"{countdown(wait, now)} (asked)"
    if due:
        return countdown(due, now)
    return "—" if _never_fetched(state) else "due now"


def feed_detail(feed: Any, state: Any | None, now: datetime | None = None) -> Text:
    """Everything known about one feed, untruncated, for the panel under the table."""
    text = Text(end="")
    text.append_text(safe(feed.name, "bold"))
    text.append("\n")
    text.append_text(safe(feed.url, "underline"))
    if _never_fetched(state):
        text.append("\nnot fetched yet", "dim")
        return text
    for label, key in (("stopped", "disabled_reason"), ("last error", "last_error"), ("moved", "moved")):
        value = _get(state, key)
        if value:
            text.append(f"\n{label}: ", "bold")
            text.append_text(safe(str(value), "red" if label != "moved" else ""))
    wait = _get(state, "retry_not_before")
    if now is not None and wait and wait > now:
        text.append(f"\nthe server asked us to wait until {wait:%H:%M} UTC (Retry-After)", "yellow")
    return text


def feed_row(feed: FeedConfig, state: Any | None, now: datetime, fetching: bool = False) -> tuple[Text, ...]:
    """One feed's cells, long texts cut short."""
    name = safe(_short(feed.name, 32), "bold")
    busy = Text("fetching…", "bold yellow")
    if _never_fetched(state):
        state_cell = busy if fetching else Text("not fetched yet", "dim")
        return (name, state_cell, Text("—"), Text("—"), Text(next_fetch(state, now, fetching)), Text("0"), Text("—"))
    error = _get(state, "last_error") or ""
    disabled = _get(state, "disabled_reason")
    status = _get(state, "status")
    if fetching:
        state_cell = busy
    elif disabled:
        state_cell = Text(_short(f"stopped: {str(disabled).split(' on ')[0]}", 24), "bold red")
    elif error:
        state_cell = Text("failing", "bold red")
    else:
        state_cell = Text("ok", "green")
    return (
        name, state_cell, Text(str(status) if status else "—", "red" if status and status >= 400 else ""),
        Text(_when(_get(state, "last_success"), now)), Text(next_fetch(state, now, fetching)),
        Text(str(_get(state, "error_count") or 0)),
        safe(_short(_unstamped(error), 60) or "—", "red" if error else "dim"),
    )


def feed_rows(
    config: Config, states: Iterable[Any], now: datetime, fetching: Iterable[str] = ()
) -> list[tuple[Text, ...]]:
    """One row per configured feed, joined with its stored state (by URL)."""
    by_url = {_get(s, "url"): s for s in states}
    busy = set(fetching)
    return [feed_row(feed, by_url.get(feed.url), now, feed.url in busy) for feed in config.feeds]


def _cell_key(text: Text) -> tuple[str, str]:
    return text.plain, str(text.style)


class FeedHealthScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f", "app.pop_screen", "Back", id="health.back"),
        Binding("r", "fetch_feed", "Fetch this feed", id="health.fetch"),
        Binding("e", "enable_feed", "Re-enable", id="health.enable"),
        Binding("y", "copy_url", "Copy URL", id="health.copy"),
        Binding("j", "move('cursor_down')", "Down", show=False, id="health.down"),
        Binding("k", "move('cursor_up')", "Up", show=False, id="health.up"),
        Binding("pagedown", "move('page_down')", "Page down", show=False, id="health.page_down"),
        Binding("pageup", "move('page_up')", "Page up", show=False, id="health.page_up"),
        Binding("g", "move('scroll_top')", "First", show=False, id="health.first"),
        Binding("G", "move('scroll_bottom')", "Last", show=False, id="health.last"),
    ]
    POLL = 1.0
    """Seconds between two reads of the stored states (the countdowns tick, other processes' fetches show)."""

    def __init__(
        self, config: Config, store: FeedStore, now: Clock, *, runner: Runner | None = None, poll: float | None = None
    ) -> None:
        super().__init__()
        self.config = config
        self.store = store
        self.now = now
        self.runner = runner
        self.poll = poll if poll is not None else self.POLL
        self.states: list[Any] = []
        self._cells: dict[int, list[tuple[str, str]]] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="health-head")
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="health-table")
        yield table
        yield Static(id="health-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label in COLUMNS:
            table.add_column(label, key=label)
        self.states = self._read_states()
        for i, row in enumerate(self._rows()):
            table.add_row(*row, key=str(i))
            self._cells[i] = [_cell_key(cell) for cell in row]
        self._show_head()
        table.focus()
        self._show_detail(0)
        self.set_interval(self.poll, self.refresh_states, name="feed health")

    # ---- live updates ---------------------------------------------------------------------
    def _fetching(self) -> frozenset[str]:
        return self.runner.in_flight if self.runner is not None else frozenset()

    def _read_states(self) -> list[Any]:
        return list(self.store.feed_states([f.url for f in self.config.feeds]))

    def _rows(self) -> list[tuple[Text, ...]]:
        return feed_rows(self.config, self.states, self.now(), self._fetching())

    def feed_progress(self) -> None:
        """The fetch loop finished a feed or a cycle (called by the app)."""
        self.refresh_states()

    def refresh_states(self) -> None:
        """Re-read every feed's state and rewrite the cells that changed; the cursor stays."""
        if not self.is_mounted:
            return
        self.states = self._read_states()
        table = self.query_one(DataTable)
        for i, row in enumerate(self._rows()):
            keys = [_cell_key(cell) for cell in row]
            old = self._cells.get(i, [])
            for column, (cell, key) in enumerate(zip(row, keys, strict=True)):
                if column >= len(old) or old[column] != key:
                    table.update_cell(str(i), COLUMNS[column], cell, update_width=True)
            self._cells[i] = keys
        self._show_head()
        self._show_detail(table.cursor_row)

    def _show_head(self) -> None:
        busy = self._fetching()
        failing = sum(1 for s in self.states if _get(s, "last_error") and not _get(s, "disabled_reason"))
        stopped = sum(1 for s in self.states if _get(s, "disabled_reason"))
        fetching = sum(1 for f in self.config.feeds if f.url in busy)
        count = len(self.config.feeds)
        parts = [f"{count} feed{'' if count == 1 else 's'}", f"{failing} failing"]
        if stopped:
            parts.append(f"{stopped} stopped")
        if fetching:
            parts.append(f"{fetching} fetching")
        text = Text(f"Feed health — {', '.join(parts)}", "bold")
        text.append("   updated live", "dim")
        self.query_one("#health-head", Static).update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, index: int) -> None:
        feed, state = self._selected(index)
        if feed is None:
            return
        text = feed_detail(feed, state, self.now())
        if _get(state, "disabled_reason"):
            text.append(f"\n{self._key_for('enable_feed', 'e')}: re-enable this feed", "bold")
        self.query_one("#health-detail", Static).update(text)

    # ---- actions on the selected feed ---------------------------------------------------
    def _selected(self, index: int | None = None) -> tuple[FeedConfig | None, Any | None]:
        if index is None:
            index = self.query_one(DataTable).cursor_row
        if not 0 <= index < len(self.config.feeds):
            return None, None
        feed = self.config.feeds[index]
        return feed, next((s for s in self.states if _get(s, "url") == feed.url), None)

    def _say(self, message: str, severity: str = "information") -> None:
        self.app.notify(message, severity=severity, markup=False, timeout=5)  # type: ignore[arg-type]

    def _key_for(self, action: str, fallback: str) -> str:
        keys = getattr(self.config, "keys", {}).get(action) or (fallback,)
        return self.app.get_key_display(Binding(keys[0], ""))

    def action_move(self, motion: str) -> None:
        getattr(self.query_one(DataTable), f"action_{motion}")()

    def action_fetch_feed(self) -> None:
        """Make the selected feed due now and wake the loop; a stopped feed or a Retry-After is respected."""
        feed, state = self._selected()
        if feed is None:
            return
        now = self.now()
        wait = _get(state, "retry_not_before")
        if _get(state, "disabled_reason"):
            self._say(f"{feed.name} is stopped ({_get(state, 'disabled_reason')}); "
                      f"press {self._key_for('enable_feed', 'e')} to re-enable it", "warning")
            return
        if wait and wait > now:
            self._say(f"{feed.name}: the server asked us to wait until {wait:%H:%M} UTC; it is fetched then", "warning")
            return
        if feed.url in self._fetching():
            self._say(f"{feed.name} is being fetched now")
            return
        self.store.make_feed_due(feed.url)
        self._wake(f"Fetching {feed.name} now…", f"{feed.name} is due now")

    def action_enable_feed(self) -> None:
        """Lift a 410 stop (and the back-off), as `idlibmon feeds enable URL` does."""
        feed, state = self._selected()
        if feed is None:
            return
        if state is None or not (_get(state, "disabled_reason") or _get(state, "error_count")):
            self._say(f"{feed.name} is not stopped")
            return
        if not self.store.enable_feed(feed.url):
            self._say(f"{feed.name} has no stored state yet", "warning")
            return
        self._wake(f"Enabled {feed.url}; it is fetched on the next cycle", f"Enabled {feed.url}")

    def _wake(self, fetching: str, done: str) -> None:
        """Wake our fetch loop and say so; a window that does not fetch says who will."""
        state = getattr(self.app, "fetch_state", None)
        read_only = "read-only" in (getattr(state, "note", "") or "")
        if self.runner is not None and not read_only:
            self.runner.wake()
            self._say(fetching)
        else:
            self._say(f"{done}; this window does not fetch: the idlibmon that fetches takes it on its next cycle")
        self.refresh_states()

    def action_copy_url(self) -> None:
        feed, _ = self._selected()
        if feed is not None:
            copy: Callable[[str], None] = self.app.copy_link  # type: ignore[attr-defined]
            copy(feed.url)
