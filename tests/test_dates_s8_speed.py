"""Session 8 speed work on the date grammar: the faster spelling must match exactly as the old one."""

from __future__ import annotations

import json
import re
from pathlib import Path

from idlibmon.extract.dates import grammar

DEVSET = Path(__file__).resolve().parent / "devset"

# The relation words as they were written until session 8: one case-blind alternation.
_PLAIN_REL = (
    r"(?=[sfbodtuiwalegSFBODTUIWALEG])(?i:(?P<rel>since|from|between|on|in|during|over|throughout|through|until|till|up\s+to|by|before|after"
    r"|following|as\s+of|starting(?:\s+on|\s+from|\s+in)?|beginning(?:\s+on|\s+in)?|as\s+early\s+as"
    r"|(?:late|early)\s+on|within|for|of|to|and|at))\s+"
)


def _plain_grammar() -> re.Pattern[str]:
    """The grammar as written before session 8: its source untouched by `optional_as_branch`, and
    the relation words and modifier as one optional case-blind alternation each."""
    source = grammar._SOURCE
    head = f"(?:{grammar._REL}|)(?:{grammar._MOD}|)"
    assert source.count(head) == 1
    return re.compile(source.replace(head, f"(?:{_PLAIN_REL})?(?:{grammar._MOD})?"), re.VERBOSE)


def test_optional_groups_become_branches() -> None:
    assert grammar.optional_as_branch(r"(?:ab)?c") == r"(?:ab|)c"
    assert grammar.optional_as_branch(r"(?:a(?:b)?)?") == r"(?:a(?:b|)|)"
    # named groups, lazy and possessive ones, and brackets inside a class stay as they are
    for kept in (r"(?P<x>ab)?", r"(?:ab)??", r"(?:ab)?+", r"[(?:)?]x", r"\(?:a\)?", r"(?=ab)?"):
        assert grammar.optional_as_branch(kept) == kept
    assert grammar.DATE_PATTERN.pattern.count(")?") < grammar._SOURCE.count(")?") - 30


def _answer(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.lastindex, [m.span(i) for i in range(1, m.re.groups + 1)])


def test_grammar_matches_as_the_plain_spelling_at_every_relation_word() -> None:
    plain = _plain_grammar()
    words = ["since", "from", "between", "on", "in", "during", "over", "throughout", "through", "until", "till", "up to",
             "by", "before", "after", "following", "as of", "starting", "starting on", "starting from", "starting in",
             "beginning", "beginning on", "beginning in", "as early as", "late on", "early on", "within", "for", "of",
             "to", "and", "at", "upto", "sinc", "ſince", "İn", "ın", "then", "the"]
    tails = ["12 March 2020", "March", "Monday", "2019", "last week", "the end of May", "mid-April", "yesterday",
             "three days ago", "early 2020", "nothing"]
    tried = 0
    for word in words:
        for form in (word, word.upper(), word.title(), word.swapcase()):
            for tail in tails:
                text = f"x {form} {tail}."
                assert _answer(grammar.DATE_PATTERN.match(text, 2)) == _answer(plain.match(text, 2)), text
                tried += 1
    assert tried > 1000
    assert grammar.DATE_PATTERN.match("Since 19 December").group("rel") == "Since"  # type: ignore[union-attr]
    assert grammar.DATE_PATTERN.match("LATE ON Friday").group("rel") == "LATE ON"  # type: ignore[union-attr]


def test_grammar_matches_as_the_plain_spelling_on_the_dev_texts() -> None:
    plain = _plain_grammar()
    starts = re.compile(r"(?<![\w-])\S")
    tried = found = 0
    for folder in sorted(DEVSET.iterdir()):
        manifest = folder / "manifest.jsonl"
        if not manifest.is_file():
            continue
        for line in manifest.read_text(encoding="utf-8").splitlines()[::3]:
            if not line.strip():
                continue
            text = (folder / f"{json.loads(line)['id']}.txt").read_text(encoding="utf-8")
            for w in starts.finditer(text):
                new = grammar.DATE_PATTERN.match(text, w.start())
                assert _answer(new) == _answer(plain.match(text, w.start())), text[w.start():w.start() + 40]
                tried += 1
                found += new is not None
    assert tried > 20_000 and found > 1000
