"""Session 13 speed work on events: the same answers from less work per candidate.

The dedupe step compares an event only with the kept events of its own kind. Each test holds the
faster path to the answers of the slower one it replaced. (The same session's bisection of the
place list kept a module-level index of the last list asked about: a cache shared by every caller,
unsafe across threads, for 0.07% of a pass. It was taken out.)"""

from __future__ import annotations

from datetime import date

from idlibmon.extract.events import find_events
from idlibmon.extract.events.dedupe import deduplicated
from idlibmon.models import Event


def _event(kind: str, start: str, a: int, text: str = "x") -> tuple[Event, int]:
    return (Event(start=start, end=None, kind=kind, text=text, span=(a, a + 10), resolved_from="on 3 March"), 0)


def test_dedupe_keeps_one_telling_per_kind_and_day_whatever_the_kinds_between() -> None:
    events = [
        _event("attack", "2024-03-03", 0),
        _event("talks", "2024-03-03", 20, "ministers met in Ankara"),
        _event("capture", "2024-03-03", 40),
        _event("attack", "2024-03-03", 60),  # the first attack told again
        _event("capture", "2024-03-04", 80),
        _event("talks", "2024-03-03", 100, "the envoy briefed the council"),  # another meeting that day
    ]
    kept = deduplicated(events)
    assert [(e.kind, e.start, e.span[0]) for e in kept] == [
        ("attack", "2024-03-03", 0),
        ("talks", "2024-03-03", 20),
        ("capture", "2024-03-03", 40),
        ("capture", "2024-03-04", 80),
        ("talks", "2024-03-03", 100),
    ]


def test_one_stretch_joins_touching_stretches_of_one_kind_only() -> None:
    text = "Thousands fled on Monday and early Tuesday, and talks were held on Monday and early Tuesday too."
    events = find_events(text, date(2024, 3, 6))
    assert [(e.kind, e.start) for e in events if e.kind == "displacement"] == [("displacement", "2024-03-04")]
