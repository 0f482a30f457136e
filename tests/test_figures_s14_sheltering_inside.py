"""Session 14: people who had taken cover in a building just named are no count of the uprooted.

"The clinic, where about 250 people had taken refuge, was stormed" tells who was inside a place
under attack; writers file it as `other`, never as displaced. A town or a region that took in
the displaced ("Marib, where 900,000 displaced people had sought refuge") and a count told with
its own verb in the simple past stay displaced.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 5, 1)).to_dict()["figures"]]


def test_people_inside_a_stormed_building_are_other() -> None:
    assert _figs("Gunmen stormed the clinic, where about 250 people had taken refuge, on Monday.") == [(250.0, "other")]


def test_people_sheltering_in_a_shelled_school_are_other() -> None:
    assert _figs("Troops shelled a school in the city, where some 300 civilians were sheltering, officials said.") \
        == [(300.0, "other")]


def test_a_town_that_took_in_the_displaced_keeps_them_displaced() -> None:
    figs = _figs("Most of the residents fled to the coast, where roughly 900,000 displaced people had sought refuge.")
    assert (900000.0, "displaced") in figs


def test_a_count_with_its_own_simple_past_stays_displaced() -> None:
    assert (600.0, "displaced") in _figs("The hospital, where more than 600 people sought refuge during the fighting, was hit.")


def test_without_where_the_count_is_displaced() -> None:
    assert (180.0, "displaced") in _figs("About 180 families had taken refuge in the mosque after the shelling.")
