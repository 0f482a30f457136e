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


