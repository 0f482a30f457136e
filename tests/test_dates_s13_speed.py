"""Session 13 speed cuts in the date step: each prefilter says no only where its pattern finds nothing."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates, tense


@pytest.mark.parametrize(
    "before",
    [
        "the mission is to", "observers are to", "a round of talks set to", "the army is going to",
        "a donor meeting to be held", "a curfew to start", "the evacuation to begin",
        "a new truce to take effect", "the accord to come into force",
    ],
)
def test_a_cue_that_needs_to_passes_the_phrase_test(before: str) -> None:
    window = " " + before + " "
    assert tense._FUTURE_BEFORE.search(window), window
    assert tense._may_look_ahead(window)


@pytest.mark.parametrize(
    "before",
    ["the mission is\nto", "observers are  to", "a summit to be\u00a0held", "a curfew to\tstart"],
)
def test_white_space_other_than_one_space_keeps_the_word_test(before: str) -> None:
    window = " " + before + " "
    assert tense._FUTURE_BEFORE.search(window), window
    assert tense._may_look_ahead(window)


@pytest.mark.parametrize(
    "before",
    [
        " this story told how the town was taken", " the held ground came under fire from the hills",
        " the start of the siege took a toll on the area",
    ],
)
def test_the_words_of_a_to_cue_without_the_phrase_are_ruled_out(before: str) -> None:
    assert not tense._FUTURE_BEFORE.search(before)
    assert not tense._may_look_ahead(before)


def test_a_plan_told_with_is_to_still_looks_ahead() -> None:
    # published on a Wednesday: "on Friday" after "is to" is the coming Friday
    pub = date(2024, 5, 8)
    (ahead,) = find_dates("The envoy is to visit the camps on Friday.", pub)
    assert ahead.start == "2024-05-10"
    (past,) = find_dates("The envoy visited the camps on Friday.", pub)
    assert past.start == "2024-05-03"
