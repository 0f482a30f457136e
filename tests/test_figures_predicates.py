"""What a count's own verb says beats what its noun or a label before it suggests:
residents who moved away or were ordered out are displaced; "of whom N later died" counts
deaths; a restated share of a population is what its predicate says."""

from idlibmon.extract.figures import figures_of


def _cats(text: str) -> dict[float, str | None]:
    return {f.value: f.category for f in figures_of(text)}


def test_residents_who_moved_to_safety_are_displaced():
    assert _cats("After the river burst its banks, 41,000 residents moved to higher ground.")[41_000] == "displaced"
    assert _cats("About 12,000 inhabitants have moved to safer areas of the district.")[12_000] == "displaced"


def test_residents_ordered_to_move_or_evacuate_are_displaced():
    text = "The army told some 60,000 residents of the eastern quarters to move south."
    assert _cats(text)[60_000] == "displaced"
    assert _cats("Authorities ordered 8,500 residents to evacuate the coastal villages.")[8_500] == "displaced"


def test_residents_without_a_verb_of_moving_stay_population():
    assert _cats("The city is home to 310,000 residents.")[310_000] == "population"


def test_adverb_between_of_whom_and_verb():
    cats = _cats("Surgeons treated 74 wounded civilians, of whom 9 subsequently died.")
    assert cats[74] == "injured"
    assert cats[9] == "killed"


def test_restated_share_of_population_takes_the_verb_after():
    text = "A third of the district's population, or 220,000 people, now need food aid."
    assert _cats(text)[220_000] == "in_need"


def test_restated_population_without_a_verb_stays_population():
    assert _cats("The enclave's population, or 40,000 people before the war, was cut off.")[40_000] == "population"


def test_hostages_are_counted_but_not_as_the_dead_before():
    cats = _cats("The raid killed 30 people. Gunmen also seized 70 hostages, of whom 41 are still held.")
    assert cats[30] == "killed"
    assert 41 not in cats or cats[41] != "killed"


def test_gazans_are_people():
    assert _cats("Some 1.9 million Gazans have been displaced.")[1_900_000] == "displaced"


def test_sheltering_and_being_driven_into_a_place_is_displacement():
    assert _cats("About 9,000 people have sought shelter in schools in the west of the city.")[9_000] == "displaced"
    assert _cats("Close to 1 million people have been pushed into the coastal strip.")[1_000_000] == "displaced"


def test_sought_refuge_abroad_stays_refugees():
    assert _cats("Some 14,000 people have sought refuge in Lebanon.")[14_000] == "refugees"


def test_forces_driven_into_a_pocket_are_no_displaced():
    assert _cats("The army drove 300 fighters into a pocket near the river.").get(300) is None


def test_people_who_are_sheltering_are_displaced():
    assert _cats("In the south, where 600,000 people are sheltering, water is scarce.")[600_000] == "displaced"


def test_arrivals_are_counted_people():
    assert _cats("Partners registered 42,000 new arrivals in Chad last month.")[42_000] == "refugees"
    assert _cats("Some 2,300 new arrivals were recorded in the camps this week.")[2_300] == "displaced"


def test_living_in_describes_people_whose_predicate_comes_later():
    text = "Roughly 11,000 people living in the flooded camps were affected by the storm."
    assert _cats(text)[11_000] == "in_need"
    assert _cats("Some 11,000 people living in the camps.")[11_000] == "population"
