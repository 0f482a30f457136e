"""A happening told as hours from another shares its day.

"The escalation began on October 5, hours after a drone attack on a military academy killed
89 people": the date is paired with the escalation, but the attack it counts from happened the
same day, and the timeline shows both. The other way round too: "The bombardment began hours
after a drone attack on the academy last Thursday" dates the attack, and the bombardment that
followed it within hours shares its day. Only hours (or minutes, "shortly") keep the day: "a week
after the assault" names another day, which the text does not give.
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.events.clauses import Span, Trigger
from idlibmon.models import Event

_HOURS_FROM = re.compile(
    r"(?i:\s*,?\s*(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+|\w+\s+)?(?:hours|minutes|shortly)\s+(?:after|before)\s+)"
)
_KINDS = frozenset(("attack", "offensive", "capture", "ceasefire"))
# the strike a flare-up is told to follow, set off right after its date: "Hostilities escalated sharply
# on 5 October, after a drone attack on a military academy killed dozens" (the sets date both that day)
_CAUSE_AFTER = re.compile(r"(?i:\s*,\s*(?:after|following)\s+(?:a|an)\s+)")
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
        if after.isascii() and not _may_count_hours(after.lower()) and not (event.kind == "escalation" and ("after" in after or "following" in after)):
            continue  # (a guard, same answers: each match holds one of these words)
        m = _HOURS_FROM.match(text, ds + len(event.resolved_from), sent[1])
        cause = False
        if m is None:
            m = _CAUSE_AFTER.match(text, ds + len(event.resolved_from), sent[1]) if event.kind == "escalation" else None
            if m is None:
                continue
            cause = True
        t = next((t for t in triggers if m.end() <= t[0] <= m.end() + _REACH and t[3] >= 25), None)
        if t is None or t[2] not in _KINDS or t[2] == event.kind or (cause and t[2] != "attack"):
            continue
        if any(e.kind == t[2] and e.start == event.start for e, _ in out):
            continue
        span = (m.end(), t[1])
        out.append((replace(event, kind=t[2], span=span, text=text[span[0]:span[1]]), rank))
    if len(out) == len(events) and any(len(e.start) == 10 for e, _ in events) and _may_count_hours(text[sent[0]:sent[1]].lower()):
        out.extend(_hours_before_its_date(text, sent, out, triggers))
    return out


_HOURS_AFTER = re.compile(optional_as_branch(r"(?i:\b(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+)?(?:hours|minutes|shortly)\s+after\s+)"))
_FOLLOWER_REACH = 25  # from the follower's trigger to "hours after" ("The bombardment began hours after")
# what follows an attack within hours and is told as its own happening
_FOLLOWER_KINDS = frozenset(("escalation", "attack", "offensive", "capture"))


def _hours_before_its_date(text: str, sent: Span, events: list[tuple[Event, int]],
                           triggers: list[Trigger]) -> list[tuple[Event, int]]:
    """ "The bombardment began hours after a drone attack on the academy last Thursday": the date is
    the attack's, told after it; the happening before "hours after", undated, shares its day."""
    added: list[tuple[Event, int]] = []
    for m in _HOURS_AFTER.finditer(text, sent[0], sent[1]):
        first = next((t for t in reversed(triggers) if t[1] <= m.start()), None)
        then = next((t for t in triggers if t[0] >= m.end()), None)
        if first is None or then is None or m.start() - first[1] > _FOLLOWER_REACH or then[0] - m.end() > _REACH:
            continue
        if first[2] not in _FOLLOWER_KINDS or first[3] < 25 or first[2] == then[2]:
            continue
        if any(e.span[0] <= first[0] < e.span[1] for e, _ in events):
            continue  # the follower has a date of its own
        told = next(((e, r) for e, r in events if e.span[0] <= then[0] < e.span[1] and e.kind == then[2]
                     and len(e.start) == 10 and not e.end and text.find(e.resolved_from, m.end(), sent[1]) >= 0), None)
        if told is None or any(e.kind == first[2] and e.start == told[0].start for e, _ in events + added):
            continue
        event, rank = told
        end = m.start()
        while end > first[1] and text[end - 1] in " ,":
            end -= 1
        span = (first[0], end)
        added.append((replace(event, kind=first[2], span=span, text=text[span[0]:span[1]]), rank))
    return added


def _may_count_hours(after: str) -> bool:
    """Whether `after` (lowered ASCII) holds a word every match of _HOURS_FROM needs."""
    return "hours" in after or "minutes" in after or "shortly" in after
