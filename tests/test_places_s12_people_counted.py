"""Session 12: a count of a people by its name ("4.2 million Somalis") names that people's country
when its sentence names no place; not a people named as an adjective or hosted by the subject."""
from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _places(text: str) -> list[tuple[int, str, str | None]]:
    out = extract(text, date(2024, 5, 1), {}).to_dict()
    return [(f["value"], f["category"], f["place"]) for f in out["figures"]]


def test_a_people_counted_names_its_country() -> None:
    assert _places("Some 4.2 million Somalis need food aid this year.") == [(4200000, "in_need", "Somalia")]
    assert _places("More than 90,000 South Sudanese have been displaced by the floods.")[0][2] == "South Sudan"


def test_a_place_named_in_the_sentence_is_kept() -> None:
    assert _places("In Baidoa, about 30,000 Somalis have fled the fighting.")[0][2] == "Baidoa"


def test_a_people_as_an_adjective_or_a_host_s_guests_names_no_place() -> None:
    assert _places("Three Chinese peacekeepers were killed when a shell hit the base.")[0][2] is None
    assert _places("It already hosts about 2.1 million Sudanese, aid officials say.")[0][2] is None


def test_peoples_counted_in_a_territory_are_left_alone() -> None:
    assert _places("At least 40 Palestinians were killed overnight.")[0][2] is None
