"""The day a newsmaker spoke: an event when what was said was a warning, a demand, a call, the
news of a ceasefire agreed, or an act of state announced as done.

"Erdogan said on Sunday ... and warned" is a statement (talks); "the minister said on Tuesday
that 365,000 Syrians had returned" and "..., the government said on Friday" after a count are
reports, whose day dates nothing; "Turkey's army said on Tuesday it had set up its last
observation post" dates the act by its announcement.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import HARD_BREAK, Span, Trigger, event_span, has_hint
from idlibmon.extract.events.dedupe import relative_rank
from idlibmon.extract.events.place import event_place
from idlibmon.extract.events.speech import FRONTING_WORD, LEADER, SPOKEN_CEASEFIRE, STATEMENT_KINDS
from idlibmon.extract.text import holds_any
from idlibmon.models import Event

_COUNT_REPORTED = re.compile(
    r"(?i:\s*,?\s*(?:that\s+)?(?:[\w'’-]+\s+){0,3}?(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+)?"
    # ... or a toll in words: "said on Sunday that dozens of people had been killed"
    r"(?:\d|(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands)\s+of\s+(?:people|civilians|soldiers|fighters|residents)"
    r"\s+(?:had\s+|have\s+|were\s+)?(?:been\s+)?(?:killed|wounded|injured|died|dead)\b))"
)
_SAID = re.compile(r"(?i:\b(?:said|says|told|tells|announced|stated|reported|declared|claimed)\b)")
_VERB_ONLY = re.compile(r"(?i:\s*(?:also\s+)?(?:said|told|says|tells|warned|added|announced|stated)\s*(?:\w+\s*)?)")
_HEADCOUNT = re.compile(
    r"\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}?(?:people|civilians|children|families|refugees|residents|soldiers|fighters|trucks)\b"
    # ... or people counted by their nationality, or a share of a population, who have gone or come:
    # "More than 28,000 ethnic Armenians have crossed", "More than half of the population has fled"
    r"|(?:\d[\d,.]*\s+(?:[\w'’-]+\s+){0,2}?[A-Z][a-z]+(?:ans|is|ese)"
    r"|(?i:\b(?:half|most|all|much|(?:a|one|two)\s+(?:third|quarter)s?)\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:population|residents|inhabitants)))"
    r"\s+(?:have|has|had|were|was)\s+(?:now\s+|already\s+|since\s+)?(?:been\s+)?[a-z]+ed\b"
)
# the UN's aid officials: statements when they announce, sources when the article quotes them
_AID_VOICE = re.compile(r"(?:[Rr]elief|[Hh]umanitarian|[Rr]esident)\s+[Cc]oordinator")
# a statement's own channel right before its day: "said in a joint statement on Sunday"
_CHANNEL_BEFORE = re.compile(
    r"(?i:\b(?:said|announced|declared|stated|warned)\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|address|speech|message)\s+(?:late\s+|early\s+)?$)"
)
_AGENCY = re.compile(
    r"\b(?:United\s+Nations|UN|U\.N\.|UNICEF|UNHCR|OCHA|WFP|WHO|IOM|UNRWA|MSF|ICRC|Red\s+Cross|Red\s+Crescent"
    r"|[Aa]genc(?:y|ies)|[Oo]rgani[sz]ations?|NGOs?|[Mm]onitor|Observatory|[Cc]harity)\b"
)
# ... told after a day that opens the sentence: "On Sunday, the junta said in a statement that ..."
_CHANNEL_AFTER = re.compile(
    r"(?i:\s*,?\s*(?:[\w'’.-]+,?\s+){1,8}?(?:said|announced|declared|stated|warned)\s+in\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|address|speech|message)\b)"
)
# the Security Council speaks for its members, not as an agency reporting: "The UN Security Council said in a
# statement on Sunday that it was appalled"
_COUNCIL = re.compile(r"\bSecurity\s+Council\b")
_QUOTE_MARKS = ('"', "\u201d")  # a quote closed before the speaker
_QUOTE_CLOSED = re.compile(r"[,.!?][\"”’']\s+(?:[\w'’.-]+\s+){0,6}$")
# a truce asked for: "called on the M23 to cease hostilities", "urged both sides to halt fire"
_CALLED_ON = re.compile(
    r"(?i:\b(?:call(?:ed|s|ing)?\s+(?:on|upon|for)|urg(?:ed|es|ing)|press(?:ed|es|ing)|demand(?:ed|s|ing)?|appeal(?:ed|s|ing)?\s+to"
    r"|ask(?:ed|s|ing)?)\b(?:\s+[\w'’-]+){0,6}?\s+to\s)"
)
_INTENT = re.compile(
    r"(?i:\s*,?\s*(?:(?:[\w'’.-]+\s+){0,6}?(?:said|announced|stated|declared)\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+"
    r"(?:would|will)\b)"
)
# a side announcing that it takes up the war again: "said on Monday it was resuming military
# operations in Idlib, accusing Turkey of failing to uphold a ceasefire" ends a truce, it tells none
_RESUMING = re.compile(
    r"(?i:\s*,?\s*(?:that\s+)?(?:it|they|its\s+forces|the\s+army)\s+(?:was|were|is|are|had|has|have|would)?\s*"
    r"(?:resum(?:ing|ed|es)|restart(?:ing|ed|s))\s+(?:its\s+|their\s+|the\s+)?(?P<what>(?:military\s+|ground\s+|combat\s+)?"
    r"(?:operations|offensive|campaign|assault|push)|(?:air\s*)?strikes|shelling|bombardment|attacks|fighting))"
)
# an act still to come ("said on Monday that it would capture the airport") is an intention
_AHEAD = re.compile(r"(?i:\b(?:would|will|to|plan(?:s|ned)?|intend(?:s|ed)?)\b)")
# a warning told as the manner of a report, set off right after its day: "the UN said on Monday,
# citing local sources, warning the toll was likely higher" (an agency's release is the article's
# source; a government's warning so told stays a statement)
_WARNING_SET_OFF = re.compile(r"(?i:,\s*(?:citing\s+[^,]{1,40},\s*)?warning\b)")
_TRUCE_HINTS = ("cease", "truce", "cessation", "halt", "stop")
_STATEMENT_HINTS = ("warn", "threaten", "vow", "urg", "call", "demand", "condemn", "pledg", "ultimatum", "deadline")


def statement_events(text: str, sent: Span, spoken: list[DateMention], triggers: list[Trigger],
                     place_hits: list[tuple[Span, str]], watched: Collection[str], low: str,
                     sl: str) -> list[tuple[Event, int]]:
    """The events dated by the days a newsmaker spoke (`sl` is the sentence lowered)."""
    out: list[tuple[Event, int]] = []
    for d in spoken:
        resumed = _RESUMING.match(text, d.span[1], sent[1]) if "resum" in sl or "restart" in sl else None
        if resumed is not None:
            what = resumed.group("what").lower()
            kind = "offensive" if what.endswith(("operations", "offensive", "campaign", "assault", "push")) else "escalation"
            out.append(_dated(text, sent, d, (resumed.start("what"), resumed.end(), kind, 40), place_hits, watched))
            continue
        m = SPOKEN_CEASEFIRE.search(text, d.span[1], sent[1]) if has_hint(low, d.span[1], sent[1], _TRUCE_HINTS) else None
        if m is not None and _CALLED_ON.search(text, max(d.span[1], m.start() - 60), m.start() + 4):
            m = None  # "called on the M23 to cease hostilities": a call for a truce is a statement
        kind = "ceasefire"
        if m is None:
            m = STATEMENT_KINDS.search(text, sent[0], sent[1]) if holds_any(sl, _STATEMENT_HINTS) else None
            kind = "talks"
            if m is not None and _WARNING_SET_OFF.match(text, d.span[1]) and not LEADER.search(
                    text, max(sent[0], d.span[0] - 90, text.rfind(",", sent[0], d.span[0]) + 1), d.span[0]):  # the speaker only
                m = None  # "UNICEF said on Tuesday, warning that the cold was killing children": its report's day
        if m is None:
            # a head of state or minister speaking makes an official statement, not a report
            fronted = text[sent[0]:d.span[0]].strip() == "" or bool(FRONTING_WORD.fullmatch(text, sent[0], d.span[0]))
            lo = max(sent[0], d.span[0] - 90, text.rfind(",", sent[0], d.span[0]) + 1)  # the speaker only
            if _VERB_ONLY.fullmatch(text, lo, d.span[0]):
                # "Turkey, which backs some rebels, said on Monday": the speaker is before the aside
                lo = (d.span[0] - 90 if d.span[0] - 90 > sent[0] else sent[0])
            if fronted:  # "On Thursday, rebels said ...": the speaker ends at the verb
                verb = _SAID.search(text, d.span[1], (d.span[1] + 90 if d.span[1] + 90 < sent[1] else sent[1]))
                m = LEADER.search(text, d.span[1], verb.start() if verb else (d.span[1] + 90 if d.span[1] + 90 < sent[1] else sent[1]))
            else:
                m = LEADER.search(text, lo, d.span[0])
                if m and _COUNT_REPORTED.match(text, d.span[1], sent[1]):
                    m = None  # "the minister said on Tuesday that 365,000 Syrians had returned": a report
                elif m and _HEADCOUNT.search(text, sent[0], m.start()):
                    m = None  # "More than 97,000 people have crossed, the government said on Friday": a report
                elif m and _AID_VOICE.fullmatch(m.group()) and _QUOTE_CLOSED.search(text, max(sent[0], m.start() - 60), m.start()):
                    # '"... lost count," the Humanitarian Coordinator said on Wednesday': the aid chief
                    # whose words the article quotes is its source (a head of state quoted makes news)
                    m = None
            if m:
                # "Turkey's army said on Tuesday it had set up its last observation post": an act of
                # state that the speaker announces as done is dated by the announcement, with its own kind
                # ... and so is ground it says its forces took ("the defence ministry said on Tuesday
                # that security forces had regained control of most of the town": a capture)
                act = next((t for t in triggers if ((t[2] == "other" and t[3] >= 35) or (t[2] == "capture" and t[3] >= 25))
                            and t[0] > d.span[1] and claimed(text, d, t)
                            and not _AHEAD.search(text, d.span[1], t[0])), None)
                if act is not None:
                    m, kind = None, act[2]
                    out.append(_dated(text, sent, d, act, place_hits, watched))
        if m is None and not any(e[0].resolved_from == d.text and e[0].span[0] >= sent[0] for e in out):
            # any speaker telling its own civil act as done dates it by the telling: "Total said on
            # Saturday that it was withdrawing all remaining staff", "WFP said on Tuesday that it had
            # suspended assistance", "On Tuesday, the army said its forces had withdrawn from the town"
            act = _own_civil_act(text, sent, d, triggers)
            if act is not None:
                out.append(_dated(text, sent, d, act, place_hits, watched))
                continue
        if m is None:
            # "The MNDAA said earlier this month that it would not advance further", "officials said this
            # week that they would send police only once ...": a side's stated intention is a statement
            m = _INTENT.match(text, d.span[1], sent[1])
            kind = "talks"
        if m is None and ("statement" in sl or "address" in sl or "message" in sl or "speech" in sl) and not any(
            e[0].resolved_from == d.text and e[0].span[0] >= sent[0] for e in out  # (an act it announced is dated already)
        ):
            # "The ELN's central command said in a statement on Wednesday that it was willing to resume
            # negotiations", "Hemedti said in a video address on Wednesday that ...": a side speaking
            # through its own channel makes a statement (a quote closed before the speaker is the
            # article's source speaking: '"...," the group said in a statement on Tuesday'); so does
            # one whose day opens the sentence: "On 19 September, the State Counsellor said in a
            # televised address that ..."
            m = _CHANNEL_BEFORE.search(text, (d.span[0] - 60 if d.span[0] - 60 > sent[0] else sent[0]), d.span[0])
            if m is None and (text[sent[0]:d.span[0]].strip() == "" or FRONTING_WORD.fullmatch(text, sent[0], d.span[0])):
                m = _CHANNEL_AFTER.match(text, d.span[1], (d.span[1] + 120 if d.span[1] + 120 < sent[1] else sent[1]))
            if m is not None and (holds_any(text[sent[0]:m.start()], _QUOTE_MARKS) or _agency_speaks(text, sent, m.start())):
                m = None  # (an agency or a monitor speaking is the article's source: "The UN said in a statement on Monday")
        if m:
            out.append(_dated(text, sent, d, (m.start(), m.end(), kind, 40), place_hits, watched, around=sent))
    return out


# the speaker itself as the actor, right before the act's trigger: "that it had", "it was", "its forces had"
_OWN_CIVIL = re.compile(
    r"(?i:\s*(?:that\s+)?(?:it|they|its|their)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:now|also|already|temporarily)\s+)?)"
)
_CIVIL_ACT_KINDS = ("other", "humanitarian")


def _agency_speaks(text: str, sent: Span, at: int) -> bool:
    """Whether an agency or a monitor names the speaker just before `at` (the Security Council,
    though "UN" names it, is no agency)."""
    lo = max(sent[0], at - 60)
    return _AGENCY.search(text, lo, at) is not None and _COUNCIL.search(text, lo, at) is None


def _own_civil_act(text: str, sent: Span, d: DateMention, triggers: list[Trigger]) -> Trigger | None:
    """The civil act (kind other or humanitarian, a strong trigger) the speaker tells as its own right
    after its speech verb (or after the date, when the date follows the verb)."""
    start = d.span[1]
    if text[sent[0]:d.span[0]].strip() == "" or FRONTING_WORD.fullmatch(text, sent[0], d.span[0]):
        verb = _SAID.search(text, start, (start + 90 if start + 90 < sent[1] else sent[1]))  # "On Tuesday, the army said ...": from the verb
        if verb is None:
            return None
        start = verb.end()
    for t in triggers:
        if t[0] < start or t[0] - start > 40:
            continue
        if t[2] in _CIVIL_ACT_KINDS and t[3] >= 30 and _OWN_CIVIL.fullmatch(text, start, t[0]):
            return t
        break  # (only the first trigger after the verb: the act said, not one told after it)
    return None


def _dated(text: str, sent: Span, d: DateMention, trig: Trigger, place_hits: list[tuple[Span, str]],
           watched: Collection[str], around: Span | None = None) -> tuple[Event, int]:
    """The event `trig` tells on the day `d` a newsmaker spoke, its place found in its own words
    (else, when given, in the span `around` it)."""
    span = event_span(text, sent, d, trig)
    place = event_place(text, place_hits, span, watched)
    if not place and around is not None:
        place = event_place(text, place_hits, around, watched)
    return (Event(start=d.start, end=d.end, kind=trig[2], text=text[span[0]:span[1]], span=span,
                  resolved_from=d.text, place=place), relative_rank(d))


def claimed(text: str, d: DateMention, t: Trigger) -> bool:
    """A capture right in what was said on that day ("said on Sunday they had taken full control
    of the camp"), not in an aside after it ("..., a term it uses for fighters captured")."""
    lo = d.span[1]
    for verb in _SAID.finditer(text, lo, t[0]):  # "On Monday, state media said ...": from the verb on
        lo = verb.end()
    return t[0] - d.span[1] <= 90 and "," not in text[lo:t[0]] and not HARD_BREAK.search(text, lo, t[0])
