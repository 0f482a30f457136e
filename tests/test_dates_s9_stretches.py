"""Session 9: stretches told as two dates joined by "and". "Last Tuesday and Wednesday" is one
stretch of two days of the week before, as "on Tuesday and Wednesday" is one of this week (blind32:
the pagers that exploded on 17 and 18 September); the second weekday follows the first instead of
being the latest one. "The offensive of late 2019 and early 2020" is one stretch across the turn of
the year, not two happenings (blind28, blind29)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2024, 9, 24)  # a Tuesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.start, d.end) for d in find_dates(text, PUB)]


def test_last_and_a_second_weekday_make_one_stretch_of_the_week_before() -> None:
    assert _dates("Last Tuesday and Wednesday, thousands of pagers exploded across Lebanon.") == [("2024-09-17", "2024-09-18")]
    assert _dates("Thousands of pagers exploded last Monday and Tuesday.") == [("2024-09-16", "2024-09-17")]


def test_a_plain_pair_of_weekdays_is_unchanged() -> None:
    assert _dates("On Sunday and Monday, strikes hit the town.") == [("2024-09-22", "2024-09-23")]


def test_late_and_early_make_one_stretch_across_the_turn_of_a_year() -> None:
    pub = date(2025, 5, 20)
    found = find_dates("The town was emptied during the government offensive of late 2019 and early 2020.", pub)
    assert [(d.start, d.end) for d in found] == [("2019", "2020")]


def test_years_apart_or_without_late_and_early_stay_two() -> None:
    pub = date(2025, 5, 20)
    found = find_dates("The town was shelled in late 2016 and early 2019.", pub)
    assert [(d.start, d.end) for d in found] == [("2016", None), ("2019", None)]
