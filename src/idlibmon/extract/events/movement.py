"""A verb of movement takes its kind from who moved.

"crossed into the enclave" is an offensive when rebels or troops cross, a flight when people,
refugees or "1,600 Syrians" cross, and an aid delivery when a convoy does (that trigger begins
at "convoy" and is found on its own). "arrived" tells a flight only when people arrive
("Thousands more arrived in April", "60,000 people ... have arrived at the camp"); leaders or
envoys arriving make a visit (talks), and a shipment arriving is another happening. So the lexicon finds the verb, and its subject, the words
of the clause before it, decides.
"""

from __future__ import annotations

import re

from idlibmon.extract.events.clauses import Span, Trigger

_PEOPLE = re.compile(
    r"(?i:\b(?:people|persons|individuals|refugees|asylum[\s-]seekers|civilians|families|households|residents|inhabitants"
    r"|children|women|IDPs|migrants|evacuees|villagers|others|thousands|hundreds|tens\s+of\s+thousands"
    r"|(?-i:[A-Z][a-z]{3,}(?:ans|ese|is))|Rohingya)\b|\b\d[\d,.]*(?:\s+million)?\s+(?:more\s+)?(?:of\s+them\s+|[\w'’-]+\s+)?(?:(?:have|has|had)\s+)?$)"
)
_FORCES = re.compile(
    r"(?i:\b(?:troops|forces|soldiers|army|armies|rebels|fighters|militants|militias?|insurgents|gunmen|tanks|units"
    r"|battalions?|brigades?|columns?|jihadists|paramilitaries|factions|elements)\b)"
)
# what arrives or crosses and is neither a force nor people fleeing: aid, officials
_OTHER_MOVERS = re.compile(
    r"(?i:\b(?:convoys?|trucks|lorries|shipments?|supplies|aid|deliveries|consignments?|kits|envoy|delegation|minister"
    r"|president|secretary|chief|team|mission|officials?|inspectors|monitors|observers|journalists|reporters|rain|storm)\b)"
)
# who arrives on a visit: leaders, ministers, envoys and their delegations
_VISITORS = re.compile(
    r"(?i:\b(?:leaders|president|prime\s+minister|ministers?|premier|chancellor|king|envoys?|delegations?|secretary-general"
    r"|secretary\s+of\s+state|foreign\s+secretary)\b)"
)
_CLAUSE_BREAK = re.compile(r"[;:.!?—–]|\b(?:while|whereas|which|who|where|after|but|because|although|and|when)\b")


def _subject(text: str, sent: Span, ts: int) -> str:
    """The words before the verb back to its clause's start (at most 100 characters)."""
    lo = (ts - 100 if ts - 100 > sent[0] else sent[0])
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, ts):
        start = m.end()
    return text[start:ts]


def by_subject(text: str, sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with "crossed ..." and "arrived" retyped by their subject, or dropped when
    the subject is neither a force nor people (see the module)."""
    out: list[Trigger] = []
    for t in triggers:
        ts, te, kind, bonus = t
        word = text[ts:ts + 7].lower()
        if word == "crossed" and kind == "offensive":
            subject = _subject(text, sent, ts)
            if _OTHER_MOVERS.search(subject):
                continue
            if _FORCES.search(subject):
                out.append(t)
            elif _PEOPLE.search(subject):
                out.append((ts, te, "displacement", bonus))
            continue
        if word == "entered" and kind == "capture":
            # "4,000 people had entered its Tomping site": people seeking refuge, not forces taking a place
            subject = _subject(text, sent, ts)
            if _PEOPLE.search(subject) and not _FORCES.search(subject):
                t = (ts, te, "displacement", bonus)
        if word[:4] == "fled" and kind == "displacement":
            # "several hundred soldiers ... fled across the border": a force in flight is no displacement
            subject = _subject(text, sent, ts)
            if _FORCES.search(subject) and not _PEOPLE.search(subject):
                t = (ts, te, "other", bonus)
        if word in ("arrived", "escaped", "streame") and kind == "displacement":  # (the first 7 letters)
            subject = _subject(text, sent, ts)
            if _VISITORS.search(subject) and not _FORCES.search(subject):
                out.append((ts, te, "talks", bonus))  # "European leaders arrived in Kyiv on Saturday": a visit
                continue
            if _OTHER_MOVERS.search(subject) or _FORCES.search(subject) or not _PEOPLE.search(subject):
                continue
        out.append(t)
    return out
