"""'N days before' with nothing after it counts back from the day told before, like 'N days
earlier' (followed by what it dates, 'two days before the vote', it keeps its old reading); 'late
last week' is the end of that week and 'early last week' its start."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2023, 6, 16)  # a Friday


def starts(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.start) for d in find_dates(text, PUB)]


def test_days_before_at_the_end_of_a_clause_counts_from_the_day_told() -> None:
    assert starts("The convoy reached the town on Wednesday; it had been stopped at a checkpoint two days before.") == [
        ("on Wednesday", "2023-06-14"), ("two days before", "2023-06-12")]


def test_days_after_at_the_end_of_a_clause_counts_on() -> None:
    assert starts("The bridge was shelled on 2 June, and the ferry was hit three days after.") == [
        ("on 2 June", "2023-06-02"), ("three days after", "2023-06-05")]


def test_days_before_a_named_happening_keeps_its_reading() -> None:
    got = starts("Two days before the vote, the militia shelled the market.")
    assert [t for t, _ in got] == ["Two days before"]
    assert got[0][1] != "2023-06-14"  # not counted back from the publication day like "two days earlier"


def test_late_last_week_is_its_thursday_to_sunday() -> None:
    got = [(d.text, d.start, d.end) for d in find_dates("The truce took hold late last week.", PUB)]
    assert got == [("late last week", "2023-06-08", "2023-06-11")]


def test_early_last_week_is_its_monday_to_wednesday() -> None:
    got = [(d.text, d.start, d.end) for d in find_dates("Floods hit the camps early last week.", PUB)]
    assert got == [("early last week", "2023-06-05", "2023-06-07")]


def test_a_plain_last_week_keeps_the_whole_week() -> None:
    got = [(d.text, d.start, d.end) for d in find_dates("Floods hit the camps last week.", PUB)]
    assert got == [("last week", "2023-06-05", "2023-06-11")]
