"""Dated happenings for the timeline: each date in a sentence claims the event word nearest to it.

Conflict reporting puts a date next to the verb or noun of what happened ("captured the town
on Tuesday", "Since 1 December, 390,000 people have fled", "a ceasefire announced in August").
So the engine finds every date and every event trigger, lets each trigger go to its nearest
date in the same sentence (a comma or a subordinate clause counts as distance), and each date
keeps its best trigger. Dates on which the article's own source speaks ("OCHA said on Friday")
claim nothing: they date the report, not the war.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from idlibmon.extract.dates import DateMention, find_dates
from idlibmon.extract.places import find_places
from idlibmon.models import Event

try:
    from idlibmon.extract.text import sentences
except ImportError:  # pragma: no cover - the text module arrives with the engine
    _SENT = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|$)")

    def sentences(text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _SENT.finditer(text) if m.group().strip()]

__all__ = ["find_events"]

Span = tuple[int, int]

# kind -> (bonus in characters of distance, trigger patterns). A strong trigger names the
# happening itself; a weak one often only accompanies it ("killed" beside "offensive").
_LEXICON: dict[str, list[tuple[int, str]]] = {
    "other": [
        (60, r"(?:published|released|issued|put\s+out)\s+(?:a|an|its|their|the)\s+(?:\w+\s+){0,3}?(?:report|investigation|study|analysis|documentary|findings|video|dossier)"),
        (30, r"(?:report|investigation|study)\s+(?:was\s+)?(?:published|released)"),
        (20, r"protest(?:s|ed|ers)?|demonstrat(?:ions?|ed|ors)|rall(?:y|ies|ied)"),
        (20, r"flood(?:s|ed|ing)?|(?:winter\s+)?storms?|heavy\s+rains?|torrential\s+rains?|snow(?:fall|storms?)?"),
        (15, r"elections?|earthquakes?"),
    ],
    "ceasefire": [
        (35, r"cease-?\s?fires?|truces?|cessation\s+of\s+hostilities|armistice|halt\s+to\s+(?:the\s+)?(?:fighting|hostilities)"),
        (25, r"de-?escalation\s+(?:agreement|deal|memorandum|zone\s+agreement)"),
        (10, r"(?:Sochi|Astana|Moscow)\s+(?:agreement|deal|memorandum|accord|protocol)"),
    ],
    "capture": [
        (30, r"(?:re)?captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|(?:took|take|taken|taking|gained|gain|regained|seized|wrested)\s+(?:full\s+)?control"),
        (30, r"retook|retaken|retake|overran|overrun|fell\s+to|fall\s+of|took\s+over|taken\s+over|(?:drove|pushed)\s+(?:\w+\s+){0,2}out"),
        (15, r"entered|recover(?:ed|ing)|liberat(?:ed|ion)"),
    ],
    "offensive": [
        (30, r"offensives?|incursions?|(?:military|ground|air|aerial|bombing)\s+(?:campaign|operation)s?"),
        (20, r"assaults?|(?:military\s+)?operations?|push(?:ed)?\s+(?:into|towards|toward|north|south)|advanc(?:es|ed|ing)"),
    ],
    "escalation": [
        (35, r"escalat(?:ion|ed|es|ing)|intensif(?:ied|ies|y|ying|ication)|stepped\s+up|ramped\s+up|upsurge|flare-?ups?|flared"),
        (25, r"(?:surge|spike|increase|rise|uptick)\s+in\s+(?:\w+\s+)?(?:violence|fighting|hostilities|attacks|strikes|bombardment|shelling|air\s*strikes)"),
        (15, r"renewed\s+(?:fighting|violence|hostilities|clashes|bombardment|bombing)|worsen(?:ed|ing)|deteriorat(?:ed|ion|ing)"),
    ],
    "attack": [
        (25, r"air\s?-?strikes?|air\s?-?raids?|barrel\s+bombs?|car\s+bombs?|shell(?:ing|ed|s)|bomb(?:ed|ing|ings|ardment|arded)|massacres?"),
        (25, r"attack(?:s|ed|ing)?|rockets?|missiles?|drones?|artillery|explosions?|exploded|blasts?|struck|strikes?|targeted|clashes|clashed"),
        (10, r"kill(?:ed|ing|s)|dead|died|deaths|wounded|injured|casualties|fighting|hit"),
    ],
    "displacement": [
        (30, r"fled|flee(?:ing|s)?|displaced|displacement|uprooted|exodus|forced\s+(?:\w+\s+){0,2}(?:from|to\s+leave|out\s+of)\s+(?:\w+\s+)?homes"),
        (20, r"left\s+their\s+homes|on\s+the\s+move|evacuat(?:ed|ion|ions)|new\s+arrivals"),
    ],
    "talks": [
        (35, r"talks|negotiations?|negotiated|summit|meeting|met|meets|meet|phone\s+call|spoke\s+by\s+(?:tele)?phone|conference"),
        (30, r"warn(?:ed|s|ing)|urg(?:ed|es|ing)|called\s+(?:for|on)|calls\s+(?:for|on)|condemn(?:ed|s|ing)|demand(?:ed|s)|appealed|press(?:ed)?\s+for|pledged|vowed|threaten(?:ed|s)|tweeted"),
        (20, r"announc(?:ed|es|ing)|statement|briefed|visit(?:ed|s)?|agreed|agreement|accord|deal|proposed|rejected|discussed|signed"),
    ],
    "humanitarian": [
        (40, r"convoys?|cross-?border\s+(?:aid|operations?|mechanism|deliveries|delivery)|humanitarian\s+(?:pause|corridor|access|aid|assistance|operations?|response|truce)"),
        (30, r"aid\s+deliver(?:y|ies|ed)|deliver(?:ed|ing|ies)\s+(?:\w+\s+){0,3}?(?:aid|assistance|food|supplies)|resolution|airdrop|flash\s+appeal|distribut(?:ed|ion|ions)\s+(?:of\s+)?(?:\w+\s+)?(?:aid|food|tents|assistance|kits)"),
        (20, r"vaccinat(?:ion|ed)|relief\s+(?:supplies|items|operation)|trucks?"),
    ],
}

_GROUPS: dict[str, tuple[str, int]] = {}


def _compile() -> re.Pattern[str]:
    parts = []
    for kind, entries in _LEXICON.items():
        for i, (bonus, pattern) in enumerate(entries):
            name = f"{kind}_{i}"
            _GROUPS[name] = (kind, bonus)
            parts.append(f"(?P<{name}>{pattern})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


_TRIGGERS = _compile()

# The source speaking: "OCHA said on Friday", "told Middle East Eye earlier this month",
# "said in a statement on Monday", "The UN on Friday said".
_SPEECH_BEFORE = re.compile(
    r"(?i:\b(?:said|says|say|told|tells|reported|reports|stated|added|noted|explained|wrote|according\s+to)"
    r"(?:\s+(?:in\s+)?(?:a|an|its|his|her|their|the)?\s*(?:\w+\s+){0,3}?(?:statement|report|update|briefing|interview|tweet|post|reporters|journalists|\w+))?"
    r"(?:\s+[A-Z][\w'’-]*){0,4}\s*(?:late\s+|early\s+)?)$"
)
_SPEECH_AFTER = re.compile(r"(?i:\s*,?\s*(?:said|says|told|reported|stated|added|noted|wrote)\b)")
_REQUEST = re.compile(
    r"(?i:\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|press(?:ed|es|ing)?\s+for|push(?:ed|es|ing)?\s+for|demand(?:ed|s|ing)?"
    r"|appeal(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|negotiat\w*|talks\s+(?:on|about)|propos(?:ed|es|ing)|discuss(?:ed|es|ing)?)\b"
    r"(?:\s+\w+){0,4}\s*$)"
)
_DESPITE = re.compile(r"(?i:\b(?:despite|violat\w*|breach(?:ed|es|ing)?(?:\s+of)?|in\s+violation\s+of|under|since)\s+(?:\w+\s+){0,2}$)")
# Clause breaks: punctuation, and conjunctions that open a new clause.
_BREAK = re.compile(
    r"[,;:()\[\]—–]|\s-\s|\b(?:as|while|whereas|which|who|where|after|before|amid|despite|prompting|following|but|and|when|since|because|although|though)\b",
    re.IGNORECASE,
)
_HARD_BREAK = re.compile(r"[;:()\[\]—–]|\s-\s|\b(?:while|whereas|which|who|where|after|amid|despite|prompting|but|because|although|though)\b")
_CLAUSE_END = re.compile(
    r",\s|[;:()\[\]—–]|\s-\s|\s(?:as|while|whereas|which|who|where|after|amid|despite|from\s+amid|but|because"
    r"|although|though|in\s+which)\s"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|on|at|near|from|to|into|of|around|outside|towards?|against|across|through|inside|over|and)\s+(?:the\s+)?)$"
)
_BREAK_COST = 40
_NOT_EVENT_RELATIONS = {"as of"}
_MAX_TEXT = 220


def find_events(text: str, published: date, places: Mapping[str, Sequence[str]] | None = None,
                dates: list[DateMention] | None = None, skip: Sequence[Span] = ()) -> list[Event]:
    """Every dated happening in `text`, once each, in text order."""
    if dates is None:
        dates = find_dates(text, published)
    if not dates:
        return []
    dates = sorted(dates, key=lambda d: d.span)
    triggers = [
        (m.start(), m.end(), *_GROUPS[m.lastgroup or ""]) for m in _TRIGGERS.finditer(text)
    ]
    place_hits: list[tuple[Span, str]] | None = None
    watched = set(places or ())
    events: list[tuple[Event, bool]] = []
    di = ti = 0
    for s, e in sentences(text):
        while di < len(dates) and dates[di].span[0] < s:
            di += 1
        dj = di
        while dj < len(dates) and dates[dj].span[1] <= e:
            dj += 1
        if dj == di:
            continue
        while ti < len(triggers) and triggers[ti][0] < s:
            ti += 1
        tj = ti
        while tj < len(triggers) and triggers[tj][1] <= e:
            tj += 1
        if tj == ti or any(a < e and s < b for a, b in skip):
            continue
        if place_hits is None:
            place_hits = find_places(text, places)
        events.extend(_sentence_events(text, (s, e), dates[di:dj], triggers[ti:tj], place_hits, watched))
    return _deduplicated(events)


def _sentence_events(text: str, sent: Span, dates: list[DateMention], triggers: list[tuple[int, int, str, int]],
                     place_hits: list[tuple[Span, str]], watched: Collection[str]) -> list[tuple[Event, bool]]:
    usable = [d for d in dates if d.relation not in _NOT_EVENT_RELATIONS and not _source_speaks(text, d, sent)]
    if not usable:
        return []
    # Each trigger goes to its nearest usable date; each date keeps its cheapest trigger.
    best: dict[int, tuple[float, tuple[int, int, str, int]]] = {}
    for trig in triggers:
        if any(d.span[0] <= trig[0] < d.span[1] for d in dates):
            continue  # "the past week" is part of a date, not a happening
        choice = min(((_cost(text, sent, d, trig), i) for i, d in enumerate(usable)), default=None)
        if choice is None:
            continue
        cost, i = choice
        if i not in best or cost < best[i][0]:
            best[i] = (cost, trig)
    out: list[tuple[Event, bool]] = []
    for i, (_cost_value, trig) in sorted(best.items()):
        d = usable[i]
        kind = _refine(text, trig)
        span = _event_span(text, sent, d, trig)
        place = _place(text, place_hits, span, watched) or _place(text, place_hits, sent, watched)
        event = Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                      resolved_from=d.text, place=place)
        out.append((event, _relative(d)))
    return out


def _source_speaks(text: str, d: DateMention, sent: Span) -> bool:
    """Is this the day the article's source spoke ("OCHA said on Friday")?"""
    before = text[max(sent[0], d.span[0] - 80):d.span[0]]
    if _SPEECH_BEFORE.search(before):
        return True
    return bool(_SPEECH_AFTER.match(text, d.span[1], min(sent[1], d.span[1] + 20)))


def _cost(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int]) -> float:
    """Characters between a date and a trigger, plus a toll for each clause boundary crossed."""
    ts, te, _kind, bonus = trig
    if te <= d.span[0]:
        gap_start, gap_end = te, d.span[0]
    elif ts >= d.span[1]:
        gap_start, gap_end = d.span[1], ts
    else:
        return -bonus
    gap = text[gap_start:gap_end]
    breaks = len(_BREAK.findall(gap))
    hard = len(_HARD_BREAK.findall(gap))
    # A date opening the sentence ("Since 19 December, forces ...") owns the clause after its comma.
    if gap_start == d.span[1] and text[sent[0]:d.span[0]].strip() == "" and gap.lstrip().startswith(","):
        breaks -= 1
    if _DESPITE.search(text, max(sent[0], ts - 40), ts):
        bonus -= 25  # "despite the ceasefire" is the background, not the happening
    return len(gap) + _BREAK_COST * breaks + _BREAK_COST * hard - bonus


def _refine(text: str, trig: tuple[int, int, str, int]) -> str:
    """A ceasefire or offensive that someone calls for is a statement, not the thing itself."""
    ts, _te, kind, _bonus = trig
    if kind in ("ceasefire", "offensive", "humanitarian") and _REQUEST.search(text, max(0, ts - 50), ts):
        return "talks"
    return kind


def _event_span(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int]) -> Span:
    """The clause holding the date and its trigger, trimmed to a readable length."""
    lo, hi = min(d.span[0], trig[0]), max(d.span[1], trig[1])
    start = sent[0]
    for m in _HARD_BREAK.finditer(text, sent[0], lo):
        start = m.end()
    commas = [m.end() for m in re.finditer(r",\s", text[start:lo])]
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


def _place(text: str, place_hits: list[tuple[Span, str]], span: Span, watched: Collection[str]) -> str | None:
    """The first place the clause puts something in ("in Ariha", "southern Idlib"); a capital
    standing for its government ("Damascus launched") is an actor, not a place."""
    for (s, e), name in place_hits:
        if s >= span[0] and e <= span[1] and (
            name in watched or not name[:1].isupper() or _PREPOSITION_BEFORE.search(text, max(0, s - 12), s)
        ):
            return name
    return None


def _relative(d: DateMention) -> bool:
    return not any(ch.isdigit() for ch in d.text) and not any(
        mon in d.text for mon in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    )


def _deduplicated(events: list[tuple[Event, bool]]) -> list[Event]:
    """One happening once: the same kind on the same or overlapping dates is the same event
    told twice (headline and body, or "over the last two weeks" and "between 12-25 December")."""
    kept: list[tuple[Event, bool]] = []
    for event, relative in events:
        twin = next((k for k, (other, _) in enumerate(kept) if _same(other, event)), None)
        if twin is None:
            kept.append((event, relative))
        elif kept[twin][1] and not relative:
            kept[twin] = (event, relative)  # an absolute date beats a relative one
    return sorted((e for e, _ in kept), key=lambda e: e.span)


def _same(a: Event, b: Event) -> bool:
    if a.kind != b.kind:
        return False
    if a.start == b.start:
        return True
    if a.end and b.end:
        return a.start <= b.end and b.start <= a.end
    return False
