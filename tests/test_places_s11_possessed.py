"""A figure's place when the sentence names a place as owning people or hospitals (session 11)."""
from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _places(text: str) -> list[tuple[int, str, str | None]]:
    out = extract(text, date(2024, 5, 1), {}).to_dict()
    return [(f["value"], f["category"], f["place"]) for f in out["figures"]]


def test_share_of_a_country_s_population() -> None:
    places = _places("Roughly 9 million people, close to a third of Somalia's population, need food aid.")
    assert (9000000, "in_need", "Somalia") in places


def test_a_country_s_population_of_a_size() -> None:
    places = _places("Fighting has uprooted half of Lebanon's pre-war population of 5 million.")
    assert {p for _v, _c, p in places} == {"Lebanon"}


def test_part_of_a_place_s_hospitals() -> None:
    assert (9, "facilities", "Mosul") in _places("Only 9 of Mosul's 30 hospitals are still working, the WHO said.")


def test_a_common_noun_after_the_is_no_place() -> None:
    places = _places("Only 9 of the Strip's 30 hospitals are still working, the WHO said.")
    assert all(p != "Strip" for _v, _c, p in places)


def test_a_leading_of_is_not_part_of_the_name() -> None:
    places = _places("Of Mosul's 30 hospitals, 9 are still working.")
    assert all(p is None or p == "Mosul" for _v, _c, p in places)
