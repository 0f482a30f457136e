"""Wars starting and spreading, flights and their causes, disasters, crossings and corridors,
patrols, statements in asides, and one happening told twice: rules of conflict reporting,
each in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2023, 5, 24)  # a Wednesday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting starting is an escalation, not one attack
        ("Thousands have crossed into Chad since fighting broke out in the capital on 15 April.",
         [("escalation", "2023-04-15")]),
        # ... and a truce word elsewhere in the sentence does not make it a ceasefire
        ("Three truces have failed since the war erupted on April 15.", [("escalation", "2023-04-15")]),
        # fighting spreading to a place
        ("Fighting reached the northern outskirts of the port town on Monday.", [("escalation", "2023-05-22")]),
        ("Fighting has spread to the eastern districts since Sunday.", [("escalation", "2023-05-21")]),
        # clashes that started a war
        ("Clashes in early March helped set off the war that followed.", [("escalation", "2023-03")]),
    ],
)
def test_a_war_starting_or_spreading_is_an_escalation(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after "by the" is the cause of the flight, not the kind of the event
        ("Nearly a million people have been uprooted by the army's offensive since December.",
         [("displacement", "2022-12")]),
        ("Some 20,000 people had already fled air strikes and shelling in the south earlier this month.",
         [("displacement", "2023-05")]),
        # ... unless the date is the cause's own
        ("Most of them fled the offensive that began in February.", [("offensive", "2023-02")]),
    ],
)
def test_what_people_fled_is_the_cause_of_a_displacement(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_an_earthquake_named_before_the_clause_is_no_attack() -> None:
    text = "Two strong earthquakes, of magnitude 7.8 and 7.5, struck the border region on Monday, 6 February."
    assert kinds(text, date(2023, 2, 10)) == [("other", "2023-02-06")]


def test_a_rescue_operation_ending_is_no_offensive() -> None:
    assert kinds("Rescue operations ended in most districts on 13 February.", date(2023, 2, 20)) == []


def test_a_temperature_falling_is_no_capture() -> None:
    assert kinds("Temperatures fell to minus 8 degrees at night last week.") == []
    assert kinds("The town fell to the militia last week.") == [("capture", "2023-05-15")]


def test_an_agreement_to_open_crossings_is_humanitarian_not_a_truce() -> None:
    # (session 4: four of the five annotated sets call such an agreement humanitarian, one talks)
    text = ("Two more crossings opened for aid deliveries on Tuesday, after an agreement announced by the "
            "Secretary-General on 13 May.")
    assert ("humanitarian", "2023-05-13") in kinds(text)
    assert all(k != "ceasefire" for k, _ in kinds(text))
    # a truce deal stays a truce
    assert kinds("A deal announced on 13 May set a seven-day truce.") == [("ceasefire", "2023-05-13")]


def test_a_ministry_announcing_that_its_forces_will_halt_fire_is_a_ceasefire() -> None:
    text = "The Defence Ministry said late Friday that the army would unilaterally halt fire from Saturday morning."
    assert ("ceasefire", "2023-05-19") in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A first corridor from the town opened this morning, and some 3,000 people left by bus.",
         [("humanitarian", "2023-05-24")]),
        # the same failure once more, on another day, is the same kind
        ("An attempt to bring people out through a humanitarian corridor failed on Saturday and again on Sunday "
         "after shelling continued.", [("humanitarian", "2023-05-20"), ("humanitarian", "2023-05-21")]),
        ("Onward transport by lorry from the border to the camp started on 17 May.", [("humanitarian", "2023-05-17")]),
    ],
)
def test_corridors_and_onward_transport_are_relief(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_joint_patrols_are_other() -> None:
    assert kinds("Joint patrols along the highway will begin on 15 June.") == [("other", "2023-06-15")]
    assert kinds("The first joint patrols on the road took place on 3 May.") == [("other", "2023-05-03")]


def test_a_capture_inside_a_days_after_phrase() -> None:
    text = ("Forces captured the town of Kafr Nabl on 8 May, days after entering Ma'arrat in late April, "
            "and advanced west on Sunday.")
    assert ("capture", "2023-04") in kinds(text)
    # a person entering a country captures nothing
    assert kinds("Families entering the country on Monday were sent back.") == []


def test_a_statement_in_a_relative_clause() -> None:
    text = ("The president, who had pressed the neighbouring state's prime minister on Monday to "
            "de-escalate, said aid would follow.")
    assert kinds(text) == [("talks", "2023-05-22")]


def test_a_few_days_of_fighting_that_killed_many_are_an_escalation() -> None:
    text = "In the west, fighting in the town of Kreinik between April 24 and 27 killed about 200 people."
    assert kinds(text) == [("escalation", "2023-04-24")]
    # a count recorded over a few days is a toll
    assert kinds("Between 1 and 5 May, monitors recorded at least 45 civilian deaths in the area.") == []


def test_damage_on_a_single_day_is_an_attack() -> None:
    assert kinds("At least 40 clinics have been damaged, including nine on a single day in March.") == [
        ("attack", "2023-03")
    ]


def test_the_same_day_named_twice_is_one_date() -> None:
    text = "A seven-day truce came into effect on Monday evening, 22 May, after talks in the port city."
    assert kinds(text) == [("ceasefire", "2023-05-22")]


def test_a_country_in_an_agency_name_is_no_government_speaking() -> None:
    text = "At least nine children have died from the cold since early May, Hope for Sudan's Families said today."
    assert all(k != "talks" for k, _ in kinds(text))


def test_one_months_flight_told_twice_in_two_places_is_one_event() -> None:
    text = ("Around 90,000 people have fled their homes in Kassala since the start of April. "
            "A teacher who fled the town of Reira with his family last month now lives in a tent.")
    # one event, told by "the start of April": its 1st (session 15), inside the month either way
    assert kinds(text) == [("displacement", "2023-04-01")]


def test_a_strike_and_the_operation_it_opened_are_two_events_of_one_day() -> None:
    text = ("The army shot down two drones over the valley on Sunday and shelled an air base, as it formally "
            "launched a military operation after 20 of its soldiers were killed last week.")
    got = kinds(text, date(2020, 3, 2))
    assert ("attack", "2020-03-01") in got and ("offensive", "2020-03-01") in got
    assert ("offensive", "2020-02-24") not in got  # what came before "after" is no part of the launch


def test_a_time_counted_from_a_happening_already_told_does_not_date_it_again() -> None:
    text = "When the ground shook on 6 February, the camps were already full. A month later, the earthquake has left 40,000 homeless."
    assert kinds(text, date(2023, 3, 8)) == [("other", "2023-02-06")]


def test_a_warning_repeated_over_a_period_and_a_case_not_confirmed_are_no_events() -> None:
    text = "No case has yet been confirmed in the camps, but doctors have warned since April that an outbreak could spread fast."
    assert kinds(text) == []
    assert kinds("Doctors warned on Monday that an outbreak could spread fast.") == [("talks", "2023-05-22")]
