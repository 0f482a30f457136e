"""Session 6: one person's flight is a story, not a wave of displacement.

A witness who "fled the town with her six children in January and now lives in a tent" tells the
reader what the war did to one family; the timeline shows the flight of thousands ("some 40,000
people fled the district last week"). The annotated sets leave such stories out or optional. Every
sentence is our own; none comes from a dev or blind text.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2021, 3, 19)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Amira, 34, who fled the town of Kessa with her four children in January, now sleeps in a mosque.",
        "A teacher who fled Dorvan in February and now lives in a tent near the border said the camp was full.",
        "Two years after he fled his village, the farmer returned to find his house gone.",
        "One driver fled to the port on Thursday and asked not to be named.",
        "The baker fled with his family to the capital in January.",
    ],
)
def test_one_persons_flight_is_no_event(text: str) -> None:
    assert all(k != "displacement" for k, _ in kinds(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 40,000 people fled the district last week, the UN said.", [("displacement", "2021-03-08")]),
        ("Thousands of families fled Kessa in January as the shelling spread.", [("displacement", "2021-01")]),
    ],
)
def test_a_wave_of_flight_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert [k for k in kinds(text) if k[0] == "displacement"] == expected
