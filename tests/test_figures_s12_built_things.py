"""Session 12: a participle before a noun of built things makes the number a count of those things.

"Bodies were pulled from some 400 collapsed buildings", "materials to repair 1,300 damaged homes":
the word after the number ends in -ed like the verb of a bare count ("1,300 fled"), but here it
describes the buildings or homes that follow, so the number counts no people and takes no
category from a cue nearby.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 2, 20)).to_dict()["figures"]]


def test_collapsed_buildings_after_bodies_are_not_the_dead() -> None:
    assert _figs("Teams kept pulling bodies from the rubble of some 400 collapsed buildings on Sunday.") == []


def test_damaged_homes_to_repair_are_not_people_in_need() -> None:
    assert _figs("The agency has provided shelter materials to repair 1,300 damaged homes in the district.") == []


def test_destroyed_houses_beside_a_death_toll_leave_the_toll() -> None:
    assert _figs("The quake killed 86 people and left 900 destroyed houses in the valley.") == [(86.0, "killed")]


def test_a_bare_count_with_a_past_verb_still_counts_people() -> None:
    assert _figs("About 2,500 fled overnight as the shelling moved closer, residents said.") == [(2_500.0, "displaced")]
