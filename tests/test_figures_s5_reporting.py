"""Figure rules from session 5 read off agency reports and wire copy, in sentences of our own:
appeals that cover people, access lost, people forced to move or leaving an area, killings
by lynching, repatriation, war-wounded, a place's residents, evacuation buses, arrivals in a
named country, missing people with an aside, facilities listed as parts of wholes, shares of
facilities still working, and aid handed straight to a count.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_an_appeal_to_cover_people_and_people_who_lost_access_need_aid() -> None:
    assert figs("The plan seeks $900 million to cover 3.1 million people in the north-east.") == [(3_100_000, "in_need")]
    assert figs("About 250,000 people have lost access to safe water since the pumping station was hit.") == [
        (250_000, "in_need")]


def test_forced_to_move_and_leaving_an_area_are_displacement() -> None:
    assert figs("As many as 45,000 people could be forced to move if the offensive widens.") == [(45_000, "displaced")]
    assert figs("Monitors counted nearly 21,000 people leaving the Kharkiv metropolitan area in a week.") == [
        (21_000, "displaced")]


def test_lynched_people_were_killed_and_repatriated_people_returned() -> None:
    assert figs("A further 37 people had been lynched by vigilante groups.") == [(37, "killed")]
    assert figs("Three governments have repatriated more than 500 of their nationals from the camp.") == [
        (500, "returned")]


def test_war_wounded_treated_are_injured() -> None:
    assert figs("Surgical teams have treated nearly 800 war-wounded people who crossed from Darfur.") == [(800, "injured")]


def test_a_place_s_residents_are_its_population_whatever_surrounds_them() -> None:
    got = figs("Aid reaching the town falls far short of the needs of the besieged town's 41,000 residents.")
    assert got == [(41_000, "population")]


def test_evacuation_buses_carry_displaced_people() -> None:
    assert figs("A convoy of buses left the city along the corridor, carrying about 3,000 people.") == [(3_000, "displaced")]
    assert figs("Some 12,000 fighters and civilians were bused to the north under the deal.") == [(12_000, "displaced")]
    assert figs("Some 400 fighters were bused to the north under the deal.") == []


def test_entering_a_named_country_is_crossing_a_border() -> None:
    assert figs("In total more than 95,000 have entered Chad since the fighting began.") == [(95_000, "refugees")]


def test_missing_people_with_an_aside_are_not_dead() -> None:
    got = figs("About 1,200 people, including 500 children, have been reported missing under the rubble.")
    assert got == [(1_200, "other"), (500, "other")]


def test_parts_of_facility_wholes_share_the_list_s_predicate() -> None:
    got = figs("Because of fuel shortages, 9 of the city's 20 hospitals and 31 of its 60 clinics have shut down.")
    assert got == [(9, "facilities"), (20, "other"), (31, "facilities"), (60, "other")]


def test_a_share_of_facilities_still_working_counts_none_hit() -> None:
    assert figs("Only 25 percent of health facilities in the province are fully functioning.") == [(25, "other")]
    got = figs("Only 25 percent of health facilities in the province are fully functioning. Several were looted.")
    assert got == [(25, "other")]
    assert figs("Nearly 40 per cent of hospitals in the province had been looted.") == [(40, "facilities")]


def test_aid_handed_straight_to_a_count_makes_it_aid_reach() -> None:
    got = figs("The last convoy to reach the city, carrying food for 60,000 people, arrived in early February.")
    assert got == [(60_000, "in_need")]


def test_an_appositive_share_hedged_with_close_to() -> None:
    got = figs("Some 900,000 people, close to 40 per cent of the region's population of 2.3 million, are now displaced.")
    assert (900_000, "displaced") in got
