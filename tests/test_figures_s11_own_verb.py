"""Session 11: a count after "died and" / "were killed and" that has a verb of its own.

"20 had died and 290 were being treated for burns": the second count is the subject of its own
clause, so the casualty verb before "and" is not its predicate. Its own verb says what it counts
(treated for burns: injured), or nothing a key figure counts (rescued), and then the count takes
no casualty category. A count with no verb of its own still shares the one before
("killed 12 and wounded 30" stays as it was; "displaced and 40,000 more" is untouched).
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 5, 6)).to_dict()["figures"]]


def test_treated_for_burns_after_died_and_is_injured() -> None:
    got = _figs("Officials said at least 14 people had died and more than 160 were being treated for burns.")
    assert got == [(14.0, "killed"), (160.0, "injured")]


def test_rescued_after_died_and_is_not_killed() -> None:
    got = _figs("At least three people have died and more than 55 have been rescued from flooded homes.")
    assert (3.0, "killed") in got
    assert (55.0, "killed") not in got


def test_need_shared_across_and_is_kept() -> None:
    got = _figs("Some 9.1 million people need food aid and 2.3 million are close to famine.")
    assert (2_300_000.0, "in_need") in got


def test_bare_count_after_killed_and_wounded_is_unchanged() -> None:
    got = _figs("The strike killed 12 people and wounded 30 others in the market.")
    assert got == [(12.0, "killed"), (30.0, "injured")]
