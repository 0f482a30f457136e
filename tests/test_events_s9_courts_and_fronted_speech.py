"""Civil happenings the rules missed entirely (session 9): a court deciding or sitting, and a newsmaker's
words on a day told first ("Earlier on Thursday, ...", "On Tuesday the coalition said ...")."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2022, 3, 18))  # a Friday


# --- courts -------------------------------------------------------------------------------------

def test_a_court_ordering_or_confirming_dates_its_decision() -> None:
    text = "On Wednesday, the International Court of Justice ordered Russia to suspend its military operations."
    assert kinds(text) == [("other", "2022-03-16")]
    assert kinds("The Constitutional Court confirmed the election result on Monday.") == [("other", "2022-03-14")]
    assert kinds("The Supreme Court upheld the election result on Monday.") == [("other", "2022-03-14")]


def test_a_ruling_on_a_day_is_the_courts_decision() -> None:
    text = "In a ruling on Wednesday, the judges ordered the government to release the detainees."
    assert kinds(text) == [("other", "2022-03-16")]


def test_a_court_holding_hearings_on_a_day() -> None:
    assert kinds("The court will hold its first hearings in the genocide case today.") == [("other", "2022-03-18")]


def test_a_court_named_in_passing_decides_nothing() -> None:
    assert kinds("On Monday, lawyers filed papers at the court in the capital.") == []


# --- a newsmaker's words, the day told first ----------------------------------------------------

def test_an_opening_word_before_the_day_still_fronts_the_speaker() -> None:
    text = "Earlier on Thursday, the Secretary-General's spokesperson said the UN would continue to support a political solution."
    assert kinds(text) == [("talks", "2022-03-17")]
    text = "Later on Monday, the foreign minister said his country would not recognise the vote."
    assert kinds(text) == [("talks", "2022-03-14")]
    text = ("Also on Sunday, the State Department said it was seeing signs that the government may be using chemical "
            "weapons, including an alleged chlorine attack that morning, and warned that it would respond.")
    assert ("talks", "2022-03-13") in kinds(text)


def test_a_short_day_without_its_comma_still_fronts_the_speaker() -> None:
    text = "On Tuesday the coalition said it would halt military operations from Wednesday to support the negotiations."
    assert ("talks", "2022-03-15") in kinds(text)


def test_a_source_reporting_a_count_on_a_fronted_day_is_no_statement() -> None:
    text = "Earlier on Thursday, the ministry said that 365,000 people had returned."
    assert kinds(text) == []
