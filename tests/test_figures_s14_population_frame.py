"""Session 14: a count told as a place's people keeps that frame when displacement words follow.

Three ways the words of a later clause took over a count whose own frame was already said:
- an aside "including displaced people" after a bare count was read as the count's noun;
- "X is home to N residents and hosts M people in displacement sites": the camp test for N looked
  past M into M's own clause;
- "are now internally displaced": two adverbs between the verb and the trigger hid the part's own
  predicate, so the whole ("of the province's 1.3 million people") took it instead.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 5, 1)).to_dict()["figures"]]


def test_including_aside_is_not_the_counts_noun() -> None:
    figs = _figs("Before the war the valley had a population of roughly 80,000, including displaced people from the coast.")
    assert figs == [(80000.0, "population")]


def test_a_residents_count_stays_population_beside_a_camp_count() -> None:
    figs = _figs("The port city is home to some 600,000 residents and also hosts about 200,000 people "
                 "living in displacement sites.")
    assert (600000.0, "population") in figs
    assert (200000.0, "displaced") in figs
    assert (600000.0, "displaced") not in figs


def test_camp_count_alone_is_still_displaced() -> None:
    assert _figs("Around 1.9 million people still live in camps across the north.") == [(1900000.0, "displaced")]


def test_two_adverbs_before_the_trigger_leave_the_part_its_predicate() -> None:
    figs = _figs("Aid agencies say 900,000 of the province's 1.3 million people are now internally displaced.")
    assert (900000.0, "displaced") in figs
    assert (1300000.0, "population") in figs
    assert (1300000.0, "displaced") not in figs


def test_two_adverbs_on_a_plain_count() -> None:
    assert _figs("An estimated 45,000 people are now internally displaced in the district.") == [(45000.0, "displaced")]


def test_a_listed_count_after_including_keeps_its_own_noun() -> None:
    figs = _figs("The town had 12,000 residents, including 3,000 displaced people.")
    assert (12000.0, "population") in figs
    assert (3000.0, "displaced") in figs
