"""Shown instead of a broken layout when the terminal is below the minimum size."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

MIN_WIDTH = 60
MIN_HEIGHT = 20


class TooSmallScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit", id="small.quit")]

    DEFAULT_CSS = """
    TooSmallScreen { align: center middle; }
    TooSmallScreen > Static { width: auto; height: auto; text-align: center; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="too-small-message")

    def on_mount(self) -> None:
        self.update_size(self.app.size.width, self.app.size.height)

    def update_size(self, width: int, height: int) -> None:
        text = Text(justify="center", end="")
        text.append("Terminal too small\n", "bold")
        text.append(f"{width}×{height}, need {MIN_WIDTH}×{MIN_HEIGHT}\n")
        config = getattr(self.app, "config", None)
        keys = (config.keys.get("quit") if config is not None else None) or ("q",)
        text.append(f"Enlarge the window, or press {self.app.get_key_display(Binding(keys[0], ''))} to quit", "dim")
        self.query_one(Static).update(text)
