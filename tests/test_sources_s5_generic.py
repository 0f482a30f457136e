"""Sources the name list does not know, told by what they are (session 5): a figure's source is
still who the text attributes it to ("local health officials said", "according to the health
ministry in Gaza"), in the text's own words; known names keep their canonical form."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.sources import find_sources
from idlibmon.extract.text import sentences

PUB = date(2024, 3, 1)


def source_of(text: str) -> str | None:
    figs = extract(text, PUB).figures
    assert len(figs) == 1, figs
    return figs[0].source


def test_officials_and_authorities_described_by_what_they_are() -> None:
    assert source_of("At least 31 people were killed in the strikes, local health officials said.") == "local health officials"
    assert source_of("According to Turkish authorities, 14 civilians were killed in border towns.") == "Turkish authorities"


def test_a_ministry_with_its_place() -> None:
    got = source_of("More than 9,000 Palestinians have been killed, according to the Ministry of Health in Gaza.")
    assert got == "Ministry of Health in Gaza"


def test_a_known_name_wins_over_a_description() -> None:
    got = source_of("Some 90,000 people have fled, OCHA said, citing local authorities.")
    assert got == "OCHA"


def test_no_attribution_no_source() -> None:
    assert source_of("Some 90,000 people have fled the town since Monday.") is None
    text = "The authorities closed the road. Some 90,000 people have fled the town since Monday."
    assert find_sources(text, sentences(text)) == {}


def test_a_possessive_or_a_determiner_is_not_part_of_the_name() -> None:
    assert source_of("Our partners reported that 4,000 families had been displaced.") == "partners"


def test_a_description_in_the_sentence_wins_over_a_name_in_the_next() -> None:
    text = ("At least 14 people were killed in the town, local officials said. "
            "The strikes hit a market, the Syrian Observatory for Human Rights said.")
    assert [f.source for f in extract(text, PUB).figures] == ["local officials"]


def test_a_war_monitor_is_the_monitor_named_nearby_not_a_new_source() -> None:
    text = ("The Syrian Observatory for Human Rights reported heavy shelling overnight. "
            "It said at least 14 people were killed, the war monitor said.")
    assert [f.source for f in extract(text, PUB).figures] == ["SOHR"]
