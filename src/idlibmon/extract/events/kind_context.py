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
from idlibmon.models import Event

_HAZARD = re.compile(
    r"(?i:\b(?:virus|coronavirus|covid(?:-?19)?|cholera|measles|polio|diphtheria|dengue|ebola|outbreaks?|epidemics?"
    r"|pandemic|disease|infections?|floods?|flooding|flooded|flash\s+floods?|storms?|snowstorms?|snow(?:fall)?"
    r"|heavy\s+rains?|torrential\s+rains?|rainfall|blizzards?|hypothermia|freezing|cold\s+(?:snap|wave|weather)"
    r"|heat\s?waves?|earthquakes?|quakes?|tremors?|aftershocks?|landslides?|sandstorms?)\b)"
)
# the same words for the lowered text, case-sensitive: ~4x faster than re.I on the original
_HAZARD_LOW = re.compile(_HAZARD.pattern[4:-1])
_HAZARD_HINTS = ("vir", "covid", "cholera", "measles", "polio", "diphtheria", "dengue", "ebola", "outbreak", "epidemic",
                 "pandemic", "disease", "infection", "flood", "storm", "snow", "rain", "blizzard", "hypothermia", "freezing",
                 "cold", "heat", "quake", "tremor", "aftershock", "landslide")
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


def retuned(text: str, sent: Span, events: list[tuple[Event, int]], low: str | None = None) -> list[tuple[Event, int]]:
    """The sentence's events with the kinds the clause or sentence decides (see the module)."""
    out: list[tuple[Event, int]] = []
    # no hazard word in the sentence, no hazard pattern to run (a guard: same answers)
    hazard = low is None or any(h in low[sent[0]:sent[1]] for h in _HAZARD_HINTS)
    for event, rank in events:
        b = event.span[1]
        # the hazard may be the subject before the clause cut: "Two earthquakes, of magnitude 7.8
        # and 7.5, struck the region on Monday"
        if hazard and event.kind in _HARM_KINDS and (_HAZARD_LOW.search(low, sent[0], b) if low is not None
                                          else _HAZARD.search(text, sent[0], b)) and not _WEAPON.search(text, *sent):
            event = replace(event, kind="other")
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


def _between(a: Span, b: Span) -> Span:
    return (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0]) if b[1] <= a[0] else (0, 0)
