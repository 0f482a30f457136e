"""Session 9: a side telling its own withdrawal or halt on a day dates that act by the telling, as
a side claiming its own capture does ("On Tuesday, the army said its forces had withdrawn from Wad
Madani", "WFP said on Tuesday that it had begun delivering food"); what a source says others did keeps no date of the saying."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates
from idlibmon.extract.events.sentence import sentence_events
from idlibmon.extract.events.triggers import find_triggers

PUB = date(2023, 12, 20)  # a Wednesday


def _events(text: str) -> list[tuple[str, str]]:
    """The sentence's events before the kind model's second opinion (what this rule decides)."""
    sent = (0, len(text))
    found = sentence_events(text, sent, find_dates(text, PUB), find_triggers(text, 0, len(text)), [], set(),
                            published=PUB)
    return [(e.kind, e.start) for e, _rank in found]


def test_a_side_telling_its_own_withdrawal_dates_it_by_the_telling() -> None:
    assert _events("On Tuesday, the army said its forces had withdrawn from Wad Madani.") == [("other", "2023-12-19")]
    assert _events("WFP said on Tuesday that it had begun delivering food inside the city.") == [
        ("humanitarian", "2023-12-19")]


def test_what_a_source_says_others_did_keeps_no_date_of_the_saying() -> None:
    assert _events("OCHA said on Tuesday that partners had suspended assistance.") == []
