"""Figure rules from session 4, in sentences of our own: label lines (a trigger anywhere in the
label, the unit the label names, a country as the label, places listed under a heading),
people who stay (remain, trapped, crammed into), people who went abroad (a nationality
arriving in another country, refuge sought abroad or not), parts and wholes, facilities
counted as a share, and numbers that are years.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_a_label_line_counts_what_its_label_names_however_long() -> None:
    text = "Key figures\nPeople in need across the north-east (before the floods): 2.7 million\n"
    assert figs(text) == [(2_700_000, "in_need")]


def test_a_label_that_names_families_gives_the_unit() -> None:
    got = extract("Displaced households (first estimate): 8,400\n", PUB).figures
    assert [(f.value, f.category, f.unit) for f in got] == [(8_400, "displaced", "households")]


def test_places_listed_under_a_heading_count_what_the_heading_counts() -> None:
    text = ("Newly displaced people by state (1 - 20 May)\n"
            "North Darfur: 61,000\n"
            "South and Central Darfur: 23,500\n"
            "Kordofan: 9,000\n")
    assert figs(text) == [(61_000, "displaced"), (23_500, "displaced"), (9_000, "displaced")]


def test_a_place_list_without_a_counting_heading_stays_silent() -> None:
    text = "Rainfall this week (mm)\nNorth Darfur: 61\nKordofan: 90\n"
    assert figs(text) == []


def test_a_country_label_makes_arrivals_refugees() -> None:
    text = "Arrivals since the fighting began\nUganda: about 35,000 arrivals\nKenya: Some 12,000 people have arrived through Moyale.\n"
    assert sorted(figs(text)) == [(12_000, "refugees"), (35_000, "refugees")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 9,000 residents remain, most of them elderly.", 9_000),
        ("An estimated 30,000 people remained in the besieged quarter.", 30_000),
        ("Some 80,000 people are believed to be trapped.", 80_000),
        ("About 2 million people were crammed into a narrow strip of land.", 2_000_000),
        ("The camp, the largest in the region, houses some 45,000 people.", 45_000),
        ("Inside the district, more than 150,000 Rohingya remain.", 150_000),
    ],
)
def test_people_who_stay_are_population(text: str, value: float) -> None:
    assert figs(text) == [(value, "population")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 people remain displaced in the hills.",
        "Around 40 people remain in hospital after the blast.",
        "About 12,000 families remain in camps near the border.",
    ],
)
def test_remaining_displaced_or_in_hospital_is_no_population(text: str) -> None:
    assert all(cat != "population" for _, cat in figs(text))


def test_a_nationality_arriving_in_another_country_is_refugees() -> None:
    text = ("Hundreds crossed the border into Uganda overnight. Ugandan officials said about 2,300 South Sudanese "
            "had arrived in Elegu in two days.")
    assert figs(text) == [(2_300, "refugees")]


def test_refuge_sought_at_home_is_displacement_and_abroad_is_refugees() -> None:
    assert figs("About 300,000 more have sought refuge in and around the town after earlier fighting.") == [
        (300_000, "displaced")]
    assert figs("Some 40,000 people have sought refuge in Thailand since the coup.") == [(40_000, "refugees")]


def test_refugees_listed_with_returnees_stay_refugees() -> None:
    got = figs("Over 250,000 refugees, asylum-seekers and returnees have crossed into neighbouring countries.")
    assert got == [(250_000, "refugees")]


def test_residents_ordered_to_move_are_the_population() -> None:
    got = figs("The army told the roughly 400,000 residents of the eastern districts to move west within a day.")
    assert got == [(400_000, "population")]
    got = figs("The assault forced most of the city's 80,000 residents to flee.")
    assert got == [(80_000, "population")]


def test_people_from_a_place_reaching_another_are_displaced() -> None:
    got = figs("Between 2 and 9 May, over 12,000 people from Douma reached Afrin and Jarablus.")
    assert got == [(12_000, "displaced")]


def test_a_target_to_reach_is_in_need() -> None:
    assert figs("The agency has fed 20,000 people and aims to reach 150,000 by June.") == [
        (20_000, "in_need"), (150_000, "in_need")]


def test_items_distributed_to_people_count_people_in_need() -> None:
    text = "Partners have distributed core items — tents, blankets and stoves — to 18,500 people in the western districts."
    assert figs(text) == [(18_500, "in_need")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only 6 of the 20 hospitals in the city remain functional.", [(6, "facilities")]),
        ("Nearly 60 per cent of health facilities in the capital had been looted.", [(60, "facilities")]),
        ("Teams visited 80 clinics. More than 40 per cent had been damaged.", [(40, "facilities")]),
        ("About 70 per cent of homes in the town had been damaged.", []),
    ],
)
def test_facilities_counted_in_parts_and_shares(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, c) for v, c in figs(text) if c != "other"] == expected


def test_a_share_of_facilities_has_unit_percent() -> None:
    got = [f for f in extract("Nearly 60 per cent of health facilities in the capital had been looted.", PUB).figures
           if f.category == "facilities"]
    assert [(f.value, f.unit, f.qualifier) for f in got] == [(60, "percent", "almost")]


def test_limbs_lost_are_injuries() -> None:
    assert figs("More than 300 children have lost one or both legs since the war began.") == [(300, "injured")]


def test_wounds_treated_are_injuries() -> None:
    assert figs("The clinic treated 52 people with shrapnel and gunshot wounds over the weekend.") == [(52, "injured")]


def test_a_population_of_n_is_population_whatever_follows() -> None:
    got = figs("More than half of the pre-war population of about 3 million has been forced from their homes.")
    assert got == [(3_000_000, "population")]


def test_a_decimal_inside_an_aside_does_not_hide_the_predicate() -> None:
    got = figs("About 1.4 million people – around 60 per cent of the district's population of 2.3 million – "
               "have been forced from their homes.")
    assert (1_400_000, "displaced") in got


def test_an_aside_far_into_the_next_sentence_does_not_count_the_last_figure() -> None:
    text = ("Nearly 3,000 people were injured. Hundreds more are missing under collapsed buildings, "
            "including an estimated 400 children.")
    assert figs(text) == [(3_000, "injured")]


def test_a_year_after_a_dateline_is_no_figure() -> None:
    text = "AMMAN, 3 March 2024 - More people need aid this year than ever."
    assert [n.value for n in find_numbers(text)] == []


def test_a_town_of_n_needs_a_number() -> None:
    got = figs("Israel freed 39 Palestinian women and teenagers from its jails, whose arrival in the West Bank town "
               "of Beitunia was met by crowds.")
    assert all(cat != "population" for _, cat in got)


def test_a_part_confined_to_camps_is_displaced_within_a_remaining_population() -> None:
    got = figs("In the state, more than 500,000 Rohingya remain, including about 120,000 confined to camps since 2012.")
    assert got == [(500_000, "population"), (120_000, "displaced")]


def test_staff_who_remain_are_no_population() -> None:
    assert all(cat != "population" for _, cat in figs("Only about 20 of its 450 medical staff remained at work."))
    assert all(cat != "population" for _, cat in figs("Gunmen seized about 200 hostages, of whom 90 remain in captivity."))


def test_an_order_to_move_counts_displaced_when_the_count_is_not_the_whole() -> None:
    got = figs("The army ordered an estimated 60,000 residents of the eastern quarter to move to the coast.")
    assert got == [(60_000, "displaced")]


def test_a_line_labelled_by_a_place_gives_the_figure_its_place() -> None:
    text = "Newly displaced people by state (1 - 20 May)\nNorth Darfur: 61,000\nSouth and Central Darfur: 23,500\n"
    got = [(f.value, f.place) for f in extract(text, PUB).figures]
    assert got == [(61_000, "North Darfur"), (23_500, "South and Central Darfur")]
    got = [(f.value, f.category, f.place) for f in extract("Arrivals\nUganda: about 35,000 arrivals\n", PUB).figures]
    assert got == [(35_000, "refugees", "Uganda")]


def test_people_who_remain_in_a_camp_are_displaced() -> None:
    assert figs("Some 12,000 people remain in the camp, which was built for 5,000.") == [(12_000, "displaced")]
