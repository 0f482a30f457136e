"""The first-letter scanner finds exactly what the alternation it is built from finds."""

from __future__ import annotations

import re

import pytest

from idlibmon.extract.alternation import charset_led_scanner, compact, expand, first_letter_scanner, split_top
from idlibmon.extract.figure_words import _TRIGGER_AT, _TRIGGERS


def test_expand_keeps_the_order_re_tries_alternatives_in() -> None:
    assert expand(r"(?:forced|driven)\s+out") == [r"forced\s+out", r"driven\s+out"]
    assert expand(r"(?:the\s+)?UN\b") == [r"the\s+UN\b", r"UN\b"]
    assert expand(r"(?:a|(?:b|c)d)e") == ["ae", "bde", "cde"]
    with pytest.raises(ValueError):
        expand(r"(?:a)*b")
    with pytest.raises(ValueError):
        expand(r"s?low")


def test_compact_and_split_respect_classes_and_escapes() -> None:
    assert compact("a b [ x]\\ c") == "ab[ x]\\ c"
    assert split_top(r"a|(?:b|c)|[|]|\|") == ["a", "(?:b|c)", "[|]", r"\|"]


@pytest.mark.parametrize("text", [
    "they fled their homes, others were forced from homes and 12 died",
    "the UN said; the UN's office; UNICEF and the Office reported",
    "aaa abe acde ade bde cde",
])
def test_scanner_matches_like_the_alternation(text: str) -> None:
    alternatives = [r"fled(?:\s+their\s+homes)?", r"(?:forced|driven)\s+from\s+homes", r"died",
                    r"(?:the\s+)?UN(?:'s)?", r"Office", r"(?:a|(?:b|c)d)e"]
    plain = re.compile(r"\b(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")")
    fast = re.compile(first_letter_scanner(alternatives))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trigger_scanner_finds_every_trigger_match() -> None:
    text = ("More than 235,000 people have fled their homes; 23 were killed and 40 wounded, "
            "12,000 returned home and 4 million need humanitarian assistance, the population of the "
            "province, home to 3 million, gathered along the border, forced to flee, relying on aid.").lower()
    assert [m.span() for m in _TRIGGER_AT.finditer(text)] == [m.span() for m in _TRIGGERS.finditer(text)]
    for pos in range(len(text)):
        assert bool(_TRIGGER_AT.match(text, pos)) == bool(_TRIGGERS.match(text, pos)), pos


def test_charset_led_scanner_matches_like_a_bounded_alternation() -> None:
    alternatives = [r"(?:the\s+)?UN(?:'s)?", r"OCHA", r"(?:UN\s+)?Office", r"health\s+office"]
    plain = re.compile(r"\b(?=[A-Zt])(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")")
    fast = re.compile(charset_led_scanner(alternatives, "ABCDEFGHIJKLMNOPQRSTUVWXYZt"))
    for text in ["the UN's Office said; OCHA and xOCHA, theUN, health office, UN Office", "UNOCHA the OCHA"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
