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
`entry_triggers` adds the present forms of the commonest, in entry sentences alone, and reads the
entry again with its present verbs put in the past ("Federal troops take Mekelle" as "... took
Mekelle", "border guards detain a former minister" as "... detained ..."), so that every verb
the lexicon knows in the past is known in a chronology too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import Span, Trigger
from idlibmon.extract.events.triggers import find_triggers

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
    the city"), in text order: the present forms above, then the lexicon's read in the past."""
    own = [(m.start(), m.end(), m.lastgroup or "other", _PRESENT_STRENGTH) for m in _PRESENT.finditer(text, sent[0], sent[1])]
    past = [t for t in past_read(text, sent) if not any(u[0] < t[1] and t[0] < u[1] for u in own)]
    return sorted(own + past) if past else own


# Present verbs of chronologies and their past forms, as the lexicon knows them.
_PAST_OF = {
    "take": "took", "retake": "retook", "seize": "seized", "capture": "captured", "recapture": "recaptured",
    "enter": "entered", "meet": "met", "begin": "began", "flee": "fled", "agree": "agreed", "sign": "signed",
    "launch": "launched", "declare": "declared", "announce": "announced", "kill": "killed", "detain": "detained",
    "arrest": "arrested", "withdraw": "withdrew", "reach": "reached", "approve": "approved",
    "authorise": "authorised", "authorize": "authorized", "deliver": "delivered", "evacuate": "evacuated",
    "suspend": "suspended", "resume": "resumed", "explode": "exploded", "overrun": "overran",
    "proclaim": "proclaimed", "annex": "annexed", "arrive": "arrived", "expel": "expelled", "invade": "invaded",
    "ask": "asked", "urge": "urged", "warn": "warned", "accept": "accepted", "publish": "published",
    "impose": "imposed", "extend": "extended", "renew": "renewed", "adopt": "adopted", "die": "died",
    "recognise": "recognised", "recognize": "recognized", "shoot": "shot", "sweep": "swept", "kidnap": "kidnapped",
    "abduct": "abducted", "deploy": "deployed", "send": "sent", "destroy": "destroyed", "damage": "damaged",
    "torch": "torched", "loot": "looted", "besiege": "besieged", "massacre": "massacred", "return": "returned",
    "veto": "vetoed", "convene": "convened", "host": "hosted", "reject": "rejected", "halt": "halted",
    "seal": "sealed", "reopen": "reopened", "expire": "expired", "shut": "shut", "discuss": "discussed", "brief": "briefed",
    # also nouns of war reporting ("air strikes", "an attack", "the fall of"): verbs only after a subject
    "attack": "attacked", "strike": "struck", "bomb": "bombed", "shell": "shelled", "hit": "hit", "block": "blocked",
    "push": "pushed", "advance": "advanced", "collapse": "collapsed", "release": "released", "vote": "voted",
    "order": "ordered", "storm": "stormed", "visit": "visited", "pledge": "pledged", "surrender": "surrendered",
    "retreat": "retreated", "lift": "lifted", "fall": "fell", "set": "set", "drive": "drove", "hand": "handed",
    "open": "opened", "close": "closed", "free": "freed", "hold": "held", "break": "broke", "leave": "left",
    "cross": "crossed", "win": "won", "lose": "lost",
}
_NOUN_TOO = frozenset(("attack", "strike", "bomb", "shell", "hit", "block", "push", "advance", "collapse", "release",
                       "vote", "order", "storm", "visit", "pledge", "surrender", "retreat", "lift", "fall", "set",
                       "drive", "hand", "open", "close", "free", "hold", "break", "leave", "cross", "win", "lose", "brief",
                       "damage", "return", "host", "massacre", "veto", "halt", "loot", "seal", "shut", "send"))
# words after which a verb form is no present verb ("to take", "the capture", "Kherson's fall", "air
# strikes", "will meet"; "s" is a possessive's, the words being split at the apostrophe)
_NO_SUBJECT = frozenset(("s", "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                         "air", "drone", "missile", "rocket", "new", "first", "major", "further", "of", "to",
                         "in", "on", "at", "for", "with", "by", "from", "into", "after", "before", "as", "will",
                         "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "not", "no"))
_WORD = re.compile(r"[A-Za-z]+")


def _base(word: str) -> str | None:
    """The verb a present form is of ("launches" -> "launch", "seizes" -> "seize"), if listed."""
    w = word.lower()
    if w in _PAST_OF:
        return w
    if w.endswith("es") and w[:-2] in _PAST_OF:
        return w[:-2]
    if w.endswith("s") and w[:-1] in _PAST_OF:
        return w[:-1]
    return None


def _present_verbs(text: str, sent: Span) -> list[tuple[int, int, str]]:
    """(start, end, past form) of each present verb of the sentence: a listed form after a word
    that can end its subject; for a word that is a noun too, only after a plural or a name."""
    out = []
    prev = ""
    for m in _WORD.finditer(text, sent[0], sent[1]):
        w = m.group()
        base = _base(w)
        if base is not None and prev and prev.lower() not in _NO_SUBJECT and not (w[0].isupper() and m.start() != sent[0]) and (
            base not in _NOUN_TOO or prev[0].isupper() or prev.endswith("s")
        ):
            out.append((m.start(), m.end(), _PAST_OF[base]))
        prev = w
    return out


# a verb after "will" or "to" ("will reopen", "is due to resume", "are expected to cross"), an adverb between
_PLANNED = re.compile(r"\b(?:will|to)\s+(?:(?:also|then|again|formally|jointly|now|finally|first)\s+)?([a-z]+)\b")
# not read so: "the anniversary will fall in March" is no capture; what a vote to come is (relief or talks)
# depends on what is voted, which the kind rules read from a vote held, not from one announced
_NOT_PLANNED = frozenset(("fall", "vote"))


def _planned_verbs(text: str, sent: Span) -> list[tuple[int, int, str]]:
    """(start, end, past form) of each listed verb the sentence plans ("will meet", "due to reopen")."""
    return [(m.start(1), m.end(1), _PAST_OF[m.group(1)]) for m in _PLANNED.finditer(text, sent[0], sent[1])
            if m.group(1) in _PAST_OF and m.group(1) not in _NOT_PLANNED]


def planned_triggers(text: str, sent: Span) -> list[Trigger]:
    """The lexicon's triggers of a sentence that tells what is to happen on a coming day, its planned
    verbs read in the past ("Aid trucks will cross on Friday" as "... crossed on Friday"): the lexicon
    knows happenings by their past forms, and a plan is told with the bare verb."""
    verbs = _planned_verbs(text, sent)
    if not verbs:
        return []
    # the lexicon read again only around the planned verbs (a trigger holding one lies near it)
    window = (max(sent[0], verbs[0][0] - 100), min(sent[1], verbs[-1][1] + 150))
    return past_read(text, window, verbs)


def past_read(text: str, sent: Span, verbs: list[tuple[int, int, str]] | None = None) -> list[Trigger]:
    """The lexicon's triggers of an entry sentence read in the past tense ("Rebels take most of
    Aleppo" read as "Rebels took most of Aleppo"), at the places of their words in the text. Only
    triggers that hold a verb put in the past are new: the others were found in the text itself.
    `verbs` (start, end, past form) are the words to read so, the sentence's present verbs if None."""
    if verbs is None:
        verbs = _present_verbs(text, sent)
    if not verbs:
        return []
    parts: list[str] = []
    # each verb's place in the sentence read in the past (start, end) and in the text (start, end)
    places: list[tuple[int, int, int, int]] = []
    a, n = sent[0], 0
    for vs, ve, past in verbs:
        parts.append(text[a:vs])
        n += vs - a
        places.append((n, n + len(past), vs, ve))
        parts.append(past)
        n += len(past)
        a = ve
    parts.append(text[a:sent[1]])
    said = "".join(parts)

    def at(pos: int, end: bool) -> int:
        """A position in `said` as one in the text (a verb's whole word for any inside it)."""
        o, r = sent[0], 0
        for rs, re_, ts, te in places:
            if pos < rs or (end and pos == rs):
                break
            if pos < re_ or (end and pos == re_):
                return te if end else ts
            o, r = te, re_
        return o + pos - r

    out = []
    for ts, te, kind, bonus in find_triggers(said, 0, len(said)):
        if kind != "_" and any(rs < te and ts < re_ for rs, re_, _, _ in places):
            out.append((at(ts, False), at(te, True), kind, bonus))
    return out
