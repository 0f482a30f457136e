"""Aid language of sitreps: people who received relief items, who lack access to services, or
whom a water/sanitation programme serves are counted as `in_need`."""

from idlibmon.extract.figures import figures_of


def _cats(text: str) -> dict[float, str | None]:
    return {f.value: f.category for f in figures_of(text)}


def test_received_relief_items():
    assert _cats("Last week 3,400 families received winter kits and blankets in Azaz.")[3_400] == "in_need"
    assert _cats("So far 12,500 households have received emergency shelter materials.")[12_500] == "in_need"


def test_received_a_count_is_not_aid():
    # the country received the people: they crossed a border
    assert _cats("Jordan has received 40,000 refugees since March.")[40_000] == "refugees"


def test_lack_of_access():
    assert _cats("Some 870,000 people still lack access to safe drinking water.")[870_000] == "in_need"


def test_sanitation_for_people():
    assert _cats("Partners provide hygiene and sanitation for 52,000 people in the camps.")[52_000] == "in_need"
