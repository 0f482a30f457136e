"""Session 7 speed rewrite of the gazetteer scan: names that open with an ASCII capital are
found by a pattern whose branches each open with their capital (no per-group look-behind);
it must find exactly what the plain defining pattern finds, and leave texts where a non-ASCII
letter opens a word to the older fast form."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from idlibmon.config import load_config
from idlibmon.extract.places import _NON_ASCII_START, _freeze, _gazetteer

DEVSET = Path(__file__).parent / "devset"
PLACES = load_config().places


def _random_texts(pieces: list[str], seed: int, count: int = 1500, longest: int = 30) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


@pytest.mark.parametrize("places", [PLACES, None, {"Idlib": ["Édlib", "Ídleb", "idleb"], "Kafr Zita": ["Kafr-Zita"]},
                                    {"Saraqib": ["Saraqeb", "SARAQIB"], "Kobani": ["Kobanî"]}])
def test_names_at_ascii_capitals_are_the_plain_patterns(places: dict[str, list[str]] | None) -> None:
    gazetteer = _gazetteer(_freeze(places))
    assert gazetteer.ascii_fast is not None
    pieces = ["Idlib", "IDLIB", "idlib", "Idleb", "Édlib", "Ídleb", "ıdlib", "İdlib", "Kafr", "-", "Zita", " Zita", "Kafr Zita",
              "Saraqib", "SARAQIB", "Saraqeb", "Kobani", "Kobanî", "Aleppo", "Hama", "Homs", "\u212aobani", "ſaraqib",
              " ", "\n", "'", "’", "x", "2", "s", "(", ")", ",", "Eastern Ghouta", "Ghouta", "Atma", "Atmeh", "—", "“"]
    ascii_led = [p for p in pieces if p[0].isascii()]  # texts the new pattern reads itself
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*/*.txt"))] + _random_texts(pieces, 11) \
        + _random_texts(ascii_led, 12)
    plain = gazetteer.plain()
    for t in texts:
        assert gazetteer.spans(t) == [m.span() for m in plain.finditer(t)], t[:120]


def test_a_word_opened_by_a_non_ascii_letter_sends_the_text_to_the_older_form() -> None:
    assert _NON_ASCII_START.search("Strikes on Édlib") is not None
    assert _NON_ASCII_START.search("the \u0130dlib road") is not None  # a folded letter opens the word
    assert _NON_ASCII_START.search("“Idlib” — the city’s people, naïve") is None  # marks, and a letter inside a word
    gazetteer = _gazetteer(_freeze({"Idlib": ["Édlib"]}))
    assert gazetteer.spans("From Édlib to Idlib.") == [(5, 10), (14, 19)]
