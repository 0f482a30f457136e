"""Session 4: the non-military kinds (talks, humanitarian, other) — acts of state, an aid
mandate's history told with bare verbs, diplomacy's own acts, and who speaks as a newsmaker.
Every sentence is our own; none comes from a dev or blind text."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2022, 6, 17)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # emergency rule, declared or imposed, active or passive
        ("The cabinet declared a state of emergency in the northern provinces on 2 June.", [("other", "2022-06-02")]),
        ("Martial law was declared in three districts on Tuesday.", [("other", "2022-06-14")]),
        ("Authorities imposed a night-time curfew in the port city on Monday.", [("other", "2022-06-13")]),
        # power changing hands at the top
        ("The generals seized power in a bloodless move in April 2021.", [("other", "2021-04")]),
        ("Unrest has spread since the military takeover on 3 May.", [("other", "2022-05-03")]),
        ("Parliament met a week after the change of government in the capital on 9 June.", [("other", "2022-06-09")]),
        ("Soldiers toppled the long-serving president in March.", [("other", "2022-03")]),
        # acts of state: decrees, nominations, designations, bans, supplies cut off
        ("On Wednesday the prime minister signed a decree merging the two ministries.", [("other", "2022-06-15")]),
        ("The president on Thursday nominated a retired judge to lead the inquiry.", [("other", "2022-06-16")]),
        ("Washington revoked the group's terrorist designation in February.", [("other", "2022-02")]),
        ("The ministry cut off electricity and water to the enclave on 11 June.", [("other", "2022-06-11")]),
        # posts set up, staff flown out, a first case recorded, a needs overview released
        ("The army set up three observation posts along the highway in May.", [("other", "2022-05")]),
        ("Marines airlifted embassy staff out of the city on Sunday.", [("other", "2022-06-12")]),
        ("The first case in the camp was recorded on 4 June.", [("other", "2022-06-04")]),
        ("The annual needs overview released by the agencies in April shows a sharp rise.", [("other", "2022-04")]),
    ],
)
def test_acts_of_state_and_public_life_are_other(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The permission, first granted in 2015, expired on Sunday.", [("humanitarian", "2015"), ("humanitarian", "2022-06-12")]),
        ("The current mandate, renewed by the Council on 6 January, runs for a year.", [("humanitarian", "2022-01-06")]),
        ("The Security Council voted on Tuesday to keep the crossing open for aid.", [("humanitarian", "2022-06-14")]),
        ("The council cut the number of crossings to one in July 2020.", [("humanitarian", "2020-07")]),
        ("A police mission, authorised by the Security Council in October, has not deployed.", [("humanitarian", "2021-10")]),
    ],
)
def test_an_aid_mandates_history_is_humanitarian(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wages were cut in March.",
        "The road was renewed in 2019 with Japanese funds.",
        "Residents voted in the local election in May.",
    ],
)
def test_a_bare_mandate_verb_outside_a_mandate_is_no_aid_event(text: str) -> None:
    assert not any(k == "humanitarian" for k, _ in kinds(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministry on Monday summoned the ambassador of Greece over the incident.", [("talks", "2022-06-13")]),
        ("The chancellor spoke with the Turkish leader on Wednesday about the border offensive.", [("talks", "2022-06-15")]),
        ("The Council will hold closed-door consultations on the crisis on Monday.", [("talks", "2022-06-20")]),
        ("A summit of the three guarantors in Astana on 9 June failed to agree on a truce.", [("talks", "2022-06-09")]),
    ],
)
def test_diplomacys_own_acts_are_talks(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_medical_consultations_are_no_talks() -> None:
    assert kinds("Mobile clinics carried out 3,100 medical consultations between 1 and 9 June.") == []


def test_a_government_speaking_of_its_intentions_is_a_statement() -> None:
    assert kinds("Moscow said on Tuesday it had no intention of leaving the base.") == [("talks", "2022-06-14")]


def test_a_head_of_state_quoted_by_name_makes_a_statement() -> None:
    assert kinds('"This is unacceptable," Erdogan said Saturday of the new sanctions.') == [("talks", "2022-06-11")]


def test_a_government_reporting_a_count_is_a_source() -> None:
    text = "More than 40,000 people have crossed the border, the government said on Thursday, most of them women."
    assert not any(k == "talks" for k, _ in kinds(text))


def test_an_aid_coordinator_quoted_is_the_source_but_announcing_is_a_statement() -> None:
    quoted = '"Families are sleeping in the open," the Humanitarian Coordinator said on Wednesday.'
    assert kinds(quoted) == []
    announcing = "The Humanitarian Coordinator said on Wednesday that the agencies would stay and keep working."
    assert kinds(announcing) == [("talks", "2022-06-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relief sent or flown in
        ("Further stocks were dispatched on 8 June from the border warehouse.", [("humanitarian", "2022-06-08")]),
        ("The air service started airlifting supplies to the cut-off district on Monday.", [("humanitarian", "2022-06-13")]),
        # aid moving in, whatever the convoy carries on the way
        ("The first convoy carrying flood relief crossed into the valley on Tuesday.", [("humanitarian", "2022-06-14")]),
        ("The first trucks used the reopened crossing on 10 June.", [("humanitarian", "2022-06-10")]),
        # an appeal named with what it is for, then launched
        ("The flash appeal for the storm response in the north, launched on 3 June, is a third funded.",
         [("humanitarian", "2022-06-03")]),
        # an agreement that lets aid in is a relief operation, not a meeting
        ("The governor's agreement on 2 June to open two more crossings eased deliveries.", [("humanitarian", "2022-06-02")]),
        ("On Monday the president agreed to let the UN deliver aid through a second crossing.", [("humanitarian", "2022-06-13")]),
        # civilians brought out of a besieged place, and the attempts
        ("Some 4,000 people were evacuated on Wednesday from the besieged town.", [("humanitarian", "2022-06-15")]),
        ("An attempt to evacuate the old city on Saturday failed.", [("humanitarian", "2022-06-11")]),
        ("Efforts to open evacuation routes collapsed on Sunday.", [("humanitarian", "2022-06-12")]),
    ],
)
def test_relief_sent_let_in_or_attempted_is_humanitarian(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_security_corridor_in_a_deal_is_no_relief() -> None:
    text = "Under the accord agreed in Sochi on Thursday, a corridor along the highway will be patrolled."
    assert not any(k == "humanitarian" for k, _ in kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        '"Nothing is left of the market," he told a local radio station by phone on Monday.',
        "Researchers interviewed nine witnesses by phone between 2 and 9 June.",
    ],
)
def test_an_interview_by_phone_is_the_source_not_a_call(text: str) -> None:
    assert not any(k == "talks" for k, _ in kinds(text))


def test_leaders_speaking_by_phone_is_still_a_call() -> None:
    assert kinds("The two presidents spoke by phone on Wednesday.") == [("talks", "2022-06-15")]


def test_an_act_of_state_announced_as_done_takes_its_own_kind() -> None:
    text = "Turkey's defence ministry said on Monday it had set up a new observation post near the highway."
    assert kinds(text) == [("other", "2022-06-13")]


def test_a_mandate_named_in_the_sentence_before_governs_a_bare_verb() -> None:
    text = "Aid once entered through four crossings. The number was cut to one in 2020."
    assert kinds(text) == [("humanitarian", "2020")]


def test_an_agreement_to_open_a_named_crossing_is_humanitarian() -> None:
    text = "The authorities' agreement on 8 June to open Bab al-Nour for three months was welcomed."
    assert ("humanitarian", "2022-06-08") in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday the two sides announced a 72-hour pause in the military operation.", [("ceasefire", "2022-06-13")]),
        ("A three-day pause in the fighting took hold on Saturday morning.", [("ceasefire", "2022-06-11")]),
    ],
)
def test_a_pause_in_the_fighting_is_a_ceasefire_not_an_announcement(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_halt_to_military_operations_is_no_offensive() -> None:
    assert not any(k == "offensive" for k, _ in kinds("On Tuesday the alliance said it would halt military operations from Wednesday."))


def test_informing_the_council_is_a_statement() -> None:
    text = "On Friday, the Secretary-General informed the Council that he had decided to send a mission."
    assert kinds(text) == [("talks", "2022-06-17")]


def test_a_pledging_event_is_humanitarian() -> None:
    text = "At a pledging event yesterday hosted by two governments, donors pledged $900 million."
    assert kinds(text) == [("humanitarian", "2022-06-16")]


def test_no_progress_on_a_truce_is_the_talks_news() -> None:
    text = "The minister said his talks with his counterpart in Geneva on Thursday made no progress on a 48-hour truce."
    assert kinds(text) == [("talks", "2022-06-16")]
