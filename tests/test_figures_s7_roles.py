"""Figure rules from session 7, in sentences of our own: what the people counted are doing decides
the category over the nearest trigger word: patients a clinic saw, children out of school, a sample
screened, people sleeping rough or reaching a shelter, people "at risk" of something other than
hunger, the food-security phase they are in, returnees listed under a return, the dead a list names.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_patients_a_clinic_saw_are_an_activity_not_people_in_need() -> None:
    assert figs("Since Monday our mobile clinics have treated about 650 patients, mostly children.") == [
        (650, "other")]
    assert figs("The clinic, which was serving some 3,500 patients a month, closed after the strike.") == [
        (3_500, "other")]
    # kits and stocks "for N patients" count no one
    assert figs("WHO has sent surgical kits for up to 4,000 patients to the two hospitals.") == []
    # wounded patients are still the injured
    assert figs("The hospital received 212 wounded patients on Tuesday.") == [(212, "injured")]


def test_children_out_of_school_are_other_but_affected_children_stay_in_need() -> None:
    assert figs("Across the governorate some 640,000 children are out of school.") == [(640_000, "other")]
    assert figs("Schools were shut on Sunday, affecting nearly 90,000 children.") == [(90_000, "in_need")]


def test_a_sample_screened_is_no_count() -> None:
    assert figs("Screening of 21,000 children under five in June found high rates of malnutrition.") == []


def test_a_share_of_a_regions_districts_counts_areas() -> None:
    out = extract("Fighting has affected at least 14 of Tigray's districts since March.", PUB).figures
    assert [(f.value, f.category, f.unit) for f in out] == [(14, "other", "areas")]


def test_people_sleeping_in_the_open_have_been_displaced() -> None:
    assert figs("An estimated 45,000 people are sleeping in the open near the border.") == [(45_000, "displaced")]
    assert figs("After the storm, an estimated 30,000 people are sleeping in the open.") == [(30_000, "displaced")]
    # staying or living in the open is left to the other words of the sentence
    assert figs("Partners delivered tents to 3,000 families who were living in the open.") == [(3_000, "in_need")]


def test_people_who_reach_a_shelter_or_the_border_moved_there() -> None:
    assert figs("On Friday alone, about 9,000 people reached reception centres in Homs.") == [(9_000, "displaced")]
    # aid that reaches people is still aid reach
    assert figs("Partners reached 310,000 people with food in February.") == [(310_000, "in_need")]


def test_at_risk_of_something_other_than_hunger_is_no_need() -> None:
    assert figs("Some 250,000 pupils are at risk of missing their final exams.") == []
    assert figs("Some 3 million people are at risk of famine, the agency said.") == [(3_000_000, "in_need")]


def test_a_food_security_phase_is_a_measure_of_need() -> None:
    out = extract("A further 1.4 million people are in Emergency (IPC Phase 4).", PUB).figures
    assert [(f.value, f.category, f.place) for f in out] == [(1_400_000, "in_need", None)]


def test_refugees_who_fled_to_named_states_or_neighbouring_countries() -> None:
    assert figs("Some 45,000 have fled to the Central African Republic and Chad.") == [(45_000, "refugees")]
    assert figs("The war has forced about 2 million people to seek refuge in neighbouring countries.") == [
        (2_000_000, "refugees")]


def test_a_part_listed_under_returns_returned_too() -> None:
    assert figs("About 600,000 people have returned home this year, including over 210,000 who left camps "
                "near the border.") == [(600_000, "returned"), (210_000, "returned")]


def test_the_dead_a_list_names_are_killed_even_after_a_count_of_wounded() -> None:
    assert figs("The ministry said 64 people had been killed and 230 wounded. The dead include at least 17 "
                "civilians.") == [(64, "killed"), (230, "injured"), (17, "killed")]


def test_a_restated_figure_counts_what_was_counted_last() -> None:
    assert figs("Officials said 45 civilians were killed, while two local monitors put the number closer to 70.") == [
        (45, "killed"), (70, "killed")]
    assert figs("At least 90 fighters had been killed, the monitor said. It put the army's losses at around 35 "
                "soldiers.") == [(90, "killed"), (35, "killed")]
    assert figs("Medics said 52 people had been killed. The figure was later revised down to around 40.") == [
        (52, "killed"), (40, "killed")]
    # "a lower count of N people" is no "at"/"to" restatement of a count of people in an aside
    assert figs("About 5,000 people, including some 40 wounded, had left the town. The Red Cross gave a lower count "
                "of roughly 4,000 people.") == [(5_000, "displaced"), (40, "injured")]


def test_a_bare_one_is_a_pronoun() -> None:
    assert figs("The truce follows several deals that collapsed, including one reached in Astana.") == []
    assert figs("Families are being moved from one shelter to another.") == []


def test_shelters_and_the_camps_of_a_region_that_hold_people_hold_the_displaced() -> None:
    assert figs("The six collective shelters in the town now hold around 18,000 people.") == [(18_000, "displaced")]
    assert figs("The camps of the north-east still hold around 600,000 people.") == [(600_000, "displaced")]
    # one camp that holds people is home to them
    assert figs("The Atmeh camp already holds some 28,000 people.") == [(28_000, "population")]


def test_people_described_by_their_flight_whose_main_verb_is_a_return() -> None:
    assert figs("Some 9,000 people who fled across the border into Thailand have been sent back.") == [
        (9_000, "returned")]
    assert figs("About 2 million people displaced inside the country have returned to their villages.") == [
        (2_000_000, "returned")]


def test_captives_who_escaped_fled_no_home() -> None:
    assert figs("Of those abducted, about 1,200 have since been rescued or escaped.") == []


def test_a_region_of_a_country_hosting_people_holds_its_population() -> None:
    assert figs("North-west Syria hosts 4.5 million people, many of them displaced.") == [(4_500_000, "population")]
    assert figs("Jordan hosts some 650,000 people from Syria.") == [(650_000, "refugees")]


def test_the_first_item_of_a_list_of_victims_takes_the_verb_after_the_list() -> None:
    assert figs("Army figures show 85 militants, 21 soldiers and 14 civilians have been killed in the city.") == [
        (85, "killed"), (21, "killed"), (14, "killed")]


def test_a_count_given_with_or_so_keeps_its_noun() -> None:
    out = extract("The monitor said a further 200 or so fighters had died in the battle.", PUB).figures
    assert [(f.value, f.category, f.qualifier) for f in out] == [(200, "killed", "about")]


def test_among_them_were_opens_a_part_of_the_count_before() -> None:
    assert figs("At least 140 fighters had been killed since Tuesday. Among them were more than 50 soldiers, the "
                "monitor said.") == [(140, "killed"), (50, "killed")]
    # the dead named after a count of wounded: the whole list is dead
    assert figs("Since Monday 90 people have been killed and 310 injured. Among the dead are 30 children and "
                "eleven women.") == [(90, "killed"), (310, "injured"), (30, "killed"), (11, "killed")]


def test_brought_to_n_the_number_of_people_killed() -> None:
    assert figs("The attack brings to 41 the number of Turkish soldiers killed in the province this month.") == [
        (41, "killed")]


def test_a_record_measured_since_a_date_gives_the_count_no_period() -> None:
    out = extract("At least 21 soldiers were killed in the strike, the deadliest attack on the army since it "
                  "entered the war in 2016.", PUB).figures
    assert [(f.value, f.category, f.when) for f in out] == [(21, "killed", None)]
    # a plain "since" is the count's period
    out = extract("At least 21 soldiers have been killed since 2016.", PUB).figures
    assert [(f.value, f.when.start if f.when else None) for f in out] == [(21, "2016")]


def test_no_place_from_a_briefing_city_a_two_city_dateline_or_a_name() -> None:
    out = extract("At least nine clinics had closed since January, he told reporters in Geneva on Friday.", PUB).figures
    assert [(f.value, f.place) for f in out] == [(9, None)]
    out = extract("GENEVA/AMMAN, March 1 (Reuters) - More than 40,000 people have fled their homes in Deraa.", PUB).figures
    assert [(f.value, f.place) for f in out] == [(40_000, "Deraa")]
    out = extract("Some 60,000 households were displaced from the Zamzam IDP camp in April.", PUB).figures
    assert all(f.place != "IDP" for f in out)
