"""Session-8 speed changes that must find exactly what the slower code found: each test holds a
faster path equal to the plain one, on every dev-set text and on strings built to hit the edges."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from idlibmon.extract import numbers, text
from idlibmon.extract.text import ascii_lower

DEVSET = Path(__file__).parent / "devset"


def _random_texts(pieces: list[str], seed: int, count: int = 3000, longest: int = 25) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*/*.txt"))]


def test_number_words_found_by_their_shared_starts_are_the_patterns(corpus: list[str]) -> None:
    # words of one group back to back, inside longer words ("between", "sixtyish"), at the edges
    pieces = ["six", "sixteen", "sixty", "seven", "seventy", "seventeen", "twelve", "twenty", "between", "twe",
              "thirteen", "thirty", "thirt", "fifteen", "fifty", "fift", "fourteen", "four", "forty", "nine",
              "ninety", "nineteen", "eight", "eighty", "weight", " ", "-", ",", "é", "_", "a", "1", "\n"]
    for t in corpus + _random_texts(pieces, 81, count=4000, longest=10):
        low = ascii_lower(t)
        assert numbers._candidates(low) == [m.span() for m in numbers._CANDIDATE.finditer(low)], repr(t[:80])


def test_number_word_groups_hold_every_number_word_once() -> None:
    grouped = [w for start, words in numbers._NUMBER_WORD_GROUPS for w in words]
    assert sorted(grouped) == sorted(numbers._NUMBER_WORDS)
    for start, words in numbers._NUMBER_WORD_GROUPS:
        assert len(start) >= 3 and all(w.startswith(start) for w in words)


def _boilerplate_line_by_line(t: str) -> list[tuple[int, int]]:
    """`text.boilerplate` as it reads each line by itself (`is_boilerplate` lowers the line)."""
    out: list[tuple[int, int]] = []
    prev = None
    for span in text._text_lines(t):
        line = t[span[0]:span[1]]
        if text.is_boilerplate(line):
            if prev and text._READ_MORE_LINK.match(line) and text._teaser(t[prev[0]:prev[1]]) and (not out or out[-1] != prev):
                out.append(prev)
            out.append(span)
        prev = span
    return out


def test_boilerplate_read_on_the_text_lowered_once_is_read_line_by_line(corpus: list[str]) -> None:
    # letters that lower into ASCII ones ("İ", the Kelvin sign) or change length, and lines
    # opening with white space, so that the lowered text's offsets are put to the test
    pieces = ["NEWSLETTER", "Newsletter", "COOKIES", "coo", "kie", "\u212aie", "REPUBLISH", "All Rights Reserved",
              "\u0130", "\u0131", "\u017f", "É", "ß", "Σ", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "Sign up ",
              "Read More »", "Body text.", "© 2020", "(AFP)", "Home | News | Video"]
    for t in corpus + _random_texts(pieces, 82, count=3000, longest=14):
        assert text.boilerplate(t) == _boilerplate_line_by_line(t), repr(t[:80])
