"""Places named in a text: the config's gazetteer first, then the text's own place phrases.

The timeline merges events by place, so a town spelt five ways ("Saraqeb", "Saraqib") must
come out under one canonical name; places the config does not know keep the text's words
("southern Idlib", "the town of Kafr Ruma"), which is still what a reader wants to see.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import lru_cache

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
_GENERIC = re.compile(
    rf"""
      (?<![\w'’-])
      (?=[nsewcrgtvdaokA-Z])
      (?:
      (?=[nsewcrg])(?P<region>(?:{_DIRECTION})\s+(?:rural\s+)?{_NAME}(?:\s+(?:province|governorate|countryside))?)
    | (?=[tvcdsano])(?:the\s+)?(?P<kind>town|village|city|district|sub-district|camp|area|countryside|neighbourhood|neighborhood|outskirts)\s+of\s+(?P<of>{_NAME})
    | (?=[aeA-Z])(?P<admin>{_NAME})\s+(?:province|governorate|countryside|district|camp|crossing|border\s+crossing)\b
      )
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s\s+")
_NOT_PLACES = re.compile(
    r"^(?:The|A|An|In|On|At|Syrian|Russian|Turkish|Iranian|UN|United|Security|Council|President|Government|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def find_places(text: str, places: Mapping[str, Sequence[str]] | None) -> list[tuple[Span, str]]:
    """(span, name) for every place phrase, in text order; longer phrases win overlaps.

    `name` is the config's canonical name when the gazetteer knows the place, else the
    text's own words with any known place inside them spelt canonically. The engine asks
    for the same text twice (figures, then events): the last few answers are remembered.
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
    for m in _GENERIC.finditer(text):
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

    `pattern` is the plain form (a look-behind opens it). `spans` runs a faster form when the
    spellings allow it: a match opens by consuming the character before the name, which `re`
    finds with its character-set skip, and the spellings are grouped by first letter, so a
    capitalised word is tried only against the spellings that start with its letter. Both find
    the same names (a name can start at a match's end only after a character that is no part
    of a word, and every spelling ends in one)."""

    __slots__ = ("after_gap", "at_start", "canonical", "pattern")

    def __init__(self, pattern: re.Pattern[str], canonical: dict[str, str],
                 at_start: re.Pattern[str] | None = None, after_gap: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.canonical = canonical
        self.at_start = at_start
        self.after_gap = after_gap

    def spans(self, text: str) -> list[Span]:
        if self.at_start is None or self.after_gap is None:
            return [m.span() for m in self.pattern.finditer(text)]
        first = self.at_start.match(text)
        out = [first.span()] if first else []
        out += [m.span(1) for m in self.after_gap.finditer(text, first.end() if first else 0)]
        return out


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
    # Place names are written capitalised (or in a non-Latin script): the look-ahead skips the
    # ~95% of positions where no name can start before the long alternation is tried.
    pattern = re.compile(rf"(?<![\w'’-])(?=(?-i:[^\Wa-z\d_]))(?:{alternation})(?![\w-])", re.IGNORECASE)
    if not spellings or not all(s[0].isalpha() and (s[-1].isalnum() or s[-1] == "_") for s in spellings):
        return _Gazetteer(pattern, canonical)
    grouped = _by_first_letter(spellings)
    return _Gazetteer(
        pattern, canonical,
        re.compile(rf"(?=(?-i:[^\Wa-z\d_]))(?:{grouped})(?![\w-])", re.IGNORECASE),
        re.compile(rf"[^\w'’-](?=(?-i:[^\Wa-z\d_]))((?:{grouped}))(?![\w-])", re.IGNORECASE),
    )


# Letters that case-blind matching takes for another letter, though accents stripped and
# lowered they differ: their spellings share a group.
_FOLDED = {"ı": "i", "ſ": "s"}


def _by_first_letter(spellings: list[str]) -> str:
    """The spellings' alternation split by first letter (accents and case aside), each group
    behind a look-ahead at its letters. The order within a group is the given one (longest
    first); spellings of different groups cannot match at the same place, so their order is free."""
    groups: dict[str, list[str]] = {}
    for s in spellings:
        letter = _strip_accents(s[0]).lower()
        groups.setdefault(_FOLDED.get(letter, letter), []).append(s)
    parts = []
    for members in groups.values():
        firsts = "|".join(sorted({_spelling_pattern(m[0]) for m in members}))
        parts.append(f"(?=(?:{firsts}))(?:{'|'.join(_spelling_pattern(m) for m in members)})")
    return "|".join(parts)


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
