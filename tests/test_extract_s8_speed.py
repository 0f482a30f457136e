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


def test_own_place_skips_only_windows_without_a_capital(corpus: list[str]) -> None:
    from idlibmon.extract import figure_binding

    def pattern_finds_none(t: str, s: int, e: int) -> bool:
        """What the shortcut assumes: no match of the pattern starts inside a window without a capital."""
        return all(m.start() >= e for m in figure_binding._OWN_PLACE.finditer(t, s, len(t)))

    pieces = ["fled ", "in ", "Goma", "goma", " and ", "Las Anod", "É", "Éd", "1,200 ", "people ", "Syria's ", "across ",
              "the ", "\u212a", "ı"]
    texts = [t[:400] for t in corpus] + _random_texts(pieces, 83, count=3000, longest=10)
    for t in texts:
        for s, e in ((0, len(t)), (len(t) // 3, len(t))):
            if t[s:e].islower():
                assert pattern_finds_none(t, s, e), repr(t[s:e])
                assert figure_binding.own_place(t, s, e) is None


def test_record_since_read_only_where_a_record_word_stands(corpus: list[str]) -> None:
    from idlibmon.extract import figure_mentions as fm
    # case-blind matching takes "ſ" for "s", "İ" and "ı" for "i": such windows must still be searched
    pieces = ["deadliest ", "moſt ", "MOST ", "fİrst time ", "fırst time ", "worst ", "attack ", "since ", "Since ",
              "2016", " in ", ", ", ".", "\u212a"]
    for t in _random_texts(pieces, 84, count=4000, longest=10) + [c[:300] for c in corpus]:
        for s in range(0, len(t) + 1, 7):
            window = t[max(0, s - 130):s] + ("since" if t.startswith(("since", "Since"), s) else "")
            want = "since" in window and fm._COMPARED_SINCE.search(window) is not None
            assert fm._compared_since(t, 0, s) == want, repr(window)


def test_scanners_on_ascii_texts_find_what_their_patterns_find(corpus: list[str]) -> None:
    from idlibmon.extract import alternation, figure_cues, figure_words, sources

    pairs = [(figure_words._TRIGGER_AT, figure_words._TRIGGER_AFTER_GAP), (figure_cues._EXTRA_AT, figure_cues._EXTRA_AFTER_GAP),
             (sources._CUE, sources._CUE_AFTER_GAP)]
    pieces = ["fled ", "displaced", "killed", "said", "according to", "_", "x", "9", " ", "-", ",", "\n", "(", "'", "idps",
              "in need", "reported", "\t"]
    texts = [ascii_lower(t) for t in corpus if t.isascii()] + _random_texts(pieces, 85, count=1500, longest=12)
    for low in texts:
        assert low.isascii()
        for at, after_gap in pairs:
            for lo, hi in ((0, len(low)), (1, len(low)), (len(low) // 2, len(low))):
                assert alternation.word_spans(at, after_gap, low, lo, hi) == [m.span() for m in at.finditer(low, lo, hi)]


def test_numbers_rounded_to_six_places_as_round_does() -> None:
    rnd = random.Random(86)
    values = [0.0, 1.0, 4.1 * 1e6, 2.5, 1 / 3, 1e15, 123456789.0, 0.1 + 0.2, 7.8, 1.2e6 + 0.5]
    values += [rnd.randint(0, 10**12) * rnd.choice((1.0, 0.001, 1e-7, 1.609344, 0.25)) for _ in range(20000)]
    for v in values:
        assert numbers._round6(v) == round(v, 6) and repr(numbers._round6(v)) == repr(round(v, 6)), v
