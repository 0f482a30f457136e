"""Session 5: choosing an event's kind from what the clause tells, not from the nearest word.

What a side announces as done is the happening (a capture, an operation, a truce); relief is
retyped by what befell it; control held by a date is a capture; who moves decides a flight; a
bare agreement is a political deal. Every sentence is our own; none comes from a dev or blind text.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events.lexicon import LEXICON
from idlibmon.extract.events.regex_branches import expand, top_level
from idlibmon.extract.events.triggers import NOT_TRIGGERS, find_triggers

PUB = date(2022, 6, 17)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side announcing its own act: the act, dated by the announcement
        ("The army announced on Tuesday that its troops had recaptured the hilltop village.", [("capture", "2022-06-14")]),
        ("On Monday, the rebel alliance said it had taken full control of the border town.", [("capture", "2022-06-13")]),
        ("The defence ministry announced on Wednesday a new ground operation in the south.", [("offensive", "2022-06-15")]),
        # leaders agreeing that the fighting would stop agreed a ceasefire
        ("The two presidents agreed on Thursday that all fighting along the front would stop at midnight.",
         [("ceasefire", "2022-06-16")]),
        # what was announced, named before the participle
        ("Operation Northern Shield, announced on 3 June, has pushed deep into the valley.", [("offensive", "2022-06-03")]),
        ("A freeze on fuel imports announced in May has closed dozens of bakeries.", [("other", "2022-05")]),
    ],
)
def test_announced_act_is_the_happening(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Tuesday it would launch an offensive on the valley.",  # an intention
        "The ministry said on Tuesday that the rebels had violated the truce.",  # another side's act: a claim
        "Officials said on Monday that the ceasefire was holding.",  # a view of a state, no happening
        "The envoy visited the capital on Friday and said the attack showed the need for talks.",
        # a truce asked for is a statement, not a truce
        "The Secretary-General said on Thursday that he was alarmed and called on the militia to cease hostilities.",
    ],
)
def test_a_statement_stays_a_statement(text: str) -> None:
    got = {k for k, _ in kinds(text)}
    assert not got & {"capture", "offensive", "ceasefire", "attack"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relief retyped by what befell it
        ("A UN aid convoy was hit by shelling near the river crossing on Wednesday.", [("attack", "2022-06-15")]),
        # (an evacuation suspended stays relief: the writers annotate it so 5 times to 2, session 12)
        ("The evacuation of the wounded from the old city was suspended on Monday.", [("humanitarian", "2022-06-13")]),
        ("Britain ordered the evacuation of its embassy staff on Sunday.", [("other", "2022-06-12")]),
        # control held by a date, a town that fell, villages cleared
        ("By Thursday the militia controlled most of the provincial capital.", [("capture", "2022-06-16")]),
        ("The district came back under government control in March.", [("capture", "2022-03")]),
        ("The town came under the control of the rebels on Monday.", [("capture", "2022-06-13")]),
        ("Troops drove the fighters from a string of villages on Tuesday.", [("capture", "2022-06-14")]),
        ("Kafr Sous, which fell at the end of May, lies in ruins.", [("capture", "2022-05")]),
        ("Hilltown, which had held out for years, fell on Wednesday.", [("capture", "2022-06-15")]),
        ("By Saturday the rebels had taken Darat Izza.", [("capture", "2022-06-11")]),
        # the aim of an operation is no capture; the time a war has lasted is no place entered
        ("Operations to retake the port, which began on 2 June, have entered their third week.", [("offensive", "2022-06-02")]),
    ],
)
def test_what_the_clause_tells(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who moves decides: people seeking refuge flee, a force in flight does not
        ("Some 3,000 people had entered the UN base since Saturday.", [("displacement", "2022-06-11")]),
        ("Dozens of soldiers fled across the border into the neighbouring country in May.", [("other", "2022-05")]),
        ("In April, about 2,000 people crossed from the hills into the valley.", [("displacement", "2022-04")]),
        ("Militia units entered Tal Sour on Monday.", [("capture", "2022-06-13")]),
    ],
)
def test_who_moves(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare agreement with a party is a political deal; one that stops a war is a truce
        ("The local council announced on Monday that it had reached an agreement with the government "
         "on the return of state services.", [("talks", "2022-06-13")]),
        ("The warring sides reached a deal on Monday to end the fighting.", [("ceasefire", "2022-06-13")]),
        ("A truce negotiated by the two capitals came into force on 9 June.", [("ceasefire", "2022-06-09")]),
        ("The coalition announced a unilateral halt to military operations on Tuesday.", [("ceasefire", "2022-06-14")]),
        ("Talks between the two delegations took place in the border town on 9 June, the day after the truce.",
         [("talks", "2022-06-09")]),
        ("A second round was held in the capital on Monday.", [("talks", "2022-06-13")]),
    ],
)
def test_deals_and_talks(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an industrial site blowing up with no weapon named is an accident
        ("A fuel depot exploded outside the city on Tuesday, killing nine people.", [("other", "2022-06-14")]),
        ("A drone struck a fuel depot outside the city on Tuesday.", [("attack", "2022-06-14")]),
        ("One of the patrols came under fire on Monday.", [("attack", "2022-06-13")]),
        # fighting named by its intensity, tensions growing, violence growing by attacks
        ("Following heavy clashes on the edge of town since Tuesday, the army pulled back.", [("escalation", "2022-06-14")]),
        ("Tensions in the valley have mounted since early May.", [("escalation", "2022-05")]),
        ("Clashes escalated on Monday when the militia launched attacks on the airport.", [("escalation", "2022-06-13")]),
        ("Thousands have fled since the offensive began on 1 June.", [("offensive", "2022-06-01")]),
        # a truce ended by a new phase of the war: the phase is the day's happening
        ("The truce collapsed in late May, when the alliance launched a second phase of its campaign.",
         [("offensive", "2022-05")]),
    ],
)
def test_harm_and_its_growth(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's stated intention is a statement, whoever the side
        ("The militia said earlier this month that it would not advance any further.", [("talks", "2022-06")]),
        ("Officials said on Tuesday that they would send more police only after the election.", [("talks", "2022-06-14")]),
        # an aside dates the noun it follows
        ("The escalation of hostilities in the northern governorate, under way since early May, continues to drive "
         "new displacement.", [("escalation", "2022-05")]),
        # attacks growing, however long their subject
        ("Brutal attacks by armed groups against civilians have multiplied in the east since January.",
         [("escalation", "2022-01")]),
        # orders to leave are a command (a statement), movements growing a flight
        ("The army on Thursday issued new evacuation orders for a dozen villages.", [("talks", "2022-06-16")]),
        ("Movements across the southern border have accelerated since late May.", [("displacement", "2022-05")]),
    ],
)
def test_intentions_asides_and_growth(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_report_of_a_count_is_no_statement() -> None:
    assert kinds("OCHA said on Tuesday that 12,000 people had fled.") == []


def test_no_skipped_word_begins_a_trigger() -> None:
    """The trigger scan passes over the words of NOT_TRIGGERS unmatched, so a lexicon phrase that
    begins with one of them as a whole word can never match ("came" once left "came into force" and
    "came under ... control" dead): no such phrase may exist."""
    dead = []
    for kind, entries in LEXICON.items():
        for _bonus, pattern in entries:
            for branch in (b for top in top_level(pattern, "|") for b in expand(top)):
                first = re.match(r"[A-Za-z'’-]+", branch)
                rest = branch[first.end():] if first else ""
                if first and first.group().lower() in NOT_TRIGGERS and (rest == "" or rest.startswith(("\\s", "\\b", "(?=", "(?!"))):
                    dead.append((kind, branch[:60]))
    assert dead == []
    for phrase in ("came into force", "came under the control of", "came under fire"):
        assert find_triggers(phrase, 0, len(phrase)), phrase
