"""Session 14: "another" that opens the next kind of count is no count on top of the same kind.

Sitreps open with a key-figures box and tell the same numbers in prose: "46 people were killed and
another 237 injured". The engine read "another 237" as added to earlier counts and so kept it apart
from the box's "237 people injured": the same figure twice. "Another" adds only to a count of its own
kind ("12 killed on Monday … another 12 were killed"); after a count of another kind it only moves on.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 6, 2)).to_dict()["figures"]]


def test_box_and_prose_with_another_are_one_figure() -> None:
    text = ("KEY FIGURES\n- 52 people killed\n- 310 people injured\n\n"
            "Since Friday at least 52 people have been killed and another 310 injured across the province, "
            "health authorities said.")
    figs = _figs(text)
    assert figs.count((310.0, "injured")) == 1
    assert figs.count((52.0, "killed")) == 1


def test_another_of_the_same_kind_still_adds() -> None:
    figs = _figs("Air strikes killed 15 people in the market on Monday. On Tuesday another 15 people were killed near the bakery.")
    assert figs.count((15.0, "killed")) == 2


def test_another_after_a_count_of_another_kind_keeps_its_own_category() -> None:
    figs = _figs("About 4,000 people fled the district and another 900 were wounded in the shelling.")
    assert (4000.0, "displaced") in figs
    assert (900.0, "injured") in figs

