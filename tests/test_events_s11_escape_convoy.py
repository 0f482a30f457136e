"""Session 11: a convoy that tries to get out of a siege is people fleeing, and what befell it the event.

"Convoy" alone reads as relief, but vehicles that try to leave, escape or break out of a besieged
place carry the besieged, not aid; when the sentence tells their ambush, the fire they met or their
losses, every writer of the dev sets (five sets, all ten tellings) dates an attack. An aid convoy
keeps its kind, and an escaping convoy with no harm told is left to the other rules."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2022, 6, 10))


def test_an_escaping_convoy_ambushed_far_from_its_noun_is_an_attack() -> None:
    found = kinds("On 3 June, a convoy of nine cars trying to leave the besieged mill, where some 80 workers "
                  "had hidden for a week, was ambushed near the river.")
    assert ("attack", "2022-06-03") in found
    assert ("humanitarian", "2022-06-03") not in found


def test_a_convoy_that_tried_to_break_out_with_its_losses_told_is_an_attack() -> None:
    found = kinds("On Tuesday evening a convoy of 12 trucks tried to break out of the town; only four made it to the coast.")
    assert ("attack", "2022-06-07") in found


def test_an_aid_convoy_that_reached_a_town_stays_relief() -> None:
    assert ("humanitarian", "2022-06-03") in kinds("On 3 June, an aid convoy of 20 trucks reached the besieged town.")


def test_an_escaping_convoy_with_no_harm_told_is_not_made_an_attack() -> None:
    found = kinds("On 3 June, a convoy of buses trying to leave the city was allowed through the checkpoint.")
    assert ("attack", "2022-06-03") not in found
