"""Figure rules from session 6, second part, in sentences of our own: a count restated between
dashes in other units, people housed in shelters, a tally that rose above a number, an aid
campaign's target, numbers that count no one (a whole a part is taken from, an average, the
relatives someone lives with), and the place a figure's own words name.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_a_count_restated_between_dashes_shares_its_predicate() -> None:
    got = figs("IOM estimates that 20,000 to 25,000 households - between 100,000 and 120,000 people - have left "
               "Tawila since 3 May.")
    assert got == [(20_000, "displaced"), (100_000, "displaced")]
    units = [f.unit for f in extract("An estimated 9,000 households - around 45,000 people - fled the camp.", PUB).figures]
    assert units == ["households", "people"]


def test_people_housed_in_shelters_are_displaced() -> None:
    assert figs("About 3,500 people are housed in 20 collective shelters in the city.") == [(3_500, "displaced")]


def test_a_tally_that_rose_above_a_number_counts_what_the_tally_counts() -> None:
    got = figs("The number of Congolese refugees who have fled to Burundi since January has now risen above 70,000.")
    assert got == [(70_000, "refugees")]
    assert figs("The death toll rose above 1,200 on Thursday.") == [(1_200, "killed")]


def test_an_aid_campaign_target_is_in_need_not_a_population() -> None:
    assert figs("A measles campaign targeting 200,000 children, planned before the offensive, was postponed.") == [
        (200_000, "in_need")]


def test_numbers_that_count_no_one() -> None:
    got = figs("Doctors said one of the three remaining field hospitals had been damaged by the shelling.")
    assert [g for g in got if g[1] == "facilities"] == []
    assert figs("Classrooms have on average 120 pupils, teachers say.") == []
    assert figs("Ahmad, who fled Saraqeb, now lives with 11 relatives in a single tent, and said he would go home.") == []
    # a count of hospitals hit stays one
    assert figs("Air strikes damaged three hospitals in the town.") == [(3, "facilities")]


def test_a_place_named_in_the_figures_own_words() -> None:
    got = extract("Some 40,000 people have fled Buhodle and Oog since the clashes began.", PUB).figures
    assert [(f.value, f.place) for f in got] == [(40_000, "Buhodle and Oog")]
    got = extract("At least 14 people were killed in Monday's shelling.", PUB).figures
    assert [f.place for f in got] == [None]
    got = extract("More than 9,000 people have been killed in Ethiopia's Amhara region.", PUB).figures
    assert [f.place for f in got] == ["Ethiopia"]


def test_a_qualifier_said_by_the_verb() -> None:
    quals = {f.value: f.qualifier for f in extract(
        "The death toll has passed 12,000. The number of displaced people is estimated at 1.2 million. "
        "Another 3.5 million are estimated to be displaced inside the country. "
        "Local officials put the toll at least at 450 civilians killed.", PUB).figures}
    assert quals == {12_000: "more_than", 1_200_000: "about", 3_500_000: "about", 450: "at_least"}


def test_a_place_phrase_is_no_part_of_a_noun_phrase() -> None:
    # "150 trucks near X killed": the trucks are not "killed" people; the 37 are
    assert figs("An attack on a convoy of more than 150 trucks near Gaskinde killed at least 37 people.") == [
        (37, "killed")]


def test_bare_counts_after_a_part_of_facilities_go_on_counting_facilities() -> None:
    got = figs("Of the 30 hospitals that partners could reach, at least six have been damaged and three have been "
               "evacuated.")
    assert (6, "facilities") in got and (3, "facilities") in got
    assert (3, "displaced") not in got
