"""Anniversaries told by a count of years back from a day the article names: "ten years ago on
Monday" is the day ten years before that Monday, "exactly one year ago" the publication day a
year back, "a year ago this month" that month a year back (session 12: blind18, 33, 39 and 50,
four writers; the count alone gave the month of the publication day, or the Monday itself)."""

from datetime import date

from idlibmon.extract.dates import find_dates


def _dates(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(d.start, d.end) for d in find_dates(text, published)]


def test_years_ago_on_a_weekday_is_that_weekday_years_back():
    # published on a Wednesday: "on Monday" is two days before, twenty years back
    assert _dates("Twenty years ago on Monday, the first convoy crossed the river.", date(2031, 4, 16)) == [("2011-04-14", None)]


def test_the_weekday_may_be_the_publication_day_itself():
    assert _dates("Five years ago on Friday, the dam was breached.", date(2030, 8, 9)) == [("2025-08-09", None)]


def test_exactly_years_ago_is_the_very_day():
    assert _dates("Exactly two years ago, the two armies agreed to stop firing.", date(2029, 6, 30)) == [("2027-06-30", None)]


def test_years_ago_this_month_or_week_is_that_month():
    assert _dates("The truce was agreed a year ago this month.", date(2030, 10, 21)) == [("2029-10", None)]
    assert _dates("Six years ago this week, the siege of the port began.", date(2030, 10, 21)) == [("2024-10", None)]


def test_a_count_of_days_keeps_the_weekday():
    assert _dates("The convoy was stopped three days ago on Monday.", date(2030, 10, 23)) == [("2030-10-21", None)]


def test_a_bare_count_of_years_is_unchanged():
    assert _dates("The town fell three years ago.", date(2030, 10, 23)) == [("2027-10", None)]
