"""Session 9: a town told as held by a side since a date ("had been in rebel hands since April
2015", "held by the SDF since 2016, when ...") was taken then: the dev sets (blind18, 30, 32 as
events, five more as optional) date the capture so. A span that measures no holding ("calm since
2012", "the heaviest shelling since 2018") stays undated."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates
from idlibmon.extract.events.event_dates import usable_dates
from idlibmon.extract.events.triggers import find_triggers
from idlibmon.extract.text import ascii_lower

PUB = date(2019, 8, 31)


def _usable(text: str) -> list[str]:
    low = ascii_lower(text)
    usable, _spoken = usable_dates(text, (0, len(text)), find_dates(text, PUB), low, low)
    return [d.start for d in usable]


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], kind) for a, b, kind, _bonus in find_triggers(text, 0, len(text))]


def test_hands_held_since_a_date_are_a_capture_word() -> None:
    assert _triggers("The town had been in rebel hands since April 2015.") == [("hands", "capture")]
    assert _triggers("It was in government hands, since 2016, by all accounts.") == [("hands", "capture")]


def test_hands_without_a_since_date_or_lost_since_the_war_began_are_no_capture_word() -> None:
    assert _triggers("The town is in rebel hands.") == []
    assert _triggers("It fell out of government hands since the start of the war four years ago.") == []


def test_a_bare_year_after_a_holding_dates_the_taking() -> None:
    assert _usable("The town had been in rebel hands since 2012.") == ["2012"]
    assert _usable("Raqqa, held by the SDF since 2016, was quiet.") == ["2016"]
    assert _usable("It has been under rebel control since 2014.") == ["2014"]


def test_a_bare_year_after_a_lasting_state_stays_no_date_of_a_happening() -> None:
    assert _usable("The area has been calm since 2012.") == []
    assert _usable("Rebels have shelled the road since 2012.") == []
