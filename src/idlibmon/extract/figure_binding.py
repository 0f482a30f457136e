"""What a number belongs to when the words right around it say so more plainly than the
nearest category trigger.

- Growth of a place: "Djibo has swelled to more than 300,000 inhabitants with the arrival of
  displaced families" counts the town's people (population), though "displaced" is nearer
  than any population word; so does "the figure had swollen to more than 300,000" after "a
  population of about 165,000".
- A predicate after a place: "7.1 million people in the three worst-affected states of Borno,
  Adamawa and Yobe require humanitarian assistance" need aid, whatever the clause before
  them counted.
- A place's size: "Tigray, a region of about 6 million, needs food aid" counts the region's
  people, not those in need.
- Leaving a named place: "more than 150,000 civilians had left Afrin since Wednesday" fled it
  (a country left makes refugees).
- A tally of places: "the number of displacement sites in the capital has risen to 80" counts
  sites, not displaced people.
"""

from __future__ import annotations

import re

_GROWN_TO = re.compile(r"\b(?:swell(?:ed|s)?|swollen|grow(?:n|s)?|grew|ballooned)\s+to\s+$")
_INHABITANTS = re.compile(r"\b(?:inhabitants|residents|people)$")
_SITES_COUNTED = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:sites?|camps?|shelters|settlements|collective\s+cent(?:re|er)s|locations|"
    r"gathering\s+points)\b"
)


def grown_population(low: str, lo: int, start: int, head: str, prev_category: str | None) -> int | None:
    """Where "swelled to" begins when the count at `start` is what a place has grown to, else
    None. `head` is the lowered text from the number to the end of its noun ("300,000
    inhabitants"), empty for a bare number, which needs a population counted just before it
    ("the figure had swollen to …")."""
    if not low.endswith("to ", max(lo, start - 3), start):
        return None
    grown = _GROWN_TO.search(low, max(lo, start - 16), start)
    if grown is None:
        return None
    if (_INHABITANTS.search(head) is not None) if head else prev_category == "population":
        return grown.start()
    return None


def sites_tallied(low: str, head_end: int) -> bool:
    """Does the tally head ending at `head_end` ("the number") count places ("of displacement
    sites"), not people?"""
    return _SITES_COUNTED.match(low, head_end) is not None


# "in the three worst-affected states of Borno, Adamawa and Yobe", then the count's own verb of need
_PLACE_THEN_NEED = re.compile(
    r"\s+(?:in|across|throughout|inside)\s+[^,;.()\n]{1,70}?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,4}"
    r"(?:,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:still\s+|now\s+|urgently\s+)?"
    r"(?:require|requires|required|need|needs|needed|depend|depends)\b"
)


def need_after_place(text: str, head_end: int, hi: int) -> tuple[int, int] | None:
    """The span of a verb of need that the count's place phrase leads to, or None. On `text`
    (capitals mark the place names of the list)."""
    if not text.startswith((" in ", " across ", " throughout ", " inside "), head_end):
        return None
    m = _PLACE_THEN_NEED.match(text, head_end, hi)
    if m is None:
        return None
    verb = m.group().rsplit(None, 1)[-1]
    return m.end() - len(verb), m.end()


_PLACE_OF = re.compile(
    r"\b(?:an?|the)\s+(?P<place>(?:[\w'’-]+\s+)?(?:region|province|city|town|country|nation|governorate|district|enclave|state|"
    r"territory|pocket|area))\s+of\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|an\s+estimated|"
    r"at\s+least|just\s+over|close\s+to)\s+)?$"
)


def size_of_place(low: str, lo: int, start: int) -> int | None:
    """Where "a region of (about)" begins when it stands right before the number, giving a
    place's size; else None."""
    if not low.endswith(("of ", "some ", "about ", "around ", "nearly ", "almost ", "roughly ", "than ", "over ",
                         "estimated ", "least ", "to "), max(lo, start - 10), start):
        return None
    m = _PLACE_OF.search(low, max(lo, start - 60), start)
    return None if m is None else m.start("place")


_LEFT_PLACE = re.compile(
    r",?\s+(?:(?:had|have|has)\s+)?(?:(?:already|now|reportedly|also)\s+)?left\s+"
    r"(?:(?P<quarters>(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:districts|neighbou?rhoods|quarters|suburbs|outskirts)\b)"
    r"|(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?))"
)
_VISITORS = ("nationals", "foreigners", "staff", "workers", "tourists", "diplomats", "personnel", "employees")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def left_place(text: str, low: str, head_end: int, hi: int, country: re.Pattern[str]) -> tuple[str, tuple[int, int]] | None:
    """ "150,000 civilians had left Afrin": (category, span of the verb phrase) when the count
    left a named place or a city's quarters; `country` matches a country on lowered text."""
    if "left" not in low[head_end:head_end + 40] or low.endswith(_VISITORS, max(0, head_end - 12), head_end):
        return None  # foreigners or staff who left a place were visitors there, not displaced
    m = _LEFT_PLACE.match(text, head_end, hi)
    if m is None:
        return None
    name = m.group("name")
    if name is not None and name.startswith(_WEEKDAYS):
        return None  # "left on Monday" is no place
    span = (m.start() + len(m.group()) - len(m.group().lstrip(", \t\n")), m.end())
    if name is not None and country.match(low, m.start("name")):
        return "refugees", span
    return "displaced", span
