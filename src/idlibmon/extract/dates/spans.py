"""Where dates are: anchor words found in one pass, the grammar tried only just before them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from idlibmon.extract.dates.grammar import DATE_PATTERN
from idlibmon.extract.dates.vocabulary import MONTHS, WEEKDAYS, YEAR
from idlibmon.extract.text import ascii_lower
from idlibmon.extract.word_trie import trie_pattern

# Every date contains one of these words (or a year): one pass of a word-trie pattern finds
# them, far faster than running the full grammar at every position; the grammar is then tried
# only on the few word starts just before each one ("since the end of" + "November").
ANCHOR_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
     "evening", "week", "weeks", "weekend", "month", "months", "year", "years", "day", "days", "hour", "hours",
     "ago", "then", "spring", "summer", "autumn", "winter", "fall"]
)
_ANCHOR_TRIE = trie_pattern(ANCHOR_WORDS)
# In the lowered text, opening with "not a-z" (the character before the word) lets `re` skip
# letters by a bitmap test in C; a non-ASCII letter before the word is ruled out afterwards.
_ANCHOR_AFTER_GAP = re.compile(rf"[^a-z]({_ANCHOR_TRIE})(?![^\W\d_])")
_ANCHOR_AT_START = re.compile(rf"({_ANCHOR_TRIE})(?![^\W\d_])")
# A year not inside a longer number: the look-behind sits after the digits for the same reason.
_YEAR_ANCHOR = re.compile(rf"{YEAR}(?<!\d{{5}})(?!\d)")
_LOOKBACK = 70


def _anchors(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the anchor words (whole words, any case) and of the years, in text order."""
    first = _ANCHOR_AT_START.match(low)
    out = [first.span(1)] if first else []
    out += [m.span(1) for m in _ANCHOR_AFTER_GAP.finditer(low) if low[m.start()] < "\x80" or not low[m.start()].isalpha()]
    years = [m.span() for m in _YEAR_ANCHOR.finditer(text)]
    return sorted(out + years) if years else out


def scan(text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in text order, leftmost first, as `finditer` would give them."""
    low = ascii_lower(text)
    last_end = 0
    for a_start, _a_end in _anchors(text, low):
        if a_start < last_end:
            continue
        win = max(last_end, a_start - _LOOKBACK)
        for stop in ".;!?\n":
            cut = text.rfind(stop, win, a_start)
            if cut >= 0 and not (stop == "." and low[max(0, cut - 4):cut].rstrip().endswith(_ABBREVIATED)):
                win = cut + 1
        # Only the unbroken run of date-like words just before the anchor can open its expression.
        run = _RUN_BEFORE_ANCHOR.search(low, win, a_start) if win < a_start else None
        if run is not None:
            m = DATE_PATTERN.match(text, run.start())
            if m and m.end() > a_start:
                yield m
                last_end = m.end()
                continue
            starts = [w.start() for w in _WORD.finditer(text, run.start() + 1, a_start)] + [a_start]
        else:
            starts = [a_start]
        for start in starts:
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
_START_TOKEN = (
    rf"(?:(?<![^\W\d_])(?:{trie_pattern(_START_WORDS)})(?![^\W\d_])|(?<!\d)\d+(?:st|nd|rd|th)?(?![^\W\d_]))"
)
# The run of date-like words (and numbers, "15th" too) that reaches the anchor, in the lowered text.
_RUN_BEFORE_ANCHOR = re.compile(rf"{_START_TOKEN}(?:[\W_]*{_START_TOKEN})*[\W_]*\Z")
_ABBREVIATED = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
