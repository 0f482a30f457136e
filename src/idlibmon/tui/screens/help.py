"""Every key, grouped, on one page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from idlibmon.tui.formatting import KIND_TAGS

GROUPS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Panes", [
        ("next_pane", "next pane"), ("previous_pane", "previous pane"), ("show_headlines", "Headlines"),
        ("show_figures", "Key figures"), ("show_timeline", "Timeline"),
    ]),
    ("Moving", [
        ("down", "next"), ("up", "previous"), ("page_down", "page down"), ("page_up", "page up"),
        ("first", "first"), ("last", "last"),
    ]),
    ("Items", [
        ("Enter", "details, or every source behind an item"),
        ("back", "back (detail, sources, feed health, help)"),
        ("open_link", "open link (over SSH: shows and copies it)"),
        ("copy_link", "copy link (OSC 52: works over SSH and tmux)"), ("mark_read", "mark headline read"),
    ]),
    ("View", [
        ("filter", "filter headlines (full-text search)"), ("clear_filter", "clear the filter"),
        ("unread", "unread only on/off"), ("refresh", "fetch every feed now"), ("feed_health", "feed health"),
        ("theme", "light / dark theme"), ("Ctrl+P", "command palette: every action by name"),
        ("help", "this help"), ("quit", "quit (Ctrl+Q quits too)"),
    ]),
    ("Feed health (the selected feed)", [
        ("fetch_feed", "fetch this feed now"), ("enable_feed", "re-enable a feed stopped by 410 Gone"),
        ("copy_link", "copy the feed's URL"),
    ]),
]
"""(group, [(action name in [keys] — or a fixed key —, what it does)])."""


def key_display(keys: Iterable[str], show: Callable[[Binding], str]) -> str:
    """The keys of one action as the footer writes them ("↓ j", "^r")."""
    return " ".join(show(Binding(key, "")) for key in keys) or "(none)"


def help_text(keys: Mapping[str, Sequence[str]], show: Callable[[Binding], str]) -> Text:
    """Every action with the keys in force, and its name for the [keys] table of config.toml."""
    text = Text(end="")
    text.append("idlibmon — keys", "bold")
    text.append("   (rebind by name in [keys] of config.toml)\n", "dim")
    for group, rows in GROUPS:
        text.append(f"\n{group}\n", "bold underline")
        for name, what in rows:
            fixed = name not in keys
            text.append(f"  {name if fixed else key_display(keys[name], show):<14}", "bold")
            text.append(f"{'' if fixed else name:<15}", "dim")
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
        keys = getattr(self.app, "config", None)
        with VerticalScroll():
            yield Static(help_text(keys.keys if keys is not None else {}, self.app.get_key_display))
