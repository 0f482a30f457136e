"""A plan for a coming day told with the bare verb ("The agency will resume flights on Friday",
"trucks are expected to cross on Monday"): the lexicon knows happenings by their past forms, so in a
sentence that tells a date after the publication day the verb after "will" or "to" is read in the
past (session 13, events13r: blind43, 48, 50, 56, 57, 58; not "will vote", whose kind depends on what
is voted).
"""

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.events.timeline import planned_triggers


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e["kind"], e["start"]) for e in extract(text, published).to_dict()["events"]]


# published on Wednesday 5 March 2031
WED = date(2031, 3, 5)


def test_a_reopening_planned_for_a_coming_day_is_an_event():
    got = _events("The border authority will reopen the northern crossing on Friday.", WED)
    assert [d for _, d in got] == ["2031-03-07"]


def test_a_vote_to_come_is_left_to_its_words():
    # what a vote is (relief, talks) depends on what is voted: the plan's bare verb is not read as a
    # vote held; since session 15 the lexicon's own vote words date it, relief for a crossing
    # (tests/test_events_s15_votes.py)
    assert _events("The council will vote on Friday on whether the northern crossing stays open.", WED) == [
        ("humanitarian", "2031-03-07")]


def test_planned_crossings_and_resumptions_are_dated_ahead():
    assert [d for _, d in _events("Forty more lorries are scheduled to cross on Monday.", WED)] == ["2031-03-10"]
    assert [d for _, d in _events("The air service will resume flights to the coast on Thursday.", WED)] == ["2031-03-06"]


def test_a_planned_briefing_is_talks():
    assert _events("The relief chief will brief donors in Oslo on Thursday.", WED) == [("talks", "2031-03-06")]


def test_a_bare_verb_with_a_past_date_is_no_plan():
    # the date is behind the paper: nothing is planned, and "to vote" names no vote held
    assert _events("On Monday the council met and agreed to vote later.", WED) == [("talks", "2031-03-03")]


def test_planned_triggers_sit_on_the_verbs_of_the_text():
    line = "Ministers are due to discuss the plan and then sign it on Friday."
    got = [(line[a:b], kind) for a, b, kind, _ in planned_triggers(line, (0, len(line)))]
    assert ("discuss", "talks") in got
    assert all(word in ("discuss", "sign") for word, _ in got)


def test_an_anniversary_falling_due_is_no_capture():
    assert _events("The tenth anniversary of the siege will fall in May.", WED) == []
