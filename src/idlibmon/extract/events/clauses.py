"""What pairing a date with a trigger costs (distance plus clause boundaries crossed), and the
clause an event's text is cut to."""

from __future__ import annotations

import re

from idlibmon.extract.dates import DateMention

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
_COMMA_COST, _SOFT_COST, _HARD_COST = 30, 20, 60
MAX_COST = 160  # farther than this, a trigger is not what the date dates
_MAX_TEXT = 220


class Breaks:
    """Counts the clause boundaries in a gap of one sentence; most sentences have one or two
    date-trigger pairs, so short gaps are scanned rather than the whole sentence."""

    __slots__ = ("text",)

    def __init__(self, text: str, sent: Span) -> None:
        self.text = text

    def toll(self, a: int, b: int, skip_commas: int = 0) -> int:
        if b <= a:
            return 0
        t = self.text
        commas = t.count(",", a, b) - skip_commas
        return (_COMMA_COST * commas + _SOFT_COST * len(_SOFT_BREAK.findall(t, a, b))
                + _HARD_COST * len(HARD_BREAK.findall(t, a, b)))


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


def event_span(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int]) -> Span:
    """The clause holding the date and its trigger, trimmed to a readable length."""
    lo, hi = min(d.span[0], trig[0]), max(d.span[1], trig[1])
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


