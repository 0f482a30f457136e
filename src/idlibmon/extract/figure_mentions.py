"""Where, when and how often a figure was said: its period and place from its sentence, and
one figure for a number said several times (headline, highlights, body).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from idlibmon.extract.figure_cues import restated_in_body
from idlibmon.extract.text import Span
from idlibmon.models import Figure, Period


def date_dist(text: str, s: int, e: int, p: int) -> float:
    """How far a date mention [s, e) is from a number at p, one after it reading first."""
    if s >= p:
        return s - p
    return (p - e) * 1.5 + (30 if "," in text[e:p] else 0)  # a comma closes the date's clause


def period(text: str, dates: Sequence[object], lo: int, hi: int, pos: int, others: Sequence[int] = ()) -> Period | None:
    """The date mention of the sentence nearest the number, one after it reading first;
    a date nearer another number of the sentence is that number's, unless no other is left
    ("59 soldiers in February, 34 of them in a single strike on 27 February")."""
    found = [(date_dist(text, *d.span, pos), d) for d in dates if d.span[0] >= lo and d.span[1] <= hi]  # type: ignore[attr-defined]
    if not found:
        return None
    if len(found) == 1:
        return Period(found[0][1].start, found[0][1].end)  # type: ignore[attr-defined]
    own = [(k, d) for k, d in found if all(k <= date_dist(text, *d.span, o) for o in others)]  # type: ignore[attr-defined]
    d = min(own or found, key=lambda kd: kd[0])[1]
    return Period(d.start, d.end)  # type: ignore[attr-defined]


def place(places: Sequence[tuple[Span, str]], lo: int, hi: int, pos: int) -> str | None:
    best = None
    for (s, e), name in places:
        if s >= lo and e <= hi:
            dist = (s - pos) if s >= pos else (pos - e) * 2  # "fled … in Idlib" reads forward
            if best is None or dist < best[0]:
                best = (dist, name)
    return best[1] if best else None


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


def dedupe(text: str, sents: Sequence[Span], figures: list[tuple[Figure, int]],
           added: Collection[int] = ()) -> list[Figure]:
    """The same figure said twice (headline, highlights, body) is one figure: keep the most
    informative mention and fill its gaps from the others.

    A count said to come on top of others (`added`: the indices of "two other volunteers were
    wounded", "another 60,000", "three more people") is by its own words not an earlier count
    of the same value said again; it merges only with mentions marked the same way."""
    groups: dict[tuple[float, float | None, str, str, bool], list[tuple[Figure, int]]] = {}
    for k, (fig, si) in enumerate(figures):
        groups.setdefault((fig.value, fig.high, fig.category, fig.unit, k in added), []).append((fig, si))
    # A headline often rounds the body's number ("tops 580,000" over "586,000"): one figure.
    body = [(f.value, f.category) for f, si in figures if not _headline(text, sents, si)]
    for key, group in list(groups.items()):
        if all(_headline(text, sents, si) for _, si in group) and any(
                cat == key[2] and key[0] >= 1000 and abs(v - key[0]) <= 0.05 * v and _rounder(key[0], v)
                for v, cat in body):
            del groups[key]
    fled = [key for key in groups if key[2] == "displaced"]
    if fled:
        told = [(f.value, f.unit, f.category) for f, si in figures if f.category == "refugees" and not _headline(text, sents, si)]
        for key in fled:
            if told and all(_headline(text, sents, si) for _, si in groups[key]) and restated_in_body(key[0], key[3], key[2], told):
                del groups[key]  # "65,000 flee …" over "65,000 refugees have poured into Armenia"
    out: list[Figure] = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0][0])
            continue

        def rank(item: tuple[Figure, int]) -> tuple[int, int]:
            f, si = item
            info = (f.source is not None) + (f.when is not None) + (f.place is not None)
            return (info - 2 * _headline(text, sents, si), -f.span[0])
        best = max(group, key=rank)[0]
        for f, _ in group:
            best.when = best.when or f.when
            best.source = best.source or f.source
            best.place = best.place or f.place
            if best.qualifier == "exact":
                best.qualifier = f.qualifier
        out.append(best)
    out.sort(key=lambda f: f.span[0])
    return out
