"""`optional_as_branch` ('(?:X)?' written '(?:X|)') now serves patterns across the engine: the
rewritten pattern must find what the written one finds, with the same groups, on every kind of
source it meets (nested groups, inline flags, classes holding brackets, '?' or '#', lazy and
possessive marks it must leave alone)."""

from __future__ import annotations

import re

from idlibmon.extract.alternation import optional_as_branch

PATTERNS = [
    (r"(?:\s+(?:more|others))?(?:\s+of\s+(?:whom|them))?\s+(?:(?:have|had)\s+)?(?:been\s+)?(?P<verb>killed|fled)", re.I),
    (r"(?i:\b(?:just\s+|a\s+few\s+)?(?:hours|minutes)\s+after\s+)", 0),
    (r"(?P<dig>(?<![\w.,$#])\d+(?:[,.]\d{3})*)(?P<suf>k|m|%)?(?![\w/:])", 0),
    (r"[\s\-•*]*(?:The\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:['’]s\s|\s*,)", 0),
    (r"\b(?:to|at|(?:sur)?pass(?:ed|es)?)\s+(?:(?:at\s+least|about)\s+)?$", 0),
    (r"[(?)#](?:ab)??(?:cd)?+x?", 0),  # a class of brackets, a lazy and a possessive optional group
    (r"""(?P<a>[#]?\d+)   (?:\s*-\s*(?P<b>\d+))?""", re.X),  # verbose, a "#" in a class
]
TEXTS = [
    "more than 12 others of whom have been killed", " of them had fled", "Just hours after the strike",
    "a few minutes after noon", "$3,000 and 4.5m and 70% and #12", "- The United Nations, said",
    "Syria's war", "the toll surpassed at least ", "rose to about ", "(abcdx ?ab #cdcd", "10 - 12", "7",
]


def test_the_rewritten_patterns_match_as_written() -> None:
    checked = 0
    for source, flags in PATTERNS:
        written, rewritten = re.compile(source, flags), re.compile(optional_as_branch(source), flags)
        for text in TEXTS:
            for pos in range(len(text)):
                a, b = written.match(text, pos), rewritten.match(text, pos)
                assert (a and (a.span(), a.groupdict(), a.lastgroup)) == (b and (b.span(), b.groupdict(), b.lastgroup))
                checked += a is not None
    assert checked > 20


def test_only_plain_optional_groups_are_rewritten() -> None:
    assert optional_as_branch(r"(?:ab)?c") == r"(?:ab|)c"
    assert optional_as_branch(r"(?P<x>ab)?(?i:cd)?(?:ef)??(?:gh)?+") == r"(?P<x>ab)?(?i:cd)?(?:ef)??(?:gh)?+"
    assert optional_as_branch(r"[(?:)?](?:a)?") == r"[(?:)?](?:a|)"
