"""Figure rules from the causes the fourth blind set exposed, each in sentences of our own.

Aid reach in its everyday verbs, counts whose trigger is a verb phrase or an earlier
sentence, noun phrases with coordinated modifiers, parts of a list of facilities, missing
people, and a headline's loose "flee" over the body's refugees.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract
from idlibmon.extract.figure_cues import anaphoric_figure, extra_triggers, missing, paired_head_end, restated_in_body
from idlibmon.extract.numbers import find_numbers

PUB = date(2023, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By March, 12,500 families had received winter kits and blankets from partners.", [(12_500, "families")]),
        ("Since the quake, 41,000 people have received hot meals or ready-to-eat food.", [(41_000, "people")]),
        ("The agency is supporting 300,000 displaced people across the north.", [(300_000, "people")]),
        ("Two pumping plants were knocked out, cutting the supply to some 200,000 residents.", [(200_000, "people")]),
        ("About 15,000 households are still without adequate shelter after the storm.", [(15_000, "households")]),
        ("Blankets were handed out to 3,300 families displaced to the new camp.", [(3_300, "families")]),
        ("Health teams have vaccinated 210,000 children against cholera since May.", [(210_000, "people")]),
        ("An estimated 900,000 people lack access to clean drinking water.", [(900_000, "people")]),
    ],
)
def test_aid_reach_counts_people_in_need(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(f.value, f.unit) for f in extract(text, PUB).figures if f.category == "in_need"]
    assert got == expected, extract(text, PUB).figures


def test_aid_reach_does_not_turn_forces_or_facilities_into_people_in_need() -> None:
    assert figs("The donor is supporting 14 hospitals in the north.") == []
    assert (300, "in_need") not in figs("Ankara is supporting 300 fighters who were wounded near the town.")


def test_need_stated_after_the_noun_keeps_its_own_words() -> None:
    got = extract("Relief and shelter for some 2.8 million people in need depend on one crossing.", PUB).figures
    assert [(f.value, f.category) for f in got] == [(2_800_000, "in_need")]
    assert got[0].text.startswith("some 2.8 million people in need")


def test_forced_out_counts_displaced_people() -> None:
    assert figs("Clashes in the east have forced out another 7,000 people this week.") == [(7_000, "displaced")]
    # "forced out of" has its own object: the main grammar reads "forced out of their homes"
    assert extra_triggers("rebels were forced out of the town", 0, 34, []) == []
    assert extra_triggers("it forced out another 7,000", 0, 27, []) == [(3, 13, "displaced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling killed 40 people and 25 are still missing, the civil defence said.",
         [(40, "killed"), (25, "other")]),
        ("Rescuers pulled 31 bodies from the rubble; 60 people remain unaccounted for.",
         [(31, "killed"), (60, "other")]),
        ("Some 290 people were injured and 105 are missing.", [(290, "injured"), (105, "other")]),
        ("The toll of the raid was put at 88, with 40 missing under collapsed buildings.",
         [(88, "killed"), (40, "other")]),
    ],
)
def test_missing_people_are_neither_killed_nor_injured(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_missing_reads_only_right_after_the_number() -> None:
    assert missing("25 are still missing", 2)
    assert missing("60 people remain unaccounted for", 2)
    assert not missing("25 were killed and several are missing", 2)


def test_the_figure_put_at_goes_on_counting_what_the_sentence_before_counted() -> None:
    text = ("The monitor said 250 civilians were killed in January. "
            "The UN rights office put the figure at nearly 200 for the same month.")
    assert figs(text) == [(250, "killed"), (200, "killed")]
    text = "More than 900,000 people have been displaced since December. The figure was 875,000 a week ago."
    assert figs(text) == [(900_000, "displaced"), (875_000, "displaced")]
    # "reached" here is the tally growing, not aid reaching people
    text = "Nearly 4,000 people were killed last year. This year the figure has already reached 2,100."
    assert figs(text) == [(4_000, "killed"), (2_100, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said 1,400 civilians had been killed since April. The UN's own figure is lower, at 1,100.",
         [(1_400, "killed"), (1_100, "killed")]),
        ("Officials said 600 people were killed. Local medics gave a higher figure of 750.",
         [(600, "killed"), (750, "killed")]),
        ("State media said 30 people died in the floods. Activists said the real number was closer to 80.",
         [(30, "killed"), (80, "killed")]),
        ("Our teams count more than 950,000 displaced, above the UN's latest figure of nearly 900,000.",
         [(950_000, "displaced"), (900_000, "displaced")]),
    ],
)
def test_another_estimate_of_the_same_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_a_total_of_opens_a_count_of_its_own() -> None:
    # (session 4: people who remain in a town are its population, the count's own predicate, never the dead)
    assert figs("Some 2,000 people were killed last year. A total of 300 remained in the town.") == [
        (2_000, "killed"), (300, "population")]


def test_seeking_shelter_is_displacement() -> None:
    text = "At least 60,000 people have been displaced in the south. A further 25,000 have sought shelter in the capital."
    assert figs(text) == [(60_000, "displaced"), (25_000, "displaced")]


def test_the_figure_needs_no_noun_of_its_own() -> None:
    assert anaphoric_figure("the un put the figure at nearly ", 0, len("the un put the figure at nearly "))
    assert anaphoric_figure("the number has since risen to ", 0, len("the number has since risen to "))
    assert not anaphoric_figure("the number of people fled to ", 0, len("the number of people fled to "))
    # without a count before it, "the figure" says nothing
    assert figs("Officials put the figure at 1,200 on Monday.") == []


def test_parts_that_moved_on_share_the_displaced_whole() -> None:
    text = ("More than 600,000 people have fled. About 300,000 of them have moved to camps near the border, "
            "while some 150,000 have gone to Afrin.")
    assert figs(text) == [(600_000, "displaced"), (300_000, "displaced"), (150_000, "displaced")]
    text = "About 300,000 of them have moved to the border area and 120,000 have gone to Afrin."
    assert figs("More than 600,000 people have fled. " + text)[-1] == (120_000, "displaced")
    assert figs("More than 600,000 people have fled. Some 150,000 have gone to Afrin.")[-1] == (150_000, "displaced")
    # what moved must be people: a count of something else before it lends nothing
    assert figs("About 300,000 people have fled; 40 trucks have gone to Afrin.") == [(300_000, "displaced")]
    # a move with no displaced count before it is not read as one
    assert figs("Some 150,000 have gone to Afrin since the weekend.") == []


def test_coordinated_modifiers_before_the_noun() -> None:
    text = "The clashes killed 70 people, including 40 army and allied militiamen, 12 police officers and 18 civilians."
    assert figs(text) == [(70, "killed"), (40, "killed"), (12, "killed"), (18, "killed")]
    assert paired_head_end("40 HTS and allied fighters died", 2, 40) == len("40 HTS and allied fighters")
    assert figs("The clashes killed 45 people, including 30 pro-government militiamen.") == [(45, "killed"), (30, "killed")]
    # militias are forces: counted as casualties only
    assert figs("Some 3,000 militiamen have moved into the town.") == []
    assert paired_head_end("40 tanks and 12 fighters", 2, 30) is None
    assert figs("The dead included 183 opposition and jihadist fighters and 28 civilians.") == [(183, "killed"), (28, "killed")]
    # a lowercase plural first is a list of two things, not one noun phrase
    assert paired_head_end("15 hospitals and health workers", 2, 31) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• 9 of the 22 hospitals in the city are no longer functioning.", [(9, "facilities"), (22, "other")]),
        ("Air strikes hit 12 of the 20 schools in the district.", [(12, "facilities"), (20, "other")]),
    ],
)
def test_part_of_the_facilities_is_the_count_hit(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_headline_flee_over_body_refugees_is_one_figure() -> None:
    text = ("40,000 flee the enclave as the border opens\n\n"
            "YEREVAN (Reuters) - More than 40,000 refugees have crossed into Armenia since Sunday, officials said.\n")
    assert figs(text) == [(40_000, "refugees")]
    # a different fact with the same value in the headline stays
    text = ("Half a million people need shelter before winter\n\n"
            "More than half a million people displaced since April will face the cold without tents.\n")
    assert (500_000, "in_need") in figs(text)


def test_restated_in_body_pairs_only_flee_with_refugees() -> None:
    assert restated_in_body(40_000, "people", "displaced", [(40_000, "people", "refugees")])
    assert not restated_in_body(40_000, "people", "in_need", [(40_000, "people", "displaced")])
    assert not restated_in_body(40_000, "people", "displaced", [(40_000, "families", "refugees")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first item carries the verb and a noun, the rest only a country and a number
        ("Kenya has received some 90,000 people, Uganda about 60,000, Rwanda 14,000 and Burundi 6,000.",
         [(90_000, "refugees"), (60_000, "refugees"), (14_000, "refugees"), (6_000, "refugees")]),
        # "arrivals" alone reads as displaced; a country registering them says they crossed
        ("Chad has registered 40,000 new arrivals, Cameroon 12,000 and Niger 3,000.",
         [(40_000, "refugees"), (12_000, "refugees"), (3_000, "refugees")]),
        ("Jordan has registered about 30,000 arrivals, Iraq 9,000 and Egypt up to 4,000.",
         [(30_000, "refugees"), (9_000, "refugees"), (4_000, "refugees")]),
        ("Lebanon hosts 1.5 million and Jordan about 650,000.", [(1_500_000, "refugees"), (650_000, "refugees")]),
    ],
)
def test_countries_taking_people_in_count_refugees(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_arrivals_without_a_receiving_country_stay_displaced() -> None:
    assert figs("Some 3,000 new arrivals were counted in the camp this week.") == [(3_000, "displaced")]
    # forces a country takes in are no refugees
    assert figs("Russia has received 300 soldiers from its ally.") == []


def test_missing_out_on_school_is_still_need() -> None:
    assert figs("Some 300,000 children are missing out on school.") == [(300_000, "in_need")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid groups say 18 million face acute hunger.", [(18_000_000, "in_need")]),
        ("About 2.3 million rely on food assistance.", [(2_300_000, "in_need")]),
        ("Some 8,000 people remain without regular access to food.", [(8_000, "in_need")]),
        ("An estimated 250,000 people do not have access to clean water.", [(250_000, "in_need")]),
        ("Some 40,000 families have no access to health care.", [(40_000, "in_need")]),
        ("Some 1.6 million people in camps lack adequate winter supplies.", [(1_600_000, "in_need")]),
        ("Water trucking continued for 680,000 people in the camps.", [(680_000, "in_need")]),
    ],
)
def test_bare_counts_that_face_or_lack_something_are_in_need(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_another_estimate_closer_to() -> None:
    text = "An estimated 95,000 people have fled since May. Local councils put the number at closer to 140,000."
    assert figs(text) == [(95_000, "displaced"), (140_000, "displaced")]


def test_people_under_rubble_are_missing_but_people_trapped_in_a_town_are_its_population() -> None:
    text = "The ministry says 3,100 people have been killed, with more than 900 others believed buried under rubble."
    assert figs(text) == [(3_100, "killed"), (900, "other")]
    assert figs("The quake killed 300 people; 45 remain trapped in collapsed buildings.") == [(300, "killed"), (45, "other")]
    assert figs("Nearly 3 million people remain trapped in the enclave.") == [(3_000_000, "population")]


def test_a_hyphenated_share_of_the_population_is_an_aside() -> None:
    text = "About 1.2 million people, or two-thirds of the district's population, have been uprooted."
    assert figs(text) == [(1_200_000, "displaced")]


def test_arrivals_after_a_count_of_refugees_are_refugees() -> None:
    text = ("More than 80,000 people have crossed from Sudan into Chad since April. "
            "Some 5,000 arrived in the border town of Adre last week alone.")
    assert figs(text) == [(80_000, "refugees"), (5_000, "refugees")]
    text = "More than 20,000 people have fled to Goma. Some 6,000 arrived in the city on Monday."
    assert figs(text) == [(20_000, "displaced"), (6_000, "displaced")]


def test_a_missing_label_is_neither_the_number_before_nor_a_casualty() -> None:
    text = "KEY FIGURES\nDeaths: 1,414\nInjured: 2,349\nMissing: 300\nDisplaced: 11,000"
    assert [(v, c) for v, c in figs(text) if c != "other"] == [(1_414, "killed"), (2_349, "injured"), (11_000, "displaced")]
    assert (300, "injured") not in figs("Killed: 1,414; Injured: 2,349; Missing: 300")
    # a box with the label on the next line
    assert (300, "other") in figs("KEY FIGURES\n1,414\npeople killed\n300\nmissing\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 2 million people have fled Ukraine. Of these, 1.2 million are in Poland, 300,000 in Hungary "
         "and 250,000 in Moldova.",
         [(2_000_000, "refugees"), (1_200_000, "refugees"), (300_000, "refugees"), (250_000, "refugees")]),
        ("Some 120,000 were displaced in Maarat al-Numan, 80,000 in Saraqeb and 30,000 in the Ariha district.",
         [(120_000, "displaced"), (80_000, "displaced"), (30_000, "displaced")]),
    ],
)
def test_counts_listed_by_place_share_the_first_items_category(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_a_list_by_place_needs_a_count_before_it() -> None:
    assert figs("About 300,000 people were displaced in Idlib, and 2,000 trucks went to Aleppo.") == [(300_000, "displaced")]


def test_number_as_a_verb_is_no_identifier() -> None:
    text = "Sudanese refugees in Chad now number 570,000; in South Sudan, 600,000."
    assert figs(text) == [(570_000, "refugees"), (600_000, "refugees")]
    assert find_numbers("Room number 12 was hit.") == []
    assert [n.value for n in find_numbers("The arrivals number 4,000 this week.")] == [4_000]


def test_cue_scanner_finds_every_cue_the_full_pattern_finds() -> None:
    from idlibmon.extract.figure_cues import _EXTRA_AT, _EXTRA_TRIGGERS

    text = ("Some 264,000 people have received hot meals; the agency is supporting 800,000, cutting supply to "
            "500,000, and 30,000 households remain without any shelter or lack access to clean water, do not have "
            "food, have no access to health care, lack winter supplies; trucking continued for 5,000; partners vaccinated 20,000 and handed out kits to 9,000, given "
            "out to 300; clashes forced out another 20,000 who sought shelter; forced out of the town.").lower()
    assert [m.span() for m in _EXTRA_AT.finditer(text)] == [m.span() for m in _EXTRA_TRIGGERS.finditer(text)]
    for pos in range(len(text)):
        assert bool(_EXTRA_AT.match(text, pos)) == bool(_EXTRA_TRIGGERS.match(text, pos)), pos


def test_a_share_of_whom_were_displaced_leaves_the_whole_its_own_count() -> None:
    text = "The UN is concerned for the more than 3 million civilians in Idlib, more than half of whom have been displaced."
    assert figs(text) == [(3_000_000, "population")]


def test_a_share_of_the_population_without_of_is_an_aside() -> None:
    text = "Some 14 million people - half the population - are at risk of famine, the charity said."
    assert figs(text) == [(14_000_000, "in_need")]


def test_a_modal_predicate_is_still_the_counts_own() -> None:
    text = "The UN said 8.8 million people had been affected and as many as 5.3 million may have been left homeless."
    assert figs(text) == [(8_800_000, "in_need"), (5_300_000, "displaced")]
    assert figs("Up to 2,000 people could be displaced by the floods.") == [(2_000, "displaced")]


def test_a_hedge_of_repeated_words_starts_at_its_first_word() -> None:
    (fig,) = extract("As many as 5,000 people may have been left homeless.", PUB).figures
    assert (fig.qualifier, fig.text) == ("up_to", "As many as 5,000 people may have been left homeless")


def test_returnees_listed_beside_refugees_do_not_make_them_returned() -> None:
    assert figs("Some 1.5 million refugees and returnees are in neighbouring countries.") == [(1_500_000, "refugees")]
    assert figs("About 50,000 refugees returned home from Turkey.") == [(50_000, "returned")]


def test_a_list_does_not_run_on_into_the_next_sentence() -> None:
    text = ("WHO verified 12 deaths and 34 injuries among health workers and patients. "
            "Some 450,000 people in the city have been without water and heating for a week.")
    assert figs(text) == [(12, "killed"), (34, "injured"), (450_000, "in_need")]


def test_people_arrested_or_abducted_are_no_casualties() -> None:
    text = "At least 4,180 civilians have been killed since the coup, and more than 25,000 people have been arrested."
    assert figs(text) == [(4_180, "killed"), (25_000, "other")]
    assert figs("Gunmen killed 12 villagers; 40 others were abducted.") == [(12, "killed"), (40, "other")]


def test_the_whole_people_in_need_is_in_need_too() -> None:
    text = "Aid groups said 1.2 million of the 2 million people in need in the north-west had not been reached."
    assert figs(text) == [(1_200_000, "in_need"), (2_000_000, "in_need")]
    # a predicate after the whole is the part's; the whole stays what its noun says
    text = "Some 2.9 million of the region's 4.6 million residents have been displaced."
    assert figs(text) == [(2_900_000, "displaced"), (4_600_000, "population")]
