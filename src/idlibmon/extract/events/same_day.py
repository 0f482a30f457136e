"""A happening told as hours from another shares its day.

"The escalation began on October 5, hours after a drone attack on a military academy killed
89 people": the date is paired with the escalation, but the attack it counts from happened the
same day, and the timeline shows both. Only hours (or minutes, "shortly") keep the day: "a week
after the assault" names another day, which the text does not give.
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibmon.extract.events.clauses import Span, Trigger
from idlibmon.models import Event

_HOURS_FROM = re.compile(
    r"(?i:\s*,?\s*(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+|\w+\s+)?(?:hours|minutes|shortly)\s+(?:after|before)\s+)"
)
_KINDS = frozenset(("attack", "offensive", "capture", "ceasefire"))
_REACH = 40  # from the anchor words to the other happening's trigger


def same_day(text: str, sent: Span, events: list[tuple[Event, int]], triggers: list[Trigger]) -> list[tuple[Event, int]]:
    """The sentence's events, with the happening a date's event is told hours from (see the module)."""
    out = list(events)
    for event, rank in events:
        if len(event.start) != 10 or event.end:
            continue  # a day only: hours from a month name no day
        ds = text.find(event.resolved_from, event.span[0], sent[1])
        if ds < 0:
            continue
        after = text[ds + len(event.resolved_from):sent[1]]
        if after.isascii() and not _may_count_hours(after.lower()):
            continue  # (a guard, same answers: each match holds one of these words)
        m = _HOURS_FROM.match(text, ds + len(event.resolved_from), sent[1])
        if m is None:
            continue
        t = next((t for t in triggers if m.end() <= t[0] <= m.end() + _REACH and t[3] >= 25), None)
        if t is None or t[2] not in _KINDS or t[2] == event.kind:
            continue
        if any(e.kind == t[2] and e.start == event.start for e, _ in out):
            continue
        span = (m.end(), t[1])
        out.append((replace(event, kind=t[2], span=span, text=text[span[0]:span[1]]), rank))
    return out


def _may_count_hours(after: str) -> bool:
    """Whether `after` (lowered ASCII) holds a word every match of _HOURS_FROM needs."""
    return "hours" in after or "minutes" in after or "shortly" in after
