"""Session 11: a count said to have gone past a mark is more than the mark.

"The number displaced now exceeds 2 million", "toll passes 300", "upward of 2,950": writers file
these as more_than (the issue: more than, over, upwards of). The verb stays out of the figure's
text, so that what the count is read as does not move.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str, str]]:
    out = extract(text, date(2024, 8, 20)).to_dict()["figures"]
    return [(float(f["value"]), f["category"], f["qualifier"]) for f in out]


def test_exceeds_is_more_than() -> None:
    got = _figs("The number of people displaced in the province now exceeds 1.4 million, officials said.")
    assert got == [(1_400_000.0, "displaced", "more_than")]


def test_toll_passes_is_more_than() -> None:
    assert _figs("Quake death toll passes 4,000 as rescuers dig on") == [(4_000.0, "killed", "more_than")]


def test_topped_is_more_than() -> None:
    got = _figs("By Friday the number of refugees registered in the camp had topped 31,000.")
    assert got == [(31_000.0, "refugees", "more_than")]


def test_upward_of_is_more_than() -> None:
    assert _figs("Upward of 870 people were injured in the blasts.") == [(870.0, "injured", "more_than")]


def test_plain_count_stays_exact() -> None:
    assert _figs("The shelling killed 14 people in the market.") == [(14.0, "killed", "exact")]
