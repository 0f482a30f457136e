"""Session 7 speed rewrites of the sentence splitter: each finds exactly what the code it
replaces found (full stops looked for alone when a text has no other end mark; the walk back
over a word before a full stop cut short once the word is longer than any abbreviation; the
lines of the last text kept for the second step that asks for them)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from idlibmon.extract import text

DEVSET = Path(__file__).parent / "devset"


def _random_texts(pieces: list[str], seed: int, count: int = 2000, longest: int = 40) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*/*.txt"))]


def test_full_stops_alone_find_the_patterns_sentence_ends(corpus: list[str]) -> None:
    pieces = ["a", "Z", "0", ".", "..", " ", "\t", "\n", "“", "”", "’", ")", "]", "(", "•", "No.", "Mr. ", "U.N. "]
    texts = [t.replace("!", ".").replace("?", ".").replace("…", ".") for t in corpus] + _random_texts(pieces, 7)
    for t in texts:
        for lo, hi in [(0, len(t)), *text._text_lines(t)]:
            assert [m.span() for m in text._dot_ends(t, lo, hi)] == [m.span() for m in text._END.finditer(t, lo, hi)]


def _is_abbrev_walking_the_whole_word(t: str, dot: int) -> bool:
    """`text._is_abbrev` as it was: the whole word before the full stop read, however long."""
    if dot >= len(t) or t[dot] != ".":
        return False
    start = dot
    while start > 0 and (t[start - 1].isalpha() or t[start - 1] in ".'"):
        start -= 1
    word = t[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and t[start].isupper():
        return True
    return word in text._ABBREV


@pytest.mark.parametrize("t", ["Gen.", "approx.", "approxx.", "int'l.", "U.S.", "e.g.", "Bashar H.", "İ.", "İİİİİİ.",
                               "sept.", "x.y.z.w.q.", "Sept.", "governments.", "No."])
def test_an_abbreviation_is_told_as_before_whatever_the_word_length(t: str) -> None:
    dot = len(t) - 1
    assert text._is_abbrev(t, dot) == _is_abbrev_walking_the_whole_word(t, dot)


def test_abbreviations_match_the_whole_word_walk_on_the_dev_sets(corpus: list[str]) -> None:
    for t in corpus:
        dot = t.find(".")
        while dot >= 0:
            assert text._is_abbrev(t, dot) == _is_abbrev_walking_the_whole_word(t, dot), t[max(0, dot - 20):dot + 1]
            dot = t.find(".", dot + 1)


def test_sentences_of_a_text_with_other_end_marks_are_unchanged() -> None:
    t = "Fighting rose! Who fled? Many did… Then calm. OCHA said 5 fled."
    assert text.sentences(t) == [(0, 14), (15, 24), (25, 34), (35, 45), (46, 63)]
    assert text.sentences(t.replace("!", ".").replace("?", ".").replace("…", ".")) == [
        (0, 14), (15, 24), (25, 34), (35, 45), (46, 63)]


def test_the_last_texts_lines_are_the_lines_of_that_very_text() -> None:
    a = "one line\n\nanother\n"
    b = "".join(["one line\n", "\nanother\n"])  # equal, but not the same string: it is split again
    assert b is not a
    first = text._text_lines(a)
    assert text._text_lines(a) is first
    assert text._text_lines(b) == first == ((0, 8), (10, 17))
    assert text._text_lines("x\ny") == ((0, 1), (2, 3))
    assert text._text_lines(a) == first



@pytest.mark.parametrize("t", ["0012 345 6789", "call 00963 11 234", "235,000 and 1.000.000", "x00", "a,00", "٣00", "00",
                               "100 001 0000 00 1,00 .00 ١٠٠٠", "tel: +963 11 000 0000", ""])
def test_dialing_prefix_signs_skip_zeros_inside_numbers_as_the_pattern_does(t: str) -> None:
    from idlibmon.extract import numbers

    low = t.lower()
    assert numbers._signs(low) == numbers._signs_by_pattern(low)
