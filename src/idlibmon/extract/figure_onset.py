"""A count's period from the start of what caused it: "killed since the offensive began".

Writers date such a count from the day the offensive, the escalation or the fighting began,
which the article tells elsewhere ("The offensive began on 27 November") and the event finder
has dated. A count whose sentence gives no date of its own takes, as its open period's start,
the earliest event of the kind its cause names, within a year before publication (the story's
own offensive, not an older one its background recalls). A count dated only by the day its
source spoke ("the UN said on Monday that 48,000 had fled since the fighting began") is counted
from the onset too: the saying closes the count, it does not open it. Wars, conflicts and crises are left alone: an
article's events rarely include the day a war began, and its earliest battle is not that day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from idlibmon.extract.dates import DateMention
from idlibmon.models import Event, Figure, Period

# "since the offensive began", "since the start of the military operation", "since the assault was launched"
_SINCE_ONSET = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|launch|onset)\s+of\s+)?(?:the|its|this)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<cause>offensive|operation|invasion|campaign|assault|siege|incursion|escalation|fighting|hostilities|clashes)\b"
    r"(?P<began>\s+(?:began|started|was\s+launched|erupted|broke\s+out|escalated))?"
)
_FIGHT = ("escalation", "offensive", "attack")  # fighting begins with the first blow the article dates
_KINDS: dict[str, tuple[str, ...]] = {
    "offensive": ("offensive",), "operation": ("offensive",), "invasion": ("offensive",), "campaign": ("offensive",),
    "assault": ("offensive",), "siege": ("offensive",), "incursion": ("offensive",),
    "escalation": ("escalation",),
    "fighting": _FIGHT, "hostilities": _FIGHT, "clashes": _FIGHT,
}


# The day a source spoke: "said on Monday", "said Friday", "announced at the weekend"
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|announced|stated)\s+(?:on\s+|at\s+|in\s+)?$", re.IGNORECASE)

# How far before the publication day the cause may have begun ("the coalition intervened in March
# 2015" is background to a story of 2018, whose offensive began in June)
_REACH = timedelta(days=365)


def onset_periods(text: str, sents: Sequence[tuple[int, int]], figures: list[Figure], events: Sequence[Event],
                  published: date, dates: Sequence[DateMention] = ()) -> list[Figure]:
    """`figures`, each undated one (or dated only by its source's speaking day, one of `dates`)
    whose sentence counts "since the <cause> began" given (in place) the date of the earliest
    recent event of that cause's kind; the others unchanged."""
    if not events or "since" not in text:
        return figures
    earliest = (published - _REACH).isoformat()
    for f in figures:
        lo, hi = _sentence_of(sents, f.span[0])
        low = text[lo:hi].lower()
        if "since" not in low:
            continue
        m = _SINCE_ONSET.search(low)
        if m is None or (m.group("began") is None and "of" not in low[m.start():m.start("cause")]):
            continue  # "since the offensive" alone may be a count of the offensive's own days
        if (f.when is not None and not _said_on(text, lo, hi, f.when, dates)) or f.category == "population":
            continue
        kinds = _KINDS[m.group("cause")]
        starts = [e.start for e in events if e.kind in kinds and e.start and e.start >= earliest[:len(e.start)]]
        if not starts:
            continue
        first = min(starts)
        # a month told elsewhere by its day ("in April" and "on 15 April"): the day
        f.when = Period(min((s for s in starts if s.startswith(first)), key=lambda s: (-len(s), s)), None)
    return figures


def _said_on(text: str, lo: int, hi: int, when: Period, dates: Sequence[DateMention]) -> bool:
    """Is `when` the day a source of the sentence `text[lo:hi]` spoke ("said on Sunday that")?"""
    return when.end is None and any(
        lo <= d.span[0] < hi and d.start == when.start and _SAID_BEFORE.search(text, max(lo, d.span[0] - 24), d.span[0])
        for d in dates)


def _sentence_of(sents: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The bounds of the sentence holding `pos` (an empty span if none does)."""
    k = bisect_right(sents, (pos, len(sents) and sents[-1][1] + 1)) - 1
    if k >= 0 and sents[k][0] <= pos < sents[k][1]:
        return sents[k]
    return pos, pos
