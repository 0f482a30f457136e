"""Session 13: hostages, and people handed over in an exchange, are counted as other.

Every writer of the dev sets files hostage counts ("seized 180 hostages", "30 hostages were
freed") and the people moved in a hostage or prisoner exchange as `other`. The engine had let
a toll's verb run on to them ("killing 900 people and seizing 180 hostages" gave 180 killed) and
read a release told as a border crossing as refugees or displaced.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 2, 14)).to_dict()["figures"]]


def test_hostages_taken_after_a_toll_are_not_killed() -> None:
    text = "The raid on the border towns left the region in shock, killing roughly 900 people and seizing 180 hostages."
    figs = _figs(text)
    assert (900.0, "killed") in figs
    assert (180.0, "other") in figs
    assert (180.0, "killed") not in figs


def test_hostages_returned_are_no_returnees() -> None:
    figs = _figs("- 60 detainees let go after four hostages returned home")
    assert not any(v == 4.0 and c == "returned" for v, c in figs)


def test_people_released_across_a_border_are_no_refugees() -> None:
    text = "The mediators say a second group of hostages has crossed into Jordan: 11 Italians and four Nepali nationals."
    figs = _figs(text)
    assert not any(c in ("refugees", "displaced") for _, c in figs)


def test_people_handed_over_in_a_prisoner_exchange_are_not_displaced() -> None:
    text = "The prisoner exchange went ahead at dawn: 17 Britons and 8 Kenyan nationals were handed to the Red Crescent and driven into Jordan."
    figs = _figs(text)
    assert not any(c in ("refugees", "displaced") for _, c in figs)


def test_hostages_killed_stay_killed() -> None:
    text = "The army said three hostages were killed in the rescue operation on Monday."
    assert (3.0, "killed") in _figs(text)


def test_refugees_crossing_stay_refugees_without_captives() -> None:
    text = "UNHCR said 12,000 people had crossed into Jordan since the fighting began."
    assert (12000.0, "refugees") in _figs(text)
