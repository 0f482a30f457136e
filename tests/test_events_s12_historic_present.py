"""A chronology's entries told in the historic present are read with the lexicon's past-tense
triggers: "Federal troops take the provincial capital" as "... took ...", "guards detain a
former minister" as "... detained ..." (session 12: blind44, 50, 51 and 52 listed such entries
with no event; their verbs were known to the lexicon only in the past)."""

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.events.timeline import past_read

CHRONOLOGY = """Key dates in the war for the northern valley

Published 20 June 2031

3 February 2030 - Government troops take Kalvora, the valley's main town, after a week of fighting.

14 May 2030 - Border guards detain Ilen Marsh, the former regional governor, at a checkpoint.

9 September 2030 - A munitions depot explodes outside Kalvora, killing dozens.

2 January 2031 - Opposition fighters storm the airport and hold it for two days.
"""


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e["kind"], e["start"]) for e in extract(text, published).to_dict()["events"]]


def test_present_verbs_of_entries_are_read_in_the_past():
    got = _events(CHRONOLOGY, date(2031, 6, 20))
    assert ("capture", "2030-02-03") in got
    assert ("other", "2030-05-14") in got
    assert ("attack", "2030-09-09") in got


def test_trigger_spans_stay_on_the_words_of_the_text():
    line = "7 March 2029 - Federal units retake Dorsk and detain its mayor."
    found = {line[a:b]: kind for a, b, kind, _ in past_read(line, (0, len(line)))}
    assert found.get("retake") == "capture"
    assert found.get("detain") == "other"


def test_nouns_of_war_reporting_are_not_read_as_verbs():
    line = "4 April 2029 - Air strikes and heavy shelling on the bridge, the first in a month."
    assert past_read(line, (0, len(line))) == []
    after_article = "4 April 2029 - The attack on the bridge and a strike on the dam."
    assert past_read(after_article, (0, len(after_article))) == []


def test_a_possessive_is_no_subject():
    line = "12 May 2029 - After the city's fall and its capture by the militia, thousands flee."
    assert [line[a:b] for a, b, _, _ in past_read(line, (0, len(line)))] == ["flee"]


def test_a_noun_verb_after_a_plural_subject_is_a_verb():
    line = "11 June 2029 - Jets strike villages south of the river."
    assert [(line[a:b], kind) for a, b, kind, _ in past_read(line, (0, len(line)))] == [("strike", "attack")]


def test_prose_in_the_present_is_not_a_chronology():
    # one dated line is a dateline, not a list of entries: its present tense is no history
    text = "3 February 2030 - Government troops take Kalvora, the valley's main town.\n"
    assert ("capture", "2030-02-03") not in _events(text, date(2030, 2, 3))
