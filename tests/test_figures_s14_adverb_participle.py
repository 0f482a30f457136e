"""Session 14: a count's own verb read through the adverbs agency prose puts before the participle.

"About 90,000 people were already internally displaced", "over 3 million have been forcibly
displaced": the verb right after the count says what it counts. With two adverbs, or with "forcibly",
the engine did not see that verb and let the count take the cue of the clause before it ("… relied
on food aid, and about 90,000 people were already internally displaced" gave 90,000 in need).
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 1, 15)).to_dict()["figures"]]


@pytest.mark.parametrize(
    "text",
    [
        "Before the clashes, some 450,000 people depended on food aid, and about 90,000 people were already internally displaced.",
        "Across the country 18 million people need humanitarian assistance, and over 90,000 people have been forcibly displaced since June.",
        "Some 450,000 people depended on food aid, while about 90,000 had recently been displaced by floods.",
    ],
)
def test_the_count_after_a_need_clause_keeps_its_own_verb(text: str) -> None:
    figs = _figs(text)
    assert (90000.0, "displaced") in figs, figs
    assert (90000.0, "in_need") not in figs


def test_one_adverb_still_reads_as_before() -> None:
    figs = _figs("Some 450,000 people depended on food aid, and about 90,000 people were newly displaced.")
    assert (90000.0, "displaced") in figs
    assert (450000.0, "in_need") in figs
