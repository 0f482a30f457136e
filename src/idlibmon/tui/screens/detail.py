"""A headline in full: what it says, where it came from, and what we extracted from it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from idlibmon.models import Article, Extraction
from idlibmon.tui.formatting import figure_phrase, iso_date, period
from idlibmon.tui.text import safe, safe_block
from idlibmon.tui.timefmt import Clock, absolute, ago

# Underlined too, so the highlights survive NO_COLOR and monochrome terminals.
FIGURE_STYLE = "bold underline black on yellow"
DATE_STYLE = "italic underline black on cyan"


def _find(text: str, needle: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where an extracted phrase sits in the text: its span if it still fits, else a search."""
    if not needle:
        return None
    start, end = span
    if 0 <= start < end <= len(text) and text[start:end] == needle:
        return start, end
    at = text.find(needle)
    if at < 0:
        at = text.lower().find(needle.lower())
    return (at, at + len(needle)) if at >= 0 else None


def _date_phrase(text: str, phrase: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The date words of an event ("since 12 December"), looked for inside the event first."""
    if not phrase:
        return None
    start, end = span
    if 0 <= start < end <= len(text):
        at = text.find(phrase, start, end)
        if at >= 0:
            return at, at + len(phrase)
    return _find(text, phrase, (-1, -1))


def _piece(raw: str, style: str = "") -> Text:
    """One stretch of stored text made inert, keeping the whitespace that joins it to its neighbours."""
    core = safe_block(raw, style)
    if not core.plain:
        return Text("\n\n" if "\n\n" in raw else (" " if raw[:1].isspace() else ""), end="")
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(raw.rstrip()):]
    out = Text(end="")
    out.append("\n\n" if "\n\n" in lead else (" " if lead else ""))
    out.append_text(core)
    out.append("\n\n" if "\n\n" in trail else (" " if trail else ""))
    return out


def highlighted_body(raw: str, extraction: Extraction) -> Text:
    """The text extraction read, every figure and date phrase highlighted by its span (never markup)."""
    marks: list[tuple[int, int, str]] = []
    for figure in extraction.figures:
        found = _find(raw, figure.text, figure.span)
        if found:
            marks.append((*found, FIGURE_STYLE))
    for event in extraction.events:
        found = _date_phrase(raw, event.resolved_from, event.span)
        if found:
            marks.append((*found, DATE_STYLE))
    text, at = Text(end=""), 0
    for start, end, style in sorted(marks):
        if start < at:  # overlaps an earlier mark
            continue
        text.append_text(_piece(raw[at:start]))
        text.append_text(_piece(raw[start:end], style))
        at = end
    text.append_text(_piece(raw[at:]))
    return text


def article_text(article: Article) -> str:
    """The text figure spans point into (built by the domain), or the longest part we have."""
    try:
        from idlibmon.texts import article_text as domain_text
    except ImportError:
        return article.body or article.content or article.summary or ""
    return domain_text(article)


class HeadlineDetail(Screen[None]):
    """Title, outlet, time, link, highlighted text, then the figures and events found in it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="detail.back"),
        Binding("o", "open_link", "Open link", id="detail.open"),
        Binding("y", "copy_link", "Copy link", id="detail.copy"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="detail.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="detail.up"),
        Binding("g,home", "top", "Top", show=False, id="detail.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="detail.bottom"),
    ]

    def __init__(self, article: Article, extraction: Extraction, others: list[Article], now: Clock) -> None:
        super().__init__()
        self.article = article
        self.extraction = extraction
        self.others = others
        self.now = now

    def compose(self) -> ComposeResult:
        a = self.article
        head = Text(end="")
        head.append_text(safe(a.title, "bold"))
        head.append("\n")
        head.append_text(safe(a.outlet, "italic"))
        when = a.published or a.fetched
        age = ago(when, self.now())
        head.append(f"  ·  {absolute(when)}" + (f"  ({age})" if age else "") if when else "", "dim")
        head.append("\n")
        head.append_text(safe(a.link or "(no link)", "underline"))
        if len(self.others) > 1:
            head.append(f"\nAlso reported by {len(self.others) - 1} other outlet(s): ", "dim")
            head.append(", ".join(safe(o.outlet).plain for o in self.others if o.id != a.id), "dim")
        with VerticalScroll(id="detail-scroll"):
            yield Static(head, id="detail-head")
            self.body = highlighted_body(article_text(a), self.extraction)
            yield Static(self.body if self.body.plain else Text("(no text)", "dim"), id="detail-body")
            yield Static(self._findings(), id="detail-findings")
        yield Footer()

    def _findings(self) -> Text:
        text = Text(end="")
        text.append("Key figures\n", "bold underline")
        if not self.extraction.figures:
            text.append("  none found\n", "dim")
        for f in self.extraction.figures:
            text.append(f"  {f.category:<11}", "bold")
            text.append(figure_phrase(f), FIGURE_STYLE)
            when = period(f.when)
            if when:
                text.append(f"  {when}", "dim")
            text.append("\n    “")
            text.append_text(safe(f.text, "italic"))
            text.append("”\n")
        text.append("\nEvents\n", "bold underline")
        if not self.extraction.events:
            text.append("  none found\n", "dim")
        for e in self.extraction.events:
            date = iso_date(e.start) + (f" – {iso_date(e.end)}" if e.end else "")
            text.append(f"  {date:<14}", DATE_STYLE)
            text.append(f" {e.kind:<12} ", "bold")
            text.append_text(safe(e.text))
            text.append("\n")
        return text

    def on_mount(self) -> None:
        self.title = self.article.title
        self.query_one("#detail-scroll").focus()

    def action_scroll(self, step: int) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_relative(y=step, animate=False)

    def action_top(self) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_end(animate=False)

    def action_open_link(self) -> None:
        self.app.open_link(self.article.link)  # type: ignore[attr-defined]

    def action_copy_link(self) -> None:
        self.app.copy_link(self.article.link)  # type: ignore[attr-defined]
