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


def timeline_row_text(entry: Any) -> Text:
    text = Text(end="", no_wrap=False)
    text.append(f"{entry_date(entry):<11} ", "bold")
    kind = entry.kind
    text.append(f"{KIND_TAGS.get(kind, 'EVT')}", KIND_STYLES.get(kind, "dim"))
    text.append(" ")
    if entry.curated:
        text.append("◆ ", "bold")
    label = safe(entry.label, "bold" if entry.curated else "")
    if not entry.curated and len(label.plain) > LABEL_MAX:
        label.truncate(LABEL_MAX - 1)
        label.append("…")
    text.append_text(label)
    count = getattr(entry, "count", 0) or len(getattr(entry, "sources", []) or [])
    if count:
        text.append(f" ×{count}", "dim")
    return text


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
            options.append(Option(timeline_row_text(entry), id=key))
        self.replace_rows(options)

    def selected_entry(self) -> Any | None:
        index = self.highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None
