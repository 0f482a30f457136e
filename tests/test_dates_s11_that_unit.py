"""A bare "that month", "that night", "that morning" points back at a date told before (session 11:
such sentences had no date, so their happenings never reached the timeline)."""

from datetime import date

from idlibmon.extract.dates import find_dates
from idlibmon.extract.events import find_events

PUB = date(2016, 1, 10)


def _starts(text: str) -> dict[str, str]:
    """Each date's start, keyed by its last two words ("the end of that month" under "that month")."""
    return {" ".join(d.text.split()[-2:]): d.start for d in find_dates(text, PUB)}


def test_that_month_is_the_month_told_last() -> None:
    text = "The army opened its push in late March 2015 and entered the town in June. A truce agreed at the end of that month soon broke down."
    assert _starts(text)["that month"] == "2015-06"


def test_that_month_in_the_next_sentence_dates_its_happening() -> None:
    text = "Fighters seized the airport in July 2012. A car bomb in the capital that month killed three generals."
    assert ("2012-07", "attack") in [(e.start, e.kind) for e in find_events(text, PUB)]


def test_late_that_night_is_the_day_before() -> None:
    text = "Storms reached the coast on 9 October 2015. Late that night, the river burst its banks."
    assert _starts(text)["that night"] == "2015-10-09"


def test_that_morning_keeps_the_day_of_its_sentence() -> None:
    text = "On 4 May 2015, a gas attack was reported in a village of the province that morning."
    assert _starts(text).get("that morning") == "2015-05-04"


def test_that_after_a_verb_of_saying_is_no_date() -> None:
    text = "On 4 May 2015, officials said that day labourers were leaving the town."
    assert "that day" not in _starts(text)


def test_that_year_stays_part_of_its_month() -> None:
    text = "The town fell in June 2014, and in September of that year the coalition struck."
    assert [d.start for d in find_dates(text, PUB)] == ["2014-06", "2014-09"]
