"""Every key, grouped, on one page."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from idlibmon.tui.formatting import KIND_TAGS

KEYS = [
    ("Panes", [("Tab / Shift+Tab", "next / previous pane"), ("1 2 3", "Headlines, Key figures, Timeline")]),
    ("Moving", [("↑ ↓  j k", "previous / next"), ("PgUp PgDn", "page"), ("g G  Home End", "first / last")]),
    ("Items", [
        ("Enter", "details (headline text, or every source behind a figure or event)"),
        ("Esc", "back"), ("o", "open link (graphical browser; over SSH: show and copy)"),
        ("y", "copy link (OSC 52: works over SSH and tmux)"), ("m", "mark headline read"),
    ]),
    ("View", [
        ("/", "filter headlines (full-text search); Esc clears"), ("u", "unread only on/off"),
        ("r", "refresh now"), ("f", "feed health"), ("t", "light / dark theme"),
        ("Ctrl+P", "command palette: every action by name"), ("?", "this help"), ("q", "quit"),
    ]),
]


def help_text() -> Text:
    text = Text(end="")
    text.append("idlibmon — keys\n", "bold")
    for group, keys in KEYS:
        text.append(f"\n{group}\n", "bold underline")
        for key, what in keys:
            text.append(f"  {key:<16}", "bold")
            text.append(f"{what}\n")
    text.append("\nSigns\n", "bold underline")
    text.append("  ●   unread\n  ×N  outlets covering the story, or sources behind an entry\n")
    text.append("  ≠ N N sources disagree on the figure (Enter lists each one)\n  ◆   curated timeline entry\n")
    tags = [f"{tag} {kind}" for kind, tag in KIND_TAGS.items()]
    for i in range(0, len(tags), 5):
        text.append("  " + "  ".join(tags[i:i + 5]) + "\n")
    text.append("\nNew headlines arrive at the top; your selection and scroll position stay where they are.", "dim")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "app.pop_screen", "Close", id="help.close")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 80; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(help_text())
