"""Figure rules from session 4, in sentences of our own: an aside after a place phrase, a
count whose verb is left out, tallies given as a range, arrivals in another country, forces
in an aside, a facility chain that runs long, facilities without power, and need told as
sleeping in the open or not knowing where the next meal comes from.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_an_aside_after_a_place_phrase_does_not_decide_the_category() -> None:
    got = figs("Even before the war, about 9.4 million people in Yemen, a third of the population, needed food aid.")
    assert got == [(9_400_000, "in_need")]


def test_a_count_with_its_verb_left_out_counts_what_the_count_before_counts() -> None:
    got = figs("Some 250,000 people have been displaced in Ituri since March, and about 5 million across the "
               "Democratic Republic of the Congo as a whole.")
    assert got == [(250_000, "displaced"), (5_000_000, "displaced")]


def test_a_tally_put_at_a_range() -> None:
    got = extract("Researchers put the number of deaths from fighting and hunger at between 150,000 and 300,000.",
                  PUB).figures
    assert [(f.value, f.high, f.category) for f in got] == [(150_000, 300_000, "killed")]


def test_arrivals_in_another_country_are_refugees() -> None:
    assert figs("The agency moved more than 4,000 new arrivals away from the border in western Ethiopia.") == [
        (4_000, "refugees")]
    assert figs("Uganda: Some 16,000 people have arrived through Elegu.") == [(16_000, "refugees")]


def test_forces_in_an_aside_are_not_displaced() -> None:
    got = figs("About 5,000 people, including some 1,200 fighters, had left the town by nightfall.")
    assert got == [(5_000, "displaced")]


def test_a_long_list_of_facilities_goes_on_counting_facilities() -> None:
    got = figs("At least 20 hospitals and health centres in the province have been damaged, and four have stopped "
               "functioning.")
    assert got == [(20, "facilities"), (4, "facilities")]


def test_hospitals_without_power_are_out_of_service() -> None:
    assert figs("At least 45 hospitals are without electricity in the south.") == [(45, "facilities")]


@pytest.mark.parametrize(
    "text",
    [
        # (people sleeping in the open were in_need here until session 7: most dev sets since call them
        # displaced, see tests/test_figures_s7_roles.py)
        "Some 7 million people do not know where their next meal will come from.",
    ],
)
def test_everyday_words_of_need(text: str) -> None:
    assert [cat for _, cat in figs(text)] == ["in_need"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling killed 14, wounding 52.", [(14, "killed"), (52, "injured")]),
        ("Drones killed 6 and injured 21 near the market.", [(6, "killed"), (21, "injured")]),
    ],
)
def test_a_verb_that_opens_the_next_count_is_that_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_an_aside_list_takes_its_own_casualty_verb() -> None:
    got = figs("In all, 2,100 people have been injured since May, including 140 children and 90 women killed.")
    assert got == [(2_100, "injured"), (140, "killed"), (90, "killed")]


def test_a_count_of_which_after_things_counts_no_people() -> None:
    got = figs("Some 95,000 displaced people are staying in 400 schools, of which 310 are full.")
    assert got == [(95_000, "displaced")]


def test_a_sub_count_before_a_word_number_is_still_a_count() -> None:
    got = figs("Some 3 million people face acute hunger, including 700,000 one step away from famine.")
    assert got == [(3_000_000, "in_need"), (700_000, "in_need")]


def test_closer_to_is_almost() -> None:
    got = extract("By Friday the death toll had risen closer to 600.", PUB).figures
    assert [(f.value, f.category, f.qualifier) for f in got] == [(600, "killed", "almost")]


def test_a_country_of_n_is_its_population() -> None:
    assert figs("Lebanon, a country of about 5 million people, has taken in many.") == [(5_000_000, "population")]
