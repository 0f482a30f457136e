"""Session 4: dates anchored on something other than the publication day, dates ahead of it,
and date-like words that are no date."""

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates
from idlibmon.extract.engine import extract


def _dates(text: str, pub: str) -> list[tuple[str, str]]:
    return [(d.text, d.start) for d in find_dates(text, date.fromisoformat(pub))]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "that year" is the year the text named last
        ("A war in 2020 ended with a truce brokered by Moscow in November of that year.", "2024-01-20",
         ("in November of that year", "2020-11")),
        ("The town fell in March 2016 and was retaken in August that year.", "2019-05-02",
         ("in August that year", "2016-08")),
        # a day with "last year" / "this year"
        ("The truce took effect on 4 August last year and broke down in October.", "2025-01-28",
         ("on 4 August last year", "2024-08-04")),
        ("Talks resumed on March 3 this year.", "2021-06-10", ("on March 3 this year", "2021-03-03")),
    ],
)
def test_year_words_after_a_date(text: str, pub: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text, pub)


def test_that_year_with_no_year_told_is_no_date() -> None:
    assert not [d for d in _dates("The border reopened in May that year.", "2022-03-01") if "May" in d[0]]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("The crossing was first authorised in July 2020. A resolution a year later renewed it.", "2022-01-10",
         ("a year later", "2021-07")),
        ("The council cut them to two in January 2020 and to one six months later.", "2021-07-10",
         ("six months later", "2020-07")),
        ("The generals seized power in an October 2021 coup, two years after the army removed the president.",
         "2023-04-25", ("two years after", "2019")),
    ],
)
def test_months_and_years_counted_from_another_date(text: str, pub: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text, pub)


def test_a_count_a_day_earlier_is_a_day_not_a_rate() -> None:
    # 2023-09-28 is a Thursday
    got = _dates("On Thursday the ministry said 65,000 people had crossed, up from 50,000 a day earlier.", "2023-09-28")
    assert ("a day earlier", "2023-09-27") in got


def test_later_on_the_publication_weekday_is_that_day() -> None:
    # 2017-04-05 is a Wednesday
    text = "The Security Council will meet in emergency session later on Wednesday."
    assert _dates(text, "2017-04-05") == [("on Wednesday", "2017-04-05")]
    # without "later", a plan for a weekday is still the next one
    assert _dates("The council will meet on Wednesday.", "2017-04-05") == [("on Wednesday", "2017-04-12")]


def test_a_day_a_few_weeks_ahead_is_the_coming_one() -> None:
    assert _dates("Donors are invited to a conference in Paris on 24 October.", "2024-10-10") == [
        ("on 24 October", "2024-10-24")
    ]
    # a day just before publication, or months after it, stays in the past
    assert _dates("Aid arrived on 8 October.", "2024-10-10") == [("on 8 October", "2024-10-08")]
    assert _dates("Aid arrived on 24 December.", "2024-10-10") == [("on 24 December", "2023-12-24")]


def test_a_place_named_after_a_date_is_no_date() -> None:
    text = "Heavy air strikes were reported overnight near the May 22 hospital in the city."
    assert not [d for d in _dates(text, "2018-11-20") if "May" in d[0]]
    assert ("on May 22", "2018-05-22") in _dates("The hospital was hit on May 22 by shells.", "2018-11-20")


@pytest.mark.parametrize(
    "text",
    [
        "WHO statement\n\nCairo / Gaziantep, 21 May 2019 - The World Health Organization is deeply alarmed by "
        "the continuing attacks on health facilities in northwest Syria.",
        "Syria Civil Defence\nStatement — 21 May 2019\n\nShelling hit the market, killing four civilians.",
    ],
)
def test_a_datelines_date_is_no_event(text: str) -> None:
    assert [e.start for e in extract(text, date(2019, 5, 21)).events if e.start == "2019-05-21"] == []


def test_a_when_clause_in_the_future_dates_ahead() -> None:
    text = "The resolution lets convoys use the crossing until January 10, when a new vote will be needed."
    assert _dates(text, "2022-07-12") == [("until January 10", "2023-01-10")]


def test_a_plan_reported_in_the_past_may_lie_ahead() -> None:
    text = "The three presidents said they would meet again in Sochi in July."
    assert _dates(text, "2018-05-15") == [("in July", "2018-07")]
    # a month already past at publication stays past
    assert _dates("The ministry said it would withdraw the troops in July.", "2018-09-20") == [("in July", "2018-07")]
    # told as history, the month is last year's
    assert _dates("The three presidents met in Sochi in July.", "2018-05-15") == [("in July", "2017-07")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Some 180,000 people fled in the first half of May alone.", "2019-05-21", ("2019-05-01", "2019-05-15")),
        ("More than 30,000 people fled in the first nine days of the month.", "2018-09-10", ("2018-09-01", "2018-09-09")),
        ("Another 20,000 were displaced in the first week of June.", "2019-06-20", ("2019-06-01", "2019-06-07")),
    ],
)
def test_the_first_days_of_a_month_start_on_the_first(text: str, pub: str, expected: tuple[str, str]) -> None:
    (d,) = find_dates(text, date.fromisoformat(pub))
    assert (d.start, d.end) == expected


def test_the_month_and_the_year_need_a_modifier() -> None:
    assert _dates("A truce agreed at the start of the month collapsed.", "2019-08-31") == [
        ("the start of the month", "2019-08")
    ]
    assert _dates("Since the start of the year, 400,000 people have fled.", "2025-03-02") == [
        ("Since the start of the year", "2025-01")
    ]
    assert _dates("The month was calm.", "2019-08-31") == []


def test_how_long_something_lasted_is_no_date() -> None:
    text = "An earlier ceasefire lasted barely three days before the army resumed its push."
    assert _dates(text, "2019-08-31") == []


def test_a_future_cue_early_in_a_long_clause_looks_ahead() -> None:
    text = ("The envoy is set to begin separate consultations in Geneva with the warring sides and regional "
            "powers in early May.")
    assert _dates(text, "2015-04-26") == [("in early May", "2015-05")]


def test_the_weekend_of_given_days_is_those_days() -> None:
    assert _dates("Over the weekend of 2-3 March, thousands of detainees escaped.", "2024-03-20") == [
        ("2-3 March", "2024-03-02")
    ]


def test_a_happening_named_by_its_year() -> None:
    assert ("1982", "1982") in _dates("Hama was the site of the 1982 massacre.", "2024-12-06")
    # a year after "the" before anything else is no date
    assert _dates("The 2019 figures were revised.", "2024-12-06") == []
