"""A date followed by a when-clause is defined by that clause.

"Fighting erupted in western rural Aleppo on 27 November when armed groups launched an
offensive", "The war in Yemen escalated in March 2015, when a Saudi-led coalition intervened",
"Violence intensified on Monday, when gangs raided homes", "close to 445,000 people have fled
since June, when the coalition launched its first push": the main clause says that something
started, grew or followed; the when-clause says what happened on that day, and the timeline shows
that. So the happening named in the when-clause gives the date its kind.
"""

from __future__ import annotations

import re

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import HARD_BREAK, Span, Trigger

_WHEN = re.compile(r"\s*,?\s*when\s")
# what a when-clause can name as the day's happening (a statement or a weak word names none)
_DEFINING = frozenset(("offensive", "attack", "capture", "ceasefire", "escalation", "humanitarian", "displacement"))
# what a main clause says of the date that the when-clause tells better: a war starting or
# growing ("the war began on 7 October, when gunmen stormed ..."), people fleeing since then, a
# truce collapsing
_DEFINED = frozenset(("escalation", "displacement", "ceasefire", "other"))
_BEGINNING = re.compile(r"(?i:\b(?:began|begun|started|erupted|broke\s+out|broken\s+out|flared(?:\s+up)?)\b)")
_REACH = 140
_TENSION = re.compile(r"(?i:\bpeak(?:ed)?\b)")


def when_kind(text: str, sent: Span, d: DateMention, trig: Trigger, kind: str, triggers: list[Trigger]) -> str:
    """The kind of the first strong trigger in the when-clause right after `d`, when `d` was paired
    with a trigger before it; else `kind`."""
    if trig[0] >= d.span[1] or kind not in _DEFINED:
        return kind  # the date's own trigger follows it, or names the happening itself ("the campaign began")
    m = _WHEN.match(text, d.span[1], sent[1])
    if m is None:
        return kind
    hi = min(sent[1], m.end() + _REACH)
    cut = HARD_BREAK.search(text, m.end(), hi)
    if cut is not None:
        hi = cut.start()
    # a war growing ("escalated sharply since 29 February, when attacks targeted ...") stays an
    # escalation unless a campaign opened that day; a start ("the escalation began on 7 October,
    # when fighters breached the fence"), a flight or a truce's end takes the clause's happening
    # (a peak names no violence of its own: "Tensions peaked on 27 February, when an air strike killed
    # 33 soldiers" dates the strike; tensions that "have mounted since mid-April, when ..." stay a growth)
    opened = kind != "escalation" or bool(_BEGINNING.search(text, trig[0], d.span[0])) or bool(
        _TENSION.search(text, trig[0], trig[1])
    )
    for ts, te, k, bonus in sorted(triggers):
        if m.end() <= ts < hi and k in _DEFINING and (bonus >= 25 or (k == "humanitarian" and bonus >= 20)):
            # (a campaign named in the clause opens a new phase: "escalated ..., when Ansar Allah renewed its
            # offensive"; attacks launched only grow the violence: "Clashes escalated on 10 May when the
            # RSF launched attacks")
            return k if opened or (k == "offensive" and "attack" not in text[ts:te].lower()) else kind
    return kind
