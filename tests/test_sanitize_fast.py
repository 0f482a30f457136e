"""clean_text's short path for plain text must give exactly what the full pass gives.

The short path is taken when a text holds nothing `_SUSPECT` matches; these tests check that
class against the full pass over every code point, and both paths against each other on many
generated strings mixing ASCII, escapes, controls, bidi marks, odd spaces and newlines.
"""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from idlibmon import sanitize
from idlibmon.sanitize import clean_text

EVERY_CHAR = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def reference(text: str, keep_newlines: bool) -> str:
    """The full pass on every text, as clean_text did before it had a short path."""
    return sanitize._clean_full(unicodedata.normalize("NFC", text), keep_newlines) if text else ""


def test_no_character_outside_the_suspects_is_changed_by_the_full_pass() -> None:
    kept = [c for c in EVERY_CHAR if c not in " \n" and not sanitize._SUSPECT.match(c)]
    text = "x" + "x".join(kept) + "x"
    assert sanitize._clean_full(text, False) == text
    assert sanitize._clean_full(text, True) == text


def test_strip_sees_no_whitespace_but_spaces_and_newlines_outside_the_suspects() -> None:
    whitespace = {c for c in EVERY_CHAR if c.isspace() and not sanitize._SUSPECT.match(c)}
    assert whitespace == {" ", "\n"}


PIECES = [
    # plain text, the short path's diet
    "a", "Idlib", " ", "  ", "   ", "\n", "\n\n", "\n\n\n\n", " \n", "\n ", ".", "[bold]", "<p>", "&amp;",
    "إدلب", "تحت", "日本", "é", "e\u0301", "\u0627\u0651", "’", "—",
    # what the full pass must remove or fold
    "\r", "\r\n", "\t", "\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1b[", "\x1b[31m", "\x1b[2J",
    "\x1b]2;pwned\x07", "\x1b]8;;http://evil/\x1b\\", "\x1bP", "\x1b\\", "\x1b(", "\x7f", "\x85", "\x9b", "\x9b31m",
    "\x9c", "\x9d0;t", "\xa0", "\u1680", "\u2000", "\u2009", "\u200b", "\u200d", "\u200e", "\u200f", "\u2028",
    "\u2029", "\u202a", "\u202e", "\u202f", "\u205f", "\u2066", "\u2069", "\u061c", "\u3000", "\ufeff", "\ufffa",
]
PLAIN = [p for p in PIECES if not sanitize._SUSPECT.search(unicodedata.normalize("NFC", p))]


@pytest.mark.parametrize("keep_newlines", [False, True])
def test_short_path_and_full_pass_agree_on_generated_strings(keep_newlines: bool) -> None:
    rng = random.Random(20261125 + keep_newlines)
    short = 0
    for i in range(6000):
        alphabet = PLAIN if i % 2 else PIECES  # half of them plain, so both paths are well exercised
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        short += not sanitize._SUSPECT.search(unicodedata.normalize("NFC", text))
        assert clean_text(text, keep_newlines=keep_newlines) == reference(text, keep_newlines), repr(text)
    assert 3000 <= short < 6000


@pytest.mark.parametrize("keep_newlines", [False, True])
def test_short_path_and_full_pass_agree_on_every_pair_of_pieces(keep_newlines: bool) -> None:
    for a in PIECES:
        for b in PIECES:
            for text in (a + b, f" {a}x{b}\n", f"\n{a}\n\n{b} "):
                assert clean_text(text, keep_newlines=keep_newlines) == reference(text, keep_newlines), repr(text)
