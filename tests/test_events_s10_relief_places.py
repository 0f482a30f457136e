"""Session 10: a relief place opened, or relief work set going, is a humanitarian event: "opened a
new extension site", "opened two schools as collective shelters", "a cholera treatment centre with
50 beds was opened", "a mobile health clinic began operating", "activated its emergency response",
"began emergency repairs", "Repairs began" (blind19, blind32, blind35, blind37, blind40). Fire
opened inside a hospital is an attack, and activists who "set up camp" on a road open no place."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2022, 4, 7))  # a Thursday


def test_a_relief_place_opened_is_humanitarian() -> None:
    assert kinds("On 2 April, the camp committee opened a new reception site near the river.") == [("humanitarian", "2022-04-02")]
    assert kinds("The municipality opened three schools as collective shelters on Tuesday.") == [("humanitarian", "2022-04-05")]
    assert kinds("A field hospital with 40 beds was opened on Monday in the district.") == [("humanitarian", "2022-04-04")]
    assert kinds("A mobile clinic began operating at the transit site on Wednesday.") == [("humanitarian", "2022-04-06")]


def test_relief_work_set_going_is_humanitarian() -> None:
    assert kinds("The coordination team activated its emergency response on 1 April.") == [("humanitarian", "2022-04-01")]
    assert kinds("On Monday, engineers began emergency repairs on the pumping station.") == [("humanitarian", "2022-04-04")]
    assert kinds("Repairs began on 30 March.") == [("humanitarian", "2022-03-30")]


def test_fire_opened_or_a_camp_set_up_on_a_road_is_no_relief() -> None:
    assert kinds("On Tuesday, gunmen opened fire inside the South Clinic.") == [("attack", "2022-04-05")]
    assert kinds("Protesters set up camp on the highway on Monday.") != [("humanitarian", "2022-04-04")]
