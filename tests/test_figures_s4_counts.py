"""Figure rules from session 4 (misses common to blind6, blind8 and blind9), each in sentences
of our own: who is counted (peacekeepers, colleagues), a small count that is a casualty
verb's object, a part that is displaced while its whole is not, a clause break between a
trigger and a count, aid in its everyday verbs, and a number after a month that ends a
sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven Indian peacekeepers were killed when their patrol was ambushed near Bunia.", [(7, "killed")]),
        ("Two Kenyan peacekeepers, including a platoon commander, were wounded in the blast.", [(2, "injured")]),
        ("The charity said four of its colleagues died when the convoy was shelled.", [(4, "killed")]),
        ("A shell hit the market, killing five shoppers and injuring three.", [(5, "killed"), (3, "injured")]),
        ("Gunmen opened fire on the bus, wounding two.", [(2, "injured")]),
    ],
)
def test_small_casualty_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_part_of_them_does_not_make_the_whole_displaced() -> None:
    got = figs("The truce offers little to the 3 million people in opposition-held Idlib, many of them displaced more than once.")
    assert got == [(3_000_000, "population")]
    got = figs("The shelling threatens some 2 million people living in the enclave, most of them displaced already.")
    assert got == [(2_000_000, "population")]


def test_a_clause_break_separates_a_trigger_from_the_next_count() -> None:
    got = figs("About 6 million Afghans are internally displaced, while roughly 2.1 million are registered as "
               "refugees in neighbouring countries.")
    assert got == [(6_000_000, "displaced"), (2_100_000, "refugees")]


@pytest.mark.parametrize(
    "text",
    [
        "The agency feeds about 900,000 people in the valley every month.",
        "Mobile teams vaccinated close to 31,000 children against measles last week.",
        "Before the offensive, some 700,000 people in the district already required humanitarian assistance.",
    ],
)
def test_aid_verbs_count_people_in_need(text: str) -> None:
    assert [cat for _, cat in figs(text)] == ["in_need"]


def test_a_time_phrase_before_the_war_is_no_population_trigger_but_the_phrase_after_is() -> None:
    assert figs("Before the war, 400,000 people lived in the old city.") == [(400_000, "population")]
    assert figs("The village, which had some 9,000 people before the war, is now empty.") == [(9_000, "population")]


def test_a_spelled_number_after_a_month_that_ends_a_sentence_is_a_count() -> None:
    text = "Talks collapsed on 9 March. Four soldiers were killed the next day."
    assert [n.value for n in find_numbers(text)] == [4]
    assert figs(text) == [(4, "killed")]
    assert [n.value for n in find_numbers("The vote is set for Jan. 4 in New York.")] == []
