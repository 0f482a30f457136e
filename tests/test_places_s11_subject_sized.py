"""A figure's place when the sentence opens on a place it then sizes or describes (session 11)."""
from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _places(text: str) -> list[tuple[int, str, str | None]]:
    out = extract(text, date(2024, 5, 1), {}).to_dict()
    return [(f["value"], f["category"], f["place"]) for f in out["figures"]]


def test_apposition_of_a_kind_of_place_names_the_count_s_place() -> None:
    assert _places("Bunia, a market town of roughly 900,000 people, lost power on Sunday.") == [
        (900000, "population", "Bunia")]


def test_home_to_after_the_name_and_a_comma() -> None:
    assert _places("Kismayo, home to about 400,000 people, was cut off by the floods.") == [
        (400000, "population", "Kismayo")]


def test_population_as_the_object_of_had() -> None:
    assert _places("Bakhmut had a pre-war population of about 70,000.") == [(70000, "population", "Bakhmut")]


def test_city_after_the_name_before_home_to() -> None:
    assert _places("Marawi city was once home to some 200,000 residents.")[0][2] == "Marawi"


def test_a_person_described_by_a_kind_of_place_word_is_no_place() -> None:
    assert _places("Amina, a town councillor, said 30 people were killed.") == [(30, "killed", None)]


def test_a_person_whose_country_hosts_refugees_is_no_place() -> None:
    places = _places("Maria Gomez, whose country already hosts about 2 million refugees, asked for help.")
    assert places[0][2] != "Maria Gomez"


def test_a_leading_preposition_is_not_part_of_the_name() -> None:
    places = _places("In Beledweyne, a town of around 200,000 people, 40 people have been killed.")
    assert {p for _v, _c, p in places} == {"Beledweyne"}
