"""One line on top: app name and watch subject, fetch state, failing feeds, unread, clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from idlibmon.tui.text import plain_title
from idlibmon.tui.timefmt import clock, clock_with_date


@dataclass(frozen=True, slots=True)
class FetchState:
    """What the header says about fetching; replaced whole so the widget re-renders once."""

    active: bool = False
    done: int = 0
    total: int = 0
    last_update: datetime | None = None
    errors: int = 0
    unread: int = 0
    note: str = ""
    """e.g. "read-only: another idlibmon fetches" or "demo"."""

    def but(self, **changes: object) -> FetchState:
        return replace(self, **changes)  # type: ignore[arg-type]


class HeaderBar(Widget):
    DEFAULT_CSS = """
    HeaderBar { height: 1; background: $panel; color: $foreground; }
    """

    state: reactive[FetchState] = reactive(FetchState, layout=False)
    now: reactive[datetime | None] = reactive(None)

    def __init__(self, subject: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.subject = plain_title(subject)

    def _right(self, parts: list[tuple[str, str]], fmt: Callable[[datetime], str]) -> Text:
        right = Text(end="", no_wrap=True)
        for i, (label, style) in enumerate(parts):
            if i:
                right.append("  │  ", "dim")
            right.append(label, style)
        if self.now is not None:
            right.append(f"   {fmt(self.now)} ", "bold")
        return right

    def render(self) -> Text:
        s = self.state
        left = Text(end="", no_wrap=True)
        left.append(" idlibmon ", "bold reverse")
        left.append(f" {self.subject}", "bold")
        parts: list[tuple[str, str]] = []
        if s.active:
            parts.append((f"⟳ fetching {s.done}/{s.total}", "bold"))
        elif s.last_update is not None:
            parts.append((f"last update {clock(s.last_update)}", ""))
        else:
            parts.append(("not fetched yet", "dim"))
        if s.errors:
            parts.append((f"⚠ {s.errors} feed{'s' if s.errors != 1 else ''} failing", "bold red"))
        if s.unread:
            parts.append((f"{s.unread:,} unread", ""))
        if s.note:
            parts.append((s.note, "italic"))
        width = self.size.width
        right = self._right(parts, clock_with_date)
        if left.cell_len + right.cell_len >= width:
            # Narrow: drop the subject, then the note, then the date; the state and clock stay.
            left = Text(" idlibmon ", "bold reverse", end="")
            for drop_note, fmt in ((False, clock_with_date), (True, clock_with_date), (True, clock)):
                kept = parts[:-1] if drop_note and s.note else parts
                right = self._right(kept, fmt)
                if left.cell_len + right.cell_len < width:
                    break
        gap = max(1, width - left.cell_len - right.cell_len)
        line = Text(end="", no_wrap=True, overflow="ellipsis")
        line.append_text(left)
        line.append(" " * gap)
        line.append_text(right)
        line.truncate(width, overflow="ellipsis")
        return line
