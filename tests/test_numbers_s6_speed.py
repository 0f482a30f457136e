"""Speed rewrites of the number scans find exactly what the patterns that define them find."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibmon.extract.numbers import _CANDIDATE, _candidates

TRICKY = [
    "someone one; three often ten, tenth two_ _two two-thirds, a hundred pizza a thousand",
    "xthree three quarters two thirds 1,200.5 3rd 2019 covid19 ٣ twenty-five fifty",
    "a\n\t hundred, a  million, sofa hundred, a hundreds, a thirdly, a third, (a dozen) a quarter.",
    "nineteenineteen oneone one\u00e9 \u00e9one one_ seven seventeen seventy sevens half halfway",
    "one", "a million", "ten.", "", "a", " a third", "2one one2 five,six;eight-nine",
]


@pytest.mark.parametrize("text", TRICKY)
def test_candidates_by_find_match_the_single_pattern(text: str) -> None:
    low = text.lower()
    assert _candidates(low) == [m.span() for m in _CANDIDATE.finditer(low)]


def test_candidates_match_the_single_pattern_on_the_dev_sets() -> None:
    root = Path(__file__).parent / "devset"
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(root.glob("*/*.txt"))]
    assert texts
    for low in texts:
        assert _candidates(low) == [m.span() for m in _CANDIDATE.finditer(low)]
