"""Session 11: people who have reached a safer place moved there; no aid reached them.

"9,100 people have reached safer districts", "6,500 have reached the screening point west of
the city", "the number who reached the port by sea": blind33, 38 and 42 (three writer groups)
annotate them displaced. Aid that reaches people ("reached 40,000 people with food") stays aid.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2021, 4, 12)).to_dict()["figures"]]


def test_reached_safer_areas_is_displaced() -> None:
    assert _figs("Since Monday, at least 4,700 people have reached safer areas on foot and by bus.") == [(4_700.0, "displaced")]


def test_reached_a_mustering_point_is_displaced() -> None:
    got = _figs("Some 2,300 civilians have reached the Hammam screening point south of the city since the push began.")
    assert got == [(2_300.0, "displaced")]


def test_running_total_of_those_who_reached_the_town_by_boat_is_displaced() -> None:
    got = _figs("A second ferry docked on Friday, bringing the number of people who have reached the town by boat to about 1,900.")
    assert got == [(1_900.0, "displaced")]


def test_aid_that_reached_people_stays_aid() -> None:
    assert _figs("The agency reached 38,000 people in the town with food rations last week.") == [(38_000.0, "in_need")]
