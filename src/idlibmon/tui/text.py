"""Turn untrusted strings into inert `rich.text.Text` for the screen.

Network text is sanitised where it enters the store; rendering re-sanitises it (defence
in depth: an older store, another writer) and never parses it as markup, so `[bold]`,
`[link=…]` and `[@click=…]` stay literal characters.
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

from idlibmon.sanitize import clean_text

# Numbers worth noticing in a headline: "235,000", "1.5 million", "40%", "3m".
_FIGURE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[,.\u202f ]\d{3})+(?:\.\d+)?(?:\s?(?:million|thousand|bn|m|k)\b)?%?"
    r"|(?<![\w.,])\d+(?:\.\d+)?(?:\s?(?:million|thousand|bn|m|k)\b|%)?(?![\w])",
    re.IGNORECASE,
)


def safe(text: str | None, style: str = "") -> Text:
    """Plain, single-line, control-free text."""
    return Text(clean_text(text), style=style, no_wrap=False, end="")


def safe_block(text: str | None, style: str = "") -> Text:
    """Like `safe` but keeps paragraph breaks, for article bodies."""
    return Text(clean_text(text, keep_newlines=True), style=style, end="")


def figure_spans(plain: str) -> list[tuple[int, int]]:
    """(start, end) of every number in `plain` worth emphasising."""
    return [m.span() for m in _FIGURE.finditer(plain) if any(ch.isdigit() for ch in m.group())]


def emphasise_figures(text: Text, style: str | Style) -> Text:
    """Style every number in `text` (in place) and return it."""
    for start, end in figure_spans(text.plain):
        text.stylize(style, start, end)
    return text


def plain_title(text: str | None) -> str:
    """A sanitised string for places that take plain strings (notifications, titles)."""
    return clean_text(text)
