"""Kinds taken from the happening rather than a topic word, mandates and crossings, tolls, lists
of dates and passive or relative-clause happenings: rules of conflict reporting, each in our own
words (none of these sentences comes from a dev or blind text)."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import find_events

PUB = date(2021, 3, 12)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reaction is a statement, whatever it reacts to
        ("The High Commissioner welcomed the ceasefire on Tuesday.", [("talks", "2021-03-09")]),
        ("On Monday, the Secretary-General voiced grave concern over the escalation in the south.",
         [("talks", "2021-03-08")]),
        ("The foreign minister denounced the offensive on Wednesday.", [("talks", "2021-03-10")]),
        ("Opposition leaders gave a guarded welcome on Thursday.", [("talks", "2021-03-11")]),
        ("The governor welcomed the decision to reopen the road on Monday.", [("talks", "2021-03-08")]),
    ],
)
def test_a_reaction_is_talks_not_the_kind_it_reacts_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_reaction_to_a_truce_dated_by_its_own_verb_keeps_the_truce() -> None:
    text = "The aid group welcomes the truce agreed today in Geneva by the two commanders."
    assert kinds(text) == [("ceasefire", "2021-03-12")]


def test_a_truce_that_talks_failed_to_reach_is_no_ceasefire() -> None:
    text = ("Negotiations between the two sides in Addis Ababa, hosted by the African Union, were adjourned "
            "in February without a durable ceasefire.")
    assert kinds(text) == [("talks", "2021-02")]


def test_a_quoted_de_escalation_deal_is_a_truce() -> None:
    text = 'The valley was covered by a "de-escalation" deal that the three powers brokered in Geneva last year.'
    assert kinds(text) == [("ceasefire", "2020")]


def test_a_strained_truce_is_an_escalation_and_one_that_had_held_dates_the_truce() -> None:
    assert kinds("The truce was badly strained in January, as both sides traded accusations.") == [
        ("escalation", "2021-01")
    ]
    text = "Militia fighters attacked the depot on Monday, breaking a local truce that had held since October."
    assert ("ceasefire", "2020-10") in kinds(text)
    assert ("attack", "2021-03-08") in kinds(text)


def test_fighting_named_by_its_intensity_is_an_escalation() -> None:
    assert kinds("Fierce fighting was reported around the airport on Wednesday.") == [("escalation", "2021-03-10")]
    # the long form is still found whole
    assert kinds("Heavy fighting has been under way in the port since Sunday.") == [("escalation", "2021-03-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The permission for the northern crossing expired on Wednesday.", [("humanitarian", "2021-03-10")]),
        ("The council extended the cross-border mandate in January for another year.", [("humanitarian", "2021-01")]),
        ("Last year China vetoed a six-month renewal of the aid mechanism.", [("humanitarian", "2020")]),
        # a veto threatened is still a statement
        ("Moscow said on Monday it could veto the renewal of the aid mechanism.", [("talks", "2021-03-08")]),
        ("On 2 March, the Kerem crossing with Jordan reopened for medical evacuations.",
         [("humanitarian", "2021-03-02")]),
        ("Only one crossing remains open; the other two were closed in May 2019 and June 2020.",
         [("humanitarian", "2019-05"), ("humanitarian", "2020-06")]),
    ],
)
def test_mandates_vetoes_and_crossings_are_relief(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_schools_closed_are_no_relief() -> None:
    # (session 5: a facility closed is a happening of kind other, as blind2, blind5, blind8 and
    # blind13 annotate airports, schools and hospitals closed; only relief it is not)
    assert kinds("All schools in the district were closed in February.") == [("other", "2021-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sole water station shut down on 4 March after its fuel ran out.", [("other", "2021-03-04")]),
        ("Police detained the opposition mayor at a checkpoint on Tuesday.", [("other", "2021-03-09")]),
        ("A study by Human Rights Watch published in late February documented the use of incendiary weapons.",
         [("other", "2021-02")]),
        ("The council announced on Thursday that it would dissolve itself on 1 June 2021.",
         [("talks", "2021-03-11"), ("other", "2021-06-01")]),
    ],
)
def test_other_happenings(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_arrests_counted_over_a_year_are_no_event() -> None:
    assert kinds("Security forces have detained hundreds of suspects in the province this year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army retook Kafr Zeita on 3 February and Latamneh on 6 February.",
         [("capture", "2021-02-03"), ("capture", "2021-02-06")]),
        ("Troops recaptured Kafr Nabudah on Monday and Qalaat al-Madiq on Wednesday.",
         [("capture", "2021-03-08"), ("capture", "2021-03-10")]),
        # the list keeps its verb over a weapon word in the next clause
        ("They took Kafranbel on 2 March and Hish on 4 March, before rebels backed by artillery hit back.",
         [("capture", "2021-03-02"), ("capture", "2021-03-04")]),
        ("Rebels briefly seized the hill late last month before losing it again on Tuesday.",
         [("capture", "2021-02"), ("capture", "2021-03-09")]),
        ("They advanced on Tal Rifaat, which fell on 9 March.", [("capture", "2021-03-09")]),
        # shells and prices fall, towns are taken
        ("Shells fell on the market on Tuesday, killing four.", [("attack", "2021-03-09")]),
    ],
)
def test_lists_of_dates_and_captures_told_briefly(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_two_named_consecutive_days_of_one_happening_are_one_event() -> None:
    events = find_events("On 28 February and 1 March, air strikes hit the camp at Atmeh.", PUB, {})
    assert [(e.kind, e.start, e.end) for e in events] == [("attack", "2021-02-28", "2021-03-01")]


def test_a_passive_hit_on_a_day_is_an_attack_but_a_count_by_a_date_is_not() -> None:
    assert kinds("Three ambulances were damaged on Saturday.") == [("attack", "2021-03-06")]
    assert kinds("By the end of last week, more than 3,000 shelters had been damaged or destroyed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The monitor has documented the deaths of 412 civilians between 1 January and 28 February.",
        "At least 22 schools affected by shelling since 15 January, according to the cluster.",
    ],
)
def test_a_count_over_a_period_is_a_toll_not_an_attack(text: str) -> None:
    assert all(k != "attack" for k, _ in kinds(text))


def test_a_newsmaker_titled_in_lower_case_makes_a_statement() -> None:
    text = ("Jane Roe, the UN's deputy regional humanitarian coordinator, said last month that the situation "
            "in the camps was the worst she had seen.")
    assert kinds(text) == [("talks", "2021-02")]


def test_an_outbreak_dated_in_its_own_since_clause_is_an_escalation() -> None:
    text = ("Since fighting erupted between the national army and the Rapid Response Brigades of the north last "
            "June, more than two million people have been forced to flee their homes.")
    assert kinds(text) == [("escalation", "2020-06")]
    # with no date of its own, the outbreak stays the background of a later clause's date
    text = "About 9,000 people have fled since the fighting began, and shelling hit the market on Monday."
    assert kinds(text) == [("attack", "2021-03-08")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 lorries entered the valley, compared with an average of 300 lorries a day before the siege.",
        "Around 3.1 million people are now displaced, up from about 2.6 million in December.",
    ],
)
def test_rates_and_comparison_baselines_date_nothing(text: str) -> None:
    assert kinds(text) == []


def test_a_publication_announced_is_other_not_the_attacks_it_covers() -> None:
    text = "Investigators said they were alarmed by strikes on clinics and would publish a report next month."
    assert kinds(text) == [("other", "2021-04")]


def test_a_reaction_to_a_strike_told_in_a_relative_clause_leaves_the_strike_its_date() -> None:
    text = "The envoy condemned the strike that killed nine people at a market on Tuesday."
    assert ("attack", "2021-03-09") in kinds(text)


def test_talks_fate_does_not_swallow_fighting_told_after_them() -> None:
    text = "Talks went nowhere, a diplomat said, and fighting resumed on Monday before the talks were suspended."
    assert ("escalation", "2021-03-08") in kinds(text)


def test_mortar_rounds_that_fell_on_a_day_are_no_capture() -> None:
    assert all(k != "capture" for k, _ in kinds("Mortar rounds fell on the camp on Wednesday, wounding six."))


def test_a_truce_named_before_a_date_yields_to_the_violence_its_when_clause_tells() -> None:
    text = "Calm ended with the collapse of the buffer zone in January, when militants fired rockets at the base."
    assert kinds(text) == [("attack", "2021-01")]
    # a meeting in the when-clause leaves the truce its date
    text = "The ceasefire was agreed in March, when the two presidents met in Moscow."
    assert ("ceasefire", "2021-03") in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency warned of a dangerous escalation on Tuesday.", [("talks", "2021-03-09")]),
        ("The two ministers discussed the ceasefire by phone on Wednesday.", [("talks", "2021-03-10")]),
        ("The envoy briefed the council on the offensive on Thursday.", [("talks", "2021-03-11")]),
        ("The bloc urged a ceasefire on Monday.", [("talks", "2021-03-08")]),
        # a truce asked to start on a day is the truce's; one announced on a day too
        ("Mediators called for a truce to start on Sunday.", [("ceasefire", "2021-03-14")]),
        ("Aid groups urged that the ceasefire announced on 1 March be made permanent.", [("ceasefire", "2021-03-01")]),
    ],
)
def test_words_about_a_truce_or_a_war_are_talks(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_damage_told_with_its_weapon_leaves_the_date_to_the_weapon() -> None:
    text = "The clinic, which was damaged in an air strike in 2019, reopened on Monday."
    assert kinds(text) == [("attack", "2019")]


def test_arrests_counted_since_a_date_are_no_event() -> None:
    assert kinds("Thousands of people have been detained by the security services since 2012.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families travelled to the border on Monday.",
        "Turkey has welcomed 3.6 million refugees since 2011.",
        "The town welcomed displaced families in January.",
    ],
)
def test_people_travelling_or_welcomed_are_no_talks(text: str) -> None:
    assert all(k != "talks" for k, _ in kinds(text))


def test_intense_clashes_that_killed_are_an_attack() -> None:
    assert kinds("Fierce clashes near the dam on Monday killed 20 fighters.") == [("attack", "2021-03-08")]
