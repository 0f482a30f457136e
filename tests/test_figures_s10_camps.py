"""Session 10: people who still live in camps, or live in sites named for the displaced, are displaced.

Writers count "1.3 million people still living in camps" as displaced (they have not gone home);
a single camp's residents and a town's people stay population.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 3, 1)).to_dict()["figures"]]


def test_still_living_in_camps_is_displaced() -> None:
    got = _figs("Some 1.3 million people are still living in about 900 camps and informal sites near the border.")
    assert (1_300_000.0, "displaced") in got


def test_still_hosting_people_in_displacement_sites_is_displaced() -> None:
    got = _figs("The province still hosts roughly 700,000 people in some 400 displacement sites.")
    assert (700_000.0, "displaced") in got


def test_living_in_idp_sites_is_displaced() -> None:
    assert (250_000.0, "displaced") in _figs("About 250,000 people live in IDP sites around the city.")


def test_one_camp_and_a_province_stay_population() -> None:
    assert _figs("Around 25,000 people are living in the camp, which lies near the airport.") == [(25_000.0, "population")]
    assert _figs("Some 3.1 million people still live in the province.") == [(3_100_000.0, "population")]
