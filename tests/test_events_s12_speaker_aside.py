"""Events, session 12: the story of a quotation's speaker, told in an aside, is no happening.

A witness or an aid official quoted by name is introduced with an aside that says who they are:
'..." said Rania, a nurse who left the town on Friday', '..." said the agency's coordinator, who
toured the camps last week'. The writers of the blind sets (twenty sets, many writers) never
count such a speaker's own flight or visit as an event of the timeline; at most they mark it
optional. A speaker who reports in turn ("a driver who said the bridge was bombed on Monday")
still tells a happening, and so does a sentence without a quotation.
"""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

PUB = date(2022, 6, 10)  # a Friday

kinds = kinds_on(PUB)


def test_a_witness_who_fled_on_a_day_is_no_displacement() -> None:
    text = ('"We left with only the clothes we wore," said Rania, 29, a nurse who fled the '
            "village of Tel Sour on Tuesday.")
    assert kinds(text) == []


def test_an_official_who_visited_last_week_is_no_talks() -> None:
    text = ('"The clinics cannot cope with the numbers," said Omar Haddad, the agency\'s regional '
            "director, who visited the border camps last week.")
    assert kinds(text) == []


def test_a_speaker_introduced_without_a_comma_is_the_same() -> None:
    text = '"They came at night," said a shepherd in his fifties who fled to the camp on Wednesday.'
    assert kinds(text) == []


def test_a_speaker_who_reports_in_turn_tells_the_happening() -> None:
    text = ('"It was the only road out," said Samir, a driver who said the bridge at Kfar Hamra '
            "was bombed on Monday.")
    assert ("attack", "2022-06-06") in kinds(text)


def test_the_same_flight_told_without_a_quotation_is_an_event() -> None:
    text = "About 2,000 families fled the village of Tel Sour on Tuesday after the shelling."
    assert ("displacement", "2022-06-07") in kinds(text)


def test_the_happening_inside_the_quotation_keeps_its_day() -> None:
    text = ('"They shelled the market on Wednesday," said Rania, a nurse who fled the village '
            "on Thursday.")
    assert kinds(text) == [("attack", "2022-06-08")]
