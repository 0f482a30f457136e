"""The place an event happened in, as opposed to a capital standing for its government."""

from __future__ import annotations

import re
from collections.abc import Collection

from idlibmon.extract.events.clauses import Span

_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|on|at|near|from|to|into|of|around|outside|towards?|against|across|through|inside|over|and)\s+(?:the\s+)?)$"
)


def event_place(text: str, place_hits: list[tuple[Span, str]], span: Span, watched: Collection[str]) -> str | None:
    """The first place the clause puts something in ("in Ariha", "southern Idlib"); a capital
    standing for its government ("Damascus launched") is an actor, not a place."""
    for (s, e), name in place_hits:
        if s >= span[0] and e <= span[1] and (
            name in watched or not name[:1].isupper() or _PREPOSITION_BEFORE.search(text, (s - 12 if s - 12 > 0 else 0), s)
        ):
            return name
    return None


