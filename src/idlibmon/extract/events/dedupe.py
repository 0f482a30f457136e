"""One happening once: the same event told twice keeps its best-dated telling."""

from __future__ import annotations

from idlibmon.extract.dates import DateMention
from idlibmon.models import Event


def relative_rank(d: DateMention) -> int:
    """How well a date names its day, to keep the best telling of a happening told twice:
    0 "in August", "on 19 December"; 1 a bare "August"; 2 relative words ("this week")."""
    absolute = any(ch.isdigit() for ch in d.text) or any(
        mon in d.text for mon in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    )
    if not absolute:
        return 2
    return 0 if " " in d.text.strip() else 1


def deduplicated(events: list[tuple[Event, int]]) -> list[Event]:
    """One happening once: the same kind on the same or overlapping dates is the same event
    told twice (headline and body, or "over the last two weeks" and "between 12-25 December")."""
    kept: list[tuple[Event, int]] = []
    for event, rank in events:
        twin = next((k for k, (other, _) in enumerate(kept) if _same(other, event)), None)
        if twin is None:
            kept.append((event, rank))
        elif rank < kept[twin][1]:
            kept[twin] = (event, rank)  # an absolute date beats a relative one
    return sorted((e for e, _ in kept), key=lambda e: e.span)


def _same(a: Event, b: Event) -> bool:
    if a.kind != b.kind:
        return False
    if a.place and b.place and a.place != b.place and not (a.end or b.end):
        return False  # two strikes on one day in two towns
    if a.start == b.start:
        return True
    if a.end and b.end:
        return a.start <= b.end and b.start <= a.end
    return False
