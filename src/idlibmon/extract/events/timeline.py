"""A timeline's entries: lines that open with the date of what they tell.

Chronologies ("Timeline: how the crisis unfolded", "Key dates") list happenings one to a line,
each opened by its date, in one of two layouts:

    24 February 2022 - Russian troops invade from the north, east and south.

    Wednesday, November 27
    Rebels launch an offensive west of Aleppo. Jets strike towns in Idlib.

A single line so opened is a release's dateline ("20 September 2018 - Save the Children
welcomes ...") and dates the text; three or more are a list of dated happenings. In the first
layout the date is the entry sentence's own; in the second it heads the paragraph under it and
dates the first sentence under it, as if fronted ("On Wednesday, November 27, rebels launch ...").
Entries are told in the historic present ("Fighters enter Aleppo", "Saraqeb falls", "Russian troops
invade"), which the lexicon, written for reports in the past tense, reads only for a few verbs:
`entry_triggers` adds the present forms of the commonest, in entry sentences alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import Span, Trigger

_MIN_ENTRIES = 3  # one or two such lines are a dateline and a report's date, not a list
# after an entry's date: a spaced dash and the happening, or the end of its line (a heading)
_DASH_ENTRY = re.compile(r"[ \t]*[-–—][ \t]+\S")
_HEADING_END = re.compile(r"[ \t]*:?[ \t]*\n[ \t]*\S")


def _line_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of the line and `pos`."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def timeline_entries(text: str, dates: list[DateMention]) -> tuple[frozenset[Span], list[tuple[int, int, DateMention]]]:
    """The spans of the dates that open a timeline's dash entries (no datelines: the happenings'
    own dates), and the paragraphs a heading date stands over: (start, end, date), in text order.
    Both empty unless the text has three entries or more."""
    opening = [d for d in dates if _line_start(text, d.span[0])]
    if len(opening) < _MIN_ENTRIES:
        return frozenset(), []
    dashed = [d for d in opening if _DASH_ENTRY.match(text, d.span[1])]
    headed = [d for d in opening if _HEADING_END.match(text, d.span[1])]
    if len(dashed) + len(headed) < _MIN_ENTRIES:
        return frozenset(), []
    paragraphs = []
    for d in headed:
        start = text.index("\n", d.span[1]) + 1
        end = text.find("\n", start)
        paragraphs.append((start, len(text) if end < 0 else end, d))
    return frozenset(d.span for d in dashed), paragraphs


def headed_date(heading: DateMention, sent_start: int) -> DateMention:
    """The heading's date as if fronted in a sentence under it: an empty span at the sentence's
    start (nothing in the sentence is the date's words; its event's text starts there)."""
    return replace(heading, span=(sent_start, sent_start))


# the historic present of a timeline's entries, by kind (their past forms are in the lexicon)
_PRESENT = re.compile(
    r"\b(?:(?P<capture>enters?(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:city|town|capital|centre|western|eastern|northern|southern)\b)"
    r"|falls?(?=\s*(?:[.,;]|$|\s+(?:to|in|on|after|within)\b))|fall\s+to)"
    r"|(?P<offensive>invades?)"
    r"|(?P<talks>signs?\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:agreements?|deal|accord|memorandum|pact))"
    r"|(?P<displacement>cross(?:es)?\s+into)"
    r"|(?P<other>(?:is|are)\s+(?:named|appointed|sworn\s+in)))\b",
    re.IGNORECASE,
)
_PRESENT_STRENGTH = 30  # as the lexicon's past forms of these verbs


def entry_triggers(text: str, sent: Span) -> list[Trigger]:
    """The historic-present triggers of a timeline entry's sentence ("Kherson falls", "troops enter
    the city"), in text order."""
    return [(m.start(), m.end(), m.lastgroup or "other", _PRESENT_STRENGTH) for m in _PRESENT.finditer(text, sent[0], sent[1])]
