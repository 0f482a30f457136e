"""A thing "due" on a day is scheduled: the day lies ahead of publication, unless the plan is
told in the past ("was due on Friday")."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2019, 4, 8)  # a Monday


def starts(text: str) -> list[str]:
    return [d.start for d in find_dates(text, PUB)]


def test_a_meeting_due_on_days_after_publication_is_this_year() -> None:
    assert starts("The envoy said the conference, due on April 14-16 in Ghadames, would go ahead.") == ["2019-04-14"]
    assert starts("A second round, due on 20 April, was confirmed by both sides.") == ["2019-04-20"]


def test_a_plan_that_was_due_stays_in_the_past() -> None:
    assert starts("The vote was due on 20 April but never took place.") == ["2018-04-20"]


def test_without_due_a_day_after_publication_is_last_year() -> None:
    assert starts("The conference on April 14-16 drew few delegates.") == ["2018-04-14"]


def test_since_a_day_is_always_past_whatever_tense_follows() -> None:
    # published 8 April: "since 4 May" is last year's 4 May, though the clause goes on in the future
    assert starts("The airport, closed since 4 May, will reopen when the runway is repaired.") == ["2018-05-04"]
