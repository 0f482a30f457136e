"""Speed rewrites of source, arrest and seat tests find exactly what their patterns find."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibmon.extract import figure_cues, figure_mentions, sources
from idlibmon.extract.alternation import expand
from idlibmon.extract.text import ascii_lower, sentences

DEVSET = Path(__file__).parent / "devset"
SOURCE_TEXTS = [
    "the UN refugee agency said; the  UNHCR said. the\nRed Cross, The UN, theUN, bathe UN, the UN Security Council",
    "According to the Syrian Observatory for Human Rights, the Britain-based monitor and the Observatory: the U.N.",
    "the the UN's humanitarian office, the\tWHO, OCHA the UN, the United Nations General Assembly, the UN.",
    "lathe Red Cross; the Red Crescent; Turkish Red Crescent; the Turkish military; theRed Cross; the",
]


def _dev_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*/*.txt"))]


def test_every_name_read_with_the_is_the_before_a_name_with_a_capital() -> None:
    alternatives = [alt for p in sources._KNOWN.values() for alt in expand(f"(?:{p})\\b")]
    capital = set(alternatives)
    with_the = [alt for alt in alternatives if alt[0] == "t"]
    assert with_the
    for alt in with_the:
        assert alt.startswith("the\\s+")
        assert set(expand(alt[len("the\\s+"):])) <= capital


@pytest.mark.parametrize("text", SOURCE_TEXTS)
def test_source_names_found_as_the_pattern_finds_them(text: str) -> None:
    for lo in range(0, len(text), 7):
        for hi in (len(text), len(text) - 3, lo + 30):
            got = [m.span() for m in sources._sources_in(text, lo, hi)]
            assert got == [m.span() for m in sources._SOURCE.finditer(text, lo, hi)], (lo, hi)


def test_source_names_found_as_the_pattern_finds_them_in_every_dev_sentence() -> None:
    for text in _dev_texts():
        for lo, hi in sentences(text):
            assert [m.span() for m in sources._sources_in(text, lo, hi)] == [
                m.span() for m in sources._SOURCE.finditer(text, lo, hi)]


@pytest.mark.parametrize("after", [
    " were arrested", "  have been detained", " had reportedly been abducted", " remained in detention",
    " were killed", "people were", " in detention", "\nforcibly disappeared", "", " in", " held hostage",
])
def test_held_reads_the_next_word_as_the_pattern_does(after: str) -> None:
    low = ("12" + after + " last week").lower()
    assert figure_cues.held(low, 2) == (figure_cues._HELD_AFTER.match(low, 2) is not None)


def test_held_agrees_with_its_pattern_after_every_number_of_the_dev_sets() -> None:
    for text in _dev_texts():
        low = ascii_lower(text)
        for k in range(len(low)):
            if low[k].isdigit() and not low[k + 1:k + 2].isdigit():
                assert figure_cues.held(low, k + 1) == (figure_cues._HELD_AFTER.match(low, k + 1) is not None)


@pytest.mark.parametrize("text", [
    "the ministry in Damascus said", "officials in   Ankara", "the Office IN\nGeneva", "fighting in Idlib",
    "the embassy in  \n\n\n\n\n\n\n\n\n\n Moscow", "Moscow", "government in Kyiv",
])
def test_no_place_tests_the_seat_as_the_pattern_does(text: str) -> None:
    s = text.rfind(" ") + 1
    e = len(text)
    seat = figure_mentions._SEAT_BEFORE.search(text, max(0, s - 40), s) is not None
    if seat:
        assert figure_mentions._no_place(text, s, e)
    else:
        word = text[s:e]
        assert figure_mentions._no_place(text, s, e) == (
            (word.isupper() and len(word) > 3 and (s == 0 or text[s - 1] == "\n")
             and figure_mentions._DATELINE_AFTER.match(text, e) is not None)
            or (word in figure_mentions._CAPITALS and figure_mentions._SPEAKS_AFTER.match(text, e) is not None))


def test_generic_sources_need_a_head_word_as_the_pattern_does() -> None:
    extra = ["Local health officials said", "the Ministry of Health reported", "Civil Defence teams said", "Syria Civil "
             "Defense reported", "rescue workers said", "the Red Crescent said", "The Government reported", "medics told"]
    for text in [*extra, *_dev_texts()]:
        low = ascii_lower(text)
        for lo, hi in sentences(text):
            found = sources._generic(text, lo, hi, low)
            by_pattern = sources._GENERIC.search(text, lo, hi) if sources._has_generic_verb(text, lo, hi) else None
            assert (found is None) == (by_pattern is None), text[lo:hi]


def test_spans_inside_a_sentence_found_by_bisection_as_by_a_scan() -> None:
    import random

    from idlibmon.extract.figures import _Inside

    rng = random.Random(6)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 25)))]
        inside = _Inside(spans)
        for _ in range(20):
            lo = rng.randint(0, 320)
            hi = lo + rng.randint(0, 120)
            assert inside.within(lo, hi) == [j for j, (a, b) in enumerate(spans) if a >= lo and b <= hi]
