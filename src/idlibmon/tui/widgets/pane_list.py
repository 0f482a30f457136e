"""An OptionList with vim keys that keeps its selection and scroll when its rows are replaced."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

_REVERSE = Style(reverse=True)


class PaneList(OptionList):
    """Base of the figures and timeline panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
    ]
    """With ids, so [keys] in config.toml rebinds them (OptionList's own arrows stay)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        # NO_COLOR strips the highlight's colours; reverse video keeps the selection visible.
        if (
            getattr(self.app, "no_color", False)
            and self.highlighted is not None
            and self.has_focus
            and any(seg.style and (seg.style.meta or {}).get("option") == self.highlighted for seg in strip)
        ):
            strip = strip.apply_style(_REVERSE)
        return strip

    def replace_rows(self, options: Sequence[Option]) -> None:
        """Swap in new rows; the highlighted row (by id) and the scroll offset stay put."""
        current = self.highlighted_option
        current_id = current.id if current is not None else None
        scroll_y = self.scroll_y
        self.clear_options()
        self.add_options(options)
        if not options:
            return
        index = 0
        if current_id is not None:
            try:
                index = self.get_option_index(current_id)
            except Exception:  # the row is gone: OptionDoesNotExist
                index = min(self.highlighted or 0, len(options) - 1)
        self.highlighted = index
        self.scroll_to(y=scroll_y, animate=False, immediate=True)
