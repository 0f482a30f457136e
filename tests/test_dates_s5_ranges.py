"""Ranges told by 'between … and …' with two years, and two weekdays read on the first of them."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates


def spans(text: str, published: date) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.start, d.end) for d in find_dates(text, published)]


def test_between_two_years_is_one_range() -> None:
    assert spans("Between 2011 and 2015, the prison held thousands.", date(2024, 5, 2)) == [
        ("Between 2011 and 2015", "2011", "2015")]


def test_two_years_listed_with_and_stay_apart_from_a_range() -> None:
    assert spans("Floods hit the camps in 2019 and the town again in 2021.", date(2024, 5, 2)) == [
        ("in 2019", "2019", None), ("in 2021", "2021", None)]


def test_between_friday_and_sunday_read_on_a_friday_is_last_weekend() -> None:
    # published on Friday 10 January 2025: the Friday before is 3 January
    assert spans("Strikes hit the town between Friday and Sunday.", date(2025, 1, 10)) == [
        ("between Friday and Sunday", "2025-01-03", "2025-01-05")]


def test_two_weekdays_in_order_keep_their_week() -> None:
    assert spans("Convoys crossed on Monday and Tuesday.", date(2025, 1, 10)) == [
        ("on Monday and Tuesday", "2025-01-06", "2025-01-07")]
