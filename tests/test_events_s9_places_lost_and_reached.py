"""Session 9: a place changing hands told from the side that lost it ("government troops lost
Donetsk airport", "IS lost Raqqa in October 2017", "which government forces abandoned on 30
November") or from fighters getting there ("fighters had reached the city's western districts",
"walked into the centre of Goma"): five sets by different writers (blind14, 19, 22, 33, 34)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 12, 9))  # a Monday


def test_a_named_place_lost_is_a_capture() -> None:
    assert kinds("In January, government troops lost Donetsk airport.") == [("capture", "2024-01")]
    assert kinds("IS lost Raqqa in October 2017.") == [("capture", "2017-10")]


def test_support_or_ground_lost_is_no_capture() -> None:
    assert kinds("The party lost American support in May.") == []
    assert kinds("He lost Western backing in May.") == []


def test_a_place_abandoned_by_forces_is_a_capture_but_not_a_plan() -> None:
    assert kinds("Aleppo, which government forces abandoned almost without a fight on 30 November, is quiet.") == [
        ("capture", "2024-11-30")]
    assert kinds("Government forces abandoned the plan on Monday.") == []
    assert kinds("Troops abandoned their weapons on Monday.") == []


def test_fighters_reaching_or_walking_into_a_city_take_it() -> None:
    assert kinds("By Friday evening fighters had reached the city's western districts.") == [("capture", "2024-12-06")]
    assert kinds("Fighters of the M23 walked into the centre of Goma before dawn on Monday.") == [("capture", "2024-12-09")]
    assert kinds("Aid trucks reached Damascus on 8 December.") == [("humanitarian", "2024-12-08")]
