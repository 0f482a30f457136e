"""Session 9: relief told by who or what moves or opens. Teams sent by an agency or a country
reaching a place ("A team from UNHCR reached the site on Wednesday"), a mission setting out ("left
Bunia for Fataki"), flights taking off again or leaving ("Flights resumed on 6 November"), relief
places and routes opened, roads reopened, and supplies sent or trucked: six sets written by
different people (blind13, 19, 25, 28, 31, 33) put each on the timeline."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 11, 20))  # a Monday


def _starts(text: str) -> list[str]:
    return [start for _kind, start in kinds(text)]


def test_relief_teams_reaching_or_leaving_for_a_place_are_dated() -> None:
    assert _starts("A team from UNHCR reached the site on Wednesday.") == ["2023-11-15"]
    assert _starts("Rescue teams from Egypt, Spain and Qatar reached the north-west on Tuesday.") == ["2023-11-14"]
    assert _starts("A rapid response mission left Bunia for Fataki on Saturday.") == ["2023-11-18"]


def test_flights_resuming_or_leaving_are_dated() -> None:
    assert _starts("Flights resumed on 6 November with reduced capacity.") == ["2023-11-06"]
    assert _starts("The first commercial flight in six years left Sanaa for Amman on 16 May.") == ["2023-05-16"]


def test_relief_places_and_routes_opened_and_roads_reopened_are_dated() -> None:
    assert _starts("On Friday, UNHCR opened two new community centres in Homs.") == ["2023-11-17"]
    assert _starts("A second route, to Cairo, opened on Wednesday.") == ["2023-11-15"]
    assert _starts("The camp, which was reopened on Wednesday, took in 200 families.") == ["2023-11-15"]
    assert kinds("The main roads into Derna were partially reopened on 13 September.") == [("other", "2023-09-13")]


def test_supplies_sent_or_trucked_are_relief() -> None:
    assert kinds("On Friday, WHO sent trauma kits to hospitals in northern Idlib.") == [("humanitarian", "2023-11-17")]
    assert kinds("UNICEF trucked water to about 80,000 people in the city on Thursday.") == [("humanitarian", "2023-11-16")]


def test_things_sent_that_are_no_relief_and_flights_without_a_place_left_stay_out() -> None:
    assert kinds("He sent a letter to the council on Monday.") == []
    assert kinds("The flight left on Monday with its passengers.") == []
