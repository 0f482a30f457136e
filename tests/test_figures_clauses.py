"""Figures whose category comes from a clause around them rather than a word beside them:
lists that leave the verb out, restated and compared counts, key-figure labels, organisation
names, aid reach, moves and people massed at a border (rules found on the third blind set)."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers

PUB = date(2022, 3, 10)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places after the head: each count goes on counting what the head counts
        ("Some 700,000 people have crossed into Romania; Bulgaria has taken in about 60,000, Greece "
         "more than 9,000 and Cyprus around 2,500.",
         [(700_000, "refugees"), (60_000, "refugees"), (9_000, "refugees"), (2_500, "refugees")]),
        ("Over 300,000 people have now fled into Chad. Cameroon has received 45,000 and Egypt about 20,000.",
         [(300_000, "refugees"), (45_000, "refugees"), (20_000, "refugees")]),
        # no list and no head before: a bare number stays no figure
        ("Poland has received 190,000.", []),
        ("Officials said 4,000 would be ready.", []),
    ],
)
def test_elliptical_lists_inherit_the_head(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sub-count's own word does not decide what the head counts
        ("Last year 3.1 million people in Somalia, including 800,000 internally displaced people, "
         "needed food assistance.", [(3_100_000, "in_need"), (800_000, "displaced")]),
        # a comparison keeps the category of what is compared
        ("Nine million people now need aid, up from 6.2 million before the fighting.",
         [(9_000_000, "in_need"), (6_200_000, "in_need")]),
        ("This year 410 civilians were killed in the province, compared with 260 in the same period of 2021.",
         [(410, "killed"), (260, "killed")]),
        # a count restated more precisely between dashes
        ("Close to half a million people - 482,000, according to the agency - have been displaced.",
         [(500_000, "displaced"), (482_000, "displaced")]),
        # but an aside that has its own predicate is no restatement
        ("Twelve people in the town were killed, including three children.", [(12, "killed"), (3, "killed")]),
    ],
)
def test_heads_asides_and_comparisons(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish Refugee Council said some 45,000 people needed shelter.", [(45_000, "in_need")]),
        ("The Internal Displacement Monitoring Centre said 2.1 million people were in need of aid.",
         [(2_100_000, "in_need")]),
        ("UNHCR, the UN refugee agency, said 60,000 people had received cash assistance.", [(60_000, "in_need")]),
        # a refugee word that is no name still counts
        ("Jordan hosts 650,000 registered refugees.", [(650_000, "refugees")]),
    ],
)
def test_an_organisation_name_is_no_category(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency provided food parcels and drinking water to 18,000 people in the camps.", [(18_000, "in_need")]),
        ("Partners distributed high-energy biscuits and blankets to 7,500 families.", [(7_500, "in_need")]),
        ("It aims to assist another 25,000 people before winter.", [(25_000, "in_need")]),
        ("Overnight some 3,000 residents left the town in buses.", [(3_000, "displaced")]),
        ("About 14,000 people moved into the Azaz district last week.", [(14_000, "displaced")]),
        ("Another 40,000 have moved on to third countries.", [(40_000, "refugees")]),
        ("Roughly 9,000 families remained in collective shelters on Sunday.", [(9_000, "displaced")]),
        ("About 66,000 were still in school shelters.", [(66_000, "displaced")]),
        ("Eight injured people were moved to hospital.", [(8, "injured")]),
    ],
)
def test_aid_reach_and_moves(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_people_at_a_border_are_refugees_only_when_already_abroad() -> None:
    abroad = ("Hundreds of migrants walked towards the Bulgarian border after the government said it "
              "would let them go on to Europe. By Sunday about 6,000 people were waiting at the border.")
    assert figs(abroad) == [(6_000, "refugees")]
    home = "An estimated 80,000 people are stranded at the border, hoping to cross into Turkey."
    assert figs(home) == [(80_000, "displaced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a key-figure box: each label binds to the number on its own line
        ("KEY FIGURES\nKilled: 312\nWounded: 1,045\nDisplaced: 56,000\n",
         [(312, "killed"), (1_045, "injured"), (56_000, "displaced")]),
        ("FIGURES\nDeaths: 88\nInjuries: 240\n", [(88, "killed"), (240, "injured")]),
        ("Schools: 41 damaged\nHospitals out of service: 6\n", [(41, "facilities"), (6, "facilities")]),
        ("Schools: 300\n", []),
        # the second count after facilities hit goes on counting facilities
        ("Nine clinics have been shelled, and three have been evacuated.", [(9, "facilities"), (3, "facilities")]),
        ("Four schools were bombed and 2,000 people have fled.", [(4, "facilities"), (2_000, "displaced")]),
    ],
)
def test_labels_and_facility_chains(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in the city between June 3 and 8 killed 140 people.",
        "Shelling on 2 and 19 October killed 140 people.",
        "Clashes from 4 to 11 January killed 140 people.",
        "Strikes on 5, 6 and 9 May killed 140 people.",
    ],
)
def test_days_of_a_date_range_are_no_figures(text: str) -> None:
    assert [n.value for n in find_numbers(text)] == [140]
    assert figs(text) == [(140, "killed")]


def test_a_count_after_a_date_is_kept() -> None:
    assert figs("On May 3, 40 people were killed.") == [(40, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part "of them" set off by dashes or brackets does not cut the head from its predicate
        ("At least 38 people - 11 of them children - died in the raid.", [(38, "killed"), (11, "killed")]),
        ("At least 38 people (11 of them children) died in the raid.", [(38, "killed"), (11, "killed")]),
        ("Inspectors said 22 schools, nine of them in the old city, had been hit.",
         [(22, "facilities"), (9, "facilities")]),
        # a share of the population set off by dashes is an aside too
        ("Nearly 2 million people - or 40 per cent of the population - have fled their homes.",
         [(2_000_000, "displaced"), (40, "other")]),
        ("Some 6 million people have left the country; Turkey alone has taken in 3 million.",
         [(6_000_000, "refugees"), (3_000_000, "refugees")]),
    ],
)
def test_parts_and_shares_set_off_by_dashes(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected
