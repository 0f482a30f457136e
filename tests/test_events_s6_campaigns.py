"""Session 6: a campaign's start owns its date.

A date told with the launch of an operation (in an aside, a relative clause, a "since launching"
clause, or as what a side announced) dates the offensive, not the capture, strike, statement or
escalation beside it. Every sentence is our own; none comes from a dev or blind text.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2021, 3, 19)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the launch told in an aside between commas, with another verb after it
        ("Army operations to clear the northern hills, launched on 2 March, have slowed in recent days.",
         [("offensive", "2021-03-02")]),
        # the operation's name told between the launch and its date
        ("The army launched the operation, which it called Iron Gate, on 4 March, with shelling of the ridge.",
         [("offensive", "2021-03-04")]),
        # a "since launching" clause dates the launch, not the captures of the main clause
        ("Loyalist troops have retaken dozens of hamlets since launching a fresh offensive in January.",
         [("offensive", "2021-01")]),
        # a campaign as the subject of its relaunch or of its sweep
        ("Reopening the road is the main aim of the campaign that the army, backed by foreign jets, relaunched in mid-January.",
         [("offensive", "2021-01")]),
        ("The town fell as part of a campaign that has swept through the valley since February.",
         [("offensive", "2021-02")]),
        # a drive launched on a place
        ("Some 20,000 people have left the district since January, when the militia first launched its drive on the port.",
         [("offensive", "2021-01")]),
        # forces pressing on towards a city
        ("Rebel columns pressed south towards the provincial capital on Tuesday after taking the airport.",
         [("offensive", "2021-03-16")]),
    ],
)
def test_campaign_start_owns_the_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offensive announced as begun: the offensive, whatever its adjectives
        ("The assault began on Thursday, a day after the prime minister announced the start of a long-delayed offensive.",
         [("offensive", "2021-03-18"), ("offensive", "2021-03-17")]),
        ("Fighting has gone on around the capital since 6 February, when the eastern army announced an advance on the city.",
         [("offensive", "2021-02-06")]),
    ],
)
def test_announced_campaign_is_the_offensive(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(kinds(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a drive for vaccines is no offensive
        "Health workers launched a vaccination drive in the camps on Monday.",
        # forces still pressing on are a state, dated by nothing
        "The army said it had taken 14 villages in the past week and was pressing north toward the river.",
    ],
)
def test_no_campaign_here(text: str) -> None:
    assert all(k != "offensive" for k, _ in kinds(text))
