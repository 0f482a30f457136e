"""Session 15: people who remain or stay in a collective shelter are displaced, as those who live in one are.

"where 2,500 remain in a collective shelter" read as residents who stayed behind (the population of a
besieged town "remains"); but a collective shelter or reception centre holds people driven from their
homes, whatever the verb and even when there is one shelter. A single camp's residents stay population,
and people who remain in a town stay residents.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2022, 5, 4)).to_dict()["figures"]]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Most families moved on to relatives, but at the old cotton mill, 2,500 remain in a collective shelter.", 2500.0),
        ("The convoy went on to the port, where 1,800 remain in a reception centre.", 1800.0),
        ("Some 3,400 people remained in evacuation centres on the coast as the storm passed.", 3400.0),
    ],
)
def test_people_in_a_collective_shelter_are_displaced(text: str, value: float) -> None:
    assert (value, "displaced") in _figs(text), _figs(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("About 150,000 people remain in the besieged city, with little food or water.", 150000.0),
        ("Fewer than 4,000 residents remain in the town, near the old shelter on the hill.", 4000.0),
    ],
)
def test_people_who_remain_in_a_town_stay_population(text: str, value: float) -> None:
    assert (value, "population") in _figs(text), _figs(text)
