"""A figure's place (session 8), in sentences of our own: the place its sentence names, found even
where no gazetteer lists it — a name a preposition introduces anywhere in the sentence, the place
the sentence opens on as its subject ("Turkey hosts …", "Marib is home to
…") — and read whole ("into Armenia", "Cox's Bazar"), not cut at a window's edge.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def places(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.place) for f in extract(text, PUB).figures]


def test_a_name_after_a_preposition_anywhere_in_the_sentence() -> None:
    assert places("Across Somalia, 6.9 million people need humanitarian assistance this year.") == [
        (6_900_000, "Somalia")]
    assert places("The fighting had displaced about 41,000 people within Lebanon by the end of the week.") == [
        (41_000, "Lebanon")]


def test_a_name_is_read_whole_past_the_figure_words() -> None:
    out = places("Officials said 31,200 people had crossed the Lachin bridge into Armenia by Friday evening.")
    assert out == [(31_200, "Armenia")]
    out = places("Nearly 900,000 refugees now live in sprawling camps around Cox's Bazar, the agency said.")
    assert out == [(900_000, "Cox's Bazar")]
    # a country's possessive still ends the name
    assert places("Some 60,000 people have arrived in Ethiopia's Somali region since March.")[0][1] == "Ethiopia"


def test_the_place_a_sentence_opens_on_as_its_subject() -> None:
    assert places("Jordan already hosts about 650,000 Syrian refugees and says it cannot take more.") == [
        (650_000, "Jordan")]
    assert places("Marib hosts around one million displaced people, the agency says.") == [(1_000_000, "Marib")]
    # an organisation opening the sentence is no place
    assert places("UNICEF said 40,000 people had fled.") == [(40_000, None)]


def test_a_country_a_source_speaks_from_is_no_place() -> None:
    out = places("The monitor, which has tracked the war from Britain since 2011, said 388,000 people had been killed.")
    assert out == [(388_000, None)]
