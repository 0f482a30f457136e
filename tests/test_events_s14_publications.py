"""Session 14: a paper a body puts out is a happening of kind other, however it is told.

The issue makes a separate publication the story is about an event of kind other. The rules knew
"published a report on Monday" and "a report published last month"; writers of nine dev sets also
tell papers the rules missed or gave to talks: the paper named first with its date set off by
commas ("The needs assessment for the district, released last week, found ..."), findings, surveys,
position papers and opinions put out with or without an article, a chronology's present
("publishes an opinion"), and an alert "issued" on a day. A statement issued stays talks, and the
next report a situation report announces is no happening."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2024, 5, 22))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kinds, apart from the shipped kind model
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_paper_dated_in_a_clause_between_commas() -> None:
    text = "The water needs assessment for the eastern district, released last week, found that most wells had run dry."
    assert kinds(text) == [("other", "2024-05-13")]


def test_an_analysis_named_by_its_authors_then_dated_between_commas() -> None:
    text = "A nutrition analysis by the health cluster and two partner agencies, published on Monday, found rising wasting among infants."
    assert kinds(text) == [("other", "2024-05-20")]


def test_findings_put_out_without_an_article() -> None:
    assert kinds("In March, the review panel published findings that confirmed famine in two camps.") == [("other", "2024-03")]


def test_a_survey_and_a_position_paper_are_publications_not_talks() -> None:
    assert kinds("Last month the refugee council published a survey of families who had gone home.") == [("other", "2024-04")]
    assert kinds("On Monday the foreign ministry published a ten-point position paper calling for a truce.") == [("other", "2024-05-20")]


def test_an_opinion_told_in_a_chronologys_present() -> None:
    assert kinds("In February, a panel of jurists publishes an opinion on the legality of the blockade.") == [("other", "2024-02")]


def test_an_alert_issued_on_a_day_dates_the_alert() -> None:
    assert kinds("The famine monitor warned in an alert issued earlier this month that 12 districts were at risk.") == [("other", "2024-05")]


def test_a_statement_issued_stays_talks_and_the_next_report_is_no_event() -> None:
    assert kinds("The envoy condemned the shelling in a statement issued on Monday.") == [("talks", "2024-05-20")]
    assert kinds("The next report will be issued on or around 29 May.") == []
