"""Session 12: a statement that is itself the news, quoted or told through its speaker's own channel.

Writers of nine sets in all five older groups and three of the freshest (blind18, 25, 28, 34, 36, 37,
44, 46, 48) date as talks what an official says when the words are the news: a minister or a UN
relief chief quoted first ('"...," the foreign minister said on Tuesday'), a commander's televised
speech, the Security Council's statement, a side's address told after the day that opens the
sentence. The engine let a quote's day go only for heads of state; it read "in a statement" and "in
an address" but not "in a speech", only with the day after the channel, and took the Security
Council (named "UN ...") for an agency reporting. A witness or a doctor quoted stays a source, an
agency's statement stays a report, and what a speaker is quoted as fearing is no happening."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2024, 3, 6))  # a Wednesday


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, whatever the shipped kind model makes of it once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_minister_quoted_first_makes_a_statement_on_the_day_he_spoke() -> None:
    assert kinds('"We will not pull our troops back," the defence minister told reporters on Tuesday.') == [("talks", "2024-03-05")]


def test_a_relief_chief_quoted_first_and_calling_for_action_makes_a_statement() -> None:
    assert kinds('"Enough delay," the UN aid chief said on Monday, calling on donors to act.') == [("talks", "2024-03-04")]


def test_a_doctor_quoted_first_is_the_article_s_source() -> None:
    assert kinds('"The camps are full," a doctor in the town told reporters on Tuesday.') == []


def test_a_strike_the_speaker_fears_is_no_attack_on_the_day_of_speaking() -> None:
    found = kinds('"One strike on the port could cost thousands of lives," the Humanitarian Coordinator said on Sunday.')
    assert ("attack", "2024-03-03") not in found


def test_a_commander_s_televised_speech_is_a_statement() -> None:
    found = kinds("The rebel commander said in a televised speech yesterday that abuses by his fighters would be punished.")
    assert found == [("talks", "2024-03-05")]


def test_a_statement_told_after_the_day_that_opens_the_sentence() -> None:
    assert kinds("On 3 March, the armed group said in a statement that its fighters had been wronged.") == [("talks", "2024-03-03")]


def test_the_security_council_speaking_is_no_agency_reporting() -> None:
    found = kinds("The UN Security Council said in a statement on Sunday that it was shocked by the bombing.")
    assert found == [("talks", "2024-03-03")]


def test_an_agency_s_statement_stays_the_article_s_source() -> None:
    assert kinds("The UN said in a statement on Monday that aid was stuck at the border.") == []


def test_a_happening_reported_in_a_statement_keeps_its_own_day() -> None:
    assert kinds("Heavy shelling hit the town on Monday, the UN said in a statement on Tuesday.") == [("attack", "2024-03-04")]


def test_a_coordinator_s_own_visit_told_in_an_aside_stays_out() -> None:
    found = kinds('"People arrive with nothing," said the Humanitarian Coordinator, who visited the transit centre on Wednesday.')
    assert ("talks", "2024-03-06") not in found
