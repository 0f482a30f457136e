"""Session 14: a blame set off by a comma after an act ('..., blaming X for', '..., accusing Y of')
is the act's reason, told with it, not a statement with a date of its own.

The participle is a statement word in the lexicon, so it claimed whatever date was left in the
clause before it: a mediator who said on some day that he would quit at a later date, "blaming" the
powers, made a second statement dated by the day he would leave (writers of nine sets annotate the
saying day only), and a crowd that attacked embassies on a weekday, "accusing" foreign capitals,
made a statement besides the attack. Finite verbs ('accused the rebels on Tuesday') keep their
statement."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2021, 6, 9))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' output, apart from the shipped kind model
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_departure_announced_with_a_blame_is_one_statement_on_the_saying_day() -> None:
    found = kinds("The mediator said on Monday that he would leave his post at the end of the month, "
                  "blaming the big powers for the deadlock.")
    assert found == [("talks", "2021-06-07")]


def test_the_date_of_an_announced_resignation_is_not_a_second_statement() -> None:
    found = kinds("The governor announced in May that he would resign in July, blaming the central "
                  "government for the cuts.")
    assert ("talks", "2021-05") in found
    assert ("talks", "2021-07") not in found


def test_protesters_blaming_foreign_capitals_make_no_statement_of_their_own() -> None:
    found = kinds("Protesters set fire to the doors of three embassies on Tuesday, accusing Western "
                  "capitals of siding with the rebels.")
    assert ("talks", "2021-06-08") not in found
    assert found  # the act itself is still dated


def test_a_finite_blame_is_still_a_statement() -> None:
    assert kinds("The envoy blamed both sides on Monday for the collapse of the talks.") == [("talks", "2021-06-07")]


def test_an_accusation_made_as_the_main_verb_keeps_its_day() -> None:
    found = kinds("The foreign minister accused the rebels on Tuesday of breaking the truce.")
    assert [start for _, start in found] == ["2021-06-08"]


def test_a_crowd_rallying_for_a_third_night_accusing_the_premier_makes_no_statement() -> None:
    found = kinds("Thousands of demonstrators rallied outside parliament for a third night on Monday, "
                  "accusing the prime minister of giving up the province.")
    assert ("talks", "2021-06-07") not in found
