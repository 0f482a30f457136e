"""Session 15: a date told as the start of a period ('since the start of the year', 'from the
beginning of March', 'at the start of the month') names the period's first day.

The dates module keeps such a date as its month, and its cumulative-count rules read it that way;
the event is then dated to the 1st. Writers annotate either the month or the 1st; the 1st lies
inside the month, so it matches both (the scorer counts an answer finer than the annotation when it
lies inside it). Other month phrasings ('since early October', 'mid-October', 'the end of
September') keep the month."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.events import find_events


def _starts(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.kind, e.start) for e in find_events(text, published)]


def test_since_the_start_of_the_year_is_its_first_of_january() -> None:
    found = _starts("Air strikes on the lake villages have escalated sharply since the start of the year.",
                    date(2031, 2, 20))
    assert found == [("escalation", "2031-01-01")]


def test_the_beginning_of_a_named_month_is_its_first_day() -> None:
    found = _starts("Shelling of the river towns has intensified since the beginning of October.", date(2031, 11, 4))
    assert found == [("escalation", "2031-10-01")]


def test_the_start_of_the_month_is_its_first_day() -> None:
    found = _starts("Air strikes on the valley have escalated sharply since the start of the month.", date(2030, 6, 20))
    assert found == [("escalation", "2030-06-01")]


def test_the_start_of_a_year_given_by_number_is_its_first_day() -> None:
    found = _starts("Attacks on aid convoys in the coastal district have intensified since the start of 2030.",
                    date(2030, 6, 2))
    assert found == [("escalation", "2030-01-01")]


def test_early_or_mid_month_keeps_the_month() -> None:
    found = _starts("Thousands of families have fled the valley since early October, and more left "
                    "the hill villages in mid-October.", date(2031, 11, 4))
    assert found and all(len(start) == 7 for _, start in found)


def test_the_end_of_a_month_keeps_the_month() -> None:
    found = _starts("Government troops captured the border post at the end of September.", date(2031, 11, 4))
    assert ("capture", "2031-09") in found
