"""Session 11: a second happening of one kind on one day, told as such, stays apart.

"Hours later, a clinic treating the wounded was itself struck", "residents staged another protest
on Wednesday": the text says this is a further happening, not a retelling of the first, though it
shares the kind and the day (blind15, blind30). Over all sets, 14 of the 143 gold events that are
a second of one kind on one day carry such a word; 4 were merged away before."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 7, 10))  # a Wednesday


def test_a_strike_hours_later_is_a_second_attack() -> None:
    text = ("Warplanes struck the town shortly before dawn on Monday. Within minutes, residents were "
            "coughing in the streets. A relief group said more than 200 people had been treated.\n\n"
            "Hours later, a nearby clinic where the wounded were being treated was itself hit by an air strike, medics said.")
    assert kinds(text).count(("attack", "2024-07-08")) == 2


def test_the_same_strike_told_twice_is_one_attack() -> None:
    text = ("Warplanes struck the town shortly before dawn on Monday. Within minutes, residents were "
            "coughing in the streets.\n\nThe air strike on Monday was the deadliest in the province this year.")
    assert kinds(text).count(("attack", "2024-07-08")) == 1
