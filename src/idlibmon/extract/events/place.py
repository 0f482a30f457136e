"""The place an event happened in, as opposed to a capital standing for its government."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from itertools import pairwise

from idlibmon.extract.events.clauses import Span

_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|on|at|near|from|to|into|of|around|outside|towards?|against|across|through|inside|over|and)\s+(?:the\s+)?)$"
)

# The starts of the last place list asked about, when they are in text order (as `find_places`
# gives them): every event of a text asks about the same list, and a text names dozens of places,
# so each question bisects to its clause instead of walking the list from the top. (One text's
# list at a time: a new list, or one that changed length, is indexed afresh.)
_INDEXED: list[object] = [None, 0, None]  # [the list, its length, its starts or None if out of order]


def _starts(place_hits: list[tuple[Span, str]]) -> list[int] | None:
    """The starts of `place_hits` in order, or None when they are not in text order."""
    if _INDEXED[0] is place_hits and _INDEXED[1] == len(place_hits):
        return _INDEXED[2]  # type: ignore[return-value]
    starts: list[int] | None = [s for (s, _e), _name in place_hits]
    if any(a > b for a, b in pairwise(starts)):  # type: ignore[arg-type]
        starts = None
    _INDEXED[0], _INDEXED[1], _INDEXED[2] = place_hits, len(place_hits), starts
    return starts


def event_place(text: str, place_hits: list[tuple[Span, str]], span: Span, watched: Collection[str]) -> str | None:
    """The first place the clause puts something in ("in Ariha", "southern Idlib"); a capital
    standing for its government ("Damascus launched") is an actor, not a place."""
    starts = _starts(place_hits)
    k = bisect_left(starts, span[0]) if starts is not None else 0
    for (s, e), name in place_hits[k:] if k else place_hits:
        if starts is not None and s > span[1]:
            return None  # (in text order: no later place starts inside the clause)
        if s >= span[0] and e <= span[1] and (
            name in watched or not name[:1].isupper() or _PREPOSITION_BEFORE.search(text, (s - 12 if s - 12 > 0 else 0), s)
        ):
            return name
    return None
