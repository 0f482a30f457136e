"""A bare "operation" is a relief operation where the sentence speaks of relief and not of war.

"had left the enclave in buses and ambulances since the operation began on Thursday", "since
March, when a United Nations and Syrian Arab Red Crescent operation began", "Partners started
resuming limited operations on 30 January": an evacuation or an aid agency's operation, no military
campaign. Where the sentence names troops, strikes or an
offensive, or the operation is named by its target ("the Mosul operation"), the word keeps its
military sense.
"""

from __future__ import annotations

import re

from idlibmon.extract.events.clauses import Span, Trigger

_BARE = re.compile(r"(?i:operations?)")
_RELIEF = re.compile(
    r"(?i:\b(?:evacuat\w*|buses|ambulances|aid|relief|humanitarian|Red\s+Crescent|Red\s+Cross|United\s+Nations|UN"
    r"|UNHCR|WFP|UNICEF|WHO|OCHA|convoys?|deliveries|rescue|partners|NGOs?|aid\s+agencies)\b)"
)
_MILITARY = re.compile(
    r"(?i:\b(?:military|troops|forces|army|soldiers|offensive|air\s?-?strikes|airstrikes|strikes|shelling|bombing|jets"
    r"|ground|combat|counter-?terrorism|security)\b)"
)


# a campaign named by its target: "Since the start of the Mosul operation on 17 October 2016"
_NAMED_BY_PLACE = re.compile(r"\b(?:the|its|their)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+$")


def relief_operations(text: str, sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers with a bare offensive "operation" retyped humanitarian in a relief sentence."""
    out: list[Trigger] = []
    for t in triggers:
        ts, te, kind, _bonus = t
        if kind == "offensive" and _BARE.fullmatch(text, ts, te) and _RELIEF.search(text, *sent) and not (
            _MILITARY.search(text, *sent) or _NAMED_BY_PLACE.search(text, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts)
        ):
            t = (ts, te, "humanitarian", 25)
        out.append(t)
    return out
