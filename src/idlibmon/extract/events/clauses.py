"""What pairing a date with a trigger costs (distance plus clause boundaries crossed), and the
clause an event's text is cut to."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from idlibmon.extract.dates import DateMention
from idlibmon.extract.text import ascii_lower

Span = tuple[int, int]

_COMMA = re.compile(r",")
_COMMA_SPACE = re.compile(r",\s")
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b")
_SOFT_BREAK = re.compile(r"(?i:\b(?=[abfstw])(?:as|and|when|since|before|following|then)\b)")  # look-ahead: first letters
HARD_BREAK = re.compile(
    r"[;:—–]|\s-\s|(?i:\b(?=[abdptw])(?:while|whereas|which|who|where|after|amid|despite|prompting|but|because|although|though)\b)"
)
_CLAUSE_END = re.compile(
    r",\s|[;:()\[\]—–]|\s-\s|\s(?:as|while|whereas|which|who|where|after|amid|despite|from\s+amid|but|because"
    r"|although|though|in\s+which)\s"
)
# Both kinds of break in one scan of the lowered sentence (a letter trie, no re.I: ~4x faster
# than the two patterns above on the original text); the soft ones told apart by their word.
_BREAKS_LOW = re.compile(
    r"[;:—–]|\s-\s|\b(?:a(?:s|nd|fter|mid|lthough)|b(?:ut|ecause|efore)|despite|following|prompting|since"
    r"|th(?:ough|en)|wh(?:ile|ereas|ich|o|ere|en))\b"
)
_SOFT_WORDS = frozenset(("as", "and", "when", "since", "before", "following", "then"))
_COMMA_COST, _SOFT_COST, _HARD_COST = 30, 20, 60
MAX_COST = 160  # farther than this, a trigger is not what the date dates
_MAX_TEXT = 220


class Breaks:
    """Counts the clause boundaries in a gap of one sentence. The sentence's commas and breaks
    are found once, on the first toll asked (a sentence asks for one per date-trigger pair), and
    a gap's count is two bisections: a break word never straddles a gap's ends, which sit at
    word edges (a trigger's or a date's)."""

    __slots__ = ("_commas", "_hard", "_soft", "low", "sent", "text")

    def __init__(self, text: str, sent: Span, low: str | None = None) -> None:
        self.text = text
        self.sent = sent
        self.low = low if low is not None else ascii_lower(text)
        self._commas: list[int] | None = None
        self._hard: tuple[list[int], list[int]] = ([], [])
        self._soft: tuple[list[int], list[int]] = ([], [])

    def _scan(self) -> list[int]:
        t, (s, e) = self.text, self.sent
        hard: tuple[list[int], list[int]] = ([], [])
        soft: tuple[list[int], list[int]] = ([], [])
        soft_words = _SOFT_WORDS
        for m in _BREAKS_LOW.finditer(self.low, s, e):
            a, b = m.span()
            kind = soft if m.group() in soft_words else hard
            kind[0].append(a)
            kind[1].append(b)
        self._hard, self._soft = hard, soft
        commas: list[int] = []
        i = t.find(",", s, e)
        while i >= 0:
            commas.append(i)
            i = t.find(",", i + 1, e)
        self._commas = commas
        return commas

    def toll(self, a: int, b: int, skip_commas: int = 0) -> int:
        if b <= a:
            return 0
        commas = self._commas if self._commas is not None else self._scan()
        n = bisect_left(commas, b) - bisect_left(commas, a) - skip_commas
        return _COMMA_COST * n + _SOFT_COST * _within(self._soft, a, b) + _HARD_COST * _within(self._hard, a, b)

    def clause_start(self, lo: int) -> int:
        """Where the clause holding `lo` begins: after the last hard break ending by `lo`."""
        if self._commas is None:
            self._scan()
        ends = self._hard[1]
        k = bisect_right(ends, lo)
        return ends[k - 1] if k else self.sent[0]


def _within(found: tuple[list[int], list[int]], a: int, b: int) -> int:
    """How many of the sentence's matches (starts, ends; sorted, not overlapping) lie in [a, b)."""
    starts, ends = found
    if not starts:
        return 0
    return max(0, bisect_right(ends, b) - bisect_left(starts, a))


def pair_cost(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int], breaks: Breaks,
          opens: bool) -> float:
    """Characters between a date and a trigger, plus a toll for each clause boundary crossed.
    `opens`: the date opens the sentence ("Since 19 December, forces ..."), and so owns the
    clause after its comma."""
    ts, te, _kind, bonus = trig
    if te <= d.span[0]:
        gap_start, gap_end = te, d.span[0]
    elif ts >= d.span[1]:
        gap_start, gap_end = d.span[1], ts
    else:
        return -bonus
    skip = 0
    if gap_start == d.span[1]:
        when = _WHEN_CLAUSE.match(text, gap_start, gap_end)
        if when:  # "since Monday, when forces intensified ...": the when-clause says what the date was
            gap_start = when.end()
        elif opens and text.startswith(",", gap_start):
            skip = 1
    near = gap_end - gap_start - bonus
    if near > MAX_COST:
        return near  # too far already: the tolls (never negative) cannot bring it back in reach
    return near + breaks.toll(gap_start, gap_end, skip)


def event_span(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int],
               breaks: Breaks | None = None) -> Span:
    """The clause holding the date and its trigger, trimmed to a readable length."""
    lo, hi = min(d.span[0], trig[0]), max(d.span[1], trig[1])
    if breaks is not None:
        start = breaks.clause_start(lo)
    else:
        start = sent[0]
        for m in HARD_BREAK.finditer(text, sent[0], lo):
            start = m.end()
    commas = [m.end() for m in _COMMA_SPACE.finditer(text[start:lo])]
    if commas and text[start:d.span[0]].strip() != "":
        start += commas[-1]  # a date opening the clause keeps its comma: "Since 19 December, forces ..."
    end = sent[1]
    m = _CLAUSE_END.search(text, hi, sent[1])
    if m:
        end = m.start()
    while start < end and text[start] in " \t\"'“‘,":
        start += 1
    while end > start and text[end - 1] in " \t.,;:":
        end -= 1
    if end - start > _MAX_TEXT:
        end = max(hi, start + _MAX_TEXT)
        cut = text.rfind(" ", hi, end)
        end = cut if cut > hi else end
    return (start, end)


