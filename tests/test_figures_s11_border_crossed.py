"""Session 11: a border crossing named after an origin, and the running total of a crossing.

Writers of every group file people who reach another country as refugees, also when the
sentence first names the place they left ("fled Karabakh into Armenia", "left the enclave
for Armenia"), and a total that a crossing adds to ("…, bringing the number sheltering in
camps there to 9,400") as the same refugees: where people stay says nothing of how they came.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 10, 2)).to_dict()["figures"]]


def test_fled_a_region_into_a_country_is_refugees() -> None:
    assert _figs("Over 41,000 residents have fled Karabakh into Armenia this week.") == [(41_000.0, "refugees")]


def test_fled_villages_into_a_neighbouring_country_is_refugees() -> None:
    assert _figs("Roughly 7,500 people fled their villages into neighbouring Chad in August.") == [(7_500.0, "refugees")]


def test_left_a_region_for_a_country_is_refugees() -> None:
    assert _figs("More than 64,000 ethnic Armenians have left Karabakh for Armenia since Tuesday.") == [(64_000.0, "refugees")]


def test_left_a_town_for_the_countryside_stays_displaced() -> None:
    assert _figs("Some 4,200 residents have left Afrin for nearby villages.") == [(4_200.0, "displaced")]


def test_fled_a_city_for_the_countryside_stays_displaced() -> None:
    assert _figs("About 18,000 people fled Aleppo for the countryside last week.") == [(18_000.0, "displaced")]


def test_running_total_sheltering_after_a_crossing_is_refugees() -> None:
    got = _figs("About 800 Syrians crossed into Turkey overnight, bringing the number sheltering in camps in "
                "Kilis to some 9,400, officials said.")
    assert got == [(800.0, "refugees"), (9_400.0, "refugees")]


def test_running_total_of_a_crossing_with_a_people_named_is_refugees() -> None:
    got = _figs("Officials said 650 Syrians crossed the border on Sunday, taking the number of Syrians staying "
                "in Turkish camps to about 11,000.")
    assert (11_000.0, "refugees") in got


def test_running_total_after_a_displacement_stays_displaced() -> None:
    got = _figs("Some 6,000 people were newly displaced this week, bringing the number living in "
                "displacement sites to about 210,000.")
    assert got == [(6_000.0, "displaced"), (210_000.0, "displaced")]
