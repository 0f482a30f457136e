"""Session 10: whether two tellings of one kind in two places are two happenings (dedupe).

A town taken or a town struck is where it happened, even when the other telling is a stretch of
days ("swept into one city over the weekend", "also seized another town on Saturday": two
captures). An offensive or a truce spans places: launched "from" one province "into" another, told
once by its day and once by a count of days after it, it is one offensive (blind20, 23, 29, 37, 40)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on
from idlibmon.config import load_config

kinds = kinds_on(date(2024, 12, 2), load_config().places)  # a Monday


def test_one_offensive_told_from_two_places_is_kept_once() -> None:
    found = kinds("Five days after opening their offensive in Aleppo, the insurgents reached the edge of Hama. "
                  "The assault had been launched from Idlib at dawn on Wednesday.")
    assert found.count(("offensive", "2024-11-27")) == 1


def test_a_town_taken_inside_a_weekend_told_elsewhere_is_a_second_capture() -> None:
    found = kinds("Fighters swept into Aleppo over the weekend. Further south, they also captured Saraqeb on Saturday.")
    assert [k for k in found if k[0] == "capture"] == [("capture", "2024-11-30"), ("capture", "2024-11-30")]


def test_one_town_taken_told_twice_stays_one() -> None:
    found = kinds("Fighters swept into Aleppo over the weekend. The city fell to them on Saturday, residents said.")
    assert [k for k in found if k[0] == "capture"] == [("capture", "2024-11-30")]
