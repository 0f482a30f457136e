"""The main screen: header, the three panes, a filter line and the footer.

Wide terminals show headlines on the left and figures over timeline on the right; narrow
ones show one pane at a time (Tab, 1/2/3 switch), so nothing is squeezed unreadable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from idlibmon.tui.headline_source import HeadlineSource
from idlibmon.tui.text import safe
from idlibmon.tui.timefmt import Clock
from idlibmon.tui.widgets.figures_pane import FiguresPane
from idlibmon.tui.widgets.header_bar import HeaderBar
from idlibmon.tui.widgets.headline_list import HeadlineList
from idlibmon.tui.widgets.timeline_pane import TimelinePane

if TYPE_CHECKING:
    from textual.widgets import Input

PANES = ("headlines", "figures", "timeline")


def snippet_text(snippet: str) -> Text:
    """A « »-marked FTS snippet as inert text, the matches emphasised (markers dropped)."""
    text = Text(end="", no_wrap=True, overflow="ellipsis")
    for i, part in enumerate(safe(snippet).plain.split("«")):
        match, _, rest = part.partition("»") if i else ("", "", part)
        if match:
            text.append(match, "bold reverse")
        text.append(rest)
    return text
TITLES = {"headlines": "Headlines", "figures": "Key figures", "timeline": "Timeline"}
WIDE = 120


class DashboardScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane(1)", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False, id="pane.previous"),
        Binding("1", "pane('headlines')", "Headlines", show=False, id="pane.headlines"),
        Binding("2", "pane('figures')", "Key figures", show=False, id="pane.figures"),
        Binding("3", "pane('timeline')", "Timeline", show=False, id="pane.timeline"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="filter.clear"),
    ]

    active: reactive[str] = reactive("headlines", init=False)
    """The pane with the keyboard; in a narrow terminal, the only one shown."""
    narrow: reactive[bool] = reactive(False, init=False)

    def __init__(self, source: HeadlineSource, now: Clock, subject: str) -> None:
        super().__init__()
        self.source = source
        self.now = now
        self.subject = subject

    def compose(self) -> ComposeResult:
        # Decide the layout before the first frame, so the screen is laid out once, not twice.
        self.set_reactive(DashboardScreen.narrow, self.app.size.width < WIDE)
        self.set_class(self.narrow, "-narrow")
        yield HeaderBar(self.subject, id="header")
        yield Static(id="tabs")
        with Horizontal(id="main"):
            yield HeadlineList(self.source, self.now, id="headlines")
            with Vertical(id="right"):
                yield FiguresPane(id="figures")
                yield TimelinePane(id="timeline")
        yield Static(id="snippet")
        yield Footer()

    def on_mount(self) -> None:
        for name in PANES:
            self.query_one(f"#{name}").border_title = f"{PANES.index(name) + 1} {TITLES[name]}"
        self._show_panes()
        self.query_one("#headlines").focus()
        self.update_headline_subtitle()
        ready = getattr(self.app, "dashboard_ready", None)
        if ready is not None:
            ready()

    # ---- layout -----------------------------------------------------------------------
    def on_resize(self, event: Resize) -> None:
        self._apply_layout(event.size.width)

    def _apply_layout(self, width: int) -> None:
        self.narrow = width < WIDE
        self._show_panes()

    def watch_narrow(self) -> None:
        self.set_class(self.narrow, "-narrow")
        self._show_panes()

    def watch_active(self) -> None:
        self._show_panes()
        pane = self.pane(self.active)
        if not pane.has_focus:
            pane.focus()

    def _show_panes(self) -> None:
        if not self.is_mounted:
            return
        for name in PANES:
            self.pane(name).display = not self.narrow or name == self.active
        self.query_one("#right").display = not self.narrow or self.active != "headlines"
        self.query_one("#headlines").display = not self.narrow or self.active == "headlines"
        tabs = self.query_one("#tabs", Static)
        tabs.display = self.narrow
        if self.narrow:
            text = Text(end="", no_wrap=True)
            for i, name in enumerate(PANES, 1):
                style = "bold reverse" if name == self.active else "dim"
                text.append(f" {i} {TITLES[name]} ", style)
                text.append(" ")
            tabs.update(text)

    def pane(self, name: str) -> Widget:
        return self.query_one(f"#{name}")

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        for name in PANES:
            if focused is not None and focused.id == name and self.active != name:
                self.active = name

    # ---- actions ----------------------------------------------------------------------
    def action_next_pane(self, step: int) -> None:
        self.active = PANES[(PANES.index(self.active) + step) % len(PANES)]

    def action_pane(self, name: str) -> None:
        self.active = name
        self.pane(name).focus()

    def _filter_box(self) -> Input | None:
        found = self.query("#filter")
        return found.first() if found else None  # type: ignore[return-value]

    def open_filter(self) -> None:
        """Show the filter line (built on first use: it is not needed for the first frame)."""
        box = self._filter_box()
        if box is None:
            from textual.widgets import Input

            keys = getattr(self.app, "key_display", None)
            clear = keys("clear_filter") if keys is not None else "esc"
            box = Input(placeholder=f"filter headlines (full text) — Enter applies, {clear} clears", id="filter")
            self.mount(box, after=self.query_one("#main"))
        box.display = True
        box.value = self.source.query
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "filter":
            return
        event.stop()
        self.apply_filter(event.value)

    def apply_filter(self, query: str) -> None:
        box = self._filter_box()
        if box is not None:
            box.display = bool(query.strip())
        self.headlines.apply_filter(query=query)
        self.active = "headlines"
        self.headlines.focus()
        self.update_headline_subtitle()
        self.show_snippet()

    def on_headline_list_highlighted(self, message: HeadlineList.Highlighted) -> None:
        self.show_snippet()

    def show_snippet(self) -> None:
        """Under a text filter, the words around the match in the selected headline's text."""
        line = self.query_one("#snippet", Static)
        row = self.headlines.selected if self.source.query else None
        snippet = self.source.snippet(row.id) if row is not None else ""
        line.display = bool(snippet)
        if snippet:
            line.update(snippet_text(snippet))

    def action_clear_filter(self) -> None:
        box = self._filter_box()
        if (box is not None and box.display) or self.source.query:
            if box is not None:
                box.value = ""
            self.apply_filter("")

    def toggle_unread(self) -> None:
        self.headlines.apply_filter(unread_only=not self.source.unread_only)
        self.update_headline_subtitle()

    @property
    def headlines(self) -> HeadlineList:
        return self.query_one("#headlines", HeadlineList)

    @property
    def figures(self) -> FiguresPane:
        return self.query_one("#figures", FiguresPane)

    @property
    def timeline(self) -> TimelinePane:
        return self.query_one("#timeline", TimelinePane)

    @property
    def header(self) -> HeaderBar:
        return self.query_one("#header", HeaderBar)

    def update_headline_subtitle(self) -> None:
        src = self.source
        parts = [f"{src.total:,}"]
        if src.unread_only:
            parts.append("unread only")
        if src.query:
            parts.append(f"filter: {src.query}")
        self.headlines.border_subtitle = Text(" · ".join(parts))
