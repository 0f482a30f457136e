"""Which watch terms and place spellings an entry mentions.

Matching is on folded text: Unicode-normalised, diacritics stripped, the apostrophe
family (’ ʿ ʾ ' ` ´) folded to one, case ignored, whole words only — so "Ma‘arrat al-Nu‘man",
"MAARRAT AL-NU'MAN" and "Maʿarrat al-Nuʿman" are the same place. What matched is stored
per article, so a new watch list re-filters history without refetching.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʿʾʼʹ`´′ꞌ＇"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
# combining marks of Latin, Greek/Cyrillic and Arabic scripts (harakat, hamza above/below)
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """The form both sides of a match are compared in."""
    if text.isascii():
        return text.translate(_APOSTROPHES).casefold()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).translate(_DASHES))
    return _MARKS.sub("", text).casefold()


class Matcher:
    """Finds the configured terms and places in a text; reports each by its configured name.

    A watch term reports itself; a place spelling reports the place's canonical name.
    """

    def __init__(self, terms: Sequence[str], places: Mapping[str, Sequence[str]]) -> None:
        self.names: dict[str, str] = {}
        for term in terms:
            if term.strip():
                self.names.setdefault(fold(term.strip()), term.strip())
        for canonical, variants in places.items():
            for spelling in (canonical, *variants):
                if spelling.strip():
                    self.names.setdefault(fold(spelling.strip()), canonical)
        keys = sorted(self.names, key=len, reverse=True)
        self.fingerprint = hashlib.sha1(
            json.dumps([list(terms), {k: list(v) for k, v in places.items()}], ensure_ascii=False).encode()
        ).hexdigest()
        if keys:
            alternatives = "|".join(re.escape(k) for k in keys)
            # whole words: no letter or digit right before or after (\b fails on "al-" and Arabic)
            self._re: re.Pattern[str] | None = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")
        else:
            self._re = None

    def match(self, *texts: str) -> tuple[str, ...]:
        """Configured names found in any of `texts`, in first-seen order."""
        return self.match_folded(*(fold(t) for t in texts if t))

    def match_folded(self, *folded: str) -> tuple[str, ...]:
        """`match` for texts already passed through `fold` (the parser folds each text once)."""
        if self._re is None:
            return ()
        found: dict[str, None] = {}
        for text in folded:
            if text:
                for m in self._re.finditer(text):
                    found.setdefault(self.names[m.group(0)], None)
        return tuple(found)


@lru_cache(maxsize=8)
def matcher_for(terms: tuple[str, ...], places: tuple[tuple[str, tuple[str, ...]], ...]) -> Matcher:
    """A cached matcher (parse workers build one per watch list, not per feed)."""
    return Matcher(terms, dict(places))


def matcher_key(terms: Sequence[str], places: Mapping[str, Sequence[str]]) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """Hashable, picklable form of a watch list, for `matcher_for`."""
    return tuple(terms), tuple((k, tuple(v)) for k, v in places.items())
