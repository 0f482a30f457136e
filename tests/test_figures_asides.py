"""Asides set off between a count and its predicate ("- two-thirds of the population -",
"- around 40 per cent of them women -") do not cut the count from what it says they are."""

from idlibmon.extract.figures import figures_of


def _cats(text: str) -> dict[float, str | None]:
    return {f.value: f.category for f in figures_of(text)}


def test_hyphenated_fraction_aside_between_dashes():
    text = "In the north, 4.1 million people - three-quarters of the region's residents - require food aid."
    assert _cats(text)[4_100_000] == "in_need"


def test_percent_aside_between_dashes_does_not_block_the_predicate():
    text = "So far 520,000 people - about 40 per cent of them children - have crossed into Chad."
    cats = _cats(text)
    assert cats[520_000] == "refugees"
    assert cats[40] == "other"


def test_percent_aside_between_commas():
    text = "Altogether 90,000 people, 55 per cent of them women, have been displaced by the shelling."
    assert _cats(text)[90_000] == "displaced"




def _units(text: str) -> dict[float, tuple[str | None, str]]:
    return {f.value: (f.category, f.unit) for f in figures_of(text)}


def test_families_restated_in_people_inside_brackets():
    got = _units("Since Monday, 7,500 families (about 37,000 people) have fled the shelling.")
    assert got[7_500] == ("displaced", "families")
    assert got[37_000] == ("displaced", "people")


def test_people_restating_households_keep_their_own_unit():
    got = _units("Some 2,100 households, or roughly 11,000 people, have received food parcels.")
    assert got[2_100] == ("in_need", "households")
    assert got[11_000] == ("in_need", "people")


def test_a_bare_restatement_keeps_the_unit_of_its_head():
    assert _units("Aid reached 25,000 families, up from 18,000 in May.")[18_000] == ("in_need", "families")


def test_people_do_not_go_on_counting_facilities():
    got = _units("Shelling damaged 14 schools and 3,000 pupils could not sit their exams.")
    assert got[14] == ("facilities", "facilities")
    assert 3_000 not in got


def test_whole_population_aside_leaves_the_predicate_to_the_count():
    text = "About 1.2 million people, almost the entire population of the district, need food aid."
    assert _units(text)[1_200_000] == ("in_need", "people")
    assert _units("The district is home to 1.2 million people, the whole population of the valley.")[1_200_000][0] \
        == "population"


def test_bringing_the_total_counts_what_the_clause_before_counted():
    got = _units("Another 8,000 people fled on Friday, bringing the total since March to 95,000.")
    assert got[8_000][0] == "displaced"
    assert got[95_000][0] == "displaced"
    assert 40 not in _units("Another 6 schools reopened, bringing the total to 40.")
