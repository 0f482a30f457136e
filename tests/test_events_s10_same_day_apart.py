"""Session 10: a happening dated as "the same day" as another is a second happening, never a
retelling of the first, even when both are of one kind ("Turkey said it hit back at government
positions the same day", "a camp was shelled on the same day and again on Saturday"): blind16,
blind21, blind25, blind26. A day pointed back to by a clause that names the first happening
again ("the same day the offensive began") is no second one."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2021, 3, 10))  # a Wednesday


def test_a_second_strike_on_the_same_day_is_kept() -> None:
    text = ("Artillery shelled the market in Qasr on 2 March, killing four people. "
            "Drones struck a clinic outside the town the same day.")
    assert kinds(text) == [("attack", "2021-03-02"), ("attack", "2021-03-02")]


def test_a_second_meeting_on_the_same_day_is_kept() -> None:
    text = ("The envoy held talks with the rebel command in Bamako on Monday. "
            "The foreign minister flew to Niamey for talks with the junta the same day.")
    assert kinds(text) == [("talks", "2021-03-08"), ("talks", "2021-03-08")]


def test_a_clause_naming_the_first_happening_again_adds_none() -> None:
    text = ("The army began its assault on the valley on 1 March. "
            "Aid groups left the area, fearing for their staff, on the same day the assault began.")
    assert [k for k in kinds(text) if k[0] == "offensive"] == [("offensive", "2021-03-01")]


def test_one_happening_told_twice_on_its_own_date_stays_one() -> None:
    text = ("Rebels shelled the airport on 2 March. "
            "On 2 March, rebel shelling hit the airport, officials said.")
    assert kinds(text) == [("attack", "2021-03-02")]
