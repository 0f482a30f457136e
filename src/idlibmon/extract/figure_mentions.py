"""Where, when and how often a figure was said: its period and place from its sentence, and
one figure for a number said several times (headline, highlights, body).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from idlibmon.extract.figure_cues import restated_in_body
from idlibmon.extract.text import Span, may_hold
from idlibmon.models import Figure, Period


def date_dist(text: str, s: int, e: int, p: int) -> float:
    """How far a date mention [s, e) is from a number at p, one after it reading first."""
    if s >= p:
        return s - p
    return (p - e) * 1.5 + (30 if "," in text[e:p] else 0)  # a comma closes the date's clause


def sentence_dates(text: str, dates: Sequence[object], lo: int, hi: int) -> list[tuple[Any, int]]:
    """The dates of the sentence [lo, hi) a count's period may come from, each with what it
    adds to its distance: which they are depends on the sentence alone, so the engine works
    them out once for all the sentence's counts (`period_among`), not once per count."""
    found = [d for d in dates if d.span[0] >= lo and d.span[1] <= hi  # type: ignore[attr-defined]
             and not _compared_since(text, lo, d.span[0]) and not _names_a_deal(text, d)]  # type: ignore[attr-defined]
    if len(found) > 1:  # a dateline's day and the day a source spoke date the telling, not the count
        found = [d for d in found if not _in_dateline(text, d)] or found
        if len(found) > 1:
            return [(d, 200 if _spoken(text, lo, d) else 0) for d in found]
    return [(d, 0) for d in found]


def period_among(text: str, dated: Sequence[tuple[Any, int]], pos: int, others: Sequence[int] = ()) -> Period | None:
    """The period of the number at `pos`: the date mention of its sentence (`sentence_dates`)
    nearest it, one after it reading first; a date nearer another number of the sentence
    (`others`) is that number's, unless no other is left ("59 soldiers in February, 34 of them
    in a single strike on 27 February")."""
    if not dated:
        return None
    if len(dated) == 1:
        return Period(dated[0][0].start, dated[0][0].end)
    found = [(date_dist(text, *d.span, pos) + extra, d) for d, extra in dated]
    own = [(k, d) for k, d in found if all(k <= date_dist(text, *d.span, o) for o in others)]
    d = min(own or found, key=lambda kd: kd[0])[1]
    return Period(d.start, d.end)


# "AMMAN, 11 March 2020 - Nearly one million people …": the day the story was filed
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’/-]{2,40}(?:\s*\([^)\n]{1,20}\))?,[ \t]*$")
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?[-–—][ \t]")
# "OCHA said at the weekend that …", "the ministry said on Friday": the day a source spoke
_SPOKE_BEFORE = re.compile(
    r"\b(?:said|says|reported|announced|told\s+[\w ]{1,30}?)\s+(?:(?:on|at|over|(?:late|early|earlier)\s+on)\s+)?$")


def _in_dateline(text: str, d: object) -> bool:
    """Is the date mention the day of a dateline ("GENEVA, 19 October -")?"""
    s, e = d.span  # type: ignore[attr-defined]
    return _DATELINE_DASH.match(text, e) is not None and _DATELINE_BEFORE.search(text, (s - 60 if s > 60 else 0), s) is not None


def _spoken(text: str, lo: int, d: object) -> bool:
    """Is the date mention the day a source spoke ("said on Friday that", "said at the weekend")?"""
    s = d.span[0]  # type: ignore[attr-defined]
    return _SPOKE_BEFORE.search(text, (s - 40 if s - 40 > lo else lo), s) is not None


# a deal named by its year ("signatories of the 2016 peace agreement", "under the 2018 Sochi deal"): the
# year dates the deal (an event), not a count near it ("80 people have been killed this year, among them ...")
_DEAL_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:deal|agreement|accord|memorandum|truce|ceasefire)\b", re.I)


def _names_a_deal(text: str, d: object) -> bool:
    """Is the date mention a bare year naming a deal ("the 2018 Sochi agreement")?"""
    said = d.text  # type: ignore[attr-defined]
    return len(said) == 4 and said.isdigit() and _DEAL_AFTER.match(text, d.span[1]) is not None  # type: ignore[attr-defined]


# "the deadliest attack on its army since it intervened in 2016", "for the first time since 2019": a date a
# record is measured from, not the count's period
_COMPARED_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|highest|lowest|most\s+[a-z]+|first\s+time)\b"
    r"[^.;:\d]{0,70}\bsince\b[^.;:]{0,50}$", re.I)


def _compared_since(text: str, lo: int, s: int) -> bool:
    """Is the date mention starting at s the far end of a record ("the deadliest … since 2016")?"""
    window = text[(s - 130 if s - 130 > lo else lo):s]
    if text.startswith(("since", "Since"), s):
        window += "since"  # the mention "since 2019" itself
    return "since" in window and may_hold(window, 0, len(window), _RECORD_WORDS) \
        and _COMPARED_SINCE.search(window) is not None


# One of these opens every match of `_COMPARED_SINCE` (a substring test on the lowered window rules
# out most windows before the case-blind pattern is tried at each of their positions)
_RECORD_WORDS = ("deadliest", "worst", "bloodiest", "largest", "biggest", "heaviest", "highest", "lowest", "most",
                 "first")


# A capital standing for its government ("prompting Ankara to retaliate", "Moscow denied"), or the
# seat of whoever speaks ("the health ministry in Damascus said"): no place of the count
_SPEAKS_AFTER = re.compile(
    r"\s+(?:to|has|had|have|will|would|is|was|said|says|say|announced|accused|denied|warned|responded|"
    r"retaliated|sent|launched|insisted|claimed|agreed|wants|backed|blamed|reported|confirmed)\b"
)
_SEAT_BEFORE = re.compile(r"\b(?:ministry|government|officials?|authorities|spokes(?:man|woman|person)|sources|"
                          r"embassy|office|headquarters|reporters|journalists|briefing|conference)\s+in\s+$", re.I)
_CAPITALS = frozenset(("Damascus", "Ankara", "Moscow", "Tehran", "Washington", "Beirut", "Amman", "Baghdad", "Kyiv", "Kiev",
                       "Jerusalem", "Cairo", "Khartoum", "Port-au-Prince", "Sanaa", "Sana'a", "Riyadh", "Kinshasa",
                       "Geneva", "Sochi", "Astana", "Nur-Sultan", "Istanbul"))
# "ANKARA (AFP) -", "GENEVA, 19 October -": a dateline says where the story was filed
_DATELINE_AFTER = re.compile(r"\s*(?:\(|,|-|–|—|/)")  # "GENEVA/LVIV, March 8 (Reuters) -"
_JOINED = (" and ", " & ")


def _no_place(text: str, s: int, e: int) -> bool:
    """Does the place mention name something other than where the count is: a dateline, a
    capital that stands for its government, or the seat of a speaker?"""
    word = text[s:e]
    if word.isupper() and len(word) > 3 and (s == 0 or text[s - 1] in "\n/") and _DATELINE_AFTER.match(text, e):
        return True
    if text[(s - 40 if s > 40 else 0):s].rstrip()[-1:] in ("n", "N") and _SEAT_BEFORE.search(text, (s - 40 if s > 40 else 0), s):
        return True  # (the pattern ends with "in" and white space: most places follow no "in")
    return word in _CAPITALS and _SPEAKS_AFTER.match(text, e) is not None


def sentence_places(places: Sequence[tuple[Span, str]], lo: int, hi: int, text: str = "") -> list[tuple[Span, str]]:
    """The place mentions of the sentence [lo, hi) a count's place may be: with `text`, mentions
    that are no place of the count (`_no_place`) are passed over. The same for every count of
    the sentence, so the engine works them out once (`place_among`)."""
    return [(sp, name) for sp, name in places if sp[0] >= lo and sp[1] <= hi and not (text and _no_place(text, *sp))]


def place_among(inside: Sequence[tuple[Span, str]], pos: int, text: str = "") -> str | None:
    """The place of the number at `pos`: its sentence's place (`sentence_places`) nearest it, one
    after it reading first ("fled … in Idlib"); two places joined by "and" are one place
    ("northern Hama and southern Idlib")."""
    best = None
    for k, ((s, e), _name) in enumerate(inside):
        dist = (s - pos) if s >= pos else (pos - e) * 2
        if best is None or dist < best[0]:
            best = (dist, k)
    if best is None:
        return None
    k = best[1]
    names = [inside[k][1]]
    if text and names[0] not in _CAPITALS:  # ("backed by Damascus and Moscow": governments, not where)
        after = inside[k + 1] if k + 1 < len(inside) else None
        before = inside[k - 1] if k > 0 else None
        if after and text[inside[k][0][1]:after[0][0]] in _JOINED and after[1] not in names and after[1] not in _CAPITALS:
            names.append(after[1])
        elif before and text[before[0][1]:inside[k][0][0]] in _JOINED and before[1] not in names \
                and before[1] not in _CAPITALS:
            names.insert(0, before[1])
    return " and ".join(names)


def _headline(text: str, sents: Sequence[Span], si: int) -> bool:
    """A title: one of the first lines, without closing punctuation."""
    if si >= 4:
        return False
    s, e = sents[si]
    return not text[s:e].rstrip("'\"”’ ").endswith((".", "!", "?", ":"))


def _rounder(a: float, b: float) -> bool:
    """Is `a` a rounded form of `b` (more trailing zeros)?"""
    def zeros(x: float) -> int:
        digits = str(int(x))
        return len(digits) - len(digits.rstrip("0"))
    return a != b and zeros(a) > zeros(b)


# A bulleted line of a key-figures box or highlights ("- 60,000+ refugees in Ethiopia", "• 5.2 million need aid")
_BULLET_LINE = re.compile(r"[ \t]*[-•*–][ \t]")


def _bulleted(text: str, f: Figure) -> bool:
    """Is the figure said on a bulleted line (a key-figures box, highlights)?"""
    return _BULLET_LINE.match(text, text.rfind("\n", 0, f.span[0]) + 1) is not None


def _box_over_prose(text: str, groups: dict[tuple[float, float | None, str, str, bool], list[tuple[Figure, int]]]) -> None:
    """A key-figures box labels its number with what it counts ("- 60,000+ refugees in Ethiopia's Doolo
    zone"); prose says it in a clause whose cue may be another count's ("more than 60,000 people had
    crossed into the Doolo zone of Ethiopia's Somali region"). The same number, range and hedge, boxed
    under one category and only told in prose under another, is the box's. Small counts (under 100)
    often coincide across categories and are left alone."""
    if "\n" not in text:
        return
    boxed: dict[tuple[float, float | None], set[tuple[str, str]]] = {}
    for key, group in groups.items():
        if key[0] >= 100 and key[2] != "other":
            for f, _ in group:
                if _bulleted(text, f):
                    boxed.setdefault((key[0], key[1]), set()).add((key[2], f.qualifier))
    if not boxed:
        return
    for key, group in list(groups.items()):
        said = boxed.get((key[0], key[1]))
        if said and key[2] != "other" and all(cat != key[2] for cat, _ in said) \
                and not any(_bulleted(text, f) for f, _ in group) \
                and any(q == f.qualifier for f, _ in group for _c, q in said):
            del groups[key]


def _restated_added(groups: dict[tuple[float, float | None, str, str, bool], list[tuple[Figure, int]]]) -> None:
    """A count told as added ("a further 1.9 million", "300 others") and later said again plainly, as a
    key-figures box restates the body ("- 1.9 million internally displaced returned"), is one figure:
    the plain mentions after the first added one join its group. A plain mention before it stays apart
    ("20 were hurt in the morning ... another 20 in the afternoon" counts two groups)."""
    for key in [k for k in groups if k[4]]:
        twin = (key[0], key[1], key[2], key[3], False)
        plain = groups.get(twin)
        if not plain:
            continue
        first = min(f.span[0] for f, _ in groups[key])
        later = [m for m in plain if m[0].span[0] > first]
        if later:
            groups[key].extend(later)
            kept = [m for m in plain if m[0].span[0] <= first]
            if kept:
                groups[twin] = kept
            else:
                del groups[twin]


def dedupe(text: str, sents: Sequence[Span], figures: list[tuple[Figure, int]],
           added: Collection[int] = ()) -> list[Figure]:
    """The same figure said twice (headline, highlights, body) is one figure: keep the most
    informative mention and fill its gaps from the others.

    A count said to come on top of others (`added`: the indices of "two other volunteers were
    wounded", "another 60,000", "three more people") is by its own words not an earlier count
    of the same value said again; it merges only with mentions marked the same way."""
    # the headline lines, once: each figure's line is asked about up to five times below
    heads = {si for si in range(min(4, len(sents))) if _headline(text, sents, si)}
    groups: dict[tuple[float, float | None, str, str, bool], list[tuple[Figure, int]]] = {}
    for k, (fig, si) in enumerate(figures):
        groups.setdefault((fig.value, fig.high, fig.category, fig.unit, k in added), []).append((fig, si))
    if added:
        _restated_added(groups)
    # A headline often rounds the body's number ("tops 580,000" over "586,000"): one figure.
    body = [(f.value, f.category) for f, si in figures if si not in heads]
    for key, group in list(groups.items()):
        if all(si in heads for _, si in group) and any(
                cat == key[2] and key[0] >= 1000 and abs(v - key[0]) <= 0.05 * v and _rounder(key[0], v)
                for v, cat in body):
            del groups[key]
    # A headline squeezes its grammar ("Refugee exodus passes 2 million as civilian toll climbs"): its cue
    # can belong to another count. The same number with the same hedge said again in the body under another
    # category, and never under the headline's, is the body's count ("more than 2 million have fled").
    told = {(f.value, f.category): f.qualifier for f, si in figures if si not in heads}
    for key in list(groups):
        if key[2] != "other" and (key[0], key[2]) not in told \
                and all(si in heads and not _bulleted(text, f) for f, si in groups[key]) \
                and any(v == key[0] and cat != "other" and q == groups[key][0][0].qualifier for (v, cat), q in told.items()):
            del groups[key]
    _box_over_prose(text, groups)
    fled = [key for key in groups if key[2] == "displaced"]
    if fled:
        told = [(f.value, f.unit, f.category) for f, si in figures if f.category == "refugees" and si not in heads]
        for key in fled:
            if told and all(si in heads for _, si in groups[key]) and restated_in_body(key[0], key[3], key[2], told):
                del groups[key]  # "65,000 flee …" over "65,000 refugees have poured into Armenia"
    out: list[Figure] = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0][0])
            continue

        def rank(item: tuple[Figure, int]) -> tuple[int, int]:
            f, si = item
            info = (f.source is not None) + (f.when is not None) + (f.place is not None)
            return (info - 2 * (si in heads), -f.span[0])
        best = max(group, key=rank)[0]
        for f, _ in group:
            if best.when and f.when and f.when.end and not best.when.end and f.when.start == best.when.start:
                best.when = f.when  # "since 1 December" in one mention, "between 1 December and 10 February" in another
            best.when = best.when or f.when
            best.source = best.source or f.source
            best.place = best.place or f.place
            if best.qualifier == "exact":
                best.qualifier = f.qualifier
        out.append(best)
    out.sort(key=lambda f: f.span[0])
    return out
