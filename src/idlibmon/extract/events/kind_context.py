"""Kinds the whole clause or sentence decides, over the single trigger a date was paired with.

A generic word of harm ("killed", "hit", "struck", "surged") takes its kind from what did the
harm: a storm, a flood or a virus is no attack ("Floods hit the camps on Tuesday", "COVID-19
cases surged in August"), so with no weapon in the sentence such an event is `other`. And a
sentence that says a campaign was launched ("the offensive, launched on 30 April when jets
struck the south") is about the campaign: its date's incidental attack word gives way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from idlibmon.extract.events.clauses import Span
from idlibmon.extract.text import holds_any, may_hold
from idlibmon.models import Event

_HAZARD = re.compile(
    r"(?i:\b(?:virus|coronavirus|covid(?:-?19)?|cholera|measles|polio|diphtheria|dengue|ebola|outbreaks?|epidemics?"
    r"|pandemic|disease|infections?|floods?|flooding|flooded|flash\s+floods?|storms?|snowstorms?|snow(?:fall)?"
    r"|heavy\s+rains?|torrential\s+rains?|rainfall|blizzards?|hypothermia|freezing|cold\s+(?:snap|wave|weather)"
    r"|heat\s?waves?|earthquakes?|quakes?|tremors?|aftershocks?|landslides?|sandstorms?"
    # a shelter that falls in, a person who drowns: "a child was killed when a wall collapsed on a tent"
    r"|(?:walls?|roofs?|tents?|buildings?|houses?|ceilings?|shelters?)\s+(?:had\s+)?collapsed|drown(?:ed|ing|ings)?)\b)"
)
# the same words for the lowered text, case-sensitive: ~4x faster than re.I on the original
_HAZARD_LOW = re.compile(_HAZARD.pattern[4:-1])
_HAZARD_HINTS = ("vir", "covid", "cholera", "measles", "polio", "diphtheria", "dengue", "ebola", "outbreak", "epidemic",
                 "pandemic", "disease", "infection", "flood", "storm", "snow", "rain", "blizzard", "hypothermia", "freezing",
                 "cold", "heat", "quake", "tremor", "aftershock", "landslide", "collapsed", "drown")
_WEAPON = re.compile(
    r"(?i:\b(?:air\s?-?strikes?|airstrikes?|air\s?-?raids?|strikes|shell(?:s|ed|ing)?|bomb(?:s|ed|ing|ings|ardment)?"
    r"|rockets?|missiles?|drones?|artillery|mortars?|gunfire|gunmen|shot|shooting|explosi(?:on|ons|ve|ves)|blasts?"
    r"|mines?|IEDs?|raids?|assaults?|attack(?:s|ed|ers)?|fighting|clashes|troops|forces|militants|jets|warplanes)\b)"
)
_LAUNCHED = re.compile(
    r"(?i:\blaunch(?:ed|es|ing)?\s+(?:\w+\s+){0,3}?(?:offensives?|campaigns?|operations?)\b"
    r"|\b(?:offensives?|campaigns?|operations?),?\s+(?:which\s+was\s+|that\s+was\s+)?launched\b)"
)
_HARM_KINDS = frozenset({"attack", "escalation"})
# Relief named as what was done to it: "a UN aid convoy was hit near Aleppo on 19 September" is
# an attack (on the convoy).
_AID_HIT = re.compile(
    r"(?i:\b(?:convoys?|trucks|lorries|warehouses?|aid\s+workers?)\b[^.;:]{0,40}?\b(?:was|were|had\s+been|has\s+been|have\s+been)"
    r"\s+(?:hit|attacked|struck|bombed|shelled|targeted|ambushed|fired\s+(?:on|upon|at))\b"
    r"|\b(?:convoys?|trucks|lorries)\b[^.;:]{0,60}?\b(?:came|coming)\s+under\s+(?:heavy\s+)?(?:fire|gunfire|attack|shelling))"
)
_RELIEF_KINDS = frozenset({"humanitarian", "displacement"})
# A convoy that tries to get out of a siege is people fleeing in their own vehicles, no relief: told
# with what befell it ("a convoy of 17 vehicles trying to leave the hotel, where about 200 people had
# sheltered, was ambushed", "a convoy of cars tried to break out; only six got through"), the happening
# is the attack on it. Writers of five sets, all ten tellings of such a convoy, say attack.
_ESCAPE_CONVOY = re.compile(
    r"(?i:\bconvoys?\b[^.;:]{0,50}?\b(?:tr(?:ied|ying|ies)|attempt(?:ed|ing|s)?)\s+to\s+(?:leave|escape|flee|break\s+out|get\s+out|run)\b)"
)
_ESCAPE_HARM = re.compile(
    r"(?i:\b(?:ambush(?:ed|es)?|(?:came|coming)\s+under|fired\s+(?:on|upon|at)|attack(?:ed|ers)?|shot|killed|died|shell(?:ed|ing)"
    r"|only\s+(?:\w+\s+){1,3}?(?:made\s+it|got\s+(?:through|out)|reached\s+safety|escaped)))\b"
)
# An industrial site that blows up with no weapon named is an accident, no attack: "a fuel depot
# exploded near Stepanakert", "a massive explosion at a fuel depot" (but "a drone struck a fuel depot")
_PLANT = re.compile(
    r"(?i:\b(?:fuel|gas|oil|petrol|gasoline|chemical|fertili[sz]er)\s+(?:depots?|stations?|tanks?|storage|plants?|facility|facilities"
    r"|pipelines?|warehouses?|factory|factories)\b)"
)
_BLAST = re.compile(r"(?i:explo(?:ded|sions?)|blasts?|blew\s+up|caught\s+fire|fire)")
_BLAST_WORDS = ("explo", "blast", "blew", "fire")  # one is in every match of `_BLAST`
_ARMED = re.compile(
    r"(?i:\b(?:air\s?-?strikes?|airstrikes?|air\s?-?raids?|strikes?|struck|shell(?:s|ed|ing)?|bomb(?:s|ed|ing|ings|ardment)?"
    r"|rockets?|missiles?|drones?|artillery|mortars?|gunfire|gunmen|IEDs?|explosives|attack(?:s|ed|ers)?|sabotage|targeted|hit)\b)"
)
# A deal is a ceasefire when the sentence says it stops a war ("a peace deal", "a deal that froze the
# lines", "the Sochi de-escalation agreement"); a bare agreement reached between a government and
# another party ("announced that it had reached an agreement with the Government, under which army
# units would deploy") is a political deal, told as talks.
_BEFORE = 250  # the sentence before may name the truce the deal refers to ("a third deal ... collapsed")
# (an indefinite one: "the agreement" refers back to a truce already named; a protocol amends one)
_NEW_DEAL = re.compile(r"(?i:\b(?:an|a)\s+(?:[\w'’-]+\s+){0,2}?(?:agreement|deal|accord)\b)")
_TRUCE_CONTEXT = re.compile(
    r"(?i:cease-?\s?fire|truce|armistice|hostilities|peace|end\s+(?:the|a|this)\s+(?:war|conflict|fighting)|stop\s+(?:the\s+)?fighting"
    r"|de-?escalation|demilitari[sz]ed|buffer|front\s*-?\s*lines?|lines\s+of\s+contact|fr(?:oze|ozen|eeze)|halt|pause"
    r"|Sochi|Astana|Minsk)"
)


def retuned(text: str, sent: Span, events: list[tuple[Event, int]], low: str | None = None) -> list[tuple[Event, int]]:
    """The sentence's events with the kinds the clause or sentence decides (see the module)."""
    out: list[tuple[Event, int]] = []
    # no hazard word in the sentence, no hazard pattern to run (a guard: same answers), looked
    # for only when an event of harm asks (one slice of the sentence, not one per hint)
    hazard = None if low is not None else True
    for event, rank in events:
        b = event.span[1]
        # the hazard may be the subject before the clause cut: "Two earthquakes, of magnitude 7.8
        # and 7.5, struck the region on Monday"
        if event.kind in _HARM_KINDS and hazard is None:
            hazard = holds_any(low[sent[0]:sent[1]], _HAZARD_HINTS)  # type: ignore[index]
        if hazard and event.kind in _HARM_KINDS and (_HAZARD_LOW.search(low, sent[0], b) if low is not None
                                          else _HAZARD.search(text, sent[0], b)) and not _WEAPON.search(text, *sent):
            event = replace(event, kind="other")
        if event.kind == "attack" and may_hold(text, *event.span, _BLAST_WORDS) and _BLAST.search(text, *event.span) and (
            _PLANT.search(text, *sent)
        ) and not (
            _ARMED.search(text, *sent)
        ):
            event = replace(event, kind="other")
        if event.kind == "ceasefire" and _NEW_DEAL.search(event.text) and not _TRUCE_CONTEXT.search(text, (sent[0] - _BEFORE if sent[0] - _BEFORE > 0 else 0), sent[1]):
            event = replace(event, kind="talks")
        if event.kind in _RELIEF_KINDS:
            event = _relief_fate(text, sent, event, low)
        out.append((event, rank))
    if not any(e.kind == "offensive" for e, _ in out):
        launch = None if low is not None and low.find("launch", sent[0], sent[1]) < 0 else (
            _LAUNCHED.search(text, sent[0], sent[1])
        )
        attacks = [k for k, (e, _) in enumerate(out) if e.kind == "attack"]
        # the attack event dated nearest the launch, unless "after" sets it before the launch
        # ("launched an operation after 34 soldiers were killed last week")
        if launch:
            attacks = [k for k in attacks if not _AFTER.search(text, *_between(out[k][0].span, launch.span()))]
        if launch and attacks:
            k = min(attacks, key=lambda k: abs(out[k][0].span[0] - launch.start()))
            event, rank = out[k]
            a, b = _between(event.span, launch.span())
            if "," not in text[a:b]:
                # "the offensive, launched on 30 April when jets struck", "jets struck towns as the army
                # launched its campaign": the strike is the campaign's opening
                out[k] = (replace(event, kind="offensive"), rank)
            else:
                # "shot down two jets on Sunday and struck an airport, as it formally launched a military
                # operation": a strike told in its own clause and the campaign are two happenings of one day
                out.append((replace(event, kind="offensive", text=launch.group(), span=launch.span()), rank))
    return out


_AFTER = re.compile(r"(?i:\bafter\b)")


def _relief_fate(text: str, sent: Span, event: Event, low: str | None) -> Event:
    """A relief operation's event retyped by what befell it (see _AID_HIT, _HALTED)."""
    a, b = event.span
    w = (low or text.lower())[sent[0]:sent[1]]
    if event.kind == "humanitarian" and ("hit" in w or "attack" in w or "under" in w or "struck" in w or "bomb" in w or "shell" in w
                                         or "target" in w or "ambush" in w or "fired" in w):
        m = _AID_HIT.search(text, sent[0], sent[1])
        if m and m.start() < b and a < m.end():
            return replace(event, kind="attack")
    if event.kind == "humanitarian" and "convoy" in w:
        m = _ESCAPE_CONVOY.search(text, sent[0], sent[1])
        if m and m.start() < b and a < m.end() and _ESCAPE_HARM.search(text, sent[0], sent[1]):
            return replace(event, kind="attack")
    return event


def _between(a: Span, b: Span) -> Span:
    return (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0]) if b[1] <= a[0] else (0, 0)
