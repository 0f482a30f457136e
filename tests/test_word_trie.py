"""Word-trie patterns and the trigger prefilter built on them: they may only skip work, never answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from idlibmon.extract.events.triggers import GROUPS, NOT_TRIGGERS, find_triggers, keyed_pattern
from idlibmon.extract.text import sentences
from idlibmon.extract.word_trie import shortest_prefixes, trie_pattern

DEVSET = Path(__file__).parent / "devset"


def test_trie_pattern_matches_exactly_its_words() -> None:
    words = ["week", "weeks", "weekend", "wednesday", "on the move", "a", "ab"]
    rx = re.compile(f"(?:{trie_pattern(words)})$")
    for word in [*words, "on \t the  move"]:
        assert rx.match(word), word
    for other in ["wee", "weekends", "on the", "b", ""]:
        assert not rx.match(other), other


def test_trie_pattern_prefers_the_longest_word() -> None:
    assert re.match(trie_pattern(["week", "weekend"]), "weekend").group() == "weekend"


def test_shortest_prefixes_drop_what_a_shorter_prefix_covers() -> None:
    assert shortest_prefixes(["shelling", "shell", "sh", "air", "airstrike", "b"]) == ["air", "b", "sh"]


def _every_word_start(text: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
    """The trigger scan without a prefilter: the two-letter key's full pattern tried at every word."""
    out: list[tuple[int, int, str, int]] = []
    last = start
    for w in re.finditer(r"(?<![\w-])\w[\w'’]*", text[:end]):
        pos = w.start()
        if pos < start or pos < last or w.group().lower() in NOT_TRIGGERS:
            continue
        if pos > 1 and text[pos - 1] in "'’" and text[pos - 2].isalnum():
            continue
        rx = keyed_pattern(text[pos:pos + 2].lower()) or keyed_pattern(text[pos].lower())
        m = rx.match(text, pos, end) if rx else None
        if m:
            last = m.end()
            out.append((pos, last, *GROUPS[m.lastgroup or ""]))
    return out


@pytest.mark.parametrize("folder", ["figures", "events", "blind"])
def test_the_trigger_prefilter_finds_what_a_scan_of_every_word_finds(folder: str) -> None:
    for path in sorted((DEVSET / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s, e in sentences(text):
            assert find_triggers(text, s, e) == _every_word_start(text, s, e), (path.name, text[s:e])
