"""Civil happenings the rules missed entirely (session 9): a famine found by the body that classifies
hunger, and relief money launched or released under its own name."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2025, 6, 20))  # a Friday


# --- famine found -------------------------------------------------------------------------------

def test_famine_conditions_confirmed_date_the_finding() -> None:
    assert kinds("Famine conditions were confirmed in the camp in August 2024 by the review committee.") == [
        ("other", "2024-08")
    ]
    assert kinds("Zamzam, where famine-like conditions were first confirmed in May, hosts 400,000 people.") == [
        ("other", "2025-05")
    ]


def test_the_hunger_bodys_conclusion_or_projection_is_a_finding() -> None:
    text = "On 1 June, the Famine Review Committee concluded that famine conditions were present in the camp."
    assert kinds(text) == [("other", "2025-06-01")]
    assert kinds("The classification body in March projected famine in two districts.") == [("other", "2025-03")]


def test_famine_spreading_is_a_finding_of_its_own() -> None:
    text = ("Famine was confirmed in the camp in August 2024, and in December the analysts reported that famine "
            "had extended to two more camps.")
    assert kinds(text) == [("other", "2024-08"), ("other", "2024-12")]


def test_a_famine_feared_or_warned_of_is_no_finding() -> None:
    assert "other" not in [k for k, _ in kinds("On Monday, aid groups said that 8 million people were on the brink of famine.")]
    assert kinds("Aid agencies fear famine in the north in the coming months.") == []


def test_an_analysis_named_with_its_authors_letters_dates_its_release() -> None:
    text = ("An analysis by the Integrated Food Security Phase Classification (IPC), released on Thursday, found that "
            "353,000 people were living in catastrophic conditions.")
    assert kinds(text) == [("other", "2025-06-19")]


def test_a_survey_backed_by_an_agency_dates_what_it_found() -> None:
    text = "Last month, a survey backed by the UN found that a quarter of a million people were living in famine-like conditions."
    assert kinds(text) == [("other", "2025-05")]


# --- relief money launched or released ----------------------------------------------------------

def test_an_appeal_with_a_long_purpose_launched_is_dated() -> None:
    text = ("The agency's appeal for trauma care in north-west Syria, launched last month for US$8 million, has so far "
            "received little.")
    assert kinds(text) == [("humanitarian", "2025-05")]


def test_appeals_launched_without_an_article() -> None:
    text = "On Tuesday, the UN and its partners launched coordinated appeals for US$1.7 billion to help people in the region."
    assert kinds(text) == [("humanitarian", "2025-06-17")]


def test_a_fund_launched_is_relief_money() -> None:
    text = "The transitional government launched a reconstruction fund for the north-west last month."
    assert kinds(text) == [("humanitarian", "2025-05")]


def test_an_allocation_named_by_its_fund_released() -> None:
    text = "A US$6 million reserve allocation from the Syria Cross-border Humanitarian Fund was released on 2 June for the response."
    assert kinds(text) == [("humanitarian", "2025-06-02")]


def test_attacks_launched_stay_attacks_not_appeals() -> None:
    assert [k for k, _ in kinds("Gunmen launched coordinated attacks on police stations on Tuesday.")] == ["attack"]
