"""A fast scanner for a long alternation of phrases: the same matches, found several times faster.

Python's `re` tries the branches of an alternation one after another at every position, and a
pattern with named groups also saves and restores its group marks at every branch. Regrouped
by first letter ("k(?:illed|illing)|d(?:ied|ead)"), without groups, a branch whose letter does
not match is skipped in C after one comparison. The scanner only says where a phrase starts
and ends; the original pattern, matched there once, still says which group it was.

Regrouping keeps the order in which `re` tries the alternatives that can start with each
letter, and `(?:A|B)C` is tried exactly as `AC|BC`, so the scanner matches exactly what the
original matches, at the same positions and with the same ends.
"""

from __future__ import annotations

import re


def compact(pattern: str) -> str:
    """A verbose (re.X) pattern without its ignored white space."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "#":
            raise ValueError("comments in a verbose pattern are not supported")
        elif not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(out)


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a compact pattern."""
    parts: list[str] = []
    start = 0
    for i, ch in _structure(pattern):
        if ch == "|":
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _structure(pattern: str) -> list[tuple[int, str]]:
    """Positions of the top-level "|" and of every group's opening and closing bracket outside
    classes and escapes, as (index, char); nested "|" are left out."""
    out: list[tuple[int, str]] = []
    depth = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            if depth == 0:
                out.append((i, ch))
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                out.append((i, ch))
        elif ch == "|" and depth == 0:
            out.append((i, ch))
        i += 1
    return out


def _close(pattern: str) -> int:
    """Index of the bracket closing the group that opens `pattern`."""
    for i, ch in _structure(pattern):
        if ch == ")":
            return i
    raise ValueError(f"unbalanced group: {pattern}")


def expand(alternative: str) -> list[str]:
    """The alternative as alternatives that each open with a literal letter, in try order:
    "(?:A|B)C" -> ["AC", "BC"]; a greedy optional opening group "(?:A)?C" -> ["AC", "C"]."""
    if alternative.startswith("(?:"):
        end = _close(alternative)
        rest = alternative[end + 1:]
        optional = rest.startswith("?") and not rest.startswith("??")
        if optional:
            rest = rest[1:]
        elif rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"cannot regroup an opening group repeated: {alternative}")
        out = [x for inner in split_top(alternative[3:end]) for x in expand(inner + rest)]
        return out + expand(rest) if optional else out
    if not alternative[:1].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
        raise ValueError(f"an alternative must open with a letter or a group: {alternative}")
    return [alternative]


def first_letter_scanner(alternatives: list[str], before: str = r"\b") -> str:
    """Pattern source matching what `before(?:alt1|alt2|…)` matches, regrouped by first letter
    and without capturing groups (the alternatives must have none). Alternatives are compact."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        for alt in expand(alternative):
            by_letter.setdefault(alt[0], []).append(alt[1:])
    return before + "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()) + ")"


def after_gap_scanner(alternatives: list[str]) -> str:
    """`first_letter_scanner(alternatives)` with a non-word character consumed before the phrase
    instead of the word boundary: `re` skips to the next such character in C, where a pattern
    opening with a boundary is tried at every character of the text (see `word_spans`)."""
    return first_letter_scanner(alternatives, before=r"\W")


_ASCII_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _ascii_twin(after_gap: re.Pattern[str]) -> re.Pattern[str]:
    """`after_gap` for an ASCII text: its opening `\\W` written as the class it is there,
    `[^0-9A-Za-z_]`, which `re` tests as a bitmap (where `\\W` looks each character up in the
    Unicode tables: the scan tests every character of the sentence).

    Kept by the pattern's id, the pattern itself held beside its twin (so the id stays its own): a
    pattern's hash reads its whole compiled program, thousands of words for the trigger scanner."""
    entry = _ASCII_TWINS.get(id(after_gap))
    if entry is None:
        if not after_gap.pattern.startswith("\\W"):
            raise ValueError(f"not an after-gap scanner: {after_gap.pattern[:40]}")
        twin = re.compile("[^0-9A-Za-z_]" + after_gap.pattern[2:], after_gap.flags)
        entry = _ASCII_TWINS[id(after_gap)] = (after_gap, twin)
    return entry[1]


def word_spans(at: re.Pattern[str], after_gap: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans `at.finditer(text, lo, hi)` finds, found sooner by `after_gap`, where `at` is
    `first_letter_scanner(alts)` and `after_gap` is `after_gap_scanner(alts)`.

    A phrase opens with a letter, so `at` matches at p > 0 just when the character before p is
    no word character and the phrase matches at p: where `after_gap` matches from p - 1, with the
    same end (the same branches are tried in the same order). Only p = 0 has no character before
    it: `at` itself is tried there. Searching on from p - 1 where the last match ended at p finds
    a phrase that opens right where the last one ended, as `finditer` would."""
    out: list[tuple[int, int]] = []
    if text.isascii():  # (a flag of the string: no scan)
        after_gap = _ascii_twin(after_gap)
    pos = lo
    while True:
        if pos == 0:
            m = at.match(text, 0, hi)
            if m is not None:
                out.append(m.span())
                pos = m.end()
                continue
            g = after_gap.search(text, 0, hi)
        else:
            g = after_gap.search(text, pos - 1, hi)
        if g is None:
            return out
        out.append((g.start() + 1, g.end()))
        pos = g.end()


def charset_led_scanner(alternatives: list[str], letters: str) -> str:
    """Like `first_letter_scanner(alternatives, before=r"\\b(?=[letters])")`, written so that the
    pattern opens with a literal in every branch: `re` then skips every character outside
    `letters` in C. Pays where the letters are rare in text (capitals for names); the word
    boundary is checked after the first letter, as "not a word character before it"."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        for alt in expand(alternative):
            if alt[0] in letters:
                by_letter.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{letter}(?<!\\w{letter})(?:{'|'.join(rests)})" for letter, rests in by_letter.items()) + ")"


def regroup(alternation: str) -> str:
    """A compact alternation as "(?:a(?:…)|b(?:…))": the same matches (see `expand`), with each
    branch skipped after one comparison when its first letter does not match."""
    by_letter: dict[str, list[str]] = {}
    for alternative in split_top(alternation):
        for alt in expand(alternative):
            by_letter.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()) + ")"


def optional_as_branch(source: str) -> str:
    """`source` with every optional non-capturing group "(?:X)?" written "(?:X|)": `re` tries the
    two the same way (X first, then nothing), but compiles a "?" on a group of more than one step
    as a counted repeat, whose bookkeeping costs at every try; the branch has none. (Named groups
    keep their "?": an empty branch would set them to "" instead of leaving them unset. Not for a
    verbose pattern with comments: a parenthesis in a comment would be read as a group.)"""
    ends: list[int] = []  # the ")" of each "(?:...)" followed by a greedy "?"
    opened: list[bool] = []  # for each open group: whether it is "(?:"
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: its "(", ")" and "?" are literal
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):
                i += 1
            while source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            opened.append(source.startswith("(?:", i))
        elif c == ")" and opened.pop() and source.startswith("?", i + 1) and source[i + 2:i + 3] not in ("?", "+"):
            ends.append(i)
        i += 1
    for k in reversed(ends):
        source = source[:k] + "|)" + source[k + 2:]
    return source
