"""A weekday named with its week ("on Friday last week", "Tuesday of next week") is that day of
the Monday-to-Sunday week named, not the latest such day (session 7)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

FRIDAY = date(2025, 1, 24)


def _days(text: str, published: date = FRIDAY) -> list[tuple[str, str]]:
    return [(d.text, d.start) for d in find_dates(text, published)]


def test_a_weekday_of_last_week_is_in_the_week_before() -> None:
    assert _days("Petro suspended peace talks on Friday last week.") == [("on Friday last week", "2025-01-17")]
    assert _days("The violence erupted on Thursday last week, January 16.")[0] == ("on Thursday last week", "2025-01-16")


def test_of_last_week_and_next_week() -> None:
    assert _days("On Tuesday of last week, rebels attacked.") == [("On Tuesday of last week", "2025-01-14")]
    assert _days("The envoys will meet on Monday next week.") == [("on Monday next week", "2025-01-27")]


def test_a_weekday_of_this_week_may_be_the_publication_day() -> None:
    assert _days("Fighting broke out on Friday this week.") == [("on Friday this week", "2025-01-24")]


def test_a_bare_weekday_stays_the_latest_one() -> None:
    assert _days("Rebels attacked on Thursday.") == [("on Thursday", "2025-01-23")]
    assert _days("Last Friday, rebels attacked.") == [("Last Friday", "2025-01-17")]
