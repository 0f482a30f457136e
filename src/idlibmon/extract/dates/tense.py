"""Whether a clause looks ahead ("will meet on Friday", "patrols from 15 March"), which decides
the year or week a bare day falls in."""

from __future__ import annotations

import re
from datetime import date

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.dates.vocabulary import WEEKDAY, WEEKDAYS
from idlibmon.extract.text import holds_any

# Read in the lowered window with a space in front: opening with "not a letter" lets `re` skip
# most positions by a bitmap test (a case-blind "\b" alternation is tried at every one), and
# every alternative opens with a letter of its own, which `re` tests before entering it. The cues:
# will, shall, going to, due to, is/are due, scheduled, expected (Annan) to, expect(s), expecting, set to,
# is/are expected ("a first convoy is expected in August": the present passive looks ahead, "was
# expected" does not), plan(s) to, planned, "plan a summit in September", upcoming, to be held,
# is/are to, expires, to expire ("saw its mandate expire on Sunday" is past), run(s) out, to start/begin/...
# (not "was to start"), "'ll", and a bare "due on/in/for" after a noun ("the conference, due on
# April 14-16": "was due on Friday" is a plan of the past, see _PAST_PLAN).
_FUTURE_BEFORE = re.compile(optional_as_branch(
    r"[^a-z0-9_](?:"
    r"will|s(?:hall|cheduled|et\s+to)|going\s+to|due(?:\s+(?:to|on|in|for)|(?=\s*$))|is\s+(?:due|to|expected)"
    r"|are\s+(?:due|to|expected)|expect(?:ed\s+(?:[\w'’-]+\s+){0,3}?to|s|ing)?"
    r"|expires|to\s+expire|plan(?:s?\s+to|ned|(?:s|ning)?\s+(?:an?|another|new|fresh|further))|upcoming|runs?\s+out|to\s+be\s+held"
    r"|(?<!was\s)(?<!were\s)(?<!supposed\s)to\s+(?:start|begin|take\s+effect|come\s+into\s+(?:force|effect))"
    r"|(?<=[’'])ll)\b"
))
# A word each cue of `_FUTURE_BEFORE` needs on its own (on the same lowered window, so the test is
# exact) ...
_FUTURE_WORDS = ("will", "shall", "scheduled", "due", "expect", "expire", "plan", "upcoming", "run", "'ll", "’ll")
# ... and the cues that also need "to": "set to", "going to", "is/are to", "to be held", "to start",
# "to begin", "to take effect", "to come into force". Their words alone ("is", "take", "held",
# "start" stand in most windows) let through six windows in ten that the pattern then searches
# in vain; the phrase is exact where the window's only white space is single spaces (`\s+` is
# then one space): any other white space character is unprintable, as is no letter.
_TO_PHRASES = ("set to", "going to", "is to", "are to", "to be held", "to start", "to begin", "to take", "to come")
_TO_WORDS = ("set", "going", "is", "are", "held", "start", "begin", "take", "come")


def _may_look_ahead(window: str) -> bool:
    """Whether `_FUTURE_BEFORE` could find a cue in `window` (lowered)."""
    for word in _FUTURE_WORDS:
        if word in window:
            return True
    if "to" not in window:
        return False
    if "  " not in window and window.isprintable():
        return holds_any(window, _TO_PHRASES)
    return holds_any(window, _TO_WORDS)


# Only a date opening its clause looks ahead: "On Monday, the council will vote", "On Monday, the
# governments of Chad, Egypt and Qatar will co-host ..." (a comma or "and" before a name lists the subject).
# ... or a when-clause telling what will happen on it: "until January 10, when a new vote will be needed"
_FUTURE_AFTER = re.compile(
    r"(?i:\s*,(?:(?!\b(?:said|says|told|that|warned|announced|added|after|when|and(?!\s(?-i:[A-Z]))|but)\b)(?:[^.;!?,]|,(?=\s(?-i:[A-Z])))){0,60}?"
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|is\s+expected|are\s+expected)\b"
    r"|\s*,\s*when\s+[^.;!?,]{0,40}?\b(?:will|shall)\b)"
)
# a plan named by its adjective and undone in the past: "postponed a planned summit in December", "a
# planned summit ... was called off in December" (the planning is no tense of the clause)
_PLANNED_UNDONE = re.compile(
    r"(?i:\b(?:postponed|delayed|cancel+ed|called\s+off|scrapped|shelved|put\s+off|abandoned)\b[^.;!?]*"
    r"\b(?:a|an|the|its|their|his|her)\s+(?:planned|upcoming)\b"
    r"|\b(?:a|an|the|its|their)\s+planned\b[^.;!?]*\b(?:was|were|had\s+been)\s+(?:postponed|delayed|cancel+ed|called\s+off|scrapped|shelved|put\s+off|abandoned)\b)"
)
# a plan named by its participle and undone later in the sentence: "a mission planned for Tuesday to
# deliver supplies was cancelled", "the vote scheduled for Monday has been postponed" (the day is past)
_PLAN_PARTICIPLES = ("planned", "scheduled")
_UNDONE_AFTER = re.compile(
    r"[^.;!?]{0,70}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:cancel+ed|postponed|called\s+off|scrapped"
    r"|delayed|put\s+off|abandoned|suspended)\b"
)
# a relative clause in the past around the date, set off by commas from a main clause that looks
# ahead: "the minister, who met the president in Damascus on Sunday, will travel to Ankara"
_PAST_RELATIVE = re.compile(
    r",\s+(?:who|which)\s+(?:had\s+)?(?:[a-z]{2,}ed|met|held|made|took|flew|went|saw|spoke|left|came|gave|won|told)\b[^,;.!?]{0,80}$"
)
# a past participle right before the date: the date is that deed's, not the clause's after the comma
# ("the deal agreed in Moscow on Thursday, a corridor will be created": a place between them too)
_PARTICIPLE_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|signed|taken|given|reached|brokered|won|struck)\s+(?:in\s+[A-Z][\w'’-]*\s+(?:on\s+)?)?$")
START_RELS = ("from", "starting", "starting on", "starting from", "beginning", "beginning on")
REQUEST_BEFORE = re.compile(
    r"(?i:\b(?:call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|propos(?:es|ed|ing)|seek(?:s|ing)?|want(?:s|ed)?)\b)"
)
# (the stop of an abbreviation in capitals ends no clause: "is due to brief the U.N. Security Council on Friday")
_LAST_CLAUSE_BREAK = re.compile(r"(?s:.*)(?:(?<!\b[A-Z])\.|[!?;:\n]|,\s|\b(?:after|since|when|while|which|who|following)\b)")


_PLACE_APPOSITION = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s*){1,3},(?=\s)")
_SAID_THEN_WOULD = re.compile(
    r"(?i:\b(?:said|announced|declared|stated|pledged|promised)\s+(?:on\s+|late\s+(?:on\s+)?|early\s+(?:on\s+)?)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)\b[^.;!?]{0,100}?\bwould\b[^.;!?]*$)"
)
_WEEKDAY_WORD = re.compile(rf"(?i:{WEEKDAY})")
_WOULD_START = re.compile(
    r"(?i:\bwould\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|go\s+into\s+effect|start|begin)\b[^.;!?]*$)"
)
_SCHEDULE_RELS = frozenset(["from", "starting", "starting on", "starting from", "beginning", "beginning on", "until", "till"])
_SCHEDULE_BEFORE = re.compile(
    r"(?i:\b(?:starting|next|deadline|takes?\s+effect|comes?\s+into\s+(?:force|effect)|ends?|runs?|lasts?)\b)"
)
_PAST_PLAN = re.compile(r"(?i:\b(?:was|were|had\s+been)\s+(?:supposed|meant|due|scheduled|set|planned|expected)\b)")


def schedule_cue(text: str, m: re.Match[str], rel_word: str | None) -> bool:
    """Whether the clause announces a schedule ("patrols from 15 March", "runs until 10 July"),
    which makes a day a few weeks after publication plausible; "was supposed to begin" is no plan ahead."""
    before = text[max(0, m.start() - 80):m.start()]
    if rel_word not in _SCHEDULE_RELS and not (_may_hold(before, _SCHEDULE_WORDS) and _SCHEDULE_BEFORE.search(before)):
        return False  # no cue in the whole window, so none in its last clause either
    before = _last_clause(before)
    if _PAST_PLAN.search(before):
        return False
    return rel_word in _SCHEDULE_RELS or bool(_SCHEDULE_BEFORE.search(before))


def _last_clause(before: str) -> str:
    cut = _LAST_CLAUSE_BREAK.match(before)
    return before[cut.end():] if cut else before


def is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around a date speaks of the future ("will meet on Friday")."""
    before = _after_quote(text[(start - _FUTURE_REACH if start - _FUTURE_REACH > 0 else 0):start])
    # the clause is cut out only when the whole window has a cue: most have none (and most
    # windows hold none of the words a cue needs, which a substring test tells far sooner)
    window = " " + before.lower()
    if _may_look_ahead(window) and _FUTURE_BEFORE.search(window):
        # a place set off by commas is no clause break: "due to meet in Granada, Spain, on Oct. 5"
        clause = _last_clause(_PLACE_APPOSITION.sub(" ", before) if ", " in before else before)
        # "a convoy which was scheduled to cross on Tuesday could not proceed" told a plan of the past
        cue = _FUTURE_BEFORE.search(" " + clause.lower())
        if cue is not None and not _PAST_PLAN.search(clause) and not (
            ("planned" in clause or "upcoming" in clause) and _PLANNED_UNDONE.search(clause)
        ) and not (cue.group().endswith(_PLAN_PARTICIPLES) and _UNDONE_AFTER.match(text, end, min(len(text), end + 90))):
            return True
    # `_FUTURE_AFTER` opens with a comma after white space only (most dates have none), and its
    # cue word lies between that comma and the window's end: without one, nothing to try
    comma = text.find(",", end, end + 60)
    if comma < 0 or (comma > end and not text[end:comma].isspace()):
        return False
    if not _may_hold(text[comma + 1:end + 90], _FUTURE_AFTER_WORDS):
        return False
    if _PARTICIPLE_BEFORE.search(text, (start - 40 if start - 40 > 0 else 0), start):
        return False  # "Under the resolution adopted in March, the mission is due to ...": the date is the participle's
    if _PAST_RELATIVE.search(before):
        return False  # "Araghchi, who met Assad in Damascus on Sunday, will travel on to Ankara": the date is the who-clause's
    return bool(_FUTURE_AFTER.match(text, end, min(len(text), end + 90)))


# how far back a future cue may stand in the date's clause ("is set to begin separate
# consultations in Geneva with the warring sides and regional powers in early May")
_FUTURE_REACH = 130
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|added)\b")


def _after_quote(before: str) -> str:
    """The window after a closed quotation when the date dates its attribution: '"We will not
    stop," the president said on Monday' is Monday past; the words quoted set no tense."""
    if '"' not in before and "”" not in before:
        return before  # (most windows: two substring tests cost less than the calls below)
    q = max(before.rfind('"'), before.rfind("”"))
    return before[q + 1:] if q >= 0 and _ATTRIBUTION.search(before, q + 1) else before


_FUTURE_AFTER_WORDS = ("will", "shall", "due", "scheduled", "expected")
_SCHEDULE_WORDS = ("start", "next", "deadline", "take", "come", "end", "run", "last")


def _may_hold(window: str, words: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern needing one of `words` (lowercase ASCII) could match in
    `window`: substring tests on the lowered window, exact for ASCII text; other text may hold
    letters that case-blind matching takes for ASCII ones ("ſ", "K"), so it keeps the pattern."""
    if not window.isascii():
        return True
    return holds_any(window.lower(), words)


# A plan told in the present: "when he meets Putin on Thursday", "Britain is hosting a
# conference on Tuesday". News tells what already happened in the past tense, so a present
# verb of an arrangement before a weekday looks ahead (the day itself stays today).
_PRESENT_PLAN = re.compile(
    # (a noun is no verb: "Heads of state met virtually on Wednesday", "visits by")
    r"(?i:\b(?:meets|visits|hosts|holds|travels|convenes|chairs|addresses|arrives|votes|flies|heads)\b(?!\s+(?:of|by)\b)"
    r"|\b(?:is|are)\s+(?!being\b)\w+ing\b)"
)


def said_today_ahead(text: str, start: int, end: int, pub: date) -> bool:
    """A weekday promised on the publication day looks ahead: "the army said Friday it would observe
    a ceasefire from Saturday morning" (published that Friday) is the coming Saturday, and so is
    "adding that the truce would take effect on Saturday" with no other day of saying. Said on an
    earlier day, the promised day may already be past, and stays so."""
    before = text[(start - 160 if start - 160 > 0 else 0):start]
    if "would" not in before or not _WEEKDAY_WORD.search(text, start, end):
        return False
    m = _SAID_THEN_WOULD.search(before)
    if m is not None:
        day = m.group("day").lower()
        return day == "today" or WEEKDAYS.get(day) == pub.weekday()
    return bool(_WOULD_START.search(before, max(0, len(before) - 80)))


# A headline's or a highlight's infinitive tells what is to come: "Security Council to meet on
# Thursday", "- Regional leaders to hold emergency summit on Friday", "...; commanders to meet in
# Nairobi on Monday" (headlines drop the "is due" a body sentence would have). Only the verbs of
# an appointment: "Thousands flee to camps on Monday" tells a happening.
_HEADLINE_TO = re.compile(
    r"\b(?P<w>[A-Za-z]+)\s+to\s+(?:be\s+)?(?:hold|meet|vote|discuss|brief(?:ed)?|visit|travel|convene|host|sign"
    r"|resume|begin|start|open|reopen|attend|address|debate|consider|review)\b[^.;:!?\n]{0,60}$"
)
# the words before "to" that make the clause no plan ahead: "agreed to", "forced to", "used to", "up to"
_NOT_A_PLAN_TO = frozenset(("was", "were", "failed", "forced", "used", "tried", "refused", "managed", "able", "unable",
                            "up", "according", "due", "next", "prior", "back", "order", "ordered", "allowed"))
_BULLETS = ("-", "•", "*", "–", "—")


def headline_plan(text: str, start: int, end: int, pub: date) -> bool:
    """Whether the date ends a headline's or a highlight's "X to meet on Friday": a line with no
    closing stop (or a bulleted one) whose last clause is an infinitive of an appointment. (The
    publication's own weekday stays that day: a live blog's "Council to meet on Friday" posted
    on a Friday is today's meeting.)"""
    lo = start - 80 if start - 80 > 0 else 0
    if " to " not in text[lo:start]:
        return False
    day = _WEEKDAY_WORD.search(text, start, end)
    if day is not None and WEEKDAYS.get(day.group().lower()) == pub.weekday():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    if len(line) > 180 or (line.endswith((".", "?", "!", '"', "”")) and not line.lstrip().startswith(_BULLETS)):
        return False
    m = _HEADLINE_TO.search(text, max(lo, line_start), start)
    return m is not None and not m.group("w").lower().endswith("ed") and m.group("w").lower() not in _NOT_A_PLAN_TO


# The day of saying told before the subject: "On Monday, the coalition said it would halt operations
# from Wednesday" (no comma between the day and the saying: "condemned the attack on Thursday and
# called for ..., while the Council said it would meet on Monday" has no day of saying)
_DAY_THEN_SAID = re.compile(
    r"(?i:\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today),?\s+(?:[^.;!?,]{0,60}?\s)?"
    r"(?:said|announced|declared|stated|pledged|promised)\b[^.;!?]{0,100}?\bwould\b[^.;!?]*$)"
)


def saying_weekday(text: str, start: int, pub: date) -> int | None:
    """The weekday on which the plan a weekday ends was announced ("said on Thursday that the two
    leaders would meet in Moscow on Tuesday"): the promised day is the first one after the saying,
    ahead of the publication day or already past. None when no day of saying is told."""
    before = text[(start - 160 if start - 160 > 0 else 0):start]
    if "would" not in before:
        return None
    m = _SAID_THEN_WOULD.search(before) or _DAY_THEN_SAID.search(before)
    if m is None:
        return None
    day = m.group("day").lower()
    return pub.weekday() if day == "today" else WEEKDAYS[day]


# What tells that a plan of the past did not come about (or did): "was scheduled to cross on
# Tuesday, could not proceed", "was due to start on Tuesday but has not begun".
_PLAN_UNDONE = re.compile(r"(?i:\b(?:not|never|but|instead|postponed|delayed|cancel+ed|called\s+off|failed|went\s+ahead)\b|n['’]t\b)")


def plan_ahead(text: str, start: int, end: int) -> bool:
    """Whether a weekday ends a plan told in the past tense that the sentence leaves open: "Blinken
    was scheduled to speak with his Turkish counterpart on Monday" (in a Saturday paper), "the
    bloc's leaders would hold a summit on Wednesday" are the coming day; one the sentence says
    failed, was put off or went ahead is past ("postponed a visit that was due on Friday")."""
    before = text[(start - 80 if start - 80 > 0 else 0):start]
    if not _may_hold(before, ("was", "were", "would")):
        return False
    clause = _last_clause(before)
    plan = _PAST_PLAN.search(clause) or _WOULD.search(clause)
    if plan is None or _PAST_VERB.search(clause, plan.end()):
        return False  # (not "was meant to carry out a deal brokered on Tuesday night": the day is the deal's)
    if plan.group().startswith("would") and (_SAID_THEN_WOULD.search(text[(start - 160 if start - 160 > 0 else 0):start])
                                             or _DAY_THEN_SAID.search(text[(start - 160 if start - 160 > 0 else 0):start])):
        return False  # "said on Monday that it would withdraw on Tuesday": counted from the saying (see saying_weekday)
    stop = _SENTENCE_STOP.search(text, end)
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return not _PLAN_UNDONE.search(text, opening, stop.start() if stop else len(text))


_SENTENCE_STOP = re.compile(r"[.!?;\n]")
_WOULD = re.compile(r"\bwould\s+(?!have\b|not\b|never\b)")


def scheduled_for(text: str, start: int, end: int) -> bool:
    """Whether a weekday after "for" is the day something is set for, still ahead: "is scheduled
    for Saturday", "requested an emergency session for Wednesday" (not one the sentence says fell
    through: "a flight scheduled for Thursday did not receive clearance")."""
    stop = _SENTENCE_STOP.search(text, end)
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return not _PLAN_UNDONE.search(text, opening, stop.start() if stop else len(text))


def present_plan(text: str, start: int) -> bool:
    """Whether the clause before a date tells an arrangement in the present tense."""
    before = text[(start - 80 if start - 80 > 0 else 0):start]
    if not _may_hold(before, _PRESENT_WORDS) or not _PRESENT_PLAN.search(before):
        return False
    clause = _last_clause(_after_quote(before))
    # a past verb in the clause governs the date: "failed to win enough votes on Wednesday" (a noun
    # read as a verb), '"... is coming to an end," he said on Sunday' (the words quoted set no tense)
    return bool(_PRESENT_PLAN.search(clause)) and not _PAST_VERB.search(clause)


_PRESENT_WORDS = ("meets", "visits", "hosts", "holds", "travels", "convenes", "chairs", "addresses", "arrives", "votes",
                  "flies", "heads", "ing")  # "is/are ...ing" needs its "ing"


# A verb in the past tense: "was", "had", a regular "-ed" form that is no passive of the present
# ("are invited", "is expected" look ahead), or a common irregular one.
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|took|fell|ran|began|came|went|left|met|fled|held|said|told|broke|led|sent|gave|made"
    r"|shot|struck|brought|fought|drove|rose|spoke|wrote|kept|lost|found|seized|hit)\b"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b[a-z]{2,}ed\b"
)
_NEXT_CLAUSE_BREAK = re.compile(r"[.!?;:\n]|,\s|\b(?:after|since|when|while|which|who|because)\b")


def told_in_past(text: str, start: int, end: int) -> bool:
    """Whether the clause around a date has a verb in the past tense: "a convoy crossed on 28
    January" is history, where "donors are invited to a conference on 24 October" is not."""
    before = _last_clause(text[(start - 100 if start - 100 > 0 else 0):start])
    if _PAST_VERB.search(before):
        return True
    stop = _NEXT_CLAUSE_BREAK.search(text, end + 1 if text.startswith(",", end) else end, min(len(text), end + 100))
    after = text[end:stop.start() if stop else min(len(text), end + 100)]
    return bool(_PAST_VERB.search(after))


# A plan reported in the past: "said they would meet again in Sochi in July", "agreed that
# the patrols would begin on 15 March".
_REPORTED_PLAN = re.compile(
    r"(?i:\b(?:said|say|says|agreed|announced|promised|pledged|decided|vowed)\b[^.;!?]{0,80}?\bwould\s+"
    r"(?!have\b)[^.;!?]*$)"
)


def reported_plan(text: str, start: int) -> bool:
    """Whether a date ends a plan reported in the past ("said they would meet in July"): a time
    ahead of the saying, which may still be ahead of the publication day."""
    before = text[(start - 120 if start - 120 > 0 else 0):start]
    return "would" in before and bool(_REPORTED_PLAN.search(before))
