"""Session 15: people in camps that the sentence puts in another country are refugees.

News of a war often counts its people sheltering across a border: "38,000 Afghans staying in six camps
in Iran", "Kenya alone houses 70,000 in camps". Whatever verb keeps them there (living, sheltering,
housed, held), the camps of a host country hold people who crossed a border, and writers file them as
refugees. Camps in the people's own country, or in the country the text talks of most, stay as before.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2013, 3, 4)).to_dict()["figures"]]


_SOMALIA = "Fighting in Somalia has worsened. Somalia's government is weak. "


def test_a_people_sheltering_in_camps_of_another_country() -> None:
    assert _figs("About 38,000 Somalis sheltering in six camps in Kenya, officials said.") == [(38000.0, "refugees")]


def test_a_tally_of_a_people_in_the_camps_of_a_country_named_before() -> None:
    figs = _figs("Kenya's refugee office said the number of Somalis staying in its camps had risen to 31,500 on Sunday.")
    assert figs == [(31500.0, "refugees")]


def test_camps_there_after_a_crossing_into_a_country() -> None:
    figs = _figs("Dozens of families crossed into Kenya overnight, bringing the number of Somalis in camps there to 46,000.")
    assert (46000.0, "refugees") in figs


def test_a_host_country_that_houses_an_unnamed_count_in_camps() -> None:
    figs = _figs(_SOMALIA + "Kenya alone houses more than 70,000 in camps near the frontier.")
    assert figs == [(70000.0, "refugees")]


def test_a_fronted_host_country_with_a_camp_that_holds_people() -> None:
    figs = _figs(_SOMALIA + "In Ethiopia, the new Dollo camp near the frontier now holds about 12,000 people.")
    assert figs == [(12000.0, "refugees")]


def test_camps_in_the_peoples_own_country_stay_as_they_were() -> None:
    assert _figs("Some 400,000 Somalis live in camps in Somalia, aid groups said.") != [(400000.0, "refugees")]


def test_camps_in_the_country_the_text_is_about_are_no_crossing() -> None:
    figs = _figs(_SOMALIA + "In Somalia, about 1.1 million people live in camps near the capital. Kenya said it would help.")
    assert (1100000.0, "refugees") not in figs


def test_a_region_of_the_story_country_is_no_host() -> None:
    figs = _figs(_SOMALIA + "Roughly 900,000 people live in camps in Somalia's south.")
    assert (900000.0, "refugees") not in figs
