"""Session 12: a sentence whose place stands after "at", "on", "from" (after a word of flight) or a
verb of reaching names the count's place, when it names none the usual ways."""
from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _places(text: str) -> list[tuple[int, str, str | None]]:
    out = extract(text, date(2024, 5, 1), {}).to_dict()
    return [(f["value"], f["category"], f["place"]) for f in out["figures"]]


def test_people_displaced_from_a_town() -> None:
    assert _places("Some 42,000 people have been displaced from Wadi Nasra since the shelling began.") == [
        (42000, "displaced", "Wadi Nasra")]


def test_strikes_on_a_town_and_patients_at_a_hospital() -> None:
    assert _places("Overnight strikes on Marzouqa killed at least 17 civilians.") == [(17, "killed", "Marzouqa")]
    assert _places("More than 300 wounded patients arrived at Bentiu hospital over two days.")[0][2] == "Bentiu"


def test_fighters_entering_a_city() -> None:
    assert _places("Rebel fighters entered Kasenyi on Sunday, a town where 80,000 people now need food aid.")[0][2] \
        == "Kasenyi"


def test_nationalities_supply_lines_and_bodies_are_no_places() -> None:
    assert _places("Eleven peacekeepers from Malawi and Tanzania were killed in the clashes.")[0][2] is None
    assert _places("About 900,000 people depend on aid trucked in from Turkey.")[0][2] is None
    assert _places("Researchers at Lund University estimate that 120,000 people died.")[0][2] is None


def test_a_destination_after_to_is_not_the_count_s_place() -> None:
    assert _places("About 30,000 residents left along a corridor to Zaporavka.")[0][2] is None


def test_a_place_named_the_usual_way_is_kept() -> None:
    assert _places("In Tarnova, 5,000 people were displaced from Velika Brda.")[0][2] == "Tarnova"


def test_a_neighbouring_country_after_into_or_in_is_read() -> None:
    assert _places("Since May, some 21,000 people have crossed into neighbouring Zambeza.")[0][2] == "Zambeza"
