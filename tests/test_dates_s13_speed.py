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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Talks resumed in Geneva on Monday. The envoy left on Friday", ["on Monday", "on Friday"]),
        ("Why now? The strike came on Monday! Officials met on 4 May; rebels fled on Friday",
         ["on Monday", "on 4 May", "on Friday"]),
        ("The vote fell through\non Tuesday the council met again", ["on Tuesday"]),
        ("Aid reached the Jan. 5 convoy site on Saturday", ["Jan. 5", "on Saturday"]),
    ],
)
def test_a_window_is_cut_at_the_stops_the_text_holds(text: str, found: list[str]) -> None:
    # only the end marks a text holds are looked for before each anchor; the dates stay the same
    assert [d.text for d in find_dates(text, date(2024, 5, 18))] == found


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the mayor said the road will reopen", "the mayor said the road will reopen"),
        ('"We will hold the line," the commander said', " the commander said"),
        ("“Aid will come,” the envoy told reporters", " the envoy told reporters"),
        ('a "temporary" truce will hold', 'a "temporary" truce will hold'),
    ],
)
def test_the_window_after_a_closed_quotation(before: str, after: str) -> None:
    assert tense._after_quote(before) == after


def test_a_day_with_its_year_does_not_look_ahead_but_one_without_does() -> None:
    pub = date(2024, 5, 8)
    (told,) = find_dates("The talks will resume on 10 March 2024.", pub)
    assert told.start == "2024-03-10"
    (bare,) = find_dates("The talks will resume on 20 May.", pub)
    assert bare.start == "2024-05-20"


@pytest.mark.parametrize(
    ("text", "end", "ago", "later"),
    [
        ("three days ago", 10, True, False), ("days\n\t ago", 4, True, False), ("days\u00a0later,", 4, False, True),
        ("daysago", 4, False, False), ("days  later", 4, False, True), ("days", 4, False, False),
        ("week later", 4, False, False),
    ],
)
def test_ago_and_later_after_a_unit(text: str, end: int, ago: bool, later: bool) -> None:
    from idlibmon.extract.dates import spans

    start = end - 4
    assert spans._ago_after(text, end) is ago
    assert spans._later_after(text, start, end) is later
