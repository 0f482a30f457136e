"""Dates a clause places ahead or lists: a promise made on the publication day, a meeting in a
town set off by commas, two months each with its year, and a rate that is no day."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates

PUB = date(2021, 3, 12)  # a Friday


def starts(text: str, published: date = PUB) -> list[str]:
    return [d.start for d in find_dates(text, published)]


def test_a_weekday_promised_on_the_publication_day_is_the_coming_one() -> None:
    assert starts("The militia said Friday it would halt its attacks from Sunday morning.") == ["2021-03-12", "2021-03-14"]
    assert starts("The ministry announced today that the pause would begin on Monday.") == ["2021-03-12", "2021-03-15"]
    # an undated announcement that something would take effect on a weekday: the coming one
    assert starts("The group said in a statement that the truce would take effect at 6:00 am on Saturday.") == [
        "2021-03-13"
    ]


def test_a_weekday_promised_on_an_earlier_day_stays_in_the_past() -> None:
    # said on Monday the 8th that it would start on Wednesday: the 10th, already past
    assert starts("The army said on Monday it would open the corridor on Wednesday.") == ["2021-03-08", "2021-03-10"]
    # "would" that promises nothing keeps other dates where they were
    assert starts("The agency said on Friday it hoped the truce would hold for people displaced since December.") == [
        "2021-03-12", "2020-12"
    ]


def test_a_place_set_off_by_commas_does_not_end_the_future_clause() -> None:
    assert starts("The two leaders are due to meet in Geneva, Switzerland, on May 4.") == ["2021-05-04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The other two crossings were closed in May 2019 and June 2020.", [("2019-05", None), ("2020-06", None)]),
        # one year for both months: one stretch
        ("Talks were held in May and June 2019.", [("2019-05", "2019-06")]),
    ],
)
def test_two_months_each_with_its_year_are_a_list(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.start, d.end) for d in find_dates(text, PUB)] == expected


def test_a_rate_is_no_day() -> None:
    assert starts("Only 40 lorries crossed the bridge, against some 500 lorries a day before the siege.") == []
    assert starts("About 200 trucks a day before the war; now only 20.") == []


def test_later_this_week_in_a_plan_is_after_the_publication_day() -> None:
    found = find_dates("The envoy is due to brief the council later this week.", date(2022, 9, 29))  # a Thursday
    assert [(d.start, d.end) for d in found] == [("2022-09-30", "2022-10-02")]
