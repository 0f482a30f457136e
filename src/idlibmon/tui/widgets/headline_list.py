"""The headline river: a Line API list that renders only the rows on screen.

Rows come from a `HeadlineSource` (pages loaded on demand), so ten thousand or a hundred
thousand stored headlines cost one page of memory per page visited, not a widget per row.

The list keeps its own offset (`top`) and draws its own scrollbar instead of being a
Textual ScrollView: scrolling there goes through `scroll_to` and a separate ScrollBar
widget, which measured about twice the CPU of a plain repaint per scrolled row. A cursor
move within the view repaints the two changed lines only; every line is a cached Strip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from idlibmon.sanitize import clean_text
from idlibmon.tui.headline_source import HeadlineRow, HeadlineSource
from idlibmon.tui.text import emphasise_figures, figure_spans, safe
from idlibmon.tui.timefmt import Clock, column_age

_BOLD = Style(bold=True)
_age = lru_cache(maxsize=4096)(column_age)
"""Ages are asked for every visible row on every repaint; within a minute they do not change."""


def _minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)


@dataclass(frozen=True, slots=True)
class _Frame:
    """What every line of one repaint shares, computed once per repaint rather than per line."""

    width: int
    text_width: int
    base: Style
    now: datetime
    focused: bool
    thumb: range
    """Lines of the scrollbar's thumb (empty: no scrollbar)."""
    bar: tuple[Segment, Segment] | None
    """Scrollbar cells: track, thumb."""


class HeadlineList(Widget, can_focus=True):
    """Newest first; unread marked; figures in titles emphasised; story source count shown."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="headlines.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="headlines.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="headlines.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="headlines.page_down"),
        Binding("home,g", "first", "First", show=False, id="headlines.first"),
        Binding("end,G", "last", "Last", show=False, id="headlines.last"),
        Binding("enter", "choose", "Open", id="headlines.open"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "headline-list--cursor",
        "headline-list--unread",
        "headline-list--time",
        "headline-list--outlet",
        "headline-list--figure",
        "headline-list--sources",
        "headline-list--empty",
    }

    DEFAULT_CSS = """
    HeadlineList > .headline-list--cursor { background: $block-cursor-blurred-background; }
    HeadlineList:focus > .headline-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    HeadlineList > .headline-list--unread { color: $accent; text-style: bold; }
    HeadlineList > .headline-list--time { color: $text-muted; }
    HeadlineList > .headline-list--outlet { color: $text-secondary; }
    HeadlineList > .headline-list--figure { text-style: bold underline; }
    HeadlineList > .headline-list--sources { color: $text-warning; }
    HeadlineList > .headline-list--empty { color: $text-muted; text-style: italic; }
    """

    cursor: reactive[int] = reactive(0, repaint=False, init=False)
    """Index of the selected row under the current filter."""

    class Highlighted(Message):
        """The selection moved to another headline."""

        def __init__(self, row: HeadlineRow | None) -> None:
            self.row = row
            super().__init__()

    class Chosen(Message):
        """The user asked for a headline's detail."""

        def __init__(self, row: HeadlineRow) -> None:
            self.row = row
            super().__init__()

    def __init__(self, source: HeadlineSource, now: Clock, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self.now = now
        self.empty_message = "No headlines yet: waiting for the first fetch."
        self._strips: LRUCache[tuple[object, ...], Strip] = LRUCache(512)
        self.top = 0
        """Index of the row on the first line."""
        self._cursor_id: int | None = None
        self._top_id: int | None = None
        self._first_id: int | None = None
        self._frame: _Frame | None = None
        self._dragging = False
        self._row_styles_key: object = None
        self.user_moved = False
        """Has the user moved the selection? Until then it follows the newest headline."""
        self._row_styles: dict[str, Style] = {}

    # ---- data -------------------------------------------------------------------------
    def on_mount(self) -> None:
        self._remember()

    @property
    def selected(self) -> HeadlineRow | None:
        return self.source.row(self.cursor)

    def reload(self, *, keep_position: bool = True) -> int:
        """Re-read the store; keep the selected headline and the view on the same rows.

        Returns how many rows appeared above the previously first row. If the view was
        at the top and the selection stays visible, the view stays at the top so the new
        headlines show; otherwise it follows the rows the user was looking at. Rows are
        found again by the ids the user last saw (a page loaded lazily after a commit may
        already hold the new rows, so indexes alone would mislead).
        """
        src = self.source
        old_total, old_cursor, old_top = src.total, self.cursor, self.top
        cursor_id, top_id, first_id = self._cursor_id, self._top_id, self._first_id
        src.reload()
        delta = src.total - old_total
        slack = min(abs(delta) + 2, 5000)
        self._strips.clear()
        added_above = 0
        if first_id is not None:
            added_above = src.locate(first_id, max(delta, 0), slack) or 0
        if not keep_position:
            self.set_reactive(HeadlineList.cursor, 0)
            self.scroll_to_row(0)
            self._remember()
            self.refresh()
            return added_above
        new_cursor = old_cursor
        if not self.user_moved:
            new_cursor = 0  # nothing chosen yet: the selection rests on the newest headline
        elif cursor_id is not None:
            found = src.locate(cursor_id, old_cursor + max(delta, 0), slack)
            new_cursor = found if found is not None else old_cursor
        new_top = old_top
        if top_id is not None:
            found = src.locate(top_id, old_top + max(delta, 0), slack)
            new_top = found if found is not None else old_top
        if old_top == 0 and new_cursor < self.size.height:
            new_top = 0
        self.set_reactive(HeadlineList.cursor, min(new_cursor, max(src.total - 1, 0)))
        self.scroll_to_row(new_top)
        self._remember()
        self.refresh()
        return added_above

    def _remember(self) -> None:
        """Note the ids of the first, the top visible and the selected row."""
        src = self.source
        first, top_row, cur = src.row(0), src.row(self.top), src.row(self.cursor)
        self._first_id = first.id if first else None
        self._top_id = top_row.id if top_row else None
        self._cursor_id = cur.id if cur else None

    @property
    def max_top(self) -> int:
        return max(0, self.source.total - self.size.height)

    def scroll_to_row(self, top: int) -> None:
        """Show row `top` on the first line (clamped); repaint only if the view moved."""
        top = max(0, min(top, self.max_top))
        if top != self.top:
            self.top = top
            row = self.source.row(top)
            self._top_id = row.id if row else None
            self.refresh()

    def apply_filter(self, *, query: str | None = None, unread_only: bool | None = None) -> None:
        self.source.set_filter(query=query, unread_only=unread_only)
        self._strips.clear()
        self.set_reactive(HeadlineList.cursor, 0)
        self.top = 0
        self._remember()
        self.refresh()
        self.post_message(self.Highlighted(self.selected))

    def mark_selected_read(self) -> HeadlineRow | None:
        row = self.selected
        if row is None:
            return None
        self.source.mark_read(self.cursor)
        self.refresh_line(self.cursor)
        return row

    # ---- cursor -----------------------------------------------------------------------
    def _set_cursor(self, index: int) -> None:
        total = self.source.total
        index = max(0, min(index, total - 1)) if total else 0
        self.cursor = index

    def watch_cursor(self, old: int, new: int) -> None:
        row = self.source.row(new)
        self._cursor_id = row.id if row else None
        self.refresh_line(old)
        self.refresh_line(new)
        self._scroll_cursor_into_view()
        self.post_message(self.Highlighted(self.selected))

    def _scroll_cursor_into_view(self) -> None:
        height = self.size.height
        if self.cursor < self.top:
            self.scroll_to_row(self.cursor)
        elif height and self.cursor >= self.top + height:
            self.scroll_to_row(self.cursor - height + 1)

    def refresh_line(self, index: int) -> None:
        """Repaint the line showing row `index`, if it is on screen."""
        y = index - self.top
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def action_cursor(self, step: int) -> None:
        self.user_moved = True
        self._set_cursor(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self.user_moved = True
        height = max(1, self.size.height - 1)
        self._set_cursor(self.cursor + direction * height)

    def action_first(self) -> None:
        self.user_moved = True
        self._set_cursor(0)

    def action_last(self) -> None:
        self.user_moved = True
        self._set_cursor(self.source.total - 1)

    def action_choose(self) -> None:
        row = self.selected
        if row is not None:
            self.post_message(self.Chosen(row))

    # ---- mouse ------------------------------------------------------------------------
    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.x >= self._text_width():
            return
        index = self.top + offset.y
        if 0 <= index < self.source.total:
            if index == self.cursor and event.chain >= 2:
                self.action_choose()
            self.user_moved = True
            self._set_cursor(index)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_to_row(self.top + max(1, round(self.app.scroll_sensitivity_y)))

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_to_row(self.top - max(1, round(self.app.scroll_sensitivity_y)))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A press on the scrollbar jumps there; dragging keeps following the pointer."""
        offset = event.get_content_offset(self)
        if offset is not None and self._bar_width() and offset.x >= self._text_width():
            event.stop()
            self._dragging = True
            self.capture_mouse()
            self._drag_to(event.screen_y)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self._drag_to(event.screen_y)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()

    def _drag_to(self, screen_y: float) -> None:
        height = self.size.height
        if height > 1:
            fraction = (screen_y - self.content_region.y) / (height - 1)
            self.scroll_to_row(round(max(0.0, min(1.0, fraction)) * self.max_top))

    # ---- rendering --------------------------------------------------------------------
    def _bar_width(self) -> int:
        """The scrollbar's columns: shown only when there are more rows than lines."""
        return self.styles.scrollbar_size_vertical if self.source.total > self.size.height else 0

    def _text_width(self) -> int:
        return max(0, self.size.width - self._bar_width())

    def _make_frame(self) -> _Frame:
        width, height, total = self.size.width, self.size.height, self.source.total
        base = self.rich_style
        bar_width = self._bar_width()
        thumb, bar = range(0), None
        if bar_width:
            size = max(1, round(height * height / total))
            start = round(self.top / self.max_top * (height - size)) if self.max_top else 0
            thumb = range(start, start + size)
            styles = self.styles
            background = styles.scrollbar_background
            if background.a < 1:
                background = self.background_colors[0] + background
            color = background + styles.scrollbar_color
            # The thumb in reverse video, as Textual draws it: still visible when NO_COLOR strips colours.
            bar = (Segment(" " * bar_width, Style(bgcolor=background.rich_color)),
                   Segment(" " * bar_width, Style(color=color.rich_color, bgcolor=background.rich_color, reverse=True)))
        return _Frame(width, width - bar_width, base, _minute(self.now()), self.has_focus, thumb, bar)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame = self._make_frame()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        frame = self._frame or self._make_frame()
        width, base = frame.text_width, frame.base
        index = self.top + y
        in_thumb = y in frame.thumb
        if self.source.total == 0:
            if y == 0:
                style = self.get_component_rich_style("headline-list--empty")
                text = Text(self._empty_text(), style=style, no_wrap=True, end="")
                return self._to_strip(text, width, base)
            return Strip.blank(width, base)
        row = self.source.row(index)
        if row is None:
            return self._with_bar(Strip.blank(width, base), frame, in_thumb)
        age = _age(row.published, frame.now)
        selected = index == self.cursor
        key = (row, age, selected, frame.focused, width, frame.bar is not None and in_thumb)
        strip = self._strips.get(key)
        if strip is None:
            row_strip = self._row_strip(row, age, width, selected, base)
            if row_strip is None:  # an odd width or title: Rich lays it out
                row_strip = self._to_strip(self._row_text(row, age, width, selected), width, base)
            strip = self._with_bar(row_strip, frame, in_thumb)
            self._strips[key] = strip
        return strip

    @staticmethod
    def _with_bar(strip: Strip, frame: _Frame, in_thumb: bool) -> Strip:
        if frame.bar is None:
            return strip
        return Strip([*strip, frame.bar[in_thumb]], frame.width)

    def _empty_text(self) -> str:
        if self.source.query:
            return f"No headline matches “{self.source.query}”. {self._key('clear_filter', 'Esc')} clears the filter."
        if self.source.unread_only:
            return f"No unread headlines. {self._key('unread', 'u')} shows all."
        return self.empty_message

    def _key(self, action: str, fallback: str) -> str:
        """The key in force for an action ([keys] may rebind it), as the footer names it."""
        key_display = getattr(self.app, "key_display", None)
        return key_display(action) if key_display is not None else fallback

    def _to_strip(self, text: Text, width: int, base: Style) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=False)
        segments = list(text.render(self.app.console))
        strip = Strip(segments).adjust_cell_length(width, base)
        return strip.apply_style(base) if not segments else strip

    def _row_style_map(self) -> dict[str, Style]:
        """The row styles from CSS, looked up once per theme/focus change rather than per row."""
        key = (self.app.theme, self.has_focus, self.app.no_color if hasattr(self.app, "no_color") else False)
        if self._row_styles_key != key:
            self._row_styles_key = key
            self._row_styles = {
                name: self.get_component_rich_style(f"headline-list--{name}")
                for name in ("unread", "time", "outlet", "figure", "sources", "cursor")
            }
        return self._row_styles

    def _row_strip(self, row: HeadlineRow, age: str, width: int, selected: bool, base: Style) -> Strip | None:
        """The row as segments built directly: the same cells and styles as `_row_text` renders
        through Rich, at a fraction of the cost (every scrolled row and the whole first frame
        pay it). None when the row needs Rich's own truncation (a line too narrow for it)."""
        styles = self._row_style_map()
        outlet_width = max(8, min(18, width // 7))
        outlet = clean_text(row.outlet)
        if len(outlet) > outlet_width:
            outlet = outlet[: outlet_width - 1] + "…"
        head = [
            ("  ", None) if row.read else ("● ", styles["unread"]),
            (f"{age:>6} ", styles["time"]),
            (f"{outlet:<{outlet_width}} ", styles["outlet"]),
        ]
        title = clean_text(row.title)
        spans = figure_spans(title)
        suffix = f" ×{row.sources}" if row.sources > 1 else ""
        used = sum(cell_len(text) for text, _ in head)
        room = width - used - cell_len(suffix)
        if room > 1 and cell_len(title) > room:
            title = set_cell_size(title, room - 1) + "…"
            end = len(title)
            spans = [(a, min(b, end)) for a, b in spans if a < end]
        if used + cell_len(title) + cell_len(suffix) > width:
            return None
        bold = None if row.read else _BOLD
        figure = styles["figure"] if bold is None else bold + styles["figure"]
        pieces = list(head)
        done = 0
        for a, b in spans:
            if a > done:
                pieces.append((title[done:a], bold))
            pieces.append((title[a:b], figure))
            done = b
        if done < len(title):
            pieces.append((title[done:], bold))
        if suffix:
            pieces.append((suffix, styles["sources"]))
        cursor = styles["cursor"] if selected else None
        segments = [
            Segment(text, style if cursor is None else (cursor if style is None else style + cursor))
            for text, style in pieces
            if text
        ]
        return Strip(segments).adjust_cell_length(width, base)

    def _row_text(self, row: HeadlineRow, age: str, width: int, selected: bool) -> Text:
        styles = self._row_style_map()
        outlet_width = max(8, min(18, width // 7))
        text = Text(no_wrap=True, end="")
        if row.read:
            text.append("  ")
        else:
            text.append("● ", styles["unread"])
        text.append(f"{age:>6} ", styles["time"])
        outlet = safe(row.outlet).plain
        if len(outlet) > outlet_width:
            outlet = outlet[: outlet_width - 1] + "…"
        text.append(f"{outlet:<{outlet_width}} ", styles["outlet"])
        title = safe(row.title)
        if not row.read:
            title.stylize(Style(bold=True))
        emphasise_figures(title, styles["figure"])
        suffix = Text(f" ×{row.sources}", styles["sources"]) if row.sources > 1 else None
        room = width - text.cell_len - (suffix.cell_len if suffix else 0)
        if room > 1 and title.cell_len > room:
            title.truncate(room, overflow="ellipsis")
        text.append_text(title)
        if suffix is not None:
            text.append_text(suffix)
        if selected:
            text.stylize(styles["cursor"])
        return text

    def notify_style_update(self) -> None:
        """CSS or theme changed: cached rows carry the old colours."""
        super().notify_style_update()
        self._strips.clear()
        self._row_styles_key = None

    def on_focus(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._strips.clear()
        self.scroll_to_row(self.top)
        self._scroll_cursor_into_view()
        self.refresh()

    def tick(self, now: datetime | None = None) -> None:
        """Repaint (relative times age); cached strips are keyed on the age so this is cheap."""
        self.refresh()
