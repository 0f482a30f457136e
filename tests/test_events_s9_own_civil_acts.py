"""A speaker telling its own civil act as done (session 9): the act is dated by the telling, whoever
speaks ("Total said on Saturday that it was withdrawing all remaining staff", "WFP said on Monday that
it had begun delivering food"); a company or an agency taking its staff out is a happening."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2021, 3, 31))  # a Wednesday


def test_staff_withdrawn_is_a_happening() -> None:
    assert kinds("The energy company withdrew all remaining staff from the site on Friday.") == [("other", "2021-03-26")]
    assert kinds("The UN pulled its international staff out of the city on Monday.") == [("other", "2021-03-29")]


def test_a_company_telling_its_own_withdrawal_dates_it_by_the_telling() -> None:
    assert kinds("The company said on Saturday that it was withdrawing all remaining staff from the site.") == [
        ("other", "2021-03-27")
    ]
    assert kinds("The company said last Friday that it was suspending the return of its staff to the site.") == [
        ("other", "2021-03-26")
    ]


def test_an_agency_telling_its_own_relief_act() -> None:
    # (the kind of the next one is the learned model's to weigh: the rule dates the act)
    text = "The agency said on Monday that it had begun delivering food inside the country."
    assert [start for _, start in kinds(text)] == ["2021-03-29"]
    text = "The health agency said on Thursday that it had flown 37 tonnes of medical supplies to the city."
    assert kinds(text) == [("humanitarian", "2021-03-25")]


def test_a_fronted_day_reaches_the_act_after_the_speech_verb() -> None:
    text = "On Tuesday, the army said its forces had withdrawn from Wad Madani and that it had opened an investigation."
    assert kinds(text) == [("other", "2021-03-30")]


def test_an_act_told_by_someone_else_or_planned_is_not_the_speakers() -> None:
    # the act is a third party's: the speaker's day dates a report
    assert kinds("The monitor said on Monday that the company had withdrawn all remaining staff.") == []
    # an act ahead is an intention, not an act done
    assert kinds("The company said on Monday that it would withdraw all remaining staff next month.") != [("other", "2021-03-29")]
