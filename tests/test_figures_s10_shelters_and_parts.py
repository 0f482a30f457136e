"""Session 10: people living in collective shelters are displaced; a part "of them" whose own verb
uproots it is displaced whatever the whole was."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 2, 20)).to_dict()["figures"]]


def test_living_in_collective_shelters_is_displaced() -> None:
    assert _figs("Roughly 12,000 people are living in 40 collective shelters in the town.") == [(12_000.0, "displaced")]
    assert _figs("About 3,500 people live in the reception centres of the district.") == [(3_500.0, "displaced")]


def test_living_in_a_city_stays_population() -> None:
    assert _figs("Roughly 12,000 people are living in the old town.") == [(12_000.0, "population")]


def test_a_part_of_them_already_internally_displaced() -> None:
    got = _figs("Some 3.2 million people live in the region, and about 1.8 million of them were already "
                "internally displaced.")
    assert got == [(3_200_000.0, "population"), (1_800_000.0, "displaced")]
