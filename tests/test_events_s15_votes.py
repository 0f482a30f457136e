"""Session 15: a vote held or to come is a dated happening ("the council will vote on Monday").

Writers of eleven sets annotate a council's or an assembly's vote on its day, and the engine found
none told with the bare verb: "vote" was no trigger, and a plan's "will vote" is not read as
"voted" (what is voted decides the kind). A vote on a draft, a text or an aid mandate (a crossing,
a renewal) is relief, as the resolution words are; any other vote is talks. The bare "vote" counts
as the verb only after "to", "will" or "would": the noun ("put to a vote", "a council vote on
Friday") names a plan, often a headline's."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

# a Wednesday
kinds = kinds_on(date(2025, 3, 12))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' output, apart from the shipped kind model
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_vote_to_come_on_a_proposal_is_talks_on_its_day() -> None:
    found = kinds("The Security Council will vote on Friday on a Norwegian proposal to send a team of observers.")
    assert found == [("talks", "2025-03-14")]


def test_a_vote_due_on_keeping_a_crossing_open_is_relief() -> None:
    found = kinds("The council is due to vote on Thursday on whether to keep the northern crossing open for aid.")
    assert found == [("humanitarian", "2025-03-13")]


def test_a_vote_on_a_draft_text_is_relief() -> None:
    found = kinds("The General Assembly is expected to vote on Friday on a draft text put forward by Jordan.")
    assert found == [("humanitarian", "2025-03-14")]


def test_a_new_vote_named_as_such_is_talks() -> None:
    assert kinds("After the veto, a fresh vote is expected on Monday.") == [("talks", "2025-03-17")]


def test_votes_counted_on_a_day_date_the_vote() -> None:
    found = kinds("A rival motion failed to win enough votes on Tuesday.")
    assert found == [("talks", "2025-03-11")]


def test_the_noun_after_an_article_is_no_vote_held() -> None:
    assert kinds("Diplomats said the text could be put to a vote on Thursday.") == []


def test_people_who_vote_in_an_election_are_not_a_council_vote() -> None:
    found = kinds("Voters will vote in a local election on Sunday.")
    assert ("talks", "2025-03-16") not in found


def test_people_voting_in_a_referendum_are_no_council_vote() -> None:
    assert kinds("Iraqis will vote on Sunday in a referendum on the new constitution.") == []


def test_a_chamber_extending_an_emergency_is_no_relief_vote() -> None:
    found = kinds("Parliament voted on Tuesday to extend the state of emergency by three months.")
    assert ("humanitarian", "2025-03-11") not in found


def test_a_vote_on_a_mandate_renewal_is_relief() -> None:
    found = kinds("The Council is expected to vote on the renewal of the mission next week.")
    assert found == [("humanitarian", "2025-03-17")]
