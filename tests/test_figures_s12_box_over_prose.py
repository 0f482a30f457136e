"""Session 12: a key-figures box names what its number counts; prose under another cue yields to it.

News, timelines and analyses end with "Key figures" or open with "Highlights" bullets that label
each number ("- 45,000+ refugees in Chad"). The body tells the same count in a clause whose cue
may be another's ("more than 45,000 people have crossed into eastern Chad", "people have
arrived"). Writers keep the box's category. An aside naming a share of the population ("most of
its population") between a count and its verb describes the count; it does not make it one.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 5, 4)).to_dict()["figures"]]


def test_boxed_refugees_win_over_prose_arrivals() -> None:
    text = ("Fighting spreads along the border\n\n"
            "The agency said more than 45,000 people have arrived from the Darfur region since the clashes began.\n\n"
            "Key figures\n"
            "- 45,000+ refugees in Chad\n"
            "- At least 90 killed\n")
    assert sorted(_figs(text)) == [(90.0, "killed"), (45_000.0, "refugees")]


def test_boxed_count_with_another_hedge_is_another_count() -> None:
    text = ("Camps fill up in the north\n\n"
            "- About 12,000 people fled the town into the hills on Monday.\n\n"
            "The largest camp now hosts more than 12,000 people in tents meant for half as many.\n")
    assert sorted(_figs(text)) == [(12_000.0, "displaced"), (12_000.0, "population")]


def test_small_counts_in_a_box_and_in_prose_stay_apart() -> None:
    text = ("Strikes hit the district\n\n"
            "A further 40 people were wounded in the market on Sunday.\n\n"
            "Key figures\n"
            "- 40 killed\n")
    assert sorted(_figs(text)) == [(40.0, "injured"), (40.0, "killed")]


def test_most_of_its_population_aside_leaves_the_need() -> None:
    assert _figs("The UN says 3.1 million people in the province, most of its population, need food aid.") \
        == [(3_100_000.0, "in_need")]
