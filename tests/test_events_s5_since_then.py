"""'Since then' counts from a happening the text has already dated: it dates no event of its own."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.events import find_events


def test_since_then_dates_no_second_event() -> None:
    text = ("Government forces launched a ground offensive on 3 May. Since then, they have retaken "
            "more than 40 villages and shelled the market town every day.")
    got = [(e.start, e.kind) for e in find_events(text, date(2019, 6, 1))]
    assert ("2019-05-03", "offensive") in got
    assert len(got) == 1, got


def test_since_with_its_own_date_still_dates_a_happening() -> None:
    text = "Since 19 December, forces have seized dozens of towns and villages in southern Idlib."
    got = [(e.start, e.kind) for e in find_events(text, date(2019, 12, 27))]
    assert got == [("2019-12-19", "capture")]


def test_a_yardstick_year_after_a_superlative_dates_nothing() -> None:
    text = ("Some 1,100 trucks crossed in May, the highest monthly number since cross-border "
            "deliveries were first allowed in 2014.")
    assert [e.start for e in find_events(text, date(2019, 6, 10))] == ["2019-05"]  # the crossings, not 2014


def test_a_state_held_since_a_bare_year_is_no_happening() -> None:
    text = "Government forces have retaken most of the district that rebels had held since 2012."
    assert [e.start for e in find_events(text, date(2016, 12, 14))] == []


def test_a_month_named_after_a_superlative_still_dates_the_happening() -> None:
    text = "It was the heaviest shelling since the Russia-Turkey deal was reached in September."
    assert [(e.start, e.kind) for e in find_events(text, date(2018, 11, 20))] == [("2018-09", "ceasefire")]
