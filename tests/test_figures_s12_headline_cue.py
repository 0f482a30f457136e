"""Session 12: a headline's cue that belongs to another count, and the historic present of injuries.

A headline squeezes two clauses into one line ("Exodus tops 3 million as death toll climbs"), so
the nearest cue word can belong to another count. When the body says the same number with the same
hedge under another category, and never under the headline's, writers keep the body's reading.
Timelines tell their entries in the historic present ("a shell kills 12 and injures 40"): the
present of "injure" is as much an injury cue as its past.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2022, 3, 9)).to_dict()["figures"]]


def test_headline_toll_word_of_another_clause_yields_to_the_body() -> None:
    text = ("Refugee flight tops 3 million as civilian toll rises\n\n"
            "More than 3 million people have fled the country since the invasion began, the UN refugee "
            "agency said on Wednesday.\n")
    assert _figs(text) == [(3_000_000.0, "refugees")]


def test_headline_refugees_back_home_yield_to_the_body_returns() -> None:
    text = ("More than 500,000 refugees back in their country as rebuilding stalls\n\n"
            "More than 500,000 refugees have returned home from neighbouring states since January, "
            "the agency said.\n")
    assert _figs(text) == [(500_000.0, "returned")]


def test_headline_kept_when_the_body_says_the_same_category() -> None:
    text = ("Blast kills 40 in market town\n\n"
            "A car bomb killed 40 people and wounded 40 others in the town on Tuesday, officials said.\n")
    assert sorted(_figs(text)) == [(40.0, "injured"), (40.0, "killed")]


def test_headline_kept_when_the_body_does_not_repeat_the_number() -> None:
    text = ("Shelling kills 14 in border villages\n\n"
            "Artillery fire hit three villages near the border overnight, residents said.\n")
    assert _figs(text) == [(14.0, "killed")]


def test_historic_present_injures_is_an_injury_count() -> None:
    text = "3 May - A rocket strikes a bus station, kills 12 people and injures nearly 90, officials say.\n"
    assert _figs(text) == [(12.0, "killed"), (90.0, "injured")]


def test_historic_present_injures_after_a_killed_count_with_its_own_noun() -> None:
    text = "An air raid on the camp kills at least 7 civilians and injures more than 30.\n"
    assert _figs(text) == [(7.0, "killed"), (30.0, "injured")]


def test_headline_toll_said_again_in_the_body_as_the_wounded() -> None:
    text = ("Bombing death toll passes 200 as city mourns\n\n"
            "The toll from the truck bomb rose to 204 on Monday. More than 200 others were wounded.\n")
    assert sorted(_figs(text)) == [(200.0, "injured"), (204.0, "killed")]
