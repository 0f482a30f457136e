"""Session 10: a host country named in the sentence before "It hosts N <people>"."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2020, 2, 4)).to_dict()["figures"]]


def test_it_hosts_a_foreign_people_named_after_a_country() -> None:
    text = "Jordan has closed its northern crossing to new arrivals. It already hosts some 650,000 Syrians."
    assert _figs(text) == [(650_000.0, "refugees")]


def test_it_hosts_its_own_people_stays_population() -> None:
    text = "Syria's north-west is crowded. It hosts about 2.1 million Syrians in camps and towns."
    assert _figs(text) != [(2_100_000.0, "refugees")]


def test_a_pronoun_subject_is_no_place() -> None:
    text = "Jordan has closed its northern crossing to new arrivals. It already hosts some 650,000 Syrians."
    assert extract(text, date(2020, 2, 4)).to_dict()["figures"][0]["place"] != "It"
    text = "The province lies on the border. It is home to an estimated 2 million people."
    assert extract(text, date(2020, 2, 4)).to_dict()["figures"][0]["place"] != "It"
