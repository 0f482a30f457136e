"""Session 10: "days later" counted on from a happening told only by its month, or with no count
at all ("Days later, warships fired missiles at an air base", "responded days later"), is that
month: a few days on stay in it, and the day is not told. The happening so dated is a second one,
kept apart from the first of the same kind: blind, blind5, blind27, blind28, blind33, blind39."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on
from idlibmon.extract.dates import find_dates

PUBLISHED = date(2019, 5, 10)
kinds = kinds_on(PUBLISHED)


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.start) for d in find_dates(text, PUBLISHED)]


def test_days_later_from_a_month_is_that_month() -> None:
    assert _dates("Jets bombed the valley in March 2018. Three days later, rebels shelled the city.") == [
        ("in March 2018", "2018-03"), ("Three days later", "2018-03")]
    assert _dates("The siege began in June 2016. Days later, the last road was cut.") == [
        ("in June 2016", "2016-06"), ("Days later", "2016-06")]


def test_bare_days_later_from_a_day_is_its_month() -> None:
    assert _dates("Gunmen raided the camp on 3 February. The army hit back days later.") == [
        ("on 3 February", "2019-02-03"), ("days later", "2019-02")]


def test_days_with_no_later_is_no_date() -> None:
    assert _dates("Families walked for days to reach the border.") == []
    assert _dates("The talks went on for days later than planned.") == []


def test_a_strike_days_after_another_of_that_month_is_a_second_event() -> None:
    text = "A chemical attack killed dozens in April 2017, and the US fired missiles at an air base days later."
    assert kinds(text) == [("attack", "2017-04"), ("attack", "2017-04")]
    text = "Militias attacked the town in August 2018. Days later, drones struck a market nearby."
    assert kinds(text) == [("attack", "2018-08"), ("attack", "2018-08")]


def test_one_strike_told_twice_by_its_month_stays_one() -> None:
    text = "Drones struck a market in August 2018. The strike on the market in August 2018 killed nine."
    assert kinds(text) == [("attack", "2018-08")]
