"""Finding event trigger words in a sentence: patterns keyed by a word's first two letters."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from idlibmon.extract.events.clauses import Trigger
from idlibmon.extract.events.lexicon import LEXICON
from idlibmon.extract.events.regex_branches import branch_first, expand, group_end, top_level
from idlibmon.extract.text import CASE_FOLDED, ascii_lower, holds_any
from idlibmon.extract.word_trie import shortest_prefixes, trie_pattern

GROUPS: dict[str, tuple[str, int]] = {}
KEY_LEN = 3  # a word's first letters that pick its pattern


def _sources() -> tuple[dict[str, str], dict[str, str]]:
    """One small pattern per word start: at each word only the triggers that can begin with its
    first letters are tried (one alternation of everything costs ~10x more; each branch `re`
    enters, case-blind, costs a pass over the letters it shares with the word).

    A key of two letters holds the branches that begin with them, then those keyed by the first
    letter alone (branches whose second character is not a plain letter: "(?:re)?captur",
    "d(?:ead|ied)"); a key of three letters holds its two-letter key's pattern less the branches
    whose first three letters are spelled out and differ ("attack" under "att", not "air
    strike"): a branch that cannot begin there could never match, so the answers are the same."""
    # key -> group name -> branches
    keyed: dict[str, dict[str, list[str]]] = {}
    for kind, entries in LEXICON.items():
        for i, (bonus, pattern) in enumerate(entries):
            name = f"{kind}_{i}"
            GROUPS[name] = (kind, bonus)
            for branch in (b for top in top_level(pattern, "|") for b in expand(top)):
                if branch[:2].isalpha():
                    keys: Iterable[str] = [branch[:2].lower()]
                else:
                    keys = branch_first(branch) or "abcdefghijklmnopqrstuvwxyz"
                for key in keys:
                    keyed.setdefault(key, {}).setdefault(name, []).append(branch)
    out: dict[str, str] = {}
    rest: dict[str, str] = {}
    for key in keyed:
        parts = (key, key[0]) if len(key) == 2 else (key,)
        groups = {  # in lexicon order: the first alternative that matches wins
            name: [b for part in parts for b in keyed.get(part, {}).get(name, [])] for name in GROUPS
        }
        groups = {name: branches for name, branches in groups.items() if branches}
        out[key] = _alternation(groups)
        if len(key) == 2:
            starts = {p[:KEY_LEN] for bs in groups.values() for b in bs for p in _spelled(b) if len(p) >= KEY_LEN}
            for start in {st for st in starts if st.startswith(key)}:  # (a case-sensitive branch is under every key)
                narrowed = {name: [b for b in bs if _may_begin(b, start)] for name, bs in groups.items()}
                out[start] = _alternation({name: bs for name, bs in narrowed.items() if bs})
            short = {name: [b for b in bs if any(len(p) < KEY_LEN for p in _spelled(b))] for name, bs in groups.items()}
            if any(short.values()):
                rest[key] = _alternation({name: bs for name, bs in short.items() if bs})
    return out, rest


def _alternation(groups: dict[str, list[str]]) -> str:
    alternation = "|".join(f"(?P<{name}>{'|'.join(branches)})" for name, branches in groups.items())
    source = rf"(?:{alternation})(?![\w-])"
    _SOURCE_GROUPS[source] = groups  # (kept for `word_pattern`, which narrows it further)
    return source


@cache  # a branch is asked about under every key it falls under
def _spelled(branch: str) -> tuple[str, ...]:
    """The plain letters a branch must begin with, lowered, one string for each way it may
    begin: the letters of its literal starts ("air" of "air\\s?-?strikes?", "strik" of
    "strikes?", "took" and "seized" of a case-sensitive "(?-i:(?:took|seized)...)")."""
    return tuple(m.group() if (m := _LETTERS.match(start)) else "" for start in _literal_starts(branch))


def _may_begin(branch: str, start: str) -> bool:
    """Whether `branch` may match text that begins with the letters `start`."""
    return any(len(p) < len(start) or p.startswith(start) for p in _spelled(branch))


_LETTERS = re.compile(r"[a-z]+")
_SOURCE_GROUPS: dict[str, dict[str, list[str]]] = {}  # a keyed pattern's source -> its groups' branches
_COMPILED: dict[str, re.Pattern[str]] = {}
_BY_START: dict[str, re.Pattern[str] | None] = {}  # a word's first KEY_LEN characters -> its pattern


def keyed_pattern(key: str, rest: bool = False) -> re.Pattern[str] | None:
    """The trigger pattern of a key, or with `rest` the two-letter key's rest (compiled when
    first asked for: a text needs few of them)."""
    sources, cache_key = (_REST_SOURCES, key + "*") if rest else (_SOURCES, key)
    rx = _COMPILED.get(cache_key)
    if rx is None and key in sources:
        rx = _COMPILED[cache_key] = re.compile(sources[key], re.IGNORECASE)
    return rx


def pattern_for(word: str) -> re.Pattern[str] | None:
    """The pattern tried at a word (lowered): its longest key among its first letters."""
    start = word[:KEY_LEN]
    rx = _BY_START.get(start, _UNKNOWN)
    if rx is _UNKNOWN:
        key = _key_of(start)
        rx = None if key is None else keyed_pattern(*key)
        if len(_BY_START) < 50_000:  # bounded, whatever the texts
            _BY_START[start] = rx
    return rx  # type: ignore[return-value]


def _key_of(start: str) -> tuple[str, bool] | None:
    """The key of a word's first letters and whether its rest is meant, or None (see `pattern_for`)."""
    key = next((start[:k] for k in range(len(start), 0, -1) if start[:k] in _SOURCES), None)
    if key is None:
        return None
    # (three plain letters no spelled-out branch begins with: the two-letter key's rest)
    return key, len(key) == 2 and len(start) == KEY_LEN and start.isascii() and start.isalpha()


_UNKNOWN = re.compile("")  # a sentinel: not looked up yet
_BY_WORD: dict[str, re.Pattern[str] | None] = {}  # a candidate word -> its pattern (see `word_pattern`)
_BY_SOURCE: dict[str, re.Pattern[str]] = {}  # a narrowed pattern's source -> the pattern


def word_pattern(word: str) -> re.Pattern[str] | None:
    """The pattern tried at a candidate word: `pattern_for`'s, less the branches the whole word
    rules out (None when none is left).

    `word` is lowered and whole, as the prefilter takes it (the letters up to a character that
    is neither a word character nor an apostrophe). A branch must begin with the letters
    `_spelled` tells, and no letter can follow the word: so a branch whose letters the word does
    not begin with ("attacks" under "att" at the word "attempt", "unable" at "un") could never
    match there, and dropping it leaves the answers as they were. A key's pattern holds up to
    forty branches that share their first letters; `re` enters each in turn, case-blind, and
    most fail after a few letters. (A word with a letter outside ASCII keeps `pattern_for`'s
    pattern: case-blind matching reads some of those as ASCII ones.)"""
    rx = _BY_WORD.get(word, _UNKNOWN)
    if rx is not _UNKNOWN:
        return rx
    key = _key_of(word[:KEY_LEN]) if word.isascii() else None
    source = (_REST_SOURCES if key[1] else _SOURCES).get(key[0]) if key is not None else None
    if source is None:
        rx = pattern_for(word)
    else:
        groups = _SOURCE_GROUPS[source]
        kept = {name: [b for b in bs if any(not p or word.startswith(p) for p in _spelled(b))] for name, bs in groups.items()}
        kept = {name: bs for name, bs in kept.items() if bs}
        if kept == groups:
            rx = keyed_pattern(*key)
        elif not kept:
            rx = None
        else:  # (the key's own pattern is not compiled for it: a text needs few of them)
            source = _alternation(kept)
            rx = _BY_SOURCE.get(source)
            if rx is None:
                rx = _BY_SOURCE[source] = re.compile(source, re.IGNORECASE)
    if len(_BY_WORD) < 50_000:  # bounded, whatever the texts
        _BY_WORD[word] = rx
    return rx


def _literal_starts(branch: str) -> list[str]:
    """The plain words a trigger branch must begin with ("air strike" for "air\\s?-?strikes?"),
    a space standing for white space; [""] when the branch can begin with anything. (The walk of
    `_spelled_out` with no group spelled out: it stops at the first group.)"""
    return _spelled_out(branch, levels=0)


_LITERAL = re.compile(r"[A-Za-z'’-]+")


def _spelled_out(branch: str, levels: int = 3) -> list[str]:
    """The letters (a space for white space) every match of a branch begins with, as far as
    they can be told, with up to `levels` nested groups after the first letters spelled out:
    "took up", "taken up", "take up" and "taking up" of "t(?:ook|aken|ake|aking)\\s+up\\s+arms",
    where `_literal_starts` (no level) stops at "t". (Only the prefilter reads spelled-out
    groups: the keyed patterns keep `_literal_starts`.)"""
    if branch.startswith("(?-i:"):  # a case-sensitive part: its own branches
        inner = branch[5:group_end(branch)]
        return [p for top in top_level(inner, "|") for b in expand(top) for p in _spelled_out(b, levels)]
    out, i = "", 0
    while i < len(branch):
        m = _LITERAL.match(branch, i)
        run = m.group() if m else ""
        after = branch[i + len(run):i + len(run) + 1]
        if after in ("?", "*", "{"):
            return [(out + run[:-1]).lower()]  # the last letter is optional
        out += run
        i += len(run)
        if run and branch.startswith(r"\s+", i):
            out += " "
            i += 3
            continue
        if out and levels > 0 and branch.startswith("(?:", i):
            alternatives = expand(branch[i:])  # each way the group can be spelled, with the rest after it
            if alternatives != [branch[i:]]:
                return [(out + p).lower() for alt in alternatives for p in _spelled_out(alt, levels - 1)]
        break
    return [out.rstrip().lower()]


_SOURCES, _REST_SOURCES = _sources()


def _prefilter(spell: Callable[[str], list[str]]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words where some trigger can begin, found in the lowered text: a separator then a known
    start (a pattern that opens with an ASCII character class lets `re` skip most positions by a
    bitmap test in C; a non-ASCII letter or digit before the word is ruled out afterwards), and
    the same start at the very beginning of the text. Each match ends where its word ends."""
    starts = [p for entries in LEXICON.values() for _bonus, pattern in entries
              for top in top_level(pattern, "|") for b in expand(top) for p in spell(b)]
    if "" in starts:  # pragma: no cover - every lexicon branch begins with a word today
        raise ValueError("a trigger pattern with no literal start defeats the prefilter")
    trie = trie_pattern(shortest_prefixes(starts))
    return re.compile(rf"[^a-z0-9_-](?={trie})[\w'’]*"), re.compile(rf"(?={trie})[\w'’]*")


def _short_spelled_out(branch: str) -> list[str]:
    """A branch's letters as `_literal_starts` tells them, spelled out further (`_spelled_out`)
    only where those are one or two letters ("t", "c", "on", "re"): longer starts already rule
    out most words, and spelling every branch out would triple the pattern's size and the time
    to compile it."""
    starts = _literal_starts(branch)
    return _spelled_out(branch) if any(len(p) < 3 for p in starts) else starts


# Two prefilters. The fine one knows the phrases a trigger that opens with one or two letters
# begins with ("took up", "came under", "on a single"), so "the", "to", "civilians" or "on" are
# no candidates: it offers ~half of the coarse one's words, which knows only those first letters
# ("t", "c", "on"). They find the same triggers but where case-blind matching reads a letter the
# lowered text does not hold ("ı", "ſ", "İ", the Kelvin sign), or where the coarse one would have
# passed over a separator inside a word it took whole (an apostrophe after "_" or another
# apostrophe): there the coarse one is used.
_AFTER_SEPARATOR, _AT_TEXT_START = _prefilter(_short_spelled_out)
_AFTER_SEPARATOR_COARSE, _AT_TEXT_START_COARSE = _prefilter(_literal_starts)
_INNER_SEPARATORS = ("_'", "_’", "''", "'’", "’'", "’’")


def _coarse_only(text: str, window: str) -> bool:
    """Whether the fine prefilter could miss a trigger in `window` (a lowered slice of `text`)."""
    if ("'" in window or "’" in window) and holds_any(window, _INNER_SEPARATORS):
        return True
    return not text.isascii() and holds_any(window, CASE_FOLDED)


# Frequent words that begin no trigger although their first letters might: skipped unmatched
# (so none may be the first word of a lexicon phrase: "came" here left "came into force" and "came
# under ... control" dead until session 5; tests/test_events_s5_kinds.py checks every phrase).
NOT_TRIGGERS = frozenset((
    "about", "according", "across", "after", "all", "also", "among", "and", "ankara", "april", "are", "area", "areas",
    "around", "as", "assistance", "at", "bab", "back", "be", "been", "before", "between", "border", "but",
    "camp", "camps", "cent", "children", "city", "civilian", "contact", "continued", "control", "could", "council", "countryside",
    "death", "december", "defence", "dozens", "during", "earlier", "early", "end", "estimated", "facilities", "february", "fighters", "first", "five",
    "for", "four", "friday", "from", "government", "group", "had", "half", "hama", "has", "have", "he",
    "health", "held", "her", "highlights", "highway", "his", "home", "homes", "hospital", "hospitals", "hours", "human",
    "in", "including", "into", "is", "it", "its", "largely", "last", "late", "least", "live", "local", "maarat",
    "many", "march", "market", "may", "media", "mid", "million", "ministry", "monday", "monitor", "month", "months", "more", "morning",
    "most", "nations", "near", "nearly", "need", "next", "north", "northwest", "not", "of", "office", "officials", "one",
    "only", "open", "or", "other", "our", "out", "over", "per", "period", "president", "province", "putin", "rebel",
    "rebels", "recent", "refugees", "regime", "region", "remain", "reported", "returned", "rights", "russia", "said", "say",
    "says", "security", "september", "several", "she", "sheikhoun", "since", "sites", "situation", "six", "soldiers", "some", "south", "southern",
    "start", "state", "such", "sunday", "syria", "syrian", "tayyip", "than", "that", "the", "their", "them", "there",
    "these", "they", "this", "those", "thousands", "three", "through", "thursday", "to", "toll", "towards", "town", "towns", "turkey",
    "two", "under", "unhcr", "united", "up", "update", "village", "villages", "was", "we", "were",
    "when", "where", "which", "while", "who", "will", "with", "women", "workers", "world", "would",
))


def find_triggers(text: str, start: int, end: int, low: str | None = None) -> list[Trigger]:
    """(start, end, kind, bonus) of every event word in text[start:end].

    `low` is `ascii_lower(text)` when the caller has it (one per text, not per sentence).
    Candidate words come from one scan of the prefilter, restarted only after a trigger (which
    may end inside or beyond the word it began at)."""
    if low is None:
        low = ascii_lower(text)
    out: list[Trigger] = []
    i = (start - 1 if start > 0 else 0)
    after_separator, at_text_start = (
        (_AFTER_SEPARATOR_COARSE, _AT_TEXT_START_COARSE) if _coarse_only(text, low[i:end]) else (_AFTER_SEPARATOR, _AT_TEXT_START)
    )
    skip, by_word, finditer = NOT_TRIGGERS, _BY_WORD.get, after_separator.finditer  # locals: a hot loop
    if start == 0:
        w = at_text_start.match(low, 0, end)
        if w is not None:
            i = w.end()  # a word that starts no trigger is passed over whole
            if w.group() not in skip:
                rx = word_pattern(w.group())
                m = rx.match(text, 0, end) if rx is not None else None
                if m:
                    i = m.end()
                    out.append((0, i, *GROUPS[m.lastgroup or ""]))
    while True:
        for w in finditer(low, i, end):
            pos = w.start() + 1
            word = low[pos:w.end()]
            if word in skip:
                continue
            before = low[pos - 1]
            if (before > "\x7f" and before.isalnum()) or (
                before in "'’" and pos > 1 and text[pos - 2].isalnum()  # not the "s" of "Russia's"
            ):
                continue
            rx = by_word(word, _UNKNOWN)
            if rx is _UNKNOWN:
                rx = word_pattern(word)
            if rx is None:
                continue
            m = rx.match(text, pos, end)
            if m:
                i = m.end()
                out.append((pos, i, *GROUPS[m.lastgroup or ""]))
                break  # scan on from the trigger's end
        else:
            return out
