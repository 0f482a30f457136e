"""Session 14: a count told as added, then restated plainly later, is one figure.

"A further 250,000 people have returned" marks its count as added, and added counts merge only
with mentions marked the same way. A key-figures box after the body ("- 250,000 returned") says
the same count again without the mark, and the text gave it twice. A plain mention that comes
before the added one is another count and stays apart.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 5, 1)).to_dict()["figures"]]


def test_box_after_the_body_restates_an_added_count() -> None:
    text = ("Fighting went on in the south. A further 250,000 people have returned home since March, officials said.\n\n"
            "Key figures\n- 250,000 returned since March\n- 40 killed")
    assert _figs(text).count((250000.0, "returned")) == 1


def test_a_plain_count_before_the_added_one_stays_apart() -> None:
    text = ("At least 20 civilians were injured in the morning raid. "
            "In the afternoon another 20 civilians were injured near the market.")
    assert _figs(text).count((20.0, "injured")) == 2
