"""Whole-text scans done by `str.find`, `str.split` and byte translation instead of a pattern
that opens with a character class: each must find exactly what its pattern finds, on every
dev-set text and on strings built to hit the edges (overlapping words, non-ASCII characters,
white space that is not a space, text starts and ends)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from idlibmon.extract import numbers, places, text
from idlibmon.extract.text import ascii_lower

DEVSET = Path(__file__).parent / "devset"


def _devset_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*/*.txt"))]


def _random_texts(pieces: list[str], seed: int, count: int = 3000, longest: int = 25) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return _devset_texts()


def test_the_place_keywords_found_by_str_find_are_the_patterns(corpus: list[str]) -> None:
    # "eastown", "areast", "crossingovernorate": keywords that overlap, where the pattern keeps the first
    tricky = ["eastown", "areast", "ruralgreaterural", "provincentral", "crossingovernorate", "campprovince",
              "southeastern area", "sub-district", "North", ""]
    pieces = [*places._KEYWORD_LIST, " ", "-", "x", "’", "of"]
    for t in corpus + tricky + _random_texts(pieces, 1):
        assert places._keyword_hits(t) == [(m.start(), m.group()) for m in places._KEYWORDS.finditer(t)], t[:80]


def test_lines_split_at_newlines_are_the_patterns_lines(corpus: list[str]) -> None:
    pieces = ["a", "B.", " ", "\t", "\n", "\x85", "\u2028", "\x0c", "\r\n", "\xa0"]
    for t in corpus + _random_texts(pieces, 3):
        assert list(text._text_lines(t)) == [m.span() for m in text._TEXT_LINE.finditer(t)], repr(t[:80])


def test_sentence_ends_tried_at_their_punctuation_are_the_patterns(corpus: list[str]) -> None:
    pieces = ["a", "Z", "0", ".", "!", "?", "…", " ", "\t", "\n", "“", "”", "’", ")", "]", "(", "•", "No.", "Mr. "]
    for t in corpus + _random_texts(pieces, 4, longest=40):
        for lo, hi in [(0, len(t)), *text._text_lines(t)]:
            assert [m.span() for m in text._ends(t, lo, hi)] == [m.span() for m in text._END.finditer(t, lo, hi)], repr(t)


def _boilerplate_by_line_pattern(t: str) -> list[tuple[int, int]]:
    """`text.boilerplate` as written before lines were split: `_LINE.finditer`."""
    out: list[tuple[int, int]] = []
    prev = None
    for m in text._LINE.finditer(t):
        line = m.group()
        if not line.strip():
            continue
        span = m.span()
        if text.is_boilerplate(line):
            if prev and text._READ_MORE_LINK.match(line) and text._teaser(t[prev[0]:prev[1]]) and (not out or out[-1] != prev):
                out.append(prev)
            out.append(span)
        prev = span
    return out


def test_boilerplate_lines_are_read_as_the_line_pattern_reads_them(corpus: list[str]) -> None:
    page = "Home | News | Opinion\n\n   \nRead More »\nA teaser line\nRead More »\nBody text.\n© 2020 Outlet\n"
    assert text.boilerplate(page) == [(0, 21), (27, 38), (39, 52), (53, 64), (76, 89)]
    pieces = ["Home | News | Opinion", "Read More »", "A teaser", "Body text.", "© 2020", "\n", "\n\n", "   ", "\x85"]
    for t in corpus + _random_texts(pieces, 8, count=1000, longest=12):
        assert text.boilerplate(t) == _boilerplate_by_line_pattern(t), repr(t[:80])


def test_digit_runs_found_in_translated_bytes_are_the_patterns(corpus: list[str]) -> None:
    pieces = ["0", "12", ",", ".", "?", " ", "a", "٣", "’", "é", "1.000,5", "..", ",,", "\n"]
    for t in corpus + _random_texts(pieces, 5):
        low = ascii_lower(t)
        assert numbers._digit_runs(low) == [m.span() for m in numbers._DIGIT_RUN.finditer(low)], repr(t[:80])


def test_url_and_phone_signs_found_by_str_find_are_the_patterns(corpus: list[str]) -> None:
    pieces = ["/", "@", "+", "w", "ww", "www", "tel", "phone", "fax", "mob", "call", "hotline", "whatsapp", "00",
              "0000", "1", ",", ".", " ", "٣", "’"]
    for t in corpus + _random_texts(pieces, 6):
        low = ascii_lower(t)
        assert numbers._signs(low) == numbers._signs_by_pattern(low), repr(t[:80])
