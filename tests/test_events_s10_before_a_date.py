"""Session 10: a date told with "before" dates no happening, unless it names one by its day.

"Some 90,000 people had already fled before June", "hopes to bring the sides together before the
end of the year", "polls due before the summer": what happened (or is to happen) came earlier, on no
day the text gives (blind19, 32, 37, 39; the gold counts none). "Before Sunday's air strike" names the
strike by its day, and a tally "even before" a day runs up to it (as the annotators date it)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 7, 10))  # a Wednesday


def test_a_count_reached_before_a_month_has_no_date() -> None:
    assert kinds("Before June, some 90,000 people had already fled their homes in the north.") == []


def test_talks_hoped_for_before_the_end_of_the_year_have_no_date() -> None:
    assert kinds("The envoy said he hopes to convene negotiations in Oslo before the end of the year.") == []


def test_a_happening_named_by_its_day_keeps_it() -> None:
    assert ("attack", "2024-07-07") in kinds("Before Sunday's air strike on the market, the town had been quiet for weeks.")


def test_a_tally_even_before_a_day_is_dated_by_it() -> None:
    found = kinds("Even before Monday, more than 60,000 people had been displaced by the shelling.")
    assert found == [("displacement", "2024-07-08")]
