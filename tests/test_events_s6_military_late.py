"""Session 6: more of the military kinds a clause decides.

Gangs attacking police stations and prisons made attacks, not a campaign for ground; a jet shot
down and a strike answered are attacks; a besieged city named by its state is no siege laid that
day; an aside after an opening date leaves the date to the main clause; a campaign of strikes
begun and hostilities increasing are an escalation; a war named as an episode, and an advance told
by its opening blow, are offensives; a town "was taken in May". Every sentence is our own; none
comes from a dev or blind text.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2021, 3, 19)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March, armed gangs launched coordinated attacks on police stations and two prisons in the capital.",
         [("attack", "2021-03-03")]),
        ("Rebels launched coordinated attacks on army positions north of the city on 3 March.", [("offensive", "2021-03-03")]),
        ("The army said it retaliated against rebel positions on Tuesday.", [("attack", "2021-03-16")]),
        ("A missile struck a school in the besieged port city of Kessa on Wednesday.", [("attack", "2021-03-17")]),
        ("Yesterday, before the truce took hold, a drone strike on a market killed nine people.", [("attack", "2021-03-18")]),
        ("In January, the army began a campaign of drone and missile strikes on the power stations.", [("escalation", "2021-01")]),
        ("Hostilities along the northern front line near the river have increased sharply since early February.",
         [("escalation", "2021-02")]),
        ("In a 40-day war in the spring of 2019, the army retook most of the valley.", [("offensive", "2019-03")]),
        ("The rebel advance, which began with an attack on army lines west of the city on Wednesday, reached the river.",
         [("offensive", "2021-03-17")]),
        ("Dorvan, besieged for almost two months, was taken in February.", [("capture", "2021-02")]),
    ],
)
def test_military_kind_from_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_death_toll_rising_is_no_escalation() -> None:
    text = "The death toll from strikes on a busy market in the city on Wednesday has risen to 19."
    assert ("escalation", "2021-03-17") not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a campaign named as what the day's news follows
        "Rebel fighters were tightening their grip on the city on Monday after a lightning offensive that took the airport.",
        # a sound, and a war going on, are no new happening
        "Explosions could be heard through the night into Sunday.",
        "Air strikes and shelling continued across the southern districts during the past week.",
    ],
)
def test_no_new_military_happening(text: str) -> None:
    assert all(k not in ("offensive", "attack") for k, _ in kinds(text))


def test_strikes_continuing_on_a_day_are_that_days_attack() -> None:
    assert kinds("Shelling continued on Thursday across the valley, killing at least 11 civilians.") == [("attack", "2021-03-18")]


def test_the_same_day_dates_a_second_happening() -> None:
    """ "on Wednesday, the same day a truce took effect" names two happenings of one day."""
    text = "The rebels launched their assault from the hills on Wednesday, the same day a ceasefire came into force in the south."
    assert sorted(kinds(text)) == [("ceasefire", "2021-03-17"), ("offensive", "2021-03-17")]
