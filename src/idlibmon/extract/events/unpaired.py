"""Date-trigger pairs that date nothing: tolls over a period ("1,000 killed since April"), a
happening used as an anchor ("on Monday, days before the assault"), a period's closing event
("between December and the ceasefire"), arrests counted, warnings repeated since a date."""

from __future__ import annotations

import re
from datetime import date

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import HARD_BREAK, Span, Trigger, has_hint
from idlibmon.extract.events.kind_choice import episode

_TOLL_FROM = re.compile(r"(?i:\btoll\s+(?:from|of|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?$)")
_SINCE_ONSET = re.compile(r"(?i:\bsince\s+(?:the\s+)?(?:beginning|start|onset|outbreak)\s+of\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+)?$)")
_TOLL_VERB = re.compile(r"(?i:\b(?:rose|risen|climbed|reached|stood|increased|jumped)\b)")
_ANCHORED_BEFORE = re.compile(
    r"(?i:(?:\b(?:\d+|a\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|a|an|one)\s+(?:days?|hours?|weeks?|months?)"
    r"|\b(?:days|hours|weeks|months|shortly|soon|just))\s+(?:before|after|ahead\s+of|into)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$)"
)
_AFTER_CAMPAIGN = re.compile(r"(?i:\bafter\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}$)")
_AND_THE = re.compile(r"\s*(?:and|until|till|to)\s+(?:the\s+)?")
_PERIOD_RELATIONS = {"since", "between", "during", "in"}
_RANGE_RELATIONS = {"since", "between"}
_COUNTED = re.compile(
    r"(?=[\dkKiIwWdDhH])(?i:\b\d[\d,.]*(?:,?\s+[\w-]+){0,4}?,?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:killed|injured|wounded|damaged|destroyed|hit|affected|attacked)\b"
    r"|\b(?:killed|injured|wounded|damaged|destroyed|hit|deaths\s+of|killing\s+of)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?\d)"
)
_ONE_VICTIM = re.compile(r"(?i:\bwas\s+$)")
_ROLLING = re.compile(r"(?i:\b(?:past|throughout|within|for)\b|\b(?:over|during|through)\b(?!\s+the\s+weekend\b)|\bthe\s+last\b)")
# arrests counted over a stretch: "thousands detained since 2011"
_ARREST = re.compile(r"(?i:arrested|detained)")
_STATEMENT_VERB = re.compile(r"(?i:warn|urg|call|condemn|demand|appeal|press|accus|blam|pledg|vow|threat)")
_ANCHOR_HINTS = ("before", "after", "ahead", "into")
# fighting told as going on through a stretch, no new happening: "clashes continued through 12
# April", "air strikes continued across the south during the past week", "fighting continued into
# the following day", "explosions could be heard through the night into Sunday", "the ceasefire
# held through its first full day on Monday" (but "shelling continued on Thursday, killing 11")
_GOING_ON = re.compile(
    r"(?i:(?:(?!took\s+effect|took\s+hold|came\s+into|went\s+into|entered\s+into)[^.;:]){0,100}?\b(?:continued|continues|continuing|went\s+on|persisted|raged\s+on|(?<!-)held|could\s+be\s+heard)\b"
    r"(?P<through>[^.;:]{0,80}?\b(?:through(?:out)?|into(?!\s+(?:effect|force))|during|over)\b)?[^.;:]{0,60}?\s*)"
)
GOING_ON_HINTS = ("contin", "went on", "persist", "raged on", "held", "heard")
_THROUGH_DATE = re.compile(r"(?i:through(?:out)?|during|over|into)\b")
_GOING_ON_KINDS = frozenset(("attack", "escalation", "ceasefire"))


def unpaired(text: str, d: DateMention, t: Trigger, counted: bool, low: str) -> bool:
    """Pairs that date nothing: "1,000 killed since April", "51 facilities hit between April and
    August" are tolls over a period, not happenings; "aid workers have warned since March" is a
    warning repeated over a period, no dated statement (see also _endpoint, _measured_from, and
    tallies.undated_by for "re-emerged in late 2021 and has since taken control")."""
    kind = t[2]
    if t[1] <= d.span[0] and "since" in low[(t[0] - 50 if t[0] - 50 > 0 else 0):t[0]] and _SINCE_ONSET.search(text, (t[0] - 50 if t[0] - 50 > 0 else 0), t[0]) and (
        "," in text[t[1]:d.span[0]] or HARD_BREAK.search(text, t[1], d.span[0])
    ):
        return True  # "displaced since the beginning of the escalation; some 30,000 in the past four days"
    if d.span[1] <= t[0] and has_hint(low, (t[0] - 40 if t[0] - 40 > d.span[1] else d.span[1]), t[0], _ANCHOR_HINTS) and (
        _ANCHORED_BEFORE.search(text, (t[0] - 40 if t[0] - 40 > d.span[1] else d.span[1]), t[0])
    ):
        return True  # "on Monday, days before the assault": the assault is the anchor, not Monday's happening
    if kind == "offensive" and d.span[1] <= t[0] and "after" in low[(t[0] - 50 if t[0] - 50 > d.span[1] else d.span[1]):t[0]] and (
        _AFTER_CAMPAIGN.search(text, (t[0] - 50 if t[0] - 50 > d.span[1] else d.span[1]), t[0])
    ):
        # "were tightening their grip on Aleppo on Monday after a lightning offensive that ...": the
        # campaign is what Monday's news follows, not Monday's happening
        return True
    if kind == "attack" and t[1] <= d.span[0] and "toll" in low[(t[0] - 40 if t[0] - 40 > 0 else 0):t[0]] and _TOLL_VERB.search(text, t[1], d.span[0]) and (
        _TOLL_FROM.search(text, (t[0] - 40 if t[0] - 40 > 0 else 0), t[0])
    ):
        return True  # "the death toll from a chemical attack ... rose to 72 on Wednesday": the toll's day
    if kind == "attack" and (_toll_period(text, t, d) or (counted and d.relation in _RANGE_RELATIONS
                                                          and not episode(text, d) and not _few_days_of(d, t))):
        return True
    if _endpoint(text, d, t) or _measured_from(text, d, t):
        return True
    if kind == "other" and d.relation in _RANGE_RELATIONS and _ARREST.fullmatch(text, t[0], t[1]):
        return True  # "thousands detained since 2011": arrests counted
    return kind == "talks" and d.relation == "since" and bool(_STATEMENT_VERB.match(text, t[0]))


def _few_days_of(d: DateMention, t: Trigger) -> bool:
    """ "killed in air raids between 4 and 10 September", "Air strikes and shelling on 7-9 September hit
    four health facilities": strikes named over a few days are that week's attacks, not a running toll."""
    if t[3] < 25 or not d.end or len(d.start) != 10 or len(d.end) != 10:
        return False
    try:
        days = (date.fromisoformat(d.end) - date.fromisoformat(d.start)).days
    except ValueError:
        return False
    return 0 < days <= 7


def going_on(text: str, low: str, d: DateMention, t: Trigger) -> bool:
    """ "Clashes continued through 12 April": fighting told as going on through a stretch dates no
    new happening, and the date is the stretch's, no other word's ("launched an assault, and
    clashes continued through 12 April" leaves the assault undated)."""
    return t[2] in _GOING_ON_KINDS and t[1] <= d.span[0] <= t[1] + 180 and has_hint(low, t[1], d.span[0], GOING_ON_HINTS) and (
        (m := _GOING_ON.fullmatch(text, t[1], d.span[0])) is not None and bool(m.group("through") or _THROUGH_DATE.match(d.text))
    )


def counted_toll(text: str, low: str, sent: Span, usable: list[DateMention], triggers: list[Trigger]) -> bool:
    """A count of the dead or the damaged over a range ("strikes had killed 74 soldiers since
    Friday", "12 schools damaged by shelling since January"): a toll, not an attack."""
    return any(d.relation in _RANGE_RELATIONS for d in usable) and any(t[2] == "attack" for t in triggers) and (
        _counted(text, low, sent)
    )


def _toll_period(text: str, t: Trigger, d: DateMention) -> bool:
    """A casualty word ("killed", 10) over a period, or a bare "hit" over a range, counts a toll;
    "killed last week" or "this week" names one happening in a calendar week, "killed over the
    past week" or "in the last ten days" a rolling toll (and "died" alone names no attack)."""
    bonus = t[3]
    if episode(text, d):
        return False  # "fighting between April 24 and 27": an episode of a few days, not a running toll
    if bonus < 10:
        return d.relation in _RANGE_RELATIONS
    if bonus > 10 or d.relation not in _PERIOD_RELATIONS:
        return False
    if d.relation != "since" and _ONE_VICTIM.search(text, (t[0] - 12 if t[0] - 12 > 0 else 0), t[0]):
        return False  # "a nurse was killed in the camp earlier this month": one death, no count
    return d.relation != "during" or bool(_ROLLING.search(d.text)) or not text.startswith("kill", t[0])


def _measured_from(text: str, d: DateMention, t: Trigger) -> bool:
    """ "A month later, the earthquake has added a new layer of loss": a time counted from a
    happening already told (the definite "the earthquake") does not date it again."""
    return d.text[-5:].lower() == "later" and text[(t[0] - 4 if t[0] - 4 > 0 else 0):t[0]].lower() == "the "


def _endpoint(text: str, d: DateMention, t: Trigger) -> bool:
    """ "Between December and the ceasefire": the happening closes the period, the date opens it."""
    return d.relation in ("between", "since") and t[0] >= d.span[1] and bool(_AND_THE.fullmatch(text, d.span[1], t[0]))


def _counted(text: str, low: str, sent: Span) -> bool:
    """Whether _COUNTED matches in the sentence (tried only where one of its words occurs)."""
    w = low[sent[0]:sent[1]]
    return ("kill" in w or "injur" in w or "wound" in w or "damag" in w or "destroy" in w or "hit" in w
            or "affected" in w or "attacked" in w or "deaths" in w) and bool(
        _COUNTED.search(text, sent[0], sent[1])
    )
