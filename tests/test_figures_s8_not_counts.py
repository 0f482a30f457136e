"""Numbers that are no count of people (session 8), and asides whose words say nothing of the count:
a year after "since" even with people after it, a size joined to its noun by a hyphen ("a 30-bed
hospital"), and a share ("- the vast majority of the region's population -") or a list of words
("including host communities,") between a count and its predicate.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_a_year_after_since_is_no_count_even_before_people() -> None:
    assert figs("The town has doubled in size since 2012 by people displaced from the countryside.") == []
    assert figs("Until 2015 people displaced by the floods lived in tents.") == []
    # a count of that size is still a count
    assert figs("Around 2012 people were displaced by the floods.") == [(2012, "displaced")]


def test_a_size_joined_to_its_noun_is_no_count() -> None:
    assert figs("The 40-bed hospital was destroyed in the strike, and 12 people were injured.") == [(12, "injured")]
    assert figs("A 2,000-strong force entered the town, and 300 families fled.") == [(300, "displaced")]
    assert figs("Some 5,000-plus people fled the town overnight.") == [(5_000, "displaced")]


def test_a_majority_aside_between_count_and_predicate() -> None:
    assert figs("About 3.2 million people - the vast majority of the region's population - rely on aid.") == [
        (3_200_000, "in_need")]


def test_a_list_of_words_aside_between_count_and_predicate() -> None:
    assert figs("An estimated 900,000 people, including host communities, now need humanitarian assistance.") == [
        (900_000, "in_need")]
