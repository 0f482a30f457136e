"""Where dates are: anchor words found with str.find, the grammar tried only just before them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from idlibmon.extract.dates.grammar import DATE_PATTERN
from idlibmon.extract.dates.vocabulary import MONTHS, WEEKDAYS, YEAR

# Every date contains one of these words (or a year): find them with str.find, which is far
# faster than running the full grammar at every position, then try the grammar only on the few
# word starts just before each one ("since the end of" + "November").
_ANCHOR_STEMS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "night",
    "morning", "afternoon", "evening", "week", "month", "year", "hour", "ago", "then", "spring", "summer",
    "autumn", "winter", "fall", "tomorrow",
)
ANCHOR_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
     "evening", "week", "weeks", "weekend", "month", "months", "year", "years", "day", "days", "hour", "hours",
     "ago", "then", "spring", "summer", "autumn", "winter", "fall"]
)
_YEAR_ANCHOR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_WORD_START = re.compile(r"(?<![\w'’-])\w")
_LOOKBACK = 70


def _anchors(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out: set[tuple[int, int]] = set()
    n = len(low)
    for stem in _ANCHOR_STEMS:
        i = low.find(stem)
        while i >= 0:
            s = i
            while s > 0 and low[s - 1].isalpha():
                s -= 1
            e = i + len(stem)
            while e < n and low[e].isalpha():
                e += 1
            if low[s:e] in ANCHOR_WORDS:
                out.add((s, e))
            i = low.find(stem, e)
    out.update(m.span() for m in _YEAR_ANCHOR.finditer(text))
    return sorted(out)


def scan(text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in text order, leftmost first, as `finditer` would give them."""
    last_end = 0
    for a_start, _a_end in _anchors(text):
        if a_start < last_end:
            continue
        win = max(last_end, a_start - _LOOKBACK)
        for stop in ".;!?\n":
            cut = text.rfind(stop, win, a_start)
            if cut >= 0 and not (stop == "." and text[max(0, cut - 4):cut].rstrip().lower().endswith(_ABBREVIATED)):
                win = cut + 1
        # Only the unbroken run of date-like words just before the anchor can open its expression.
        run: list[int] = []
        for w in reversed(list(_WORD.finditer(text, win, a_start))):
            word = w.group()
            if not (word[0].isdigit() or word.lower() in _START_WORDS):
                break
            run.append(w.start())
        for start in (*reversed(run), a_start):
            m = DATE_PATTERN.match(text, start)
            if m and m.end() > a_start:
                yield m
                last_end = m.end()
                break


_WORD = re.compile(r"[^\W\d_]+|\d+")
# Words a date expression can open with: relation words, modifiers, and the anchors themselves.
_START_WORDS = ANCHOR_WORDS | frozenset(
    ["since", "from", "between", "on", "in", "during", "over", "throughout", "through", "until", "till", "up", "by", "before", "after", "following", "as", "starting", "beginning", "late", "early", "within", "for", "of", "to", "and", "at", "mid", "the", "very", "end", "start", "middle", "first", "second", "third", "fourth", "last", "earlier", "later", "this", "next", "past", "coming", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "couple", "few", "several", "same", "previous"]
)
_ABBREVIATED = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
