"""Session 11: a count of time up to a named day is the stretch that ends on that day.

"Fled in the 72 hours up to Sunday", "in the week to Monday", "in the three days to Sunday": the
annotators (blind25, 30, 33; three writers) date the happening from the stretch's first day, not the
day named. A single day's count ("in the 24 hours to Tuesday") stays that day."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

WEDNESDAY = date(2024, 7, 10)


def _when(text: str) -> tuple[str, str | None]:
    d = find_dates(text, WEDNESDAY)[0]
    return d.start, d.end


def test_hours_up_to_a_weekday_start_days_before() -> None:
    assert _when("Some 12,000 people fled in the 72 hours up to Sunday.") == ("2024-07-05", "2024-07-07")


def test_a_week_to_a_weekday_is_seven_days() -> None:
    assert _when("About 40,000 people left the valley in the week to Monday.") == ("2024-07-02", "2024-07-08")


def test_days_in_words_to_a_dated_day() -> None:
    assert _when("Aid agencies counted 3,000 arrivals in the three days to 30 June.") == ("2024-06-28", "2024-06-30")


def test_a_single_day_count_stays_on_the_day() -> None:
    assert _when("Nine people were killed in the 24 hours to Tuesday.")[0] == "2024-07-09"


def test_a_bare_until_keeps_its_day() -> None:
    assert _when("Shelling of the outskirts continued up to Sunday.")[0] == "2024-07-07"
