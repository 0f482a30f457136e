"""An entry denied is no capture (session 9).

"Fuel has not entered Gaza since 7 October", "Since 1 July, no humanitarian supplies have entered
Tigray by road": nothing came in, so nobody took the place; the date only measures how long the
gap has lasted. Forces that entered a town stay a capture."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 11, 8))


def test_goods_that_have_not_entered_since_a_date_are_no_capture() -> None:
    assert kinds("Fuel has not entered the enclave since 7 October.") == []
    assert kinds("Since 1 October, no humanitarian supplies have entered the region by road.") == []


def test_forces_that_entered_a_town_took_it() -> None:
    assert kinds("Government forces entered the town of Saraqeb on Monday.") == [("capture", "2023-11-06")]
