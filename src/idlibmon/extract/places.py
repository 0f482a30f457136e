"""Places named in a text: the config's gazetteer first, then the text's own place phrases.

The timeline merges events by place, so a town spelt five ways ("Saraqeb", "Saraqib") must
come out under one canonical name; places the config does not know keep the text's words
("southern Idlib", "the town of Kafr Ruma"), which is still what a reader wants to see.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import lru_cache

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.text import is_word_char

__all__ = ["find_places"]

Span = tuple[int, int]

_APOSTROPHES = "'’ʼ‘`´"
# Syria's governorates and the cities where talks on the war are held: places that a
# reader expects to see even when the config lists only the watched province's towns.
_KNOWN = (
    "Idlib", "Aleppo", "Hama", "Homs", "Latakia", "Damascus", "Deir ez-Zor", "Deir ez-Zour", "Raqqa",
    "Hasakah", "Daraa", "Tartus", "Quneitra", "Suwayda", "Afrin", "Eastern Ghouta", "Ghouta",
    "Moscow", "Ankara", "Sochi", "Astana", "Nur-Sultan", "Geneva", "Istanbul", "Tehran", "Gaziantep",
    "Manbij", "Kobani", "Tal Abyad", "Ras al-Ain", "Jabal al-Zawiya", "Jebel Zawiya",
)
# The word runs are possessive (`++`): what may follow a name is a space or the end, never the
# rest of a word, so giving characters back could not help a match, only cost a failing one.
_NAME = r"(?:(?:al|el|ash|as|ad|an|ar|at|az|ez|es|Al|El|Tal|Tell|Kafr|Khan|Deir|Jisr|Bab|Maaret|Ma'arat|Ras|Jabal|Jebel)[-\s])?[A-Z][\w'’-]++(?:[-\s](?:al|el|ash|as|ad|an|ar|at|az|ez|es)-[A-Z][\w'’-]++|\s[A-Z][a-z][\w'’-]++)?"
_DIRECTION = r"(?:north|south|east|west)(?:ern)?|(?:north|south)[-\s]?(?:east|west)(?:ern)?|central|rural|greater"
# Each branch opens with a look-ahead at the letters it can start with: a word start that no
# branch can take is left after one character test instead of three failed attempts.
_GENERIC = re.compile(optional_as_branch(
    rf"""
      (?<![\w'’-])
      (?=[nsewcrgtvdaokA-Z])
      (?:
      (?=[nsewcrg])(?P<region>(?:{_DIRECTION})\s+(?:rural\s+)?{_NAME}(?:\s+(?:province|governorate|countryside))?)
    | (?=[tvcdsano])(?:the\s+)?(?P<kind>town|village|city|district|sub-district|camp|area|countryside|neighbourhood|neighborhood|outskirts)\s+of\s+(?P<of>{_NAME})
    | (?=[aeA-Z])(?P<admin>{_NAME})\s+(?:province|governorate|countryside|district|camp|crossing|border\s+crossing)\b
      )
    """),
    re.VERBOSE,
)
# What `_GENERIC`'s opening look-ahead lets a match start with (a set look-up spares the call elsewhere)
_GENERIC_FIRST = frozenset("nsewcrgtvdaok" + string.ascii_uppercase)
# Every place phrase holds one of these words (lowercase, as the pattern spells them): a
# direction opening it, a kind of place before "of", or an administrative word after the name.
_KEYWORDS = re.compile(
    r"north|south|east|west|central|rural|greater|town|village|city|district|camp|area|countryside|neighbo"
    r"|outskirts|province|governorate|crossing"
)
# The keywords in the pattern's order, for `_keyword_hits`.
_KEYWORD_LIST = tuple(_KEYWORDS.pattern.split("|"))
_ADMIN_WORDS = frozenset(["province", "governorate", "countryside", "district", "camp", "crossing"])


def _keyword_hits(text: str) -> list[tuple[int, str]]:
    """(start, keyword) of what `_KEYWORDS.finditer(text)` finds, found by `str.find` (about one
    machine instruction a character per keyword, where the alternation costs dozens): every
    occurrence of each keyword, then, left to right, those that do not start inside an earlier
    one kept (at one start the pattern's first keyword wins, as in the alternation)."""
    hits: list[tuple[int, int, str]] = []
    for order, word in enumerate(_KEYWORD_LIST):
        p = text.find(word)
        while p >= 0:
            hits.append((p, order, word))
            p = text.find(word, p + 1)
    hits.sort()
    out: list[tuple[int, str]] = []
    last_end = 0
    for p, _order, word in hits:
        if p >= last_end:
            out.append((p, word))
            last_end = p + len(word)
    return out


_NAME_RUNS = 3  # a name is at most three runs of word characters: "Jisr al-Shughur", "al Bab Town"


def _generic_matches(text: str) -> list[re.Match[str]]:
    """What `_GENERIC.finditer(text)` finds, tried only where a match can start.

    A match starts at a run of word characters (the look-behind) and holds a keyword: it starts
    at a direction word, at a kind of place (or "the", "sub-" before it), or up to three runs
    before an administrative word. The full pattern is then tried, leftmost first, at just those
    places, as `finditer` would (a match ends the search for anything starting inside it)."""
    cands: set[int] = set()
    for i, word in _keyword_hits(text):
        k_start = i
        cands.add(i)
        if word == "district" and text[i - 4:i] == "sub-":
            i -= 4
            cands.add(i)
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < i and text[j - 3:j] == "the":
            cands.add(j - 3)
        end = k_start + len(word)
        if word in _ADMIN_WORDS and (end == len(text) or not is_word_char(text[end])):
            # (an administrative word ends a match only as a whole word: "campaign", "districts" end none)
            keyword_starts = [k_start]
            if word == "crossing" and j < i and text[j - 6:j] == "border":
                keyword_starts.append(j - 6)
            for start in keyword_starts:
                _runs_before(text, start, cands)
    out: list[re.Match[str]] = []
    last_end = 0
    for p in sorted(cands):
        # (a match starts a run of word characters: a candidate inside a word is passed over)
        if p >= last_end and text[p] in _GENERIC_FIRST and (p == 0 or not _is_word_char(text[p - 1])) \
                and (m := _GENERIC.match(text, p)):
            out.append(m)
            last_end = m.end()
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_'’-"


def _runs_before(text: str, keyword: int, cands: set[int]) -> None:
    """Add the starts of the (up to three) runs a name before `keyword` can begin at: runs of
    word characters one white-space character apart, ending where the space before the keyword begins."""
    e = keyword
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e == keyword:
        return
    for _ in range(_NAME_RUNS):
        r = e
        while r > 0 and _is_word_char(text[r - 1]):
            r -= 1
        if r == e:
            return
        cands.add(r)
        if not (r >= 2 and text[r - 1].isspace() and _is_word_char(text[r - 2])):
            return
        e = r - 1


_POSSESSIVE = re.compile(r"['’]s\s+")
_NOT_PLACES = re.compile(
    r"^(?:The|A|An|In|On|At|Syrian|Russian|Turkish|Iranian|UN|United|Security|Council|President|Government|IDPs?|PoCs?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def find_places(text: str, places: Mapping[str, Sequence[str]] | None) -> list[tuple[Span, str]]:
    """(span, name) for every place phrase, in text order; longer phrases win overlaps.

    `name` is the config's canonical name when the gazetteer knows the place, else the
    text's own words with any known place inside them spelt canonically. The last few answers
    are remembered, for callers that each ask about the same text (`find_events` on its own).
    """
    return list(_cached_places(text, _freeze(places)))


@lru_cache(maxsize=8)
def _cached_places(text: str, frozen: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[Span, str], ...]:
    return tuple(_find_places(text, frozen))


def _find_places(text: str, frozen: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[Span, str]]:
    gazetteer = _gazetteer(frozen)
    known: list[tuple[Span, str]] = []
    canonical = gazetteer.canonical
    for span in gazetteer.spans(text):
        name = canonical.get(_key(text[span[0]:span[1]]))
        if name:
            known.append((span, name))
    starts = [s[0] for s, _ in known]
    found: list[tuple[Span, str]] = []
    for m in _generic_matches(text):
        if m.group("region"):
            span = m.span("region")
        elif m.group("of"):
            span = m.span("of")
        else:
            span = m.span("admin")
        possessive = _POSSESSIVE.search(text, span[0], span[1])
        if possessive and not m.group("region"):
            span = (possessive.end(), span[1])  # "Syria's Idlib province" is Idlib
        words = text[span[0]:span[1]]
        if _NOT_PLACES.match(words) and not m.group("region"):
            continue
        lo = bisect_left(starts, span[0])
        inner = [(s, n) for s, n in known[lo:bisect_left(starts, span[1], lo)] if s[1] <= span[1]]
        if m.group("admin") and inner and inner[0][0] == span:
            continue  # "Idlib province" is simply Idlib
        if m.group("of") and inner and inner[0][0] == span:
            continue
        for s, n in reversed(inner):
            words = words[: s[0] - span[0]] + n + words[s[1] - span[0]:]
        found.append((span, words))
    return _without_overlaps(found + known)


def _without_overlaps(items: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    items.sort(key=lambda it: (it[0][0], -(it[0][1] - it[0][0])))
    out: list[tuple[Span, str]] = []
    for span, name in items:
        if out and span[0] < out[-1][0][1]:
            continue
        out.append((span, name))
    return out


class _Gazetteer:
    """The spellings' pattern and their canonical names.

    `plain()` is the defining form (look-behind and look-ahead open it, then every spelling in
    turn), compiled only when needed. `fast`, when the spellings allow it, finds the same names
    sooner: it opens by consuming a capital (or non-ASCII) character, which `re` finds with its
    character-set skip instead of testing the look-behind at every position, checks the two
    look-arounds from there, and tries only the spellings that start with that letter.
    `ascii_fast` finds the names that open with an ASCII capital sooner still (see `_ascii_fast`);
    a text where a non-ASCII letter opens a word is left to `fast`."""

    __slots__ = ("_plain", "alternation", "ascii_fast", "canonical", "fast")

    def __init__(self, alternation: str, canonical: dict[str, str], fast: re.Pattern[str] | None = None,
                 ascii_fast: re.Pattern[str] | None = None) -> None:
        self.alternation = alternation
        self.canonical = canonical
        self.fast = fast
        self.ascii_fast = ascii_fast
        self._plain: re.Pattern[str] | None = None

    def plain(self) -> re.Pattern[str]:
        if self._plain is None:
            # Place names are written capitalised (or in a non-Latin script): the look-ahead skips
            # the ~95% of positions where no name can start before the long alternation is tried.
            self._plain = re.compile(
                rf"(?<![\w'’-])(?=(?-i:[^\Wa-z\d_]))(?:{self.alternation})(?![\w-])", re.IGNORECASE
            )
        return self._plain

    def spans(self, text: str) -> list[Span]:
        if self.ascii_fast is not None and (text.isascii() or _NON_ASCII_START.search(text) is None):
            return [m.span() for m in self.ascii_fast.finditer(text)]
        return [m.span() for m in (self.fast or self.plain()).finditer(text)]


# Where `fast` could match at a non-ASCII character: one that opens a word and is no lowercase
# letter (what its opening consumes and checks). Folded letters ("İ", "ı", "ſ", the Kelvin sign,
# which case-blind matching takes for ASCII ones) are non-ASCII too, so they are found here.
_NON_ASCII_START = re.compile(r"[\x80-\U0010ffff](?<![\w'’-].)(?<=[^\Wa-z\d_])")


def _ascii_fast(spellings: list[str]) -> re.Pattern[str]:
    """What `fast` finds at an ASCII capital, found without its per-group look-behinds.

    `fast` consumes the capital, then tries each group of spellings behind a look-behind at
    the group's first letter: at every capital of the text (some 3% of its characters) `re`
    runs all of them, one after another. Here each branch opens with its capital as a plain
    (case-kept) character, so `re` skips every other character in C and, at a capital, every
    branch of another letter after one comparison. A branch holds, in `fast`'s order, the rest
    of each spelling whose first letter the capital matches case-blind (as `fast`'s look-behind
    reads it), read case-blind; an ASCII capital always passes `fast`'s second look-behind."""
    branches = []
    for capital in string.ascii_uppercase:
        rests = [_spelling_pattern(m[1:]) for members in _groups(spellings).values() for m in members
                 if re.fullmatch(_spelling_pattern(m[0]), capital, re.IGNORECASE)]
        if rests:
            branches.append(f"{capital}(?<![\\w'’-].)(?i:{'|'.join(rests)})")
    return re.compile(f"(?:{'|'.join(branches)})(?![\\w-])" if branches else "(?!)")


def _freeze(places: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not places:
        return ()
    return tuple(zip(places, map(tuple, places.values()), strict=True))


@lru_cache(maxsize=16)
def _gazetteer(places: tuple[tuple[str, tuple[str, ...]], ...]) -> _Gazetteer:
    """One alternation over every spelling; case, diacritics and apostrophes are ignored."""
    canonical: dict[str, str] = {}
    for name in _KNOWN:
        canonical.setdefault(_key(name), name)
    for name, variants in places:
        for spelling in (name, *variants):
            canonical[_key(spelling)] = name
    spellings = sorted({s for name, variants in places for s in (name, *variants)} | set(_KNOWN), key=len, reverse=True)
    alternation = "|".join(_spelling_pattern(s) for s in spellings)
    if not spellings or not all(s[0].isalpha() for s in spellings):
        return _Gazetteer(alternation, canonical)
    fast = rf"(?-i:[A-Z\x80-\U0010ffff])(?<![\w'’-].)(?<=(?-i:[^\Wa-z\d_]))(?:{_by_first_letter(spellings)})(?![\w-])"
    return _Gazetteer(alternation, canonical, re.compile(fast, re.IGNORECASE), _ascii_fast(spellings))


# Letters that case-blind matching takes for another letter, though accents stripped and
# lowered they differ: their spellings share a group.
_FOLDED = {"ı": "i", "ſ": "s"}


def _by_first_letter(spellings: list[str]) -> str:
    """The spellings' alternation split by first letter (accents and case aside), read just
    after that letter: each group opens with a look-behind at its first letters, then the rest
    of each spelling. The order within a group is the given one (longest first); spellings of
    different groups cannot match at the same place, so their order is free."""
    parts = []
    for members in _groups(spellings).values():
        firsts = {_spelling_pattern(m[0]) for m in members}
        if len(firsts) == 1:
            parts.append(f"(?<={firsts.pop()})(?:{'|'.join(_spelling_pattern(m[1:]) for m in members)})")
        else:  # "Édlib" beside "Eastern Ghouta": each spelling checks its own first letter
            parts.append("(?:" + "|".join(f"(?<={_spelling_pattern(m[0])}){_spelling_pattern(m[1:])}" for m in members) + ")")
    return "|".join(parts)


def _groups(spellings: list[str]) -> dict[str, list[str]]:
    """The spellings by first letter (accents and case aside), in order of first appearance."""
    groups: dict[str, list[str]] = {}
    for s in spellings:
        letter = _strip_accents(s[0]).lower()
        groups.setdefault(_FOLDED.get(letter, letter), []).append(s)
    return groups


def _spelling_pattern(spelling: str) -> str:
    out = []
    for ch in spelling:
        if ch in _APOSTROPHES:
            out.append(f"[{_APOSTROPHES}]?")
        elif ch in "- ":
            out.append(r"[-\s]")
        else:
            base = _strip_accents(ch)
            out.append(f"[{re.escape(ch)}{re.escape(base)}]" if base != ch else re.escape(ch))
    return "".join(out)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _key(s: str) -> str:
    """The form spellings are compared in: no case, accents, apostrophes; one separator."""
    s = _strip_accents(s).lower()
    s = "".join(c for c in s if c not in _APOSTROPHES)
    return re.sub(r"[-\s]+", " ", s).strip()
