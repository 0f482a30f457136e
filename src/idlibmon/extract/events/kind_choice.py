"""The kind a paired trigger ends up with, read from its clause.

A call for a ceasefire dated by the call is a statement ("talks"), a deal that lets aid in a
relief operation, a few days of fighting named as one episode an escalation, and a generic verb
yields to the specific thing in its clause ("met ... and agreed an additional protocol").
"""

from __future__ import annotations

import re
from datetime import date

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import HARD_BREAK, Span, Trigger, has_hint
from idlibmon.extract.text import holds_any, may_hold

_REQUEST = re.compile(
    optional_as_branch(r"(?i:\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|press(?:ed|es|ing)?\s+for|push(?:ed|es|ing)?\s+for|demand(?:ed|s|ing)?"
    r"|appeal(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|negotiat(?!ed\s+by\b)\w*|talks\s+(?:on|about)|propos(?:ed|es|ing)|discuss(?:ed|es|ing)?"
    r"|fail(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,5}?to\s+(?:agree|reach|secure|broker|adopt|pass|approve)(?:\s+on)?"
    r"|(?:no\s+|little\s+)?progress[\"”’']?\s+(?:on|towards?)"
    r"|(?:briefed|briefing|brief|briefs|report(?:ed|s)?|debate[ds]?|vote[ds]?)\s+(?:on|about))\b"
    r"(?:\s+[\w-]+){0,4}\s*$)")
)
_DEAL = re.compile(r"(?i:agreement|deal|accord)")
_AGREE = re.compile(r"(?i:agreed|agreement|deal|accord)\b")
# what an agreement lets in: aid, or crossings and corridors for it (not "a security corridor")
_AID_LET_IN = re.compile(
    r"(?i:\b(?:crossings?|(?:humanitarian|aid|evacuation)\s+corridors?|aid|relief|deliver\w*|convoys?|humanitarian\s+access)\b)"
    # ... or a crossing by its name: "agreement on 13 May to open Bab al-Nour and Tel Sharq"
    r"|\bto\s+(?:re-?)?open\s+Bab\b"
)
_STARTS = re.compile(
    r"(?i:\b(?:start|begin|take\s+effect|come\s+into|go\s+into|from|starting|beginning|that|which|agreed|reached"
    r"|announced|declared|brokered|signed|struck|adopted|proposed|launched)\b)"
)
_STRAINED = re.compile(
    r"(?i:\s*(?:was|were|has\s+been|had\s+been|came\s+under|appeared)\s+(?:\w+\s+)?"
    r"(?:strained|tested|shaken|frayed|fraying|strain|pressure|violated|breached|undermined|unravell?ing|unravell?ed))\b"
)
_HAD_HELD = re.compile(r"(?i:\s*,?\s*(?:that|which)\s+(?:had|has)\s+(?:largely\s+|mostly\s+|broadly\s+)?held\s+)")
_OWN_VERB = re.compile(r"(?i:\b(?:agreed|reached|signed|brokered|announced|declared|launched|began|started|that|which)\b)")
# a reaction or a word on the trigger: "expressed deep concern over the escalation", "welcomed the
# truce", "warned of an escalation", "discussed the ceasefire", "briefed the council on the offensive"
_REACTION = re.compile(
    r"(?i:\b(?:welcom(?:ed|es|ing)|(?:expressed|voiced)\s+(?:[\w-]+\s+){0,2}?(?:concern|alarm|regret|outrage|dismay|shock)"
    r"|hailed|praised|deplored|denounced|critici[sz]ed|condemn(?:ed|s|ing)|discuss(?:ed|es|ing)|brief(?:ed|s|ing)"
    r"|warn(?:ed|s|ing)\s+(?:of|about|against))\s+(?:(?:over|about|at|by|with)\s+)?"
    # (the object itself, not a relative clause: "condemned the strike that killed 12 on Tuesday" dates the strike)
    r"(?:(?!(?:that|which|who|whose|when)\b)[\w'’-]+\s+){0,4}?$)"
)
_REACTION_WORDS = ("welcom", "expressed", "voiced", "hailed", "praised", "deplored", "denounced", "critici", "condemn",
                   "discuss", "brief", "warn")  # one of them opens every reaction
_AID_ACCESS = re.compile(r"(?i:\b(?:crossings?|corridors?|aid|deliveries|convoys?|humanitarian\s+access)\b)")
_TRUCE_ONLY = re.compile(r"(?i:\b(?:cease-?\s?fires?|truces?|cessation|armistice|hostilities|de-?escalation|halt\s+(?:to\s+)?(?:the\s+)?fighting)\b)")
_NAMED_TRUCE = re.compile(r"(?i:escalation|zone|Sochi|Astana|Moscow|Idlib|ceasefire|truce)")
_FIGHTING = re.compile(r"(?i:\b(?:fighting|clashes|battles?|hostilities)\b)")
_WEAK = {"talks": 20, "offensive": 20}
_UNADOPTED = re.compile(
    r"(?i:\b(?:draft|fail(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,6}?to\s+(?:adopt|pass|agree\s+on))\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:new\s+)?$)"
)
_AID_MANDATE = re.compile(
    r"(?i:\b(?:cross-?border|crossings?|mechanism|authori[sz]ation|aid|deliver\w*|humanitarian\s+(?:access|assistance|pauses?|corridors?)"
    r"|renew\w*|extend\w*|extension)\b)"
)
_DEAL_WORD = re.compile(r"(?i:deal|agreement|accord|memorandum|agreed|reached|signed)")
_NO_DEAL = re.compile(r"(?i:\b(?:without|no|failed\s+to\s+reach)\s+(?:a\s+|an\s+|any\s+)?$)")
_TRUCE_BEFORE = 250  # the sentence before may name the truce the deal made
_TRUCE_NEAR = re.compile(
    r"(?i:cease-?\s?fire|truce|armistice|cessation\s+of\s+hostilities|de-?escalation|demilitari[sz]ed|buffer\s+(?:zone|strip)"
    r"|Sochi|Astana|Minsk|peace\s+(?:deal|agreement|accord))"
)
# a pause of a few hours for aid or evacuation is a relief operation, whoever asks for it: "called on
# 6 April for a two-hour humanitarian truce", "A two-hour humanitarian truce requested by the United
# Nations on 7 April" (a "120-hour pause in the military operation" stops a war: a ceasefire)
_HOURS = r"(?:one|two|three|four|five|six|eight|ten|twelve|[1-9]|1[0-2])"
_SHORT_PAUSE = re.compile(
    r"(?i:\b" + _HOURS + r"[- ]hours?\s+(?:daily\s+)?humanitarian\s+(?:truce|pause|ceasefire|cease-fire|window)s?"
    r"|\bhumanitarian\s+(?:truce|pause|ceasefire|cease-fire|window)s?\s+of\s+" + _HOURS + r"\s+hours?)\b"
)
_PAUSE_KINDS = frozenset({"ceasefire", "talks", "displacement"})
_AGREED = re.compile(r"(?i:agreed|reached|signed|concluded|struck|brokered)\b")
_MODAL_BEFORE = re.compile(r"(?i:\b(?:could|would|might|may|will|threaten(?:ed|s)?\s+to)\s+(?:\w+\s+)?)$")
# A claim of responsibility is a happening of its own, kind other, dated by the day the claim names:
# "the group claimed responsibility for the attack on Monday", "claimed responsibility on Monday for
# the assault" (not "for Monday's attack", whose date stands before the attack word)
_CLAIMED = re.compile(
    r"(?i:\bclaim(?:ed|s|ing)?\s+responsibility\s+(?P<on>[^,;.]{0,30}?\s+)?for\s+(?:the\s+|a\s+|an\s+|its\s+|this\s+|that\s+)?"
    r"(?:[\w-]+\s+){0,3}?$)"
)
# A side that begins air strikes, told with no target, opens an air campaign: "Russia began air strikes
# in support of the government on 30 September", "a US-led coalition began air strikes in Syria in
# September", "launched air strikes on September 30" (three writers annotate offensive; "began bombing
# Kurdish positions", a strike on a target, stays an attack)
_AIR_BEGUN = re.compile(r"(?i:\b(?:began|begun|launched|started|launching|beginning|starting)\s+(?:its\s+|their\s+|an?\s+)?(?:[\w-]+\s+)?$)")
_AIR_STRIKES = frozenset(("air strikes", "airstrikes", "air-strikes"))
_AIR_TARGET = ("on ", "against", "targeting", "at ", "near ")
# ... and so does one that begins bombing with no place or position for its object: "a US-led coalition
# began bombing in Syria that September", "began bombing the group" (offensive in both tellings); "began
# bombing Kurdish positions", "began bombing the south of the province" strike places (attack in three), as
# does "jets began bombing the valley".
# ("bombing" takes its object straight after it, so the prepositions of _AIR_TARGET cannot tell them apart)
_BOMBING_BEGUN = re.compile(r"(?i:\b(?:began|begun|started|starting|beginning)\s+$)")
_BOMBED_PLACE = re.compile(
    r"(?i:\s+(?:[\w'’-]+\s+){0,3}?(?:positions?|targets?|bases?|depots?|sites?|areas?|towns?|villages?|cit(?:y|ies)|districts?"
    r"|neighbou?rhoods?|south|north|east|west|outskirts|airport|port|suburbs?|camps?|hospitals?"
    r"|valleys?|hills?|mountains?|countryside|provinces?|regions?|front\s?-?lines?)\b)"
)
# An army that storms a town, a city or a district opens a ground assault on it: "troops backed by tanks
# stormed the rebel-held district on Wednesday", "the army stormed the town in June 2011" (offensive in
# five of the six such tellings, by four writers). Gunmen, gangs or fighters storming a prison, a
# hospital or a village make a raid, an attack, and so does an army storming a village.
# (a state's army, in lower case: "the Army of Conquest" or "the Arakan Army" is a rebel force)
_ARMY_BEFORE = re.compile(
    r"\b(?:army|Army(?=\s+(?:units|troops|soldiers)\b))\b|(?i:\b(?:troops|soldiers|armou?red\s+columns|tanks|(?:government|regime|state)\s+forces)\b)"
)
_STORMED = re.compile(r"(?i:storm(?:ed|ing)\b)")
_RAIDED_PLACE = re.compile(
    r"(?i:\b(?:villages?|hamlets?|prisons?|jails?|hospitals?|clinics?|compounds?|embass(?:y|ies)|camps?|parliament|palace"
    r"|offices?|headquarters|stations?|buildings?|homes?|houses?)\b)"
)
# Fighting or clashes told on their own, with no one killed and no weapon named in the sentence, are an
# escalation: "clashes raged on Saturday around the airport", "fighting resumed around the region",
# "clashes have taken place in and around the capital since 11 November" (nine such tellings by seven
# writers are annotated escalation, three attack); "killed in clashes last week" stays an attack, as do
# "sporadic clashes"
_BARE_FIGHTING = frozenset(("clashes", "clashed", "fighting"))
_HARM_OR_ARMS = re.compile(
    r"(?i:kill|dead|died|death|wound|injur|casualt|destroy|strike|shell|bomb|attack|raid|ambush|rocket|missile|drone|artillery|mortar|gunfire|shot|shoot"
    r"|sporadic|flee|fled|displac)"  # (sporadic clashes are incidents, each an attack; clashes that uproot people are told for the flight)
)
# Bombardment told as running over a span of days ("since early September, jets have pounded towns",
# "Since 29 February, armed groups have launched coordinated attacks on police stations", "through early
# September, jets struck villages", "clashes were reported from Tuesday") is the war stepping up, an
# escalation: twelve such tellings by eleven writers are annotated escalation, one attack. A tally kept since a day stays
# an attack: hits on hospitals or schools, strikes counted or "carried out" since then, and the strike in a
# "since <day>, when ..." clause, which dates the one strike.
_SUSTAINED = ("pound", "shell", "bomb", "attack", "struck", "strik", "target", "dropp", "clash", "fire", "launch", "artiller", "rocket",
              "mortar", "gunfire", "air")
# strikes told as lasting: "pounded the south for several days", "dropped barrel bombs almost daily"
_LASTING = re.compile(
    r"^[^,;]*?\b(?:for\s+(?:several|many|two|three|four|five|six|seven|ten)\s+(?:days|weeks|nights)|for\s+(?:days|weeks)\b"
    r"|(?:almost|nearly)\s+daily|every\s+(?:day|night))"
)
# ... or as a series, with no toll of its own: "a round of heavy shelling in October", "a wave of air
# strikes followed the next day" ("a wave of strikes killed 500 people on 23 September" is an attack)
_SERIES = re.compile(r"(?i:\b(?:waves?|rounds?|barrages?|series|spate)\s+of\s+(?:[\w-]+\s+){0,3}$)")
_TOLL = re.compile(r"(?i:kill|dead|died|death|wound|injur|casualt)")
_OTHER_CLAUSE = (" when ", " after ", " before ", " as ")  # the attack word in a clause of its own after the date
_TALLIED = re.compile(r"(?i:hospital|health|clinic|medical|facilit|school|\bhit\b|carried\s+out|conducted|recorded|verified|documented)")
_COUNTED = re.compile(r"\d\s+(?:[\w-]+\s+)?$")  # "40 air strikes", "three" is told in words too rarely to matter


def _sustained(text: str, low: str, sent: Span, d: DateMention, ts: int, te: int) -> bool:
    """Whether the attack word at text[ts:te] runs over the span its date opens (see _SUSTAINED):
    the date reads "since", "from" or "through", the strikes go on "for several days" or "almost
    daily", or come as a wave with no toll, and the sentence tallies no hits."""
    opens_span = d.relation == "since" or (d.relation == "during" and low.startswith("through", d.span[0]))
    if not opens_span and not _told_lasting(low, sent, te) and not _told_as_series(text, low, sent, ts):
        return False
    if not low.startswith(_SUSTAINED, ts) or (d.span[1] <= ts and holds_any(low[d.span[1]:ts], _OTHER_CLAUSE)):
        return False
    return not _TALLIED.search(text, sent[0], sent[1]) and not _COUNTED.search(text, (ts - 20 if ts - 20 > sent[0] else sent[0]), ts)


def _told_lasting(low: str, sent: Span, te: int) -> bool:
    """Whether the words after the attack word tell it lasting ("for several days", "almost daily")."""
    after = low[te:(te + 70 if te + 70 < sent[1] else sent[1])]
    return ("daily" in after or " for " in after or "every " in after) and _LASTING.search(after) is not None


def _told_as_series(text: str, low: str, sent: Span, ts: int) -> bool:
    """Whether the attack word comes as a wave or round ("a round of heavy shelling") in a
    sentence with no toll."""
    back = ts - 40 if ts - 40 > sent[0] else sent[0]
    return " of " in low[back:ts] and _SERIES.search(text, back, ts) is not None and not _TOLL.search(text, sent[0], sent[1])


_REQUEST_HINTS = ("call", "urg", "fail", "progress", "press", "push", "demand", "appeal", "sought", "seek", "negotiat", "talks", "propos",
                  "discuss", "brief", "report", "debate", "vote")


def refined_kind(text: str, sent: Span, d: DateMention, trig: Trigger, low: str) -> str:
    """A ceasefire or offensive that someone calls for, dated by the call, is a statement:
    "Turkey this week pressed for a fresh ceasefire" (but "called for a truce to start on Sunday").
    A deal to open crossings or let aid in, with no truce in the sentence, is a relief operation
    (humanitarian): "the government's agreement on 13 May to open two more crossings"."""
    ts, te, kind, _bonus = trig
    if kind in ("attack", "offensive") and "responsib" in low[(ts - 90 if ts - 90 > sent[0] else sent[0]):ts] and _claimed(text, sent, d, ts, te):
        return "other"
    if kind == "attack" and low[ts:te] in _BARE_FIGHTING and not _HARM_OR_ARMS.search(text, sent[0], sent[1]):
        return "escalation"
    if kind == "attack" and _sustained(text, low, sent, d, ts, te):
        return "escalation"
    if kind == "attack" and low[ts:te] in _AIR_STRIKES and _air_campaign(text, low, sent, d, ts, te):
        return "offensive"
    if kind == "attack" and low[ts:te] == "bombing" and _bombing_campaign(text, sent, ts, te):
        return "offensive"
    if kind == "attack" and _STORMED.match(text, ts, te) and _army_storms_a_town(text, sent, ts, te):
        return "offensive"
    if kind in _PAUSE_KINDS and "hour" in low[sent[0]:sent[1]] and _short_pause_near(text, sent, ts, te):
        return "humanitarian"
    if kind == "humanitarian" and low.startswith("resolution", ts) and te - ts == 10 and (
        _UNADOPTED.search(text, (ts - 70 if ts - 70 > sent[0] else sent[0]), ts) and not _AID_MANDATE.search(text, sent[0], sent[1])
    ):
        # "circulated a draft resolution ... condemning the attack", "failed ... to adopt a resolution on
        # the crisis": diplomacy over a text, not an aid mandate granted (a vetoed renewal stays relief)
        return "talks"
    if kind == "ceasefire" and _DEAL.search(text, ts, te) and not _NAMED_TRUCE.search(text, ts, te) and _AID_ACCESS.search(text, sent[0], sent[1]) and not (
        _TRUCE_ONLY.search(text, sent[0], sent[1]) or "peace" in low[(ts - 12 if ts - 12 > sent[0] else sent[0]):te]  # "The peace deal signed in Pretoria"
    ):
        return "humanitarian"
    # (what the agreement lets in may be told before it: "Cross-border deliveries, which resumed after an
    # agreement between the UN and the Government in August", "continue under an arrangement agreed")
    if kind == "talks" and _AGREE.match(text, ts, te) and (
        _AID_LET_IN.search(text, te, (te + 80 if te + 80 < sent[1] else sent[1])) or _AID_LET_IN.search(text, sent[0], ts)
    ) and not (
        _TRUCE_ONLY.search(text, sent[0], sent[1])
    ):
        return "humanitarian"
    if kind == "talks" and _DEAL_WORD.fullmatch(text, ts, te) and _TRUCE_NEAR.search(text, (sent[0] - _TRUCE_BEFORE if sent[0] - _TRUCE_BEFORE > 0 else 0), sent[1]) and not (
        (has_hint(low, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts, _REQUEST_HINTS) and _REQUEST.search(text, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts))
        or _NO_DEAL.search(text, (ts - 20 if ts - 20 > sent[0] else sent[0]), ts)  # "ended without a deal": talks that failed
    ):
        # "a deal that Russia and Turkey reached in Sochi in September 2018", "agreed on Monday to carve
        # out a demilitarised strip": what the belligerents' backers agreed is the truce
        return "ceasefire"
    if kind == "talks" and d.span[1] <= ts and _DEAL.fullmatch(text, ts, te) and text[d.span[1]:ts].strip() in ("", "'s", "’s"):
        return "ceasefire"  # a deal named by its date, "the March agreement": the belligerents' truce
    if kind in ("ceasefire", "offensive", "humanitarian") and d.span[1] <= ts:
        m = _REQUEST.search(text, (ts - 50 if ts - 50 > d.span[1] else d.span[1]), ts) if has_hint(low, (ts - 50 if ts - 50 > d.span[1] else d.span[1]), ts, _REQUEST_HINTS) else None
        if m:
            return "talks"
    if kind in ("ceasefire", "humanitarian") and d.span[0] >= te and d.relation in ("on", "in", "during") and (
        _REQUEST.search(text, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts) and not _STARTS.search(text, te, d.span[0])
    ):
        return "talks"  # "the EU urged a ceasefire on Monday": the call's day (not "a truce to start on Sunday")
    if kind == "ceasefire" and _STRAINED.match(text, te, sent[1]):
        return "escalation"  # "That truce was strained last year, when ... stepped up bombardment"
    if kind == "escalation" and d.relation == "since" and _HAD_HELD.fullmatch(text, te, d.span[0]):
        return "ceasefire"  # "breaking an informal ceasefire that had held since November": the truce's start
    if kind != "talks" and may_hold(text, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts, _REACTION_WORDS) and (
        (r := _REACTION.search(text, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts)) and not _present(r.group())
    ) and not (
        d.span[0] >= te and _OWN_VERB.search(text, te, d.span[0])
    ):
        # "welcomed the truce on Thursday": the reaction is dated, not the truce (but "welcomes
        # the ceasefire agreed today" dates the ceasefire by its own verb)
        return "talks"
    return kind


def outcome_kind(text: str, sent: Span, trig: Trigger, kind: str,
                 triggers: list[Trigger], low: str) -> str:
    """A generic verb yields to the specific thing in its clause: an agreement "signed" or
    "announced" is a ceasefire; forces that "advanced ... and took" villages made a capture."""
    if _modal_before(text, low, (trig[0] - 25 if trig[0] - 25 > sent[0] else sent[0]), trig[0]):
        return kind  # "could veto" is a threat, said; "vetoed" is the resolution's fate
    # "met in Moscow and agreed an additional protocol": a meeting that ends in a deal
    strong = trig[3] > _WEAK.get(kind, -1)
    if strong and kind != "talks":
        return kind
    wants = ("ceasefire", "humanitarian") if kind == "talks" else ("capture",)
    for ts, te, k, _bonus in triggers:
        if k not in wants or abs(ts - trig[0]) > 70 or (strong and not (ts > trig[1] and _AGREED.match(text, ts))):
            continue
        want = k
        lo, hi = (trig[1], ts) if ts >= trig[1] else (te, trig[0])
        if not HARD_BREAK.search(text, lo, hi) and not (want == "ceasefire" and has_hint(low, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts, _REQUEST_HINTS)
                                                        and _REQUEST.search(text, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts)):
            return want
    return kind


# "The government offensive in the south-west began on 19 June with air strikes on ...", "The operation,
# which its organisers named ..., began at dawn on Wednesday with attacks on army positions": the
# campaign began that day, and the strikes it began with are its means, no happening of their own
_BEGAN_BEFORE = re.compile(r"(?i:\b(?:began|started|opened|kicked\s+off|got\s+under\s*way)\s+(?:[\w-]+\s+){0,3}?$)")
_WITH_AFTER = re.compile(r"(?i:\s+with\s+(?:[\w-]+\s+){0,3}?)")
_SUBJECT_REACH = 120


def campaign_begun_with(text: str, sent: Span, d: DateMention, trig: Trigger, kind: str,
                        triggers: list[Trigger]) -> str:
    """The campaign's kind for an attack word in "began on <date> with <attacks>" when the
    nearest trigger before "began" names a campaign (see _BEGAN_BEFORE); else `kind`."""
    if kind != "attack" or trig[0] < d.span[1] or not _WITH_AFTER.fullmatch(text, d.span[1], trig[0]):
        return kind
    m = _BEGAN_BEFORE.search(text, (d.span[0] - 40 if d.span[0] - 40 > sent[0] else sent[0]), d.span[0])
    if m is None:
        return kind
    # (the campaign's own trigger may reach to the verb: "offensive, which ... call ..., began")
    before = [t for t in triggers if sent[0] <= t[0] < m.start() and m.start() - t[0] <= _SUBJECT_REACH]
    return "offensive" if before and max(before)[2] == "offensive" else kind


def episode(text: str, d: DateMention) -> bool:
    """ "Fighting in the town between April 24 and 27 killed 280 people": a few days of fighting
    named as one episode are an escalation, neither a single attack nor a running toll."""
    if d.relation != "between" or not d.end or len(d.start) != 10 or len(d.end) != 10:
        return False
    try:
        days = (date.fromisoformat(d.end) - date.fromisoformat(d.start)).days
    except ValueError:
        return False
    return 0 < days <= 7 and bool(_FIGHTING.search(text, (d.span[0] - 60 if d.span[0] - 60 > 0 else 0), d.span[0]))


def _present(reaction: str) -> bool:
    """ "The Coordinator welcomes the unanimous adoption on Friday of resolution 2585": a release's
    own voice speaks in the present and is undated, so the date is the adoption's."""
    verb = reaction.split(None, 1)[0].lower()
    return verb.endswith("s") and not verb.endswith(("ss", "us"))


def _air_campaign(text: str, low: str, sent: Span, d: DateMention, ts: int, te: int) -> bool:
    """Whether the air strikes at text[ts:te] are begun ("began air strikes") with no target after
    them (the date may follow: "launched air strikes on September 30")."""
    if not _AIR_BEGUN.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts):
        return False
    rest = low[te:te + 12].lstrip()
    return not rest.startswith(_AIR_TARGET) or (d.span[0] >= te and not text[te:d.span[0]].strip())


def _bombing_campaign(text: str, sent: Span, ts: int, te: int) -> bool:
    """Whether "bombing" at text[ts:te] is begun ("began bombing") with no place or position as its
    object (see _BOMBING_BEGUN)."""
    if not _BOMBING_BEGUN.search(text, (ts - 12 if ts - 12 > sent[0] else sent[0]), ts):
        return False
    return not _BOMBED_PLACE.match(text, te, sent[1]) or text[te:te + 4].lower() in (" in ", " on ")


def _army_storms_a_town(text: str, sent: Span, ts: int, te: int) -> bool:
    """Whether "stormed" at text[ts:te] has an army for its subject (in the clause before it) and
    no village, prison, hospital or such building in its sentence (see _ARMY_BEFORE)."""
    lo = ts - 100 if ts - 100 > sent[0] else sent[0]
    subject = _ARMY_BEFORE.search(text, lo, ts)
    return subject is not None and not HARD_BREAK.search(text, subject.end(), ts) and not _RAIDED_PLACE.search(text, sent[0], sent[1])


def _claimed(text: str, sent: Span, d: DateMention, ts: int, te: int) -> bool:
    """Whether the attack word at text[ts:te] is what a side claimed responsibility for, and `d`
    dates the claim: right after the attack word, or between "responsibility" and "for"."""
    m = _CLAIMED.search(text, (ts - 90 if ts - 90 > sent[0] else sent[0]), ts)
    if m is None:
        return False
    if d.span[0] >= te:
        return not text[te:d.span[0]].strip()
    return m.start("on") >= 0 and m.start("on") <= d.span[0] and d.span[1] <= m.end("on")


def _short_pause_near(text: str, sent: Span, ts: int, te: int) -> bool:
    """Whether a short humanitarian pause (_SHORT_PAUSE) is the trigger itself, the object of the
    call it was paired with (within 60 characters after), or the subject of the clause it ends
    ("... truce requested by the United Nations on 7 April to allow the evacuation")."""
    m = _SHORT_PAUSE.search(text, (ts - 110 if ts - 110 > sent[0] else sent[0]), (te + 60 if te + 60 < sent[1] else sent[1]))
    return m is not None and not HARD_BREAK.search(text, min(m.end(), ts), max(m.start(), te))


def _modal_before(text: str, low: str, a: int, b: int) -> bool:
    """Whether _MODAL_BEFORE matches in text[a:b] (tried only where low[a:b] holds one of its words)."""
    w = low[a:b]
    return ("ould" in w or "might" in w or "may" in w or "will" in w or "threaten" in w) and bool(
        _MODAL_BEFORE.search(text, a, b)
    )
