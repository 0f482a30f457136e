"""Dates that belong to someone speaking ("OCHA said on Friday") or to a dateline, not to a happening."""

from __future__ import annotations

import re

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import Span
from idlibmon.extract.text import ascii_lower, holds_any

# "said in a statement on Monday", "The UN on Friday said".
# (a happening that "was reported on Sunday" is dated by the report, not spoken of)
_SPEECH_BEFORE = re.compile(
    r"\b(?=(?i:[aenrstw]))(?i:said|says|say|told|tells|(?<!was\s)(?<!were\s)(?<!been\s)reported|reports|stated|added"
    r"|noted|explained|wrote|according\s+to)"
    r"(?:\s+(?i:in|to|during|at)\s+(?i:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:statement|report|update|briefing|interview|tweet|post|conference|meeting|speech|address))?"
    r"(?:\s+(?:(?i:reporters|journalists|the\s+press|the\s+media)|(?:[A-Z][\w'’-]*|of|the|for)(?:\s+(?:[A-Z][\w'’-]*|of|the|for)){0,4}))?"
    r"\s*(?i:late\s+|early\s+)?$"
)
_SPEECH_AFTER = re.compile(r"(?i:\s*(?:said|says|told|reported|stated|added|noted|wrote)\b)")
_SPEECH_AFTER_WORDS = ("said", "says", "told", "reported", "stated", "added", "noted", "wrote")
_SPEECH_VERBS = ("said", "say", "told", "tell", "report", "stated", "added", "noted", "explained", "wrote", "according")
# a report told by a month or a year ("UN experts said in a report last year that ...") is a
# publication of its own, not the day the article's source speaks
_EARLIER_REPORT = re.compile(r"(?i:\bin\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|study|survey)\s+$)")
_EARLIER_WORKS = ("report", "study", "survey")
# where _SPEECH_BEFORE can open, in the lowered text
_SPEECH_VERB_LOW = re.compile(r"\b(?:sa(?:id|ys|y)|t(?:old|ells)|report|stated|added|noted|explained|wrote|according)")
# "On Monday, the UN's humanitarian office said ..." dates the saying, not what was said.
# (the speaker may be named twice, "On Thursday, their political leader, Corneille Nangaa, said"; and
# a short date may go without its comma, "On Monday the Syrian government said")
_SPEECH_AFTER_FRONTED = re.compile(
    r"(?:\s*,\s*(?:[\w'’.-]+\s+){1,7}?(?:[\w'’.-]+,\s+(?:[\w'’.-]+\s+){1,3}?[\w'’.-]+,\s+)?|\s*(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?)"
    r"(?i:said|says|told|reported|stated|announced\s+that|estimated?\s+that)\b"
)
# a fronted date may open with a word that only places it: "Earlier on Thursday, ...", "Also on Sunday, ..."
FRONTING_WORD = re.compile(r"\s*(?i:earlier|also|later|late|then)\s*$")
# Words that make the source's speaking itself the news: "Erdogan said on Sunday ... and warned".
STATEMENT_KINDS = re.compile(
    r"(?i:\b(?=[cdptuvw])(?:warn(?:ed|s|ing)|threaten(?:ed|s)|vow(?:ed|s)|urg(?:ed|es)|call(?:ed|s)\s+(?:for|on)|demand(?:ed|s)"
    r"|calling\s+(?:for|on|upon)|condemn(?:ed|s)|pledg(?:ed|es)|ultimatum|deadline)\b)"
)
SPOKEN_CEASEFIRE = re.compile(
    r"(?i:\b(?:cease-?\s?fire|truce|cessation\s+of\s+hostilities)\b[^.;]{0,40}?\b(?:agreed|declared|announced|reached|"
    r"took\s+effect|came\s+into\s+(?:force|effect)|would\s+(?:start|begin|take\s+effect))\b"
    r"|\b(?:agreed|declared|announced|reached)\s+(?:to\s+|on\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:cease-?\s?fire|truce)\b"
    # "the ministry said late Friday that its forces would unilaterally halt fire"
    r"|\b(?:would|will|to)\s+(?:\w+\s+)?(?:halt|cease|stop)\s+(?:fire|firing|hostilities|fighting)\b)"
)
# the heads of state and ministers conflict news quotes by name alone ("Erdogan said Saturday")
LEADER_NAMES = r"Erdo[gğ]an|Putin|Assad|Lavrov|Netanyahu|Biden|Trump|Zelensky[iy]?|Guterres|Blinken|Macron|Khamenei|Rouhani|Raisi"
# Whoever speaks for a government (or the UN's leadership) makes a statement; agencies,
# monitors and the press are sources.
LEADER = re.compile(
    r"\b(?=[ABCDEGHIKLMNPRSTUWZceghmr])(?:President|Prime\s+Minister|[Mm]inist(?:er|ry)|Secretary-General|Under-Secretary-General|Secretary\s+of\s+State"
    r"|Chancellor|King|Emir|[Cc]hief|[Ee]nvoy|Director-General|High\s+Commissioner|(?:[Rr]elief|[Hh]umanitarian|[Rr]esident)\s+[Cc]oordinator|Special\s+Representative"
    r"|Kremlin|Pentagon|State\s+Department|[Gg]overnment"
    r"|" + LEADER_NAMES +
    # (a country in an organisation's name, "Hope for Syria's Children", speaks for no government)
    r"|(?<!\bfor\s)(?:Turkey|Russia|Iran|Syria|Israel|Damascus|Ankara|Moscow|Tehran|Washington|Beijing))\b(?!\s+(?:Observatory|Civil\s+Defence))"
)
# A dateline ("Gaziantep, 28 February 2020 -") dates the text, not a happening.
_DATELINE_AFTER = re.compile(r"(?:\s*\((?:[A-Z][\w.&' -]{0,30})\))?\s*(?:[-–—:|]|\n|$)")
# Before it, at a line's start: nothing, a place ("Cairo / Gaziantep, "), or a short label set
# off by a dash ("Statement — ", "Press release - ").
# (or a report's subtitle: "Clashes in Rutshuru and Nyiragongo territories, 7 November 2022", or a
# statement's heading naming its author with an acronym: "Statement by the Syria Civil Defence (White Helmets), 12 October 2023")
# (or a wire's city in capitals and its country: "MAIDUGURI, Nigeria, July 1 - "; or a press
# release's city and state: "WASHINGTON, DC - June 7, 2019 - ", "New York, NY, July 12, 2023 - ";
# or a header's label and place set apart by a bar: "Joint statement | Beirut, 4 May 2021")
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Z][\w .'’/&()|-]{0,70},\s*|[A-Z][A-Z .'’/&-]{1,40},\s*[A-Z][\w .'’&-]{0,30},\s*"
    r"|[A-Z][\w .'’/&-]{0,40},\s*[A-Z]{2}(?:\s*[-–—]\s*|,\s*)"
    r"|[A-Z][\w .'’/&]{0,30}?\s*[-–—|]\s*)?$"
)


# the rest of a title's line after its closing date, and the report's number that shows a title
_TITLE_DATE = re.compile(r"\)?[ \t]*(?:\n|$)")
_REPORT_NO = re.compile(r"(?i:\b(?:situation\s+report|sitrep|flash\s+update|update|bulletin|report)\s+(?:no\.?\s*|#\s*)?\d+)")
# ... and a report's number or "issued" right before a date that closes any line: "Situation
# Report 4, 29 May 2019", "Flash Update No. 2 (16 April 2025)", "8817th meeting (AM), issued 10 July 2021"
_REPORT_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:situation\s+report|sitrep|(?:flash\s+)?update|bulletin|snapshot|dashboard|report)\s+(?:no\.?\s*|number\s+|#)?\d+"
    r"\s*[,:(|–—-]?\s*\(?\s*$|\b(?:issued|published|dated)\s+(?:on\s+)?$)"
)


def dateline(text: str, d: DateMention) -> bool:
    nxt = text[d.span[1]:d.span[1] + 1]
    if text.find("\n", 0, d.span[0]) < 0 < d.span[0] and _TITLE_DATE.match(text, d.span[1]) and (
        (nxt == ")" and text[d.span[0] - 1] == "(")
        or (text.endswith(", ", 0, d.span[0]) and _REPORT_NO.search(text, 0, d.span[0]) is not None)
    ):
        # a report's title (the text's first line) ending in its date: "Escalation of conflict in Goma - Flash
        # Update No. 2 (28 January 2025)", "Health response to ... - Situation Report 4, 29 May 2019"
        return True
    if (nxt == ")" or nxt == "\n") and _TITLE_DATE.match(text, d.span[1]) and (
        _REPORT_LABEL_BEFORE.search(text, (d.span[0] - 40 if d.span[0] - 40 > 0 else 0), d.span[0])
    ):
        return True  # a date that ends a line after a report's number or "issued": the title's date
    if nxt and not nxt.isspace() and nxt not in "(-–—:|":
        return False  # what the dateline pattern must see next (a guard, same answers)
    return bool(_DATELINE_AFTER.match(text, d.span[1]) and _DATELINE_BEFORE.search(text, (d.span[0] - 90 if d.span[0] - 90 > 0 else 0), d.span[0]))


# source_speaks's answers for the last text, by (date span, sentence): the engine asks for the
# dates of sentences with two or more (a figure's period) and the events ask again
_SPEAKS: dict[tuple[int, int, int, int], bool] = {}
_SPEAKS_TEXT: list[str | None] = [None]


def source_speaks(text: str, d: DateMention, sent: Span, low: str | None = None) -> bool:
    """Is this the day the article's source spoke ("OCHA said on Friday")?

    `low` (`ascii_lower(text)`, when the caller has it) lets a substring test skip the costly
    look-back when no reporting verb is near. Answered once per date of a text (the answer
    depends on the text, the date's span and the sentence alone)."""
    if _SPEAKS_TEXT[0] is not text:
        _SPEAKS.clear()
        _SPEAKS_TEXT[0] = text
    key = (d.span[0], d.span[1], sent[0], sent[1])
    said = _SPEAKS.get(key)
    if said is None:
        said = _SPEAKS[key] = _speaks(text, d, sent, low)
    return said


def _speaks(text: str, d: DateMention, sent: Span, low: str | None) -> bool:
    a = (d.span[0] - 80 if d.span[0] - 80 > sent[0] else sent[0])
    low = low if low is not None else ascii_lower(text)
    before = text[a:d.span[0]]
    # every match of the look-back opens at a reporting verb: try the pattern only there
    window = low[a:d.span[0]]
    if len(d.start) < 10 and holds_any(window, _EARLIER_WORKS) and _EARLIER_REPORT.search(before):
        return False  # "said in a report last month": an earlier publication, dated (no day of speaking)
    if holds_any(window, _SPEECH_VERBS):
        for verb in _SPEECH_VERB_LOW.finditer(window):  # the same slice: a word edge at its start
            if _SPEECH_BEFORE.match(before, verb.start()):
                return True
    after = low[d.span[1]:(d.span[1] + 20 if d.span[1] + 20 < sent[1] else sent[1])].lstrip()
    if after.startswith(_SPEECH_AFTER_WORDS) and _SPEECH_AFTER.match(text, d.span[1], (d.span[1] + 20 if d.span[1] + 20 < sent[1] else sent[1])):
        return True
    opens = text[sent[0]:d.span[0]].strip() == "" or bool(FRONTING_WORD.fullmatch(text, sent[0], d.span[0]))
    return opens and bool(_SPEECH_AFTER_FRONTED.match(text, d.span[1], (d.span[1] + 90 if d.span[1] + 90 < sent[1] else sent[1])))

