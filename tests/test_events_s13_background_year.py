"""Session 13: history of kind other told by a bare year two or more years back is background.

"The war began in 2011 and has killed ...", "the general, who seized power in 2003, ...", "he was
arrested in 2013": no conflict word gives these a kind of their own, and the bare year dates
background the article restates. Over all dev sets the writers left 8 such events out and marked
11 optional, and required none; a finer date ("in late 2016") or a year just past stays an event,
and so does any other kind told by a bare year ("captured the town in 2015")."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2021, 6, 9))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kinds, apart from the shipped kind model (the filter reads the final kind)
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_leader_who_took_power_years_ago_is_background() -> None:
    assert ("other", "2009") not in kinds("The general, who seized power in 2009, denies the charges.")


def test_the_start_of_a_war_restated_by_its_year_is_background() -> None:
    assert ("other", "2014") not in kinds("The conflict began in 2014 and has since killed more than 20,000 people.")


def test_an_arrest_years_ago_is_no_event() -> None:
    assert kinds("He was arrested in 2013.") == []


def test_last_years_happening_by_its_bare_year_stays() -> None:
    assert kinds("The general seized power in 2020.") == [("other", "2020")]


def test_a_finer_date_than_the_year_stays() -> None:
    assert ("other", "2016") in kinds("The uprising began in late 2016, when teachers took to the streets.")


def test_a_capture_told_by_a_bare_year_stays() -> None:
    assert kinds("The army captured the town in 2015.") == [("capture", "2015")]
