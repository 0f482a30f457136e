"""Session 5: dated words that are background, not happenings — a war's start measured back
from today, flights told as repeated, a monitor's monthly count of attacks, a plan's funding
level, and a happening dated loosely by "a week after" when the text dates it exactly.
Every sentence is our own; none comes from a dev or blind text."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2022, 6, 17)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    "text",
    [
        # the outbreak as a yardstick, counted back from the day of writing
        "It is the worst flooding of camps since the war began more than ten years ago.",
        "The envoy's visit was the first since the fighting began six months ago.",
        "Prices have tripled since the conflict started almost four years ago.",
        # flight repeated over a stretch: counted, none dated
        "Most families in the camp have been displaced three times since 2018.",
        "Many households were uprooted two or three times in 2021.",
        "Some of them have been displaced repeatedly since 2019.",
        "For most families it was the third time they had been forced to flee since 2017.",
        # a monitor's count of strikes for a month or a range
        "12 attacks on schools verified in May.",
        "Seven attacks on water points were documented between 3 and 16 May.",
        # money for a period
        "The flash appeal for April to June is only 21 per cent funded.",
        "Last year, the agency received only 40 per cent of the funds it requested for the region.",
    ],
)
def test_background_dates_no_happening(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the war's start dated in its own words stays a happening
        ("Thousands have died since the conflict began in March 2015.", [("other", "2015-03")]),
        # one flight, dated
        ("About 3,000 families were displaced from the town on 4 June.", [("displacement", "2022-06-04")]),
        # one strike, dated, even in a monitor's report
        ("WHO verified that two clinics were struck on 9 June.", [("attack", "2022-06-09")]),
        # a count of damaged schools with one day singled out is no monthly tally of strikes
        ("UNICEF confirmed that 30 schools were damaged, including six on a single day in May.", [("attack", "2022-05")]),
    ],
)
def test_happenings_beside_background_words_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_week_after_gives_way_to_the_exact_date_told_elsewhere() -> None:
    text = (
        "Survivors still arriving a week after gunmen overran the port town. "
        "The assault began on the morning of 9 June, when fighters entered from the north."
    )
    # a week before Friday 17 June is the 10th: the body's 9 June is the assault itself
    assert ("capture", "2022-06-10") not in kinds(text)
    assert any(start == "2022-06-09" for _kind, start in kinds(text))


def test_a_week_after_stands_when_nothing_else_dates_it() -> None:
    assert kinds("The gains come a week after rebels captured the town.") == [("capture", "2022-06-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's toll in words is a report, not a statement
        ("The interior ministry said on Monday that dozens of people had been killed in the raid.", []),
        # living conditions worsening is a state, not an escalation
        ("Living conditions in the camps have deteriorated through the spring.", []),
        # no convoy: nothing delivered
        ("No aid convoy has reached the town since early May.", []),
        # the anchor of "days after a ... offensive" is the offensive's, not Monday's
        (
            "Troops were digging in on Monday, days after a surprise rebel offensive reached the city.",
            [],
        ),
    ],
)
def test_words_near_a_date_that_name_no_happening_on_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected



def test_a_rate_in_an_aside_leaves_the_strike_dated() -> None:
    text = "Among them is the district hospital, struck on 5 June, which had treated some 300 patients a day."
    assert kinds(text) == [("attack", "2022-06-05")]


def test_a_rate_of_the_trigger_itself_is_still_a_tally() -> None:
    assert kinds("Since 1 June, some 40 trucks a day have crossed into the district.") == []


def test_a_toll_with_an_apposition_is_still_a_toll() -> None:
    text = "The monitor said that 80 civilians, including 20 children, had been killed in the shelling since 3 May."
    assert kinds(text) == []


def test_a_baseline_rate_leaves_the_delivery_dated() -> None:
    text = ("Between 3 and 9 June, 120 trucks carrying food, water and medicine entered the district,"
            " compared with an average of 80 trucks a day before the siege.")
    assert kinds(text) == [("humanitarian", "2022-06-03")]


@pytest.mark.parametrize(
    "text",
    [
        # a year's aid, counted by the people reached
        "In 2021 our teams reached more than 300,000 people across the province.",
        "We reached an average of 2.1 million people each month in the first half of the year.",
        # a year named only to compare with
        "Donors pledged 4 billion dollars for 2023 at the conference, less than last year.",
    ],
)
def test_years_of_aid_and_compared_years_date_nothing(text: str) -> None:
    assert all(start not in ("2021", "2022") for _kind, start in kinds(text))


def test_a_month_of_aid_reached_stays_an_event() -> None:
    assert kinds("In May, partners reached 1.3 million people with food assistance.") == [("humanitarian", "2022-05")]


def test_a_record_for_a_period_dates_nothing() -> None:
    assert kinds("Heavy rain flooded the camps on Tuesday, the worst weather this winter.") == [("other", "2022-06-14")]
    assert kinds("Snowstorms hit the camps, the heaviest snowfall this year.") == []


def test_most_of_a_place_is_no_record() -> None:
    assert kinds("The group took over most of the province in January.") == [("capture", "2022-01")]


def test_people_targeted_by_an_aid_plan_are_no_attack() -> None:
    assert kinds("Partners are scaling up, with 1.2 million people targeted in May.") == []
    assert kinds("Some 300,000 children are targeted for vaccination in May.") == []
    # places targeted are struck
    assert kinds("Three hospitals were targeted on Monday.") == [("attack", "2022-06-13")]


def test_an_outbreak_in_a_since_clause_takes_no_date_from_the_main_clause() -> None:
    assert kinds("Markets reopened on Sunday for the first time since the offensive began.") == []
    # dated in its own clause, the outbreak stays a happening
    assert ("offensive", "2022-05-01") in kinds("Since the offensive began on 1 May, 90,000 people have fled.")


@pytest.mark.parametrize(
    "text",
    [
        # an offensive threatened or planned is not (yet) one
        "The president has threatened since March to launch an operation against the militias.",
        "The army plans to launch an offensive in July.",
        # the displaced as a group a share is taken of
        "Around 70 per cent of those displaced since April are women and children.",
        "Of the nearly 500,000 people displaced since March, most live in tents.",
    ],
)
def test_threats_and_groups_date_no_happening(text: str) -> None:
    assert kinds(text) == []


def test_a_count_of_people_fleeing_is_still_a_flight() -> None:
    assert kinds("Thousands of families fled the town on Monday.") == [("displacement", "2022-06-13")]
    assert kinds("Turkey launched an operation on 9 June.") == [("offensive", "2022-06-09")]


def test_the_latest_of_a_series_since_a_year_dates_nothing() -> None:
    assert kinds("The offensive is the latest in a string of assaults on the province since 2017.") == []
