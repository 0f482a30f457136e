"""A plan told in the present tense looks ahead; what already happened does not."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates

MON = date(2020, 3, 2)  # a Monday


def starts(text: str, published: date = MON) -> list[str]:
    return [d.start for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He hopes to settle the matter when he meets the Russian leader in Moscow on Thursday.", ["2020-03-05"]),
        ("Norway is hosting a donors' conference in Oslo on Wednesday.", ["2020-03-04"]),
        ("The envoy visits Damascus on Friday.", ["2020-03-06"]),
        # the past stays past
        ("The envoy visited Damascus on Friday.", ["2020-02-28"]),
        ("When he met the Russian leader on Thursday, nothing was agreed.", ["2020-02-27"]),
        # the day itself stays today
        ("Aid agencies are distributing blankets in the camps on Monday.", ["2020-03-02"]),
        # a period is no plan
        ("Families are arriving at the border since Saturday.", ["2020-02-29"]),
    ],
)
def test_present_tense_arrangements_resolve_forward(text: str, expected: list[str]) -> None:
    assert starts(text) == expected


def test_the_first_days_after_something_are_a_stretch_not_a_date() -> None:
    assert starts("For the first three days after the quake, no aid came in.") == []
    assert starts("Three days after the quake, the first convoy came in.") == ["2020-02-28"]


def test_months_after_count_calendar_months() -> None:
    assert starts("Ten months after a ceasefire ended the bombing, the camps are full.", date(2021, 1, 26)) == ["2020-03"]


def test_a_date_never_spans_a_paragraph_break() -> None:
    text = "Children forced from their homes since December\n\n22 January 2020 - Aid groups warned today."
    found = [(d.text, d.start) for d in find_dates(text, date(2020, 1, 22))]
    assert ("since December", "2019-12") in found and ("22 January 2020", "2020-01-22") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone expects to happen lies ahead
        ("Relief agencies expect the crossing to reopen on Wednesday.", ["2020-03-04"]),
        ("The ministry expects talks to resume on Friday.", ["2020-03-06"]),
        # a plan told in the past tense is a day of the past: it was planned, then (not) carried out
        ("A convoy that was scheduled to leave on Saturday never set off.", ["2020-02-29"]),
        ("The vote, which had been planned for Friday, was postponed.", ["2020-02-28"]),
        # the same plan told as still standing looks ahead
        ("A convoy is scheduled to leave on Saturday.", ["2020-03-07"]),
    ],
)
def test_expected_plans_look_ahead_and_past_plans_stay_past(text: str, expected: list[str]) -> None:
    assert starts(text) == expected


def test_a_count_from_something_dated_in_the_same_clause_is_no_date_of_its_own() -> None:
    # the agreement carries its own day; "eight months after" adds none
    text = "The fighting comes eight months after both sides signed a truce in Geneva on 3 July 2019."
    assert [d.text for d in find_dates(text, MON)] == ["on 3 July 2019"]
    text = "Troops moved in on Friday, a little over a week after a pause agreed on February 14 collapsed."
    assert [(d.text, d.start) for d in find_dates(text, MON)] == [("on Friday", "2020-02-28"),
                                                                 ("on February 14", "2020-02-14")]


def test_the_weeks_after_something_are_a_stretch_not_a_date() -> None:
    assert starts("Monitors counted 4 deaths in the two weeks after the truce began.") == []
    assert starts("Monitors counted 4 deaths two weeks after the truce began.") == ["2020-02-17"]


def test_a_clause_after_the_date_can_look_ahead() -> None:
    assert starts("On Friday, the council will vote on the plan.") == ["2020-03-06"]
    assert starts("On Friday, the council voted on the plan.") == ["2020-02-28"]
    assert starts("On Friday, the council — chaired by Ms Ünal — will vote.") == ["2020-03-06"]
