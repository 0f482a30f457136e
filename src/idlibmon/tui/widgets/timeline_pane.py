"""The merged timeline, newest first: date at its precision, kind tag, label, source count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets.option_list import Option

from idlibmon.tui.formatting import KIND_TAGS, date_range, iso_date
from idlibmon.tui.text import safe
from idlibmon.tui.widgets.pane_list import PaneList

KIND_STYLES = {
    "offensive": "bold red", "attack": "red", "escalation": "magenta", "capture": "bold magenta",
    "ceasefire": "green", "talks": "cyan", "displacement": "yellow", "humanitarian": "blue",
}


LABEL_MAX = 110
"""Extracted labels are whole sentences; the pane shows their start, the detail shows all."""


def entry_date(entry: Any) -> str:
    end = getattr(entry, "end", None)
    return date_range(entry.start, end) if end else iso_date(entry.start)


INDENT = 16
"""Continuation lines start under the label (date column 11 + space + tag + space), so a
wrapped label never reads as a new entry."""


def timeline_row_text(entry: Any, width: int = 0) -> Text:
    """One entry; given the pane's `width`, the label wraps with a hanging indent."""
    text = Text(end="", no_wrap=False)
    text.append(f"{entry_date(entry):<11} ", "bold")
    kind = entry.kind
    text.append(f"{KIND_TAGS.get(kind, 'EVT')}", KIND_STYLES.get(kind, "dim"))
    text.append(" ")
    if entry.curated:
        text.append("◆ ", "bold")
    label = safe(entry.label).plain
    if not entry.curated and len(label) > LABEL_MAX:
        label = label[: LABEL_MAX - 1] + "…"
    count = getattr(entry, "count", 0) or len(getattr(entry, "sources", []) or [])
    suffix = f"×{count}" if count else ""
    style = "bold" if entry.curated else ""
    words = label.split(" ") + ([suffix] if suffix else [])
    lines = _hanging(words, width - text.cell_len, width - INDENT) if width > INDENT + 10 else [words]
    for i, line in enumerate(lines):
        if i:
            text.append("\n" + " " * INDENT)
        tail = suffix if suffix and i == len(lines) - 1 and line[-1] == suffix else ""
        body = " ".join(line[:-1] if tail else line)
        text.append(body, style)
        if tail:
            text.append(f" {tail}" if body else tail, "dim")
    return text


def _hanging(words: list[str], first: int, rest: int) -> list[list[str]]:
    """Greedy word wrap: the first line `first` cells wide, the others `rest`."""
    lines: list[list[str]] = [[]]
    used = 0
    for word in words:
        room = first if len(lines) == 1 else rest
        need = len(word) + (1 if lines[-1] else 0)
        if lines[-1] and used + need > room:
            lines.append([word])
            used = len(word)
        else:
            lines[-1].append(word)
            used += need
    return lines


class TimelinePane(PaneList):
    """Curated entries (◆, bold) and events extracted from articles; Enter lists their sources."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Any] = []

    def show(self, entries: Sequence[Any]) -> None:
        ordered = sorted(entries, key=lambda e: (e.start or "", e.end or ""), reverse=True)
        self.entries = ordered
        options = []
        seen: set[str] = set()
        for i, entry in enumerate(ordered):
            key = f"tl-{entry.start}-{entry.kind}-{hash(entry.label) & 0xFFFFFF:x}"
            if key in seen:
                key = f"{key}-{i}"
            seen.add(key)
            options.append(Option(timeline_row_text(entry, self._row_width()), id=key))
        self.replace_rows(options)

    def _row_width(self) -> int:
        """Cells a row may use (0 before the first layout: plain wrapping until then)."""
        return max(0, self.scrollable_content_region.width - 2) if self.is_mounted else 0

    def on_resize(self) -> None:
        if self.entries:
            self.show(self.entries)

    def selected_entry(self) -> Any | None:
        index = self.highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None
