"""Trigger words that here name no happening of their kind.

A lexicon word is a candidate only: "need humanitarian assistance" is a condition, "no air strikes
reported" an absence, "preparing for an assault" an attack awaited, "the pound fell to a record
low" no town lost, "Turkey has welcomed 3.6 million refugees" hosting, not a statement. Each
rule reads the few words around the trigger and drops it before any date is paired with it.
"""

from __future__ import annotations

import re

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.events.clauses import Span, Trigger, has_hint
from idlibmon.extract.events.speech import LEADER
from idlibmon.extract.text import may_hold

# A need is a condition ("need humanitarian assistance in 2024"), and a clinic that "suspended
# operations" stopped its work: neither names a happening of the trigger's kind.
_NEED_BEFORE = re.compile(
    r"(?i:\b(?:need|needs|needing|needed|require[sd]?|requiring|depend(?:s|ed|ing)?\s+on|rel(?:y|ies|ied)\s+on)"
    r"\s+(?:[\w-]+\s+){0,2}$)"
)
_NEED_WORDS = ("need", "requir", "depend", "rely", "relie")  # one opens each need
# "forced from their homes by the escalating violence": the cause named, not a happening dated
_CAUSE_BEFORE = re.compile(r"(?i:\b(?:by|due\s+to|because\s+of|owing\s+to|amid)\s+(?:the\s+|an\s+|a\s+)?(?:recent\s+|ongoing\s+)?$)")
_CAUSE_WORDS = ("by", "due", "because", "owing", "amid")
_PRESENT_VOICE = re.compile(r"(?i:warns|urges|calls\s+(?:for|on)|condemns|demands|appeals|accuses|blames|stresses|notes)")
_TRUCE_VERB = re.compile(r"(?i:took\s+effect|took\s+hold|came\s+into\s+(?:force|effect)|went\s+into\s+effect)")
_TRUCE_WORD = re.compile(r"(?i:\b(?:cease-?\s?fire|truce|cessation|armistice|agreement|deal|accord|protocol)s?\b)")
_ABSENT_BEFORE = re.compile(r"(?i:\b(?:no|without|(?:risk|fear|threat|danger)s?\s+of)\s+(?:[\w-]+\s+){0,2}?$)")
_A_LEVEL = re.compile(
    r"(?i:\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:new\s+|record\s+|all-time\s+|\d+-year\s+)*(?:low|high|level|minimum|lowest|zero)s?\b"
    r"|\s+(?:about\s+|around\s+|below\s+|nearly\s+)?(?:minus\s+|-|−)?\d)"
)
_MEASURED_CHANGE = re.compile(
    r"(?i:(?:\s+[\w'’-]+){0,4}?\s+(?:fell|falling|fallen|dropped|dropping|declined|declining|decreased|decreasing|rose|rising|risen"
    r"|increased|increasing)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d|half|a\s+third|a\s+quarter))"
)
_AWAITED_BEFORE = re.compile(
    r"(?i:\b(?:(?:prepar(?:ing|ed|e|es)|brac(?:ing|ed|e|es)|ready|readying|gearing\s+up|girding)\s+(?:themselves\s+)?for"
    r"|(?:possible|imminent|looming|feared|expected|threatened|anticipated|long-awaited|long-threatened))\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?$)"
)
_STARTED_BEFORE = re.compile(r"(?i:\b(?:start|launch|beginning|opening|outset)\s+of\s+(?:an?\s+|the\s+|its\s+|their\s+)?$)")
_TRIED_BEFORE = re.compile(r"(?i:\b(?:attempting|attempted|trying|tried|seeking|sought|wanting|unable|hoping)\s+to\s+$)")
# the aim of a campaign: "operations to retake western Mosul", "a push to capture the airport"
_AIM_BEFORE = re.compile(
    r"(?i:\b(?:operations?|offensives?|campaigns?|push|assaults?|drive|battles?|bids?|efforts?)\s+(?:[\w'’-]+\s+){0,2}?to\s+$)"
)
_DISPLACED_STATE = re.compile(r"(?i:\b(?:are|is|remain|remained|remaining|still|currently)\s+(?:still\s+)?(?:internally\s+)?$)")
_STATE_WORDS = ("are", "is", "remain", "still", "currently")
_ENDED_BEFORE = re.compile(r"(?i:\b(?:ended|halted|stopped|froze|paused)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?$)")
_HALTED_BEFORE = re.compile(r"(?i:\b(?:suspend|halt|ceas|stopp?|resum|scal(?:e|ed|ing)\s+back)\w*\s+(?:their\s+|its\s+|all\s+)?$)")
_HALTED_WORDS = ("suspend", "halt", "ceas", "stop", "resum", "scal")
_WARNED_THAT = re.compile(
    r"(?i:\b(?:warn\w*|fear\w*|caution\w*|concern\w*|worr\w*)\s+(?:[\w'’-]+\s+){0,6}?that\s+(?:[\w'’-]+\s+){0,3}$)"
)
# a threat, a vow or a plan whose infinitive is the trigger
_INTENDED = re.compile(
    r"(?i:\b(?:threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|pledg(?:ed|es|ing)|plan(?:s|ned|ning)?|promis(?:ed|es|ing)|intend(?:s|ed|ing)?"
    r"|warn(?:ed|s|ing)\s+(?:it|they|he|she)\s+would)\b[^.;:]{0,40}?\bto\s+"
    r"(?:(?:launch|start|begin|mount|stage|carry\s+out|conduct)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?)?$)"
)
_INTENDED_HINTS = ("threat", "vow", "pledg", "plan", "promis", "intend", "warn")
# the group a share or a part is taken of: "most of those displaced", "of the nearly 960,000 people displaced"
_GROUP_OF = re.compile(
    r"(?i:(?:\b(?:per\s+cent|percent|most|many|half|majority|share|two-thirds|third|quarter)|%)\s+of\s+"
    r"(?:the\s+|those\s+|these\s+|them\s+)?(?:(?:nearly|almost|some|about|over|around|more\s+than|estimated)\s+)*"
    r"(?:\d[\d,.]*(?:\s+million)?\s+|one\s+million\s+|a\s+million\s+)?(?:people\s+|civilians\s+|families\s+|Syrians\s+|who\s+(?:have\s+|had\s+)?(?:been\s+)?)?$"
    r"|^\s*(?:Of|Among)\s+(?:the\s+|those\s+)?(?:(?:nearly|almost|some|about|over|around|more\s+than|estimated)\s+)*"
    r"(?:\d[\d,.]*(?:\s+million)?\s+)?(?:people\s+|civilians\s+|families\s+)?$)"
)
# people counted as an aid plan's beneficiaries right before "targeted"
_AID_TARGET = re.compile(
    r"(?i:\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|children|households|families"
    r"|beneficiaries|IDPs|refugees|women|students)\s+(?:(?:are|were|is|was|being|to\s+be)\s+)?(?:being\s+)?$)"
)
_MODAL_AFTER = re.compile(r"(?i:(?:\s+[\w'’-]+){0,4}?\s+(?:could|would|might|may)\b)")
_CROSSING = re.compile(r"(?i:\b(?:crossings?|corridors?)\b)")
_TOLD_BEFORE = re.compile(r"(?i:\b(?:told|tells|said|says|spoke\s+to|speaking\s+to|interview(?:ed|s|ing)?)\b[^.;:]{0,45}$)")
# a bare verb of an aid mandate's history, and the words that show the sentence tells one
_MANDATE_STEP = re.compile(r"(?i:granted|authori[sz]ed|approved|renewed|adopted|adoption|expired|lapsed|voted|extended|cut|removed)")
_MANDATE = re.compile(
    optional_as_branch(r"(?i:\b(?:authori[sz]ations?|mandates?|permission|consent|cross-?border\s+(?:system|mechanism|aid|operations?|deliveries|assistance)"
    r"|resolutions?|(?:Security\s+)?Council|crossings?)\b)")
)
_DEPLOYED = re.compile(
    r"(?i:\b(?:troops|forces|force|soldiers|fighters|mercenaries|contingents?|peacekeepers|police|officers|units|battalions?|brigades?)\b)"
)
_CROSSING_NAMED = re.compile(r"\s+(?:the\s+)?(?:others\b|Bab\s|Al[\s-][A-Z]|(?:[\w'’-]+\s+){0,3}?crossings?\b)")
_PERFECT_BEFORE = re.compile(r"(?i:\b(?:has|have|had)\s+(?:also\s+|now\s+|so\s+far\s+|already\s+)?$)")
_PASSIVE = re.compile(r"(?i:\b(?:was|were|been|being)\s+$)")
_HOSTED = re.compile(
    r"(?i:\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d"
    r"|\s+(?:the\s+)?(?:[\w-]+\s+)?(?:refugees|migrants|people|families|children|displaced|arrivals|newcomers|evacuees)\b)"
)
_INTENSITY = re.compile(r"(?i:heavy|fierce|intense|heavier|fiercer|violent|ferocious)")
_TOLL_AFTER = re.compile(r"(?i:\b(?:killed|killing|left\s+(?:at\s+least\s+)?\d|dead|wounded|injured)\b)")
_SIMPLE_PASSIVE = re.compile(r"(?i:\b(?:was|were)\s+$)")
_BY_WEAPON = re.compile(
    r"(?i:\s+(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:air\s?-?strikes?|airstrikes?|strikes?|shell(?:s|ing)|bomb(?:s|ing|ings)?"
    r"|rockets?|missiles?|drones?|attacks?|artillery|explosions?|blasts?|raids?|bombardment)\b)"
)
# what falls and is no town: "shells fell on the market", "prices fell last month"
# (or a town's word: "the last pockets of resistance in the north of the city fell on Wednesday")
_FELL_SUBJECT = re.compile(
    r"\b(?:[Ww]hich|[Tt]hat)\s+$|\b[A-Z][\w'’-]+\s+$|\w,\s+$"
    r"|\b(?:town|city|village|base|airbase|stronghold|garrison|positions|enclave|district|capital)\s+$"
)
_NOT_A_TOWN = re.compile(
    r"(?i:\b(?:shells?|rockets?|missiles?|bombs?|mortars?|rounds|munitions|projectiles|debris|rain|snow|temperatures?"
    r"|prices?|currency|pound|lira|rial)\s+$)"
)
_WITHDRAWN_AFTER = re.compile(
    r"(?i:(?:\s+(?:and|or)\s+[\w-]+|\s+[\w-]+){0,5}?,?\s+(?:must|would|will|should|were\s+to|are\s+to|was\s+to|is\s+to|had\s+to|have\s+to)"
    r"\s+be\s+(?:fully\s+)?withdrawn\b)"
)
_ATTRIBUTIVE = re.compile(r"(?i:\b(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+)?$)")
_HEARD_OR_GOING_ON = re.compile(
    r"(?i:(?:\s+(?:and|or)\s+[\w-]+|\s+[\w-]+){0,3}?\s+(?:could\s+be\s+heard|were\s+heard|was\s+heard"
    r"|continued\s+(?:to\s+\w+\s+)?(?:through|into|throughout|across|during|over)\b))"
)
_A_PLACE_NOUN = re.compile(
    r"(?i:\s+(?:[\w-]+\s+){0,2}?(?:city|town|enclave|village|district|area|neighbou?rhoods?|port|capital|camp|province|region|strip|pocket)\b)"
)
_ROAD_BEFORE = re.compile(r"(?i:\b(?:roads?|highways?|motorways?|rivers?|railways?|lines?|borders?|routes?|M\d+|N\d+)\s+$)")
# weapons named as what a deal pulls back: "heavy weapons, including tanks, rocket launchers and mortars, must be withdrawn"
_WEAPON_WORDS = ("rocket", "artillery", "mortar", "missile", "drone", "tank")
_WEAPONS_MOVED = re.compile(
    r"(?i:[^.;:]{0,80}?\b(?:withdrawn|pulled\s+(?:out|back)|removed|handed\s+over|moved\s+back|taken\s+out)\b)"
)
_MOVED_WORDS = ("withdrawn", "pulled", "removed", "handed", "moved back", "taken out")
_FOR_A_TIME = re.compile(r"(?i:\s+for\s+(?:almost\s+|nearly\s+|more\s+than\s+|over\s+)?(?:\w+\s+)?(?:days|weeks|months|years)\b)")
_TIME_PREPOSITION = re.compile(r"(?i:\b(?:after|since|before|upon|on)\s+$)")
_CHANGE_HINTS = ("fell", "fall", "drop", "declin", "decreas", "rose", "rising", "risen", "increas")
_AWAITED_HINTS = ("prepar", "brac", "ready", "gearing", "girding", "possible", "imminent", "looming", "feared", "expected",
                  "threatened", "anticipated", "awaited")
_AIM_HINTS = ("operation", "offensive", "campaign", "push", "assault", "drive", "battle", "bid", "effort")
_TRIED_HINTS = ("attempt", "trying", "tried", "seek", "sought", "want", "unable", "hoping")
_ENDED_HINTS = ("ended", "halted", "stopped", "froze", "paused")
# one person's own flight: the words the window must hold before `_ONE_PERSON_BEFORE` (below) is
# tried ("i " and "who " let more windows through than "he"/"she" alone; kept so the output stays)
_ONE_PERSON_WORDS = ("he ", "she ", "i ", "who ")
_OWN_FAMILY_AFTER = re.compile(r"(?i:(?:\s+[\w'’-]+){0,4}?\s+with\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:children|family|wife|husband|sons|daughters|mother|father|parents))\b")


def idle(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    """A trigger word that here names no happening of its kind (see _NEED_BEFORE), or only one
    feared ("warned that an outbreak could be devastating").

    Each kind has its own rules (`_RULES`), tried in order: a trigger is checked only against
    the rules that can concern it."""
    rules = _RULES.get(trig[2])
    if rules is None:  # a kind with no rules of its own: only the one every kind but talks has
        return _warned_could(text, sent, trig[0], trig[1])
    return rules(text, sent, trig, low)


def _warned_could(text: str, sent: Span, ts: int, te: int) -> bool:
    """ "warned that an outbreak could be devastating": a happening only feared (every kind but talks)."""
    after = text[te:(te + 50 if te + 50 < sent[1] else sent[1])]
    return ("ould" in after or "ight" in after or "may" in after) and bool(_MODAL_AFTER.match(
        text, te, (te + 50 if te + 50 < sent[1] else sent[1])
    )) and bool(_WARNED_THAT.search(text, (ts - 70 if ts - 70 > sent[0] else sent[0]), ts))


def _intended(text: str, sent: Span, ts: int, low: str) -> bool:
    """ "Erdogan has threatened since December to launch an operation": an act announced, not done."""
    return has_hint(low, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts, _INTENDED_HINTS) and bool(_INTENDED.search(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts))


def _awaited(text: str, sent: Span, ts: int, low: str) -> bool:
    """ "rebels had been preparing for an assault", "an imminent offensive": not (yet) a happening
    (but "announced the start of a long-awaited offensive": the wait is over)."""
    return has_hint(low, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts, _AWAITED_HINTS) and bool(
        m := _AWAITED_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)
    ) and not _STARTED_BEFORE.search(text, max(sent[0], m.start() - 30), m.start())  # type: ignore[union-attr]


def _ended(text: str, sent: Span, ts: int, low: str) -> bool:
    """ "a ceasefire ... ended a government offensive": the offensive's end, dated by the truce."""
    return has_hint(low, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts, _ENDED_HINTS) and bool(_ENDED_BEFORE.search(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts))


def _idle_displacement(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith("fled", ts) and _one_person_fled(text, low, sent, ts, te):
        return True  # a witness's own flight ("who fled the town with her six children in January") is no wave
    if low.startswith(("displaced", "uprooted"), ts) and _GROUP_OF.search(text, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts):
        return True  # "80 per cent of those displaced since December": a group referred to, no flight told
    if low.startswith("fle", ts) and (
        (has_hint(low, (ts - 70 if ts - 70 > sent[0] else sent[0]), ts, _ONE_PERSON_WORDS) and _ONE_PERSON_BEFORE.search(text, (ts - 70 if ts - 70 > sent[0] else sent[0]), ts))
        or (" with h" in low[te:te + 60] and _OWN_FAMILY_AFTER.match(text, te, sent[1]))
    ):
        return True  # one person's flight told by the person: a witness's story, not a wave of displacement
    if has_hint(low, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts, _TRIED_HINTS) and _TRIED_BEFORE.search(text, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts):
        return True  # "civilians attempting to flee": killed on the way, no flight dated
    if _warned_could(text, sent, ts, te):
        return True
    # "more than 4 million are internally displaced": people counted where they are, no flight
    return low.startswith("displaced", ts) and may_hold(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts, _STATE_WORDS) and bool(
        _DISPLACED_STATE.search(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts)
    )


# an attack named as the support another side's operation had ("backed by US air strikes",
# "with the support of Russian air power"): part of that operation, no happening of its own
# (set off as an aside: "a ground assault supported by artillery" names the assault's own strikes)
_SUPPORT_BEFORE = re.compile(r"(?i:,\s+(?:backed|supported|aided|covered|helped)\s+by\s+(?:[\w'’.-]+\s+){0,3}$)")


# people cared for after an attack: "treated more than 200 wounded people", "evacuated 17 critically
# injured patients", "were still treating survivors", "hospitals ... to treat the wounded"
_CARED_FOR_BEFORE = re.compile(
    r"(?i:\b(?:treat\w*|evacuat\w*|receiv\w*|admit\w*|transferr?\w*|airlift\w*|car(?:e|ed|ing)\s+for|tend\w*\s+to)"
    r"\s+(?:the\s+|some\s+|more\s+than\s+|over\s+|about\s+|at\s+least\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?$)"
)
_CASUALTY_WORDS = ("wounded", "injured", "survivors", "casualties")


def _idle_attack(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith(_CASUALTY_WORDS, ts) and _CARED_FOR_BEFORE.search(text, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts):
        return True  # the wounded treated or moved: care after an attack, no attack of that day
    if (low.find("heard", te, (te + 40 if te + 40 < sent[1] else sent[1])) >= 0 or low.find("continued", te, (te + 60 if te + 60 < sent[1] else sent[1])) >= 0) and (
        _HEARD_OR_GOING_ON.match(text, te, sent[1])
    ):
        # "Explosions could be heard through the night", "clashes continued through 12 April", "air strikes
        # continued across the south during the past week": a sound or a war going on, no new happening
        # ("shelling continued on Thursday, killing 11" names that day's strikes)
        return True
    if _absent(text, low, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts):
        return True  # "a truce took hold, with no air strikes reported", "the risk of shelling", "no case"
    if low.find("by", (ts - 40 if ts - 40 > sent[0] else sent[0]), ts) >= 0 and _SUPPORT_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts):
        return True  # "retaken by Kurdish forces, backed by US air strikes, on 13 November": support, told of the capture
    if _intended(text, sent, ts, low):
        return True
    if low.startswith("targeted", ts) and _AID_TARGET.search(text, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts):
        return True  # "with 1.2 million people targeted in March": people an aid plan means to reach
    if has_hint(low, te, (te + 60 if te + 60 < sent[1] else sent[1]), _CHANGE_HINTS) and _MEASURED_CHANGE.match(text, te, (te + 60 if te + 60 < sent[1] else sent[1])):
        return True  # "air strikes falling by about 70 percent since March": a measure, no attack
    if _awaited(text, sent, ts, low):
        return True
    if _warned_could(text, sent, ts, te):
        return True
    if low.startswith(_WEAPON_WORDS, ts) and has_hint(low, te, (te + 90 if te + 90 < sent[1] else sent[1]), _MOVED_WORDS) and (
        _WEAPONS_MOVED.match(text, te, (te + 90 if te + 90 < sent[1] else sent[1]))
    ):
        return True  # "tanks, rocket launchers and artillery must be withdrawn": weapons moved out, no attack
    if low.startswith(("killed", "wounded", "injured"), ts) and te - ts <= 7 and _BY_WEAPON.match(text, te, sent[1]):
        # "the soldiers killed by Syrian shelling ... a day earlier": one happening, told by the
        # weapon; the casualty word beside it must not take a second date of the sentence
        return True
    if low.find("withdrawn", te, (te + 70 if te + 70 < sent[1] else sent[1])) >= 0 and _WITHDRAWN_AFTER.match(text, te, sent[1]):
        # "heavy weapons, including rocket launchers and artillery, must be withdrawn by 10 October": the arms a
        # deal removes, no attack
        return True
    if text[ts:te].lower() in ("damaged", "destroyed"):
        # "were damaged on Sunday" (a count that "had been damaged" by a date is a tally, "damaged homes"
        # a state, and "damaged in an air strike" leaves the date to the strike)
        return not _SIMPLE_PASSIVE.search(text, (ts - 12 if ts - 12 > sent[0] else sent[0]), ts) or bool(_BY_WEAPON.match(text, te, sent[1]))
    return False


def _idle_offensive(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith(("besieged", "encircled"), ts) and _ATTRIBUTIVE.search(text, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts) and (
        _A_PLACE_NOUN.match(text, te)
    ):
        return True  # "in the besieged port city of Mariupol on Wednesday": the city's state, no siege laid that day
    if _intended(text, sent, ts, low):
        return True
    if _awaited(text, sent, ts, low):
        return True
    if _absent_or_warned(text, sent, ts, te, low):
        return True
    if low.startswith("besieged", ts) and te - ts == 8 and _FOR_A_TIME.match(text, te):
        return True  # "Mariupol, besieged for almost three months, was taken in May": a state, no siege begun
    if "operation" in low[ts:te]:
        halted = _HALTED_BEFORE.search(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts) if may_hold(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts, _HALTED_WORDS) else None
        # (but a side "resuming its military operations" goes back to war: an offensive)
        return halted is not None and not ("military" in low[ts:te] and "resum" in low[halted.start():halted.end()])
    return _ended(text, sent, ts, low)


# those sent to talk or to look: "A UN mission is expected to travel to Karabakh this weekend",
# "His team is due in the capital again on Friday" (a leader's trip: see LEADER)
_DELEGATION = re.compile(r"\b(?:[Mm]ission|[Dd]elegations?|[Dd]elegates|[Tt]eam|[Ee]nvoys?|[Mm]ediators?)\b")


def _idle_talks(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith("meet", ts) and _ROAD_BEFORE.search(text, (ts - 20 if ts - 20 > sent[0] else sent[0]), ts):
        return True  # "a town where the M5 meets the road to Latakia": roads meet, nobody talks
    if text.startswith("by", ts) and _TOLD_BEFORE.search(text, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts):
        return True  # "he told the agency by phone on Monday", "interviewed 12 witnesses by phone": a source's interview
    if low.startswith(("accusing", "blaming"), ts) and text[ts - 2:ts] == ", ":
        # "the mediator said on Monday that he would quit at the end of the month, blaming the
        # powers ...", "a crowd set fire to the embassies on Tuesday, accusing foreign capitals of ...":
        # a blame set off after the act is its reason, told with it; it dates nothing of its own (it
        # took the date of the clause before it: the day of leaving, a statement twice)
        return True
    if _PRESENT_VOICE.fullmatch(text, ts, te):
        return True  # "the Education Cluster warns that ...": the report's own voice, undated
    if text[ts:ts + 6].lower() == "welcom" and _HOSTED.match(text, te, sent[1]):
        return True  # "Turkey has welcomed 3.6 million refugees": hosting people, no statement
    if text[ts:ts + 5].lower() == "trave" or text.startswith(("flew", "due", "expected", "set", "scheduled"), ts):
        # a leader's trip is a visit ("the foreign minister is expected to travel to Damascus on
        # Sunday"); families travelling to the border are on the move, not in talks
        return not LEADER.search(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts) and not _DELEGATION.search(text, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts)
    return False


def _idle_other(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith(("began ", "started ", "begun "), ts) and ("arriv" in low[ts:te] or "deploy" in low[ts:te]):
        # "Colombian troops began arriving in the region on Saturday": a deployment only when a force arrives
        lo = (ts - 100 if ts - 100 > sent[0] else sent[0])
        return not _DEPLOYED.search(text, lo, ts)
    if _absent(text, low, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts):
        return True  # "a truce took hold, with no air strikes reported", "the risk of shelling", "no case"
    return _warned_could(text, sent, ts, te)


# an entry denied: "Fuel has not entered Gaza since 7 October", "no humanitarian supplies have entered Tigray"
_NOT_ENTERED = re.compile(r"(?i:(?:\b(?:has|have|had)\s+not|\b(?:hasn't|haven't|hadn't)|\bno\s+(?:[\w-]+\s+){0,3}?(?:has|have|had))\s+(?:yet\s+|since\s+)?$)")


def _idle_capture(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith("enter", ts) and _NOT_ENTERED.search(text, (ts - 50 if ts - 50 > sent[0] else sent[0]), ts):
        return True  # nothing came in: no entry into a place, no capture
    if _intended(text, sent, ts, low):
        return True
    if _warned_could(text, sent, ts, te):
        return True
    if has_hint(low, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts, _AIM_HINTS) and _AIM_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts):
        return True  # "military operations to retake western Mosul": the aim of an offensive, not a capture
    if low.endswith("entering", ts, te):
        return not _TIME_PREPOSITION.search(text, (ts - 8 if ts - 8 > sent[0] else sent[0]), ts)  # "after entering the town"
    if text.startswith("fell", ts):
        if te - ts == 4 and not text.startswith("fell to", ts):
            # "Chinshwehaw, which fell on Oct. 29", "Aleppo fell in December 2016" (not "shells fell on")
            lo = (ts - 25 if ts - 25 > sent[0] else sent[0])
            return not _FELL_SUBJECT.search(text, lo, ts) or bool(_NOT_A_TOWN.search(text, lo, ts))
        return bool(_A_LEVEL.match(text, te))  # "the pound fell to a record low", "to minus 6 degrees"
    return False


def _idle_escalation(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if low.startswith(("deteriorat", "worsen"), ts) and any(
        w in low[(ts - 30 if ts - 30 > sent[0] else sent[0]):te + 15] for w in ("situation", "conditions")
    ):
        # "the situation has deteriorated since then", "living conditions have deteriorated through
        # the winter": a vague state, no dated happening
        return True
    if _absent_or_warned(text, sent, ts, te, low):
        return True
    if te - ts <= 9 and _INTENSITY.fullmatch(text, ts, te):
        # "heavy fighting was reported on Sunday" (but "fierce clashes on Monday killed 20 fighters"
        # tells the deadly clash, an attack)
        return bool(_TOLL_AFTER.search(text, te, (te + 80 if te + 80 < sent[1] else sent[1])))
    if low.startswith(("escalating", "escalation", "intensifying"), ts, te):
        return may_hold(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts, _CAUSE_WORDS) and bool(_CAUSE_BEFORE.search(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts))
    return _ended(text, sent, ts, low)


def _idle_ceasefire(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if _absent_or_warned(text, sent, ts, te, low):
        return True
    if text[ts:ts + 1] in "tTcCwW" and _TRUCE_VERB.fullmatch(text, ts, te):
        return not _TRUCE_WORD.search(text, sent[0], ts)  # "the sanctions took effect": no truce
    return False


def _idle_humanitarian(text: str, sent: Span, trig: Trigger, low: str) -> bool:
    ts, te = trig[0], trig[1]
    if _absent_or_warned(text, sent, ts, te, low):
        return True
    if text[ts:te].lower() in ("closed", "dropped") and _CROSSING_NAMED.match(text, te, sent[1]):
        # an aid mandate's crossings closed by the Council: "in July last year it closed Bab al-Salam",
        # "The council closed the others in January and July of last year"
        return not _MANDATE.search(text, (sent[0] - 160 if sent[0] - 160 > 0 else 0), sent[1])
    if text[ts:te].lower() in ("closed", "shut", "sealed"):
        # a bare participle dates a crossing closed ("the others were closed in January 2020") only
        # in the passive and where the sentence speaks of crossings ("schools were closed" is no relief)
        return not (_PASSIVE.search(text, (ts - 12 if ts - 12 > sent[0] else sent[0]), ts) and _CROSSING.search(text, sent[0], sent[1]))
    if low.startswith("provid", ts) and _PERFECT_BEFORE.search(text, (ts - 16 if ts - 16 > sent[0] else sent[0]), ts):
        return True  # "WFP has provided rations to 133,000 people since 10 October": a running count, no day of relief
    if _MANDATE_STEP.fullmatch(text, ts, te):
        # (the mandate may be named in the sentence before: "... four crossings. The number was cut to one in 2020")
        return not _MANDATE.search(text, (sent[0] - 160 if sent[0] - 160 > 0 else 0), sent[1])
    return may_hold(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts, _NEED_WORDS) and bool(_NEED_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts))


def _one_person_fled(text: str, low: str, sent: Span, ts: int, te: int) -> bool:
    """Whether "fled" tells one person's flight: "she fled", "Five years after he fled his village", "who
    fled the town with his six children late last month and now lives in a tent", "who fled to the
    town on Thursday and asked not to be named" (the annotated sets leave such stories out or optional)."""
    if _ONE_PERSON_BEFORE.search(text, (ts - 20 if ts - 20 > sent[0] else sent[0]), ts):
        return True
    hi = (te + 90 if te + 90 < sent[1] else sent[1])
    w = low[te:hi]
    return ("his" in w or "her" in w or "lives" in w or "living" in w or "sleeping" in w or "moved" in w or "named" in w) and bool(
        _ONE_PERSON_AFTER.match(text, te, hi)
    )


_ONE_PERSON_BEFORE = re.compile(r"(?i:\b(?:he|she)\s+(?:had\s+|has\s+|first\s+)?$)")
_ONE_PERSON_AFTER = re.compile(
    r"(?i:[^.;:]*?\b(?:with\s+(?:his|her)\b|and\s+(?:now\s+)?(?:lives|is\s+(?:now\s+)?(?:living|sleeping|staying)|has\s+(?:since\s+)?moved)"
    r"|asked\s+not\s+to\s+be\s+named))"
)


def _absent_or_warned(text: str, sent: Span, ts: int, te: int, low: str) -> bool:
    """The checks every kind with a happening that can be missing or only threatened shares:
    "talks were adjourned in June without a lasting ceasefire", "warned that an offensive could"."""
    return _absent(text, low, (ts - 30 if ts - 30 > sent[0] else sent[0]), ts) or _warned_could(text, sent, ts, te)


def _absent(text: str, low: str, a: int, b: int) -> bool:
    """Whether _ABSENT_BEFORE matches in text[a:b] (tried only where low[a:b] holds one of its words)."""
    w = low[a:b]
    return ("no" in w or "without" in w or "risk" in w or "fear" in w or "threat" in w or "danger" in w) and bool(
        _ABSENT_BEFORE.search(text, a, b)
    )


# the rules of each kind, in the order `idle` tries them ("_" and unknown kinds: none)
_RULES = {
    "displacement": _idle_displacement,
    "attack": _idle_attack,
    "offensive": _idle_offensive,
    "talks": _idle_talks,
    "other": _idle_other,
    "capture": _idle_capture,
    "escalation": _idle_escalation,
    "ceasefire": _idle_ceasefire,
    "humanitarian": _idle_humanitarian,
}
