"""Session 13 speed work on events: the same answers from less work per candidate.

An event's place is found by bisecting the text's place list (in text order) to its clause; the
dedupe step compares an event only with the kept events of its own kind. Each test holds the
faster path to the answers of the slower one it replaced."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.events import find_events
from idlibmon.extract.events.dedupe import deduplicated
from idlibmon.extract.events.place import _PREPOSITION_BEFORE, event_place
from idlibmon.models import Event

TEXT = "Shelling hit Ariha and Saraqib on Monday, while jets struck near Kafranbel and in Jisr al-Shughur."


def _hits() -> list[tuple[tuple[int, int], str]]:
    return [((TEXT.index(n), TEXT.index(n) + len(n)), n) for n in ("Ariha", "Saraqib", "Kafranbel", "Jisr al-Shughur")]


def _linear(text: str, hits: list[tuple[tuple[int, int], str]], span: tuple[int, int]) -> str | None:
    """event_place as it was: the list walked from the top."""
    for (s, e), name in hits:
        if s >= span[0] and e <= span[1] and (not name[:1].isupper() or _PREPOSITION_BEFORE.search(text, max(0, s - 12), s)):
            return name
    return None


@pytest.mark.parametrize("span", [(0, 40), (13, 40), (20, 40), (41, 98), (60, 98), (70, 98), (90, 98), (0, 98), (0, 5)])
def test_a_place_is_the_first_one_inside_the_clause(span: tuple[int, int]) -> None:
    hits = _hits()
    assert event_place(TEXT, hits, span, set()) == _linear(TEXT, hits, span)


def test_a_place_list_out_of_text_order_is_walked_whole() -> None:
    hits = list(reversed(_hits()))
    # walked from the top, the last place in the text comes first
    assert event_place(TEXT, hits, (0, len(TEXT)), set()) == "Jisr al-Shughur"
    assert event_place(TEXT, _hits(), (0, len(TEXT)), set()) == "Saraqib"  # ("hit Ariha": no preposition)


def test_a_place_list_that_grew_is_indexed_afresh() -> None:
    hits = _hits()[:2]
    assert event_place(TEXT, hits, (41, 98), set()) is None
    hits.extend(_hits()[2:])
    assert event_place(TEXT, hits, (41, 98), set()) == "Kafranbel"


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
