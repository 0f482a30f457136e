"""Session 12: "that September", "that summer" point back at the year told last; a side that begins
bombing with no place for its object opens an air campaign.

Histories tell a month by the year already given ("took the city in 2014 ... that September"); the
resolver had no reading for "that" before a month or a season, so those happenings went undated.
Writers annotate "began bombing in Syria" and "began bombing the group" as offensive (as they do
"began air strikes" with no target), and "began bombing army positions" or "the south of the
province" as attacks: "bombing" takes its object straight after it, so the air-strike rule's test for
"on"/"against" after the word cannot tell the two apart."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2020, 3, 1))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_that_september_takes_the_year_told_before() -> None:
    found = kinds("The militants overran the provincial capital in June 2016. Allied jets began bombing them that September.")
    assert ("offensive", "2016-09") in found


def test_that_summer_takes_the_year_told_before() -> None:
    found = kinds("The siege of the port was broken in 2017. The old town was recaptured that summer.")
    assert ("capture", "2017-06") in found


def test_that_month_with_no_year_told_dates_nothing() -> None:
    found = kinds("Rebels later withdrew from the hills that September.")
    assert not any(start.endswith("-09") for _, start in found)


def test_a_clause_after_said_is_no_season() -> None:
    found = kinds("In 2018 the agency warned that summer heat would spread disease in the camps.")
    assert not any(start == "2018-06" for _, start in found)


def test_bombing_begun_with_no_place_is_an_air_campaign() -> None:
    assert ("offensive", "2019-10") in kinds("A foreign air force began bombing in the country in October 2019.")
    assert ("offensive", "2019-10") in kinds("A foreign air force began bombing the insurgents in October 2019.")


def test_bombing_begun_on_positions_or_a_region_is_an_attack() -> None:
    assert ("attack", "2019-10-05") in kinds("Fighter jets began bombing rebel positions near the dam on 5 October 2019.")
    assert ("attack", "2019-10") in kinds("Fighter jets began bombing the north of the district in October 2019.")
