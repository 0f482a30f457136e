"""Session 6: dated words that tell no happening a timeline would show — a report's own title
date, one person's flight told in an interview, the war's outbreak given by its year as
background, and fighting told as going on through a stretch of days.
Every sentence is our own; none comes from a dev or blind text."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2022, 6, 17)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    "text",
    [
        # a report's number and date closing its title line
        "Flooding and clashes in the eastern provinces - Situation Report 7, 14 June 2022\n\nHighlights",
        "Attacks on displacement sites in the north - Flash Update No. 3 (15 June 2022)\n\nKey messages",
        "Meetings Coverage, 9120th meeting (PM), issued 16 June 2022\n",
        # one person's own flight, told by the person
        '"Nothing is left of our street," said Samir, 51, a teacher who fled the village with his four children late last month.',
        '"The shooting never stopped," said one farmer, who fled to the district capital on Tuesday and asked not to be named.',
        "Three years after she fled her home town in 2019, she returned to find it empty.",
        "Rania fled the camp in May with her two sons and now sleeps in a school.",
        # the war's outbreak dated by its year alone, as a measure or an aside
        "The town is the third district centre to change hands since the insurgency began in 2017.",
        "The conflict has killed more than 50,000 people since it erupted in 2017 with a wave of attacks on police posts.",
        "The war in the north, which began as a revolt over land rights in 2017, has displaced two million people.",
        # fighting told as going on through a stretch
        "Local sources said that clashes continued through 14 June.",
        "Shelling and air strikes continued across the southern districts during the past week.",
        "Fighting around the bridge continued into the following day.",
        "Gunfire could be heard through the night into Wednesday.",
        "The truce between the two militias held through its first full day on Tuesday.",
    ],
)
def test_no_event(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting's own date at a line's end is news, not a title
        ("The Security Council met in emergency session on 16 June 2022\n", [("talks", "2022-06-16")]),
        # many people fleeing is a displacement, even with their children
        ("More than 12,000 people fled the district centre on Thursday.", [("displacement", "2022-06-16")]),
        ("Families fled the village with their children on Monday.", [("displacement", "2022-06-13")]),
        # a rebel-held area is no truce that held: the stepped-up strikes of this week stay
        ("The air force has stepped up strikes on rebel-held areas this week.", [("escalation", "2022-06-13")]),
        # an outbreak given to the month, or a war told as the story's own start, stays
        ("Some 300,000 people have been killed since the conflict began in March 2017.", [("other", "2017-03")]),
        ("A civil war broke out in 2013, when the president accused his deputy of a coup.", [("escalation", "2013")]),
        # fighting that went on on a day, with its toll, is that day's attack
        ("Shelling continued on Thursday across the south, killing at least nine civilians.", [("attack", "2022-06-16")]),
        # a truce that came into effect on a day is dated by it, though fighting goes on
        (
            "Fighting continues in the capital despite a ceasefire that came into effect on Monday evening, 13 June.",
            [("ceasefire", "2022-06-13")],
        ),
    ],
)
def test_still_an_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected
