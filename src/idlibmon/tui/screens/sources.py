"""Every source behind a key figure or a timeline entry, each openable and copyable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from idlibmon.tui.formatting import CATEGORY_LABELS, figure_phrase, period, when_text
from idlibmon.tui.text import safe
from idlibmon.tui.widgets.pane_list import PaneList
from idlibmon.tui.widgets.timeline_pane import entry_date


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One line of evidence: who said what, when, and where to read it."""

    outlet: str
    url: str
    quote: str
    headline: str = ""
    when: str = ""
    figure: str = ""
    article_id: int | None = None


def figure_sources(row: Any) -> tuple[Text, list[SourceItem]]:
    label = CATEGORY_LABELS.get(row.category, row.category)
    title = Text(end="")
    title.append(f"{label}: ", "bold")
    records = list(getattr(row, "all", None) or [])
    if not records:
        records = [r for r in [row.headline, *(row.disagreeing or [])] if r is not None]
    if row.headline is not None:
        title.append(figure_phrase(row.headline.figure), "bold")
        title.append("  (", "dim")
        title.append_text(safe(row.headline.outlet, "dim"))
        title.append(")", "dim")
    if row.disagreeing:
        title.append(f"\nSources disagree: {len(row.disagreeing) + 1} different figures.", "bold yellow")
    items = [
        SourceItem(
            outlet=r.outlet, url=r.url, quote=r.figure.text, headline=r.title,
            when=when_text(r.published), figure=" ".join(x for x in (figure_phrase(r.figure), period(r.figure.when, one_day=bool(getattr(r, "one_day", False)))) if x),
            article_id=r.article_id,
        )
        for r in records
    ]
    return title, items


def timeline_sources(entry: Any) -> tuple[Text, list[SourceItem]]:
    title = Text(end="")
    title.append(f"{entry_date(entry)}  {entry.kind}\n", "bold")
    title.append_text(safe(entry.label, "bold"))
    if entry.curated:
        title.append("\n◆ curated baseline entry", "italic")
    items = [SourceItem(outlet=s.outlet, url=s.url, quote=s.text, article_id=s.article_id) for s in entry.sources or []]
    if entry.curated and getattr(entry, "url", ""):
        items.insert(0, SourceItem(outlet="curated baseline", url=entry.url, quote=entry.label))
    return title, items


def _item_text(item: SourceItem) -> Text:
    text = Text(end="")
    text.append_text(safe(item.outlet, "bold"))
    if item.when:
        text.append(f"  {item.when}", "dim")
    if item.figure:
        text.append(f"  {item.figure}", "bold")
    if item.headline:
        text.append("\n  ")
        text.append_text(safe(item.headline))
    if item.quote:
        text.append("\n  “")
        text.append_text(safe(item.quote, "italic"))
        text.append("”")
    text.append("\n  ")
    text.append_text(safe(item.url or "(no link)", "underline dim"))
    return text


class SourcesScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="sources.back"),
        Binding("o", "open_link", "Open link", id="sources.open"),  # Enter: the list's own select
        Binding("y", "copy_link", "Copy link", id="sources.copy"),
    ]

    def __init__(self, title: Text, items: list[SourceItem]) -> None:
        super().__init__()
        self.heading = title
        self.items = items

    def compose(self) -> ComposeResult:
        yield Static(self.heading, id="sources-head")
        options = [Option(_item_text(i)) for i in self.items] or [Option(Text("No sources recorded.", "dim"), disabled=True)]
        yield PaneList(*options, id="sources-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_link()

    def _current(self) -> SourceItem | None:
        index = self.query_one(OptionList).highlighted
        return self.items[index] if index is not None and index < len(self.items) else None

    def action_open_link(self) -> None:
        item = self._current()
        if item is not None:
            self.app.open_link(item.url)  # type: ignore[attr-defined]

    def action_copy_link(self) -> None:
        item = self._current()
        if item is not None:
            self.app.copy_link(item.url)  # type: ignore[attr-defined]
