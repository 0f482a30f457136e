"""Casualty counts a text gives as a sum in words: "killed a woman and two of her children" is
three dead, "a politician and eight others were killed" nine.

News counts one victim with "a" and the rest with a number; the key figure is the whole. Only a
lead of one person ("a/an/one" and at most three words) before "and N" makes a sum: a list of
numbers ("seven soldiers and a civilian contractor") keeps its first count, as annotators of
the Turkish-soldier stories did, and an aside ("including a woman and two children") is a part
of a count already given, never a new one.
"""

from __future__ import annotations

import re

from idlibmon.extract.numbers import Number

# "a woman and ", "a rescue worker and ", "one civilian and " right before the number
_LEAD = re.compile(r"\b(?:a|an|one)\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+and\s+$")
# words after "a" that make it a number or an amount, not one person
_NOT_PERSON = frozenset(("dozen", "hundred", "thousand", "million", "few", "number", "total", "further", "handful",
                         "couple", "score", "quarter", "half", "third", "day", "week", "month", "year", "night"))
# words that make the lead a clause of its own ("a volunteer was killed and two people wounded": one dead,
# two wounded), not one person of the count
_CLAUSE = frozenset(("was", "were", "is", "are", "has", "had", "have", "been", "killed", "wounded", "injured", "died",
                     "dead", "hurt"))
_ASIDE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|such\s+as)\b")
_FAMILY_OF = re.compile(r"\b(kill|injur|wound)(?:ing|ed)\s+a\s+family\s+of\s+$")
_VERB_BEFORE = re.compile(r"\b(kill|injur|wound)(?:ing|ed)\s+$")


def lead_verb(low: str, lo: int, lead: int) -> str | None:
    """The casualty verb right before a lead victim ("killed a farmer and three of his sons"):
    the category of a sum whose second count has no noun we know; None without one."""
    m = _VERB_BEFORE.search(low, (lead - 12 if lead - 12 > lo else lo), lead)
    if m is None:
        return None
    return "killed" if m.group(1) == "kill" else "injured"


def lead_total(low: str, lo: int, start: int, number: Number) -> tuple[Number, int] | None:
    """The count with its lead victim added, and where its text begins; None when no lone
    person leads it. `low` is the lowered text, `start` where the count's text begins and `lo`
    its sentence's start."""
    if not low.endswith("and ", (start - 4 if start - 4 > lo else lo), start):
        return None
    window = (start - 50 if start - 50 > lo else lo)
    m = _LEAD.search(low, window, start)
    if m is None or any(w in _NOT_PERSON or w in _CLAUSE for w in m.group(1).split()):
        return None
    if _ASIDE.search(low, max(lo, m.start() - 30), m.start()):
        return None  # "including a woman and two children": a part of a count already given
    high = number.high + 1 if number.high is not None else None
    whole = Number(span=number.span, text=number.text, value=number.value + 1, high=high, unit=number.unit,
                   spelled=number.spelled)
    return whole, m.start()


def family_hit(low: str, lo: int, start: int) -> tuple[str, int] | None:
    """ "killed a family of five": the family's size counts the victims. Its category and where
    the verb begins, or None."""
    if not low.endswith("of ", (start - 3 if start - 3 > lo else lo), start):
        return None
    m = _FAMILY_OF.search(low, (start - 30 if start - 30 > lo else lo), start)
    if m is None:
        return None
    return ("killed" if m.group(1) == "kill" else "injured"), m.start()
