"""What pairing a date with a trigger costs (distance plus clause boundaries crossed), and the
clause an event's text is cut to."""

from __future__ import annotations

import re

from idlibmon.extract.dates import DateMention
from idlibmon.extract.text import ascii_lower, holds_any

Span = tuple[int, int]
# an event trigger: (start, end, kind, bonus), the bonus being how surely the word names a happening
Trigger = tuple[int, int, str, int]

_COMMA = re.compile(r",")
_COMMA_SPACE = re.compile(r",\s")
_ENTRY_DASHES = (" - ", " – ", " — ")
# ", when ...": a when-clause after a date (shared by the pairing and the tally checks)
WHEN_CLAUSE = re.compile(r"\s*,\s*when\b")
_SOFT_BREAK = re.compile(r"(?i:\b(?=[abfstw])(?:as|and|when|since|before|following|then)\b)")  # look-ahead: first letters
HARD_BREAK = re.compile(
    r"[;:—–]|\s-\s|(?i:\b(?=[abdptw])(?:while|whereas|which|who|where|after|amid|despite|prompting|but|because|although|though)\b)"
)
_CLAUSE_END = re.compile(
    r",\s|[;:()\[\]—–]|\s-\s|\s(?:as|while|whereas|which|who|where|after|amid|despite|from\s+amid|but|because"
    r"|although|though|in\s+which)\s"
)
# the spaced branches of _CLAUSE_END: one leading class, which `re` skips to quickly
_CLAUSE_END_SPACED = re.compile(
    r"\s(?:-|as|while|whereas|which|who|where|after|amid|despite|from\s+amid|but|because|although|though|in\s+which)\s"
)
# The same breaks counted on the lowered text, cheaply: `re` scans a text at some 50-500
# machine instructions a character, `str.count` and `in` at about one. So the punctuation is
# counted by `str.count`, " - " looked for only where a hyphen is, and break words matched from
# the non-word character before them (a class `re` skips to quickly; a gap never opens on a word,
# its ends being a trigger's or a date's edge), each only where one of its words occurs at all.
_DASH = re.compile(r"\s-\s")
_HARD_WORD = re.compile(r"[^\w](?:wh(?:ile|ereas|ich|o|ere)|a(?:fter|mid|lthough)|despite|prompting|b(?:ut|ecause)|though)\b")
_HARD_WORD_AT = re.compile(r"\b(?:wh(?:ile|ereas|ich|o|ere)|a(?:fter|mid|lthough)|despite|prompting|b(?:ut|ecause)|though)\b")
_SOFT_WORD = re.compile(r"[^\w](?:a(?:s|nd)|when|since|before|following|then)\b")
_HARD_HINTS = ("wh", "after", "amid", "though", "despite", "prompting", "but", "because")
_SOFT_HINTS = ("as", "and", "when", "since", "before", "following", "then")
_COMMA_COST, _SOFT_COST, _HARD_COST = 30, 20, 60
MAX_COST = 160  # farther than this, a trigger is not what the date dates
_MAX_TEXT = 220


class Breaks:
    """Counts the clause boundaries in a gap of one sentence (most sentences have one or two
    date-trigger pairs, so short gaps are scanned rather than the whole sentence), on the
    lowered text (see _DASH)."""

    __slots__ = ("low", "sent", "text")

    def __init__(self, text: str, sent: Span, low: str | None = None) -> None:
        self.text = text
        self.sent = sent
        self.low = low if low is not None else ascii_lower(text)

    def toll(self, a: int, b: int, skip_commas: int = 0) -> int:
        if b <= a:
            return 0
        low = self.low
        gap = low[a:b]
        hard = gap.count(";") + gap.count(":") + gap.count("—") + gap.count("–")
        asides = gap.count("—") // 2 if "—" in gap else 0  # "A summit of the guarantors — Russia, Turkey and Iran — is
        # scheduled for ...": two dashes close an aside, which costs what two commas cost
        hard -= 2 * asides
        if "-" in gap:
            hard += len(_DASH.findall(low, a, b))
        if holds_any(gap, _HARD_HINTS):
            hard += len(_HARD_WORD.findall(low, a, b))
        soft = len(_SOFT_WORD.findall(low, a, b)) if holds_any(gap, _SOFT_HINTS) else 0
        return _COMMA_COST * (gap.count(",") - skip_commas + 2 * asides) + _SOFT_COST * soft + _HARD_COST * hard

    def clause_start(self, lo: int) -> int:
        """Where the clause holding `lo` begins: after the last hard break before it."""
        s, low = self.sent[0], self.low
        start = max(s, low.rfind(";", s, lo) + 1, low.rfind(":", s, lo) + 1, low.rfind("—", s, lo) + 1,
                    low.rfind("–", s, lo) + 1)
        head = low[s:lo]
        if "-" in head:
            for m in _DASH.finditer(low, s, lo):
                start = max(start, m.end())
        if holds_any(head, _HARD_HINTS):
            first = _HARD_WORD_AT.match(low, s, lo)  # a break word opening the sentence has no character before it here
            if first:
                start = max(start, first.end())
            for m in _HARD_WORD.finditer(low, s, lo):
                start = max(start, m.end())
        return start


def pair_near(text: str, d: DateMention, trig: Trigger, opens: bool) -> tuple[int, int, int, int]:
    """(near, gap start, gap end, commas to skip): the characters between a date and a trigger
    less the trigger's strength, and the gap whose clause boundaries add their toll (empty when
    none is due). `near` is the pair's cost before tolls, which are never negative: a lower bound.
    `opens`: the date opens the sentence ("Since 19 December, forces ..."), and so owns the
    clause after its comma."""
    ts, te, _kind, bonus = trig
    if te <= d.span[0]:
        gap_start, gap_end = te, d.span[0]
    elif ts >= d.span[1]:
        gap_start, gap_end = d.span[1], ts
    else:
        return -bonus, 0, 0, 0
    skip = 0
    if gap_start == d.span[1]:
        when = WHEN_CLAUSE.match(text, gap_start, gap_end)
        if when:  # "since Monday, when forces intensified ...": the when-clause says what the date was
            gap_start = when.end()
        elif opens and text.startswith(",", gap_start):
            skip = 1
        elif opens and text.startswith(_ENTRY_DASHES, gap_start, gap_end):
            # "28 January 2020 - The town, home to 100,000 people, falls": the dash after an
            # opening date is the entry's own mark, no clause boundary
            gap_start += 3
    near = gap_end - gap_start - bonus
    if near > MAX_COST:
        return near, 0, 0, 0  # too far already: the tolls cannot bring it back in reach
    return near, gap_start, gap_end, skip


def pair_cost(text: str, sent: Span, d: DateMention, trig: Trigger, breaks: Breaks,
              opens: bool) -> int:
    """Characters between a date and a trigger, plus a toll for each clause boundary crossed."""
    near, a, b, skip = pair_near(text, d, trig, opens)
    return near + breaks.toll(a, b, skip) if b > a else near


_CLAUSE_MARK = re.compile(r"[;:()\[\]—–]")  # the punctuation of _CLAUSE_END


def _clause_end(text: str, hi: int, stop: int) -> int:
    """Where _CLAUSE_END first matches in text[hi:stop] (or `stop`), found cheaply: commas and
    punctuation by `str.find`, then the spaced words only up to the nearest of those (a word
    break starting before it ends within 40 characters of it, unless 30 spaces stand inside
    "from amid" or "in which")."""
    limit = stop
    c = text.find(",", hi, stop - 1)
    while c >= 0 and not text[c + 1].isspace():
        c = text.find(",", c + 1, stop - 1)
    if c >= 0:
        limit = c
    mark = _CLAUSE_MARK.search(text, hi, limit)  # the first of them (one scan, not one `find` each)
    if mark is not None:
        limit = mark.start()
    m = _CLAUSE_END_SPACED.search(text, hi, (limit + 40 if limit + 40 < stop else stop))
    return m.start() if m and m.start() < limit else limit


def event_span(text: str, sent: Span, d: DateMention, trig: Trigger,
               breaks: Breaks | None = None) -> Span:
    """The clause holding the date and its trigger, trimmed to a readable length."""
    lo, hi = (trig[0] if trig[0] < d.span[0] else d.span[0]), (trig[1] if trig[1] > d.span[1] else d.span[1])
    if breaks is not None:
        start = breaks.clause_start(lo)
    else:
        start = sent[0]
        for m in HARD_BREAK.finditer(text, sent[0], lo):
            start = m.end()
    # the clause's last comma before a space (not `lo - 1` itself: at 0 that would read as -1, the text's end)
    c = text.rfind(",", start, (lo - 1 if lo - 1 > start else start))
    while c >= 0 and not text[c + 1].isspace():
        c = text.rfind(",", start, c)
    if c >= 0 and text[start:d.span[0]].strip() != "":
        start = c + 2  # a date opening the clause keeps its comma: "Since 19 December, forces ..."
    end = _clause_end(text, hi, sent[1])
    while start < end and text[start] in " \t\"'“‘,":
        start += 1
    while end > start and text[end - 1] in " \t.,;:":
        end -= 1
    if end - start > _MAX_TEXT:
        end = (start + _MAX_TEXT if start + _MAX_TEXT > hi else hi)
        cut = text.rfind(" ", hi, end)
        end = cut if cut > hi else end
    return (start, end)


def has_hint(low: str, a: int, b: int, hints: tuple[str, ...]) -> bool:
    """Whether low[a:b] holds one of the words a pattern cannot match without: a substring test
    on the lowered window rules most windows out before a costly pattern runs."""
    return holds_any(low[a:b], hints)
