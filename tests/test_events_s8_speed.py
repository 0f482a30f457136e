"""Session 8 speed work on events/dates: each change must leave the answers exactly as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idlibmon.extract.events import triggers
from idlibmon.extract.text import ascii_lower, sentences

DEVSET = Path(__file__).resolve().parent / "devset"


def test_word_pattern_drops_branches_the_whole_word_rules_out() -> None:
    # "attempt" shares "att" with "attack": the attack branches cannot begin at it
    key = triggers.pattern_for("attempt")
    narrowed = triggers.word_pattern("attempt")
    assert key is not None and narrowed is not None
    assert len(narrowed.pattern) < len(key.pattern)
    assert "attack" in key.pattern and "attack" not in narrowed.pattern
    # a word no branch of its key can begin with ("agree" before "agreed"/"agreement") is not tried
    assert triggers.pattern_for("agree") is not None and triggers.word_pattern("agree") is None
    # a word every branch of its key may begin with keeps the key's own pattern
    assert triggers.word_pattern("people") is triggers.pattern_for("people")


def test_word_pattern_finds_what_the_key_pattern_finds() -> None:
    text = "On 3 March, air strikes hit Ariha; UN trucks crossed, an attempt to agree a ceasefire failed."
    low = ascii_lower(text)
    for word in ("air", "un", "attempt", "agree", "ceasefire", "strikes"):
        pos = low.index(word + (" " if word != "ceasefire" else ""))
        key, narrowed = triggers.pattern_for(word), triggers.word_pattern(word)
        got = key.match(text, pos) if key is not None else None
        new = narrowed.match(text, pos) if narrowed is not None else None
        assert (got and (got.span(), got.lastgroup)) == (new and (new.span(), new.lastgroup)), word


def test_word_pattern_keeps_the_key_pattern_outside_ascii() -> None:
    # case-blind matching reads "ſ" (long s) as "s": such a word keeps the key's whole pattern
    assert triggers.word_pattern("ſtrikes") is triggers.pattern_for("ſtrikes")


def _dev_texts() -> list[str]:
    out = []
    for folder in sorted(DEVSET.iterdir()):
        manifest = folder / "manifest.jsonl"
        if manifest.is_file():
            for line in manifest.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.append((folder / f"{json.loads(line)['id']}.txt").read_text(encoding="utf-8"))
    return out


def test_find_triggers_same_with_key_patterns_on_every_dev_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _dev_texts()
    assert len(texts) > 100

    def run() -> list[list[tuple[int, int, str, int]]]:
        out = []
        for text in texts:
            low = ascii_lower(text)
            out += [triggers.find_triggers(text, s, e, low) for s, e in sentences(text)]
        return out

    narrowed = run()
    with monkeypatch.context() as m:  # the patterns keyed by first letters alone, as before
        m.setattr(triggers, "_BY_WORD", {})
        m.setattr(triggers, "word_pattern", triggers.pattern_for)
        keyed = run()
    assert narrowed == keyed
    assert sum(map(len, narrowed)) > 1000
