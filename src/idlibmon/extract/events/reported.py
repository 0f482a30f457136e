"""What a side announces as done is the happening, dated by the announcement.

"The ISF announced on Monday that they had retaken the Bab al-Toub area", "Government forces
said on Monday that they had regained control of the town", "On Sunday, Turkey announced a full
military operation": the day is the announcement's, but what the timeline shows is the capture
or the offensive announced, not a statement. The words of the announcement are a statement
(`talks`) only when they tell no happening of war: a warning, a call, an intention ("said it
would launch an offensive"), a denial ("said it had not captured ..."). Leaders agreeing that
the fighting "would stop" agreed a ceasefire.
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibmon.extract.events.clauses import Span, Trigger
from idlibmon.models import Event

# the verbs that report a thing done (not "warned", "urged", "denied": those are statements)
_REPORTING = re.compile(r"(?i:\b(?:announced|said|declared|claimed|confirmed|stated|agreed)\b)")
# what makes the reported thing not (yet) a happening: an intention, a condition, a denial
_NOT_DONE = re.compile(
    r"(?i:\b(?:would|will|could|might|may|must|should|plans?|planned|planning|intends?|intended|ready|prepared|if|unless"
    r"|not|no|never|nothing|denied|to)\b)"
)
_BREAK = re.compile(r"[;:.!?]|,\s+(?:but|while|whereas|although)\b")
# kinds a side announces as done
_DONE_KINDS = frozenset(("capture", "offensive", "attack", "ceasefire"))
# a ceasefire named by its own word (a bare "agreement" reached is a political deal: talks)
_TRUCE = re.compile(r"(?i:cease|truce|armistice|halt|pause|hostilities|fr(?:oze|ozen|eeze))")
# "agreed that all military action ... would stop": the agreement is a ceasefire
_AGREED_STOP = re.compile(
    r"(?i:\b(?:military\s+action|military\s+operations|fighting|hostilities|attacks|strikes|shelling|bombardment|firing|fire)\b"
    r"(?:\s+[\w'’,-]+){0,8}?\s+(?:would|will|to|should)\s+(?:stop|cease|halt|end)\b)"
)
# a side telling its own act: "that they had retaken", "it had taken full control", "that its forces entered",
# "that the Defence and Security Forces had regained control", "that troops had liberated", its verb
# perhaps quoted ("that it had \"liberated\" the city")
_OWN_ACT = re.compile(
    r"(?i:\s*(?:that\s+)?(?:it|they|we|(?:(?:its|their|our|the)\s+)?(?:[\w'’-]+\s+){0,4}?(?:forces|troops|fighters|units|army|soldiers))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:now\s+|also\s+|fully\s+|successfully\s+)?[\"“']?)"
)
# ... told by a verb of the act done (not a noun: "that the ceasefire was holding" is a view)
_DONE_VERB = re.compile(r"(?i:\w+ed\b|took\b|taken\b|retook\b|retaken\b|overran\b|struck\b|won\b|swept\b|drove\b|driven\b|began\b|begun\b|seized\b)")
# ... or its campaign started, told in the progressive: "announced on 5 August that it was resuming its military operations"
_OWN_START = re.compile(
    r"(?i:\s*(?:that\s+)?(?:it|they|(?:its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|army))\s+(?:was|were|is|are|had)\s+"
    r"(?:resuming|launching|starting|beginning|resumed|launched|started|begun|relaunched|relaunching)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?)"
)
# ... or the act announced as the verb's object: "announced a full military operation", "declared a ceasefire"
# (or its start: "announced the start of a long-awaited offensive")
_OBJECT = re.compile(r"(?i:\s*(?:the\s+(?:start|launch|beginning|opening)\s+of\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?)")
# (a noun followed by its own verb is a clause's subject: "said the attack showed the need for ...")
_CLAUSE_VERB = re.compile(r"(?i:\s+(?:was|were|is|are|had|has|have|would|will|could|\w+ed)\b)")
# (a date and a verb joined by "and" are two acts: "visited Kyiv on Friday and said ...")
_AND = re.compile(r"(?i:\b(?:and|but|then)\b)")
# "Operation Spring Shield, announced on March 1, ...", "a ceasefire announced in August": the
# participle names what was announced, and the date is that thing's ("Turkey announced on Sunday a
# full operation" is the verb, with its object after the date)
_PARTICIPLE = re.compile(r"(?i:\b(?:announced|declared|proclaimed|unveiled)\s+$)")
_AFTER_PARTICIPLE = re.compile(
    r"(?i:\s*(?:[,.;:)]|(?:has|have|had|was|were|is|are|will|would|could|did|held|collapsed|ended|failed|broke|lasted|took)\b))"
)
_PARTICIPLE_REACH = 45
_MEASURE = re.compile(r"(?i:\b(?:suspension|freeze|cuts?|ban|closure|withdrawal|sanctions|measures?|decision|restrictions?)\b)")
_WHEN_SUBJECT = re.compile(r"(?i:\s*,\s*when\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?)")
_REACH = 70  # how far after the verb the announced happening may begin
_SUBJECT = 100  # how far the verb may follow a fronted date ("On 5 January, the ... Army (MNDAA) announced")


def _verb(text: str, sent: Span, at: Span) -> re.Match[str] | None:
    """The reporting verb the date `at` dates: right before it ("announced on Monday"), or after it
    and its subject ("On Sunday, Turkey announced", "The army on Friday said")."""
    before = text.rfind(" ", sent[0], at[0] - 1)
    m = _REPORTING.search(text, (before - 12 if before - 12 > sent[0] else sent[0]), at[0])
    if m is not None and text[m.end():at[0]].strip() == "":
        return m
    m = _REPORTING.search(text, at[1], (at[1] + _SUBJECT if at[1] + _SUBJECT < sent[1] else sent[1]))
    if m is None:
        return None
    between = text[at[1]:m.start()]
    if _WHEN_SUBJECT.fullmatch(between):
        return m  # "since 4 April, when the LNA announced an advance on the capital": the when-clause's verb
    if _BREAK.search(between) or _AND.search(between) or between.count(",") > 1 or (between.count(",") == 1 and text[sent[0]:at[0]].strip()):
        return None
    return m


def reported(text: str, sent: Span, events: list[tuple[Event, int]], triggers: list[Trigger]) -> list[tuple[Event, int]]:
    """The sentence's events, each statement that announces a happening done given that happening's
    kind; the announced happening is the announcement's alone (another date of the sentence that the
    pairing gave it, "The RSF, at war since April 2023, announced on Sunday that it had taken ...",
    loses it)."""
    out: list[tuple[Event, int, bool]] = []  # (event, rank, retyped here)
    told: list[Trigger] = []
    for event, rank in events:
        t = None
        if event.kind == "talks":
            event, t = _announced(text, sent, event, triggers)
            if t is not None:
                told.append(t)
        out.append((event, rank, t is not None))
    return [(e, r) for e, r, mine in out
            if mine or not any(e.kind == t[2] and e.span[0] <= t[0] < e.span[1] for t in told)]


def _announced(text: str, sent: Span, event: Event, triggers: list[Trigger]) -> tuple[Event, Trigger | None]:
    """The statement `event` retyped by the happening it announces, and that happening's trigger."""
    ds = text.find(event.resolved_from, event.span[0], event.span[1])
    if ds < 0:
        return event, None
    de = ds + len(event.resolved_from)
    announced = _PARTICIPLE.search(text, (ds - 14 if ds - 14 > sent[0] else sent[0]), ds)
    if announced is not None and _AFTER_PARTICIPLE.match(text, de):
        return _announced_thing(text, sent, event, triggers, announced.start()), None
    verb = _verb(text, sent, (ds, de))
    if verb is None:
        return event, None
    lo = max(verb.end(), ds + len(event.resolved_from))  # "announced on Monday that ...": after the date
    end = sent[1]
    cut = _BREAK.search(text, lo, end)
    if cut is not None:
        end = cut.start()
    if verb.group().lower() == "agreed":
        m = _AGREED_STOP.search(text, lo, (lo + 120 if lo + 120 < end else end))
        if m is not None:
            return replace(event, kind="ceasefire"), None
    for ts, te, kind, bonus in triggers:
        if not lo <= ts <= (lo + _REACH if lo + _REACH < end else end) or kind not in _DONE_KINDS:
            continue
        if bonus < (20 if kind == "offensive" else 25):
            # (an operation or an advance announced is a campaign's start, though the words are weak;
            # and a side's own forces that "had entered the city" or "liberated" it took it)
            if kind == "capture" and bonus >= 15 and _OWN_ACT.fullmatch(text, lo, ts) and _DONE_VERB.match(text, ts) and (
                not _NOT_DONE.search(text, lo, ts)
            ):
                span = (event.span[0], (te if te > event.span[1] else event.span[1]))
                return replace(event, kind=kind, span=span, text=text[span[0]:span[1]]), (ts, te, kind, bonus)
            continue
        if kind == "ceasefire" and not _TRUCE.search(text, ts, te):
            continue
        between = text[lo:ts]
        if _NOT_DONE.search(between) or not ((_OWN_ACT.fullmatch(between) and _DONE_VERB.match(text, ts))
                                              or (_OBJECT.fullmatch(between) and not _CLAUSE_VERB.match(text, te))
                                              or (kind == "offensive" and _OWN_START.fullmatch(between))):
            return event, None
        span = (event.span[0], (te if te > event.span[1] else event.span[1]))
        return replace(event, kind=kind, span=span, text=text[span[0]:span[1]]), (ts, te, kind, bonus)
    return event, None


def _announced_thing(text: str, sent: Span, event: Event, triggers: list[Trigger], verb_at: int) -> Event:
    """The kind of what a participle says was announced: the happening named right before it, or a
    measure of no war kind ("the suspension of US foreign assistance announced in late January")."""
    before = [t for t in triggers if t[2] != "talks" and t[1] <= verb_at and verb_at - t[1] <= _PARTICIPLE_REACH
              and not _BREAK.search(text, t[1], verb_at)]
    if before:
        t = before[-1]
        span = ((t[0] if t[0] < event.span[0] else event.span[0]), event.span[1])
        return replace(event, kind=t[2], span=span, text=text[span[0]:span[1]])
    if _MEASURE.search(text, (verb_at - _PARTICIPLE_REACH if verb_at - _PARTICIPLE_REACH > sent[0] else sent[0]), verb_at):
        return replace(event, kind="other")
    return event
