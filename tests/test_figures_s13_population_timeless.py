"""Session 13: a population count carries no period.

A place's size ("the town, home to about 40,000 people", "a city of 300,000 residents") is a
state, not something that happened over a stretch of time; the writers of the dev sets date 15
of 893 population figures. The engine gave such counts the period of a date elsewhere in the
sentence ("Since May, shelling has hit the town, home to about 40,000 people").
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[dict]:
    return extract(text, date(2022, 9, 20)).to_dict()["figures"]


def test_home_to_in_a_dated_sentence_has_no_period() -> None:
    text = "Since early May, shelling has repeatedly hit Kerem, a market town home to about 40,000 people."
    pop = [f for f in _figs(text) if f["category"] == "population"]
    assert pop and pop[0]["value"] == 40000
    assert pop[0]["when"] is None


def test_population_of_a_city_named_with_a_day_has_no_period() -> None:
    text = "On 3 September, drones struck Halvan, whose population of roughly 300,000 has no shelters."
    pop = [f for f in _figs(text) if f["category"] == "population"]
    assert pop and pop[0]["when"] is None


def test_a_dated_toll_keeps_its_period() -> None:
    text = "Since early May, shelling has killed at least 56 civilians in Kerem, a town home to about 40,000 people."
    killed = [f for f in _figs(text) if f["category"] == "killed"]
    assert killed and killed[0]["when"] is not None and killed[0]["when"]["start"].startswith("2022-05")
