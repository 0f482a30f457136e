"""Where dates are: anchor words found in one pass, the grammar tried only just before them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.dates.grammar import DATE_PATTERN
from idlibmon.extract.dates.vocabulary import MONTHS, WEEKDAYS, YEAR
from idlibmon.extract.text import CASE_FOLDED, ascii_lower, holds_any
from idlibmon.extract.word_trie import shortest_prefixes, trie_pattern

# Every date contains one of these words (or a year): one pass of a word-trie pattern finds
# them, far faster than running the full grammar at every position; the grammar is then tried
# only on the few word starts just before each one ("since the end of" + "November").
ANCHOR_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
     "evening", "week", "weeks", "weekend", "month", "months", "year", "years", "day", "days", "hour", "hours",
     "ago", "then", "spring", "summer", "autumn", "winter", "fall"]
)
_ANCHOR_TRIE = trie_pattern(ANCHOR_WORDS)
# The anchors are found with `str.find` (far faster than a pattern scanning every character):
# each word is looked for by its shortest prefix among the anchors ("day" finds "days"), then
# taken where it is a whole word. The patterns of `_anchor_patterns` say the same and stay as
# its definition (compiled only when asked for: a test holds the two equal).
_STEMS: dict[str, tuple[str, ...]] = {
    stem: tuple(sorted((w for w in ANCHOR_WORDS if w.startswith(stem)), key=len, reverse=True))
    for stem in shortest_prefixes(ANCHOR_WORDS)
}
# the words holding "day", longest first, with where "day" is in them; the other stems, one pass each
_DAY_WORDS = tuple((w, w.index("day")) for w in sorted((w for w in ANCHOR_WORDS if "day" in w), key=len, reverse=True))
_STEMS_APART = {stem: words for stem, words in _STEMS.items() if not all("day" in w for w in words)}
_YEAR_THIRD = {"19": "56789", "20": "01234"}  # the digit after "19" or "20" that makes a year (1950-2049)
_LOOKBACK = 70


def _anchors(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the anchor words (whole words, any case) and of the years, in text order.

    A word is whole when no letter (a-z, or any non-ASCII letter) comes before it in the lowered
    text and no letter or non-decimal numeral after it; a year when no digit touches it."""
    out: list[tuple[int, int]] = []
    n = len(low)
    # the words that hold "day" (the weekdays, "today", "yesterday", "day", "days") are found by one
    # pass for "day" rather than one for each stem; the longest word that fits is taken (at most one
    # can: "day" itself needs no letter before it, the others a letter)
    p = low.find("day")
    while p >= 0:
        for word, at in _DAY_WORDS:
            start = p - at
            if start < 0 or not low.startswith(word, start):
                continue
            c = low[start - 1] if start else " "
            if "a" <= c <= "z" or (c >= "\x80" and c.isalpha()):
                continue
            q = start + len(word)
            if q == n or not (low[q].isalnum() and not low[q].isdecimal()):
                out.append((start, q))
                break
        p = low.find("day", p + 1)
    for stem, words in _STEMS_APART.items():
        p = low.find(stem)
        while p >= 0:
            c = low[p - 1] if p else " "
            if not ("a" <= c <= "z" or (c >= "\x80" and c.isalpha())):
                for word in words:
                    if low.startswith(word, p):
                        q = p + len(word)
                        if q == n or not (low[q].isalnum() and not low[q].isdecimal()):
                            out.append((p, q))
                            break
            p = low.find(stem, p + 1)
    n = len(text)
    for head, third in _YEAR_THIRD.items():
        p = text.find(head)
        while p >= 0:
            if (p + 3 < n and text[p + 2] in third and text[p + 3].isdecimal()
                    and (p == 0 or not text[p - 1].isdecimal()) and (p + 4 == n or not text[p + 4].isdecimal())):
                out.append((p, p + 4))
            p = text.find(head, p + 1)
    out.sort()
    return out


@cache
def _anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An anchor word after a gap, one at the very start, and a year not inside a longer number."""
    first_letters = "".join(sorted({w[0] for w in ANCHOR_WORDS}))
    return (
        re.compile(rf"[^a-z](?=[{first_letters}])({_ANCHOR_TRIE})(?![^\W\d_])"),
        re.compile(rf"({_ANCHOR_TRIE})(?![^\W\d_])"),
        re.compile(rf"{YEAR}(?<!\d{{5}})(?!\d)"),
    )


def _anchors_by_pattern(text: str, low: str) -> list[tuple[int, int]]:
    """What `_anchors` finds, by the patterns that define it (one scan of the text each)."""
    after_gap, at_start, year = _anchor_patterns()
    first = at_start.match(low)
    out = [first.span(1)] if first else []
    out += [m.span(1) for m in after_gap.finditer(low) if low[m.start()] < "\x80" or not low[m.start()].isalpha()]
    return sorted(out + [m.span() for m in year.finditer(text)])


def scan(text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in text order, leftmost first, as `finditer` would give them."""
    low = ascii_lower(text)
    last_end = 0
    # the marks that stop a window, those of them the text holds: most hold no "!", "?" or ";", and
    # a call of `rfind` costs as much as reading a few hundred characters
    stops = [stop for stop in ".;!?\n" if stop in text]
    for a_start, a_end in _anchors(text, low):
        if a_start < last_end:
            continue
        win = (a_start - _LOOKBACK if a_start - _LOOKBACK > last_end else last_end)
        # The window opens after the last stop before the anchor; a full stop after an
        # abbreviation ("Jan.") is no stop, and then no earlier full stop counts either.
        # (A few `rfind`s in the short window cost far less than listing every stop of the text.)
        for stop in stops:
            cut = text.rfind(stop, win, a_start)
            if cut >= 0 and not (stop == "." and low[(cut - 4 if cut - 4 > 0 else 0):cut].rstrip().endswith(_ABBREVIATED)):
                win = cut + 1
        # Only the unbroken run of date-like words just before the anchor can open its expression.
        run_start = _run_start(low, win, a_start) if win < a_start else None
        # a bare unit opens an expression only as "days ago" (see `_UNITS`)
        word = low[a_start:a_end]
        unit = word in _UNITS
        unit_alone = unit and not _ago_after(low, a_end) and not (a_end - a_start == 4 and _later_after(low, a_start, a_end))
        if unit and run_start is not None and not _unit_may_close(low, run_start, a_start, a_end):
            continue  # "for six months", "a year": no expression of the grammar holds the unit there
        if run_start is not None:
            m = None if unit_alone and run_start == a_start else DATE_PATTERN.match(text, run_start)
            if m is not None and (end := m.end()) > a_start:
                yield m
                last_end = end
                continue
            starts = [w.start() for w in _OPENING.finditer(text, run_start + 1, a_start)]
        else:
            starts = []
        if word not in _NEVER_OPENS and (word != _OPENS_ONLY_A_SENTENCE or win == a_start) and not unit_alone:
            starts.append(a_start)
        for start in starts:
            m = DATE_PATTERN.match(text, start)
            if m is not None and (end := m.end()) > a_start:
                yield m
                last_end = end
                break


def _run_start(low: str, win: int, a_start: int) -> int | None:
    """Where the run of date-like words that reaches `a_start` begins (not before `win`).

    The run is read backwards, from the anchor, by one match on the reversed window: the
    leftmost start a forward search would find is the end of the longest backward run."""
    m = _RUN_REVERSED.match(low[win:a_start][::-1])
    if m is None:
        return None
    start = a_start - m.end()
    if start == win and win > 0 and (_LETTER if low[win].isalpha() else _DIGIT).match(low, win - 1):
        # the run's first word goes on before the window (cut mid-word): ask the forward pattern
        run = _run_before_anchor().search(low, win, a_start)
        return run.start() if run else None
    return start


# Where, after the run's first word, an expression can still open: the start of a word or
# number (the grammar opens with the same look-behind, so nothing else could match).
_OPENING = re.compile(r"(?<![\w-])[^\W_]")
# Anchor words no branch of the grammar can open with ("ago" needs its count, "night" its
# "last"), so the anchor itself is not tried as a start.
_NEVER_OPENS = frozenset(["ago", "night", "morning", "afternoon", "evening", "weekend", "hour"])
# ... and one tried only where it opens a sentence (the window then starts at it): "Hours later,
# a second raid ..." dates; "killed on Wednesday, hours after he spoke" has its date already.
_OPENS_ONLY_A_SENTENCE = "hours"
# Units of time the grammar opens with only when "ago" follows ("days ago"): a count, "the",
# "this" or "last" opens every other expression that holds one ("three days later", "this week").
_UNITS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years"])


def _later_after(low: str, start: int, end: int) -> bool:
    """Whether the anchor is "days" and white space then "later" follow it: "Days later, US
    warships fired", "responded days later" (a few days on from the date told before)."""
    return low.startswith("days", start) and _SPACE_THEN_LATER.match(low, end) is not None


def _ago_after(low: str, end: int) -> bool:
    """Whether white space then "ago" follow `end` (the rest of the grammar's "days ago")."""
    return _SPACE_THEN_AGO.match(low, end) is not None


# (one match: `\s` is `str.isspace`, where a loop over the white space made two calls a character)
_SPACE_THEN_AGO = re.compile(r"\s+ago")
_SPACE_THEN_LATER = re.compile(r"\s+later")


# Every expression that holds a unit of time has one of these words in the run before it
# ("the last two weeks", "this month", "earlier this year", "that year") or one of the others
# right after it ("two days ago", "three weeks later", "the first week of"): see `DATE_PATTERN`.
_UNIT_RUN_WORDS = ("the", "this", "last", "next", "past", "coming", "earlier", "later", "that")
_UNIT_AFTER_WORDS = frozenset(["ago", "later", "earlier", "after", "before", "of"])


def _unit_may_close(low: str, run_start: int, a_start: int, a_end: int) -> bool:
    """Whether the grammar may match a unit of time at [a_start, a_end) from the run before it."""
    if holds_any(low[run_start:a_start], _UNIT_RUN_WORDS):
        return True
    n = len(low)
    k = a_end
    while k < n and low[k].isspace():
        k += 1
    end = k
    while end < n and low[end].isalpha():
        end += 1
    if k > a_end and low[k:end] in _UNIT_AFTER_WORDS:
        return True
    window = low[run_start:end]
    return not window.isascii() and holds_any(window, CASE_FOLDED)


# Words a date expression can open with: relation words, modifiers, and the anchors themselves.
_START_WORDS = ANCHOR_WORDS | frozenset(
    ["since", "from", "between", "on", "in", "during", "over", "throughout", "through", "until", "till", "up", "by", "before", "after", "following", "as", "starting", "beginning", "late", "early", "within", "for", "of", "to", "and", "at", "mid", "the", "very", "end", "start", "middle", "first", "second", "third", "fourth", "last", "half", "earlier", "later", "this", "next", "past", "coming", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "couple", "few", "several", "same", "previous", "that", "decade", "decades", "exactly"]
)
_START_TOKEN = (
    rf"(?:(?<![^\W\d_])(?:{trie_pattern(_START_WORDS)})(?![^\W\d_])|(?<!\d)\d+(?:st|nd|rd|th)?(?![^\W\d_]))"
)
# The run of date-like words (and numbers, "15th" too) that reaches the anchor, in the lowered text.
@cache
def _run_before_anchor() -> re.Pattern[str]:
    """The run read forwards (compiled when first needed: a window cut mid-word is rare)."""
    return re.compile(rf"{_START_TOKEN}(?:[\W_]*{_START_TOKEN})*[\W_]*\Z")


# The same run read backwards from the anchor in the reversed window: each token reversed and
# its look-arounds swapped, so the longest match ends where the forward run would start.
_REVERSED_TOKEN = (
    rf"(?:(?<![^\W\d_])(?:{trie_pattern(w[::-1] for w in _START_WORDS)})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?:ts|dn|dr|ht)?\d+(?!\d))"
)
_RUN_REVERSED = re.compile(optional_as_branch(rf"[\W_]*{_REVERSED_TOKEN}(?:[\W_]*{_REVERSED_TOKEN})*"))
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_ABBREVIATED = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
