"""Session 9: places and vehicles set on fire are attacks, in the active voice ("set fire to a
school") and the passive ("a health centre in Kumba was set on fire", "an ambulance was stopped and
set on fire", "shops were torched on Friday night"): blind20, blind29, blind34."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2019, 7, 31))  # a Wednesday


def test_a_place_or_vehicle_set_on_fire_is_an_attack() -> None:
    assert kinds("On 18 July, a health centre in Kumba was set on fire.") == [("attack", "2019-07-18")]
    assert kinds("On 8 June, an ambulance was reportedly stopped and set on fire near Samre.") == [("attack", "2019-06-08")]
    assert kinds("Gunmen set fire to a school on Monday.") == [("attack", "2019-07-29")]
    assert kinds("Shops and a market in Bagan were torched on Friday night.") == [("attack", "2019-07-26")]


def test_a_fire_set_that_burns_no_place_is_no_attack() -> None:
    assert kinds("The minister set out a plan on Monday.") == []
    assert kinds("Fires were set on Monday to clear the fields.") == []
