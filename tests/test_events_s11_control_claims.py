"""Session 11: a side's claim that a place is now its own is a capture.

"The rebels claimed control of the port on Sunday", "the ministry declared that it controlled the
town", "by Friday they controlled the castle and the airfield": each dates a place changing hands
(blind20, 24, 33, 35; four writers) and gave no event before."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 7, 10))  # a Wednesday


def test_claimed_control_of_a_place_is_a_capture() -> None:
    found = kinds("On Sunday the rebel coalition claimed full control of the river port.")
    assert ("capture", "2024-07-07") in found


def test_declared_that_it_controlled_is_a_capture() -> None:
    found = kinds("On Monday, the defence ministry declared that it controlled the district capital.")
    assert ("capture", "2024-07-08") in found


def test_controlled_the_city_by_a_day_is_a_capture() -> None:
    found = kinds("By Saturday the militia controlled the citadel and two bridges over the river.")
    assert ("capture", "2024-07-06") in found


def test_prices_controlled_by_the_state_are_no_capture() -> None:
    assert kinds("On Monday the ministry said bread prices remain controlled by the state.") == []
