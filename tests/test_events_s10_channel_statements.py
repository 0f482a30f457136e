"""Session 10: a side speaking through its own channel on a day it names makes a statement, kind
talks: "The rebels' central command said in a statement on Wednesday that it was willing to
resume talks", "the commander said in a video address on Wednesday that he had ordered an
inquiry", "two factions said in a joint statement on Sunday that ..." (blind14, blind16, blind21).
The article's source speaking does not: a quote closed before the speaker, or an agency or monitor
("The UN said in a statement on Monday that it was alarmed")."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2025, 1, 24))  # a Friday


def test_a_side_speaking_through_its_channel_is_a_statement() -> None:
    assert kinds("The rebels' central command said in a statement on Wednesday that it was ready to return to talks.") == [
        ("talks", "2025-01-22")]
    assert kinds("The militia's leader said in a video address on Monday that he had ordered an inquiry.") == [
        ("talks", "2025-01-20")]


def test_the_articles_source_speaking_is_no_statement() -> None:
    assert kinds("The United Nations said in a statement on Monday that it was deeply alarmed.") == []
    assert kinds('"The hospital has run out of fuel," the group said in a statement on Tuesday.') == []
