"""A place closed takes its kind from what was closed.

A crossing closed is a relief matter ("the others were closed in January 2020"); an airport,
a school or a hospital closed is a happening of no war kind ("Schools across the governorate
were closed on Sunday", "the airport, closed since 4 March"). The lexicon finds the bare verb as
humanitarian; the words before it, back to its clause's start, decide.
"""

from __future__ import annotations

import re

from idlibmon.extract.events.clauses import Span, Trigger

_CROSSING = re.compile(r"(?i:\b(?:crossings?|corridors?|border\s+points?|checkpoints?)\b)")
_FACILITY = re.compile(
    r"(?i:\b(?:airports?|seaports?|ports?|schools?|universit(?:y|ies)|hospitals?|clinics?|health\s+(?:centres?|centers?|facilities)"
    r"|banks?|markets?|shops|offices|embass(?:y|ies)|roads?|highways?|bridges?|mosques?|churches?|businesses)\b)"
)
_CLOSED = ("closed", "shut", "sealed")


def by_what_closed(text: str, sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with a bare "closed" retyped `other` when a facility was closed and the
    sentence names no crossing."""
    out: list[Trigger] = []
    for t in triggers:
        ts, te, kind, bonus = t
        if kind == "humanitarian" and text[ts:te].lower() in _CLOSED and _FACILITY.search(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts) and not (
            _CROSSING.search(text, sent[0], sent[1])
        ):
            out.append((ts, te, "other", bonus))
            continue
        out.append(t)
    return out
