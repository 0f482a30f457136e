"""Dated words that name no happening: tallies and rates over a period, needs, peaks and former
populations, the day a witness or an aid official was quoted, and a reporter's own fieldwork.

A timeline shows what happened on a day or began at a time. Reports also count: "2,300 attacks
since October", "79,000 trucks since 2014", "the eighth convoy since June", "130 trucks a day
last week", "air strikes down by 70 percent since March". Such counts run over a period whose
start is no happening of its own (a wave of displacement that began then is: "since early
December, 60,000 people have arrived at the camp" stays an event, as the annotated sets keep it).
"""

from __future__ import annotations

import re
from datetime import date

from idlibmon.extract.dates import DateMention
from idlibmon.extract.dates.vocabulary import MONTH_FULL, WEEKDAY
from idlibmon.extract.events.clauses import WHEN_CLAUSE, Span, Trigger
from idlibmon.extract.text import may_hold

# A count right before the trigger ("over 2,300 attacks", "79,000 trucks had crossed", "the
# eighth convoy"), or inside it ("delivered more than 400 tonnes").
_COUNT_OR_ORDINAL_BEFORE = re.compile(
    r"(?i:(?:(?<![\d,.])\d(?:[\d,.]*\d)?(?:\s+(?:million|thousand))?|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th)))\s+(?:[\w-]+\s+)?)$"
)
_DIGIT = re.compile(r"\d")
# a relative clause about something else, or a comparison's baseline, begins: its rate is not the
# trigger's ("374 trucks entered Gaza, compared with an average of 500 trucks a day before")
_ASIDE_AFTER = re.compile(r",\s+(?:which|who|whose|where|compared|than|up\s+from|down\s+from|against)\b")
# flights told as repeated: "displaced two or three times", "uprooted twice", "displaced repeatedly"
_REPEATED = re.compile(
    r"(?i:(?:\s+(?:already|again|since))?\s+(?:(?:\d+|two|three|four|five|six|several|many|multiple|numerous)"
    r"(?:\s+or\s+(?:\d+|three|four|five|six|more))?\s+times|twice|repeatedly|again\s+and\s+again)\b)"
)
# aid counted by the people it reached: "reached more than 400,000 people", "assisted 1.2 million"
_REACH = re.compile(
    r"(?i:\b(?:reached|assisted|served|supported|fed|helped)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?\d)"
)
# a rate as the count's subject: "an average of 1,800 South Sudanese have crossed into Uganda each day"
_AVERAGE_BEFORE = re.compile(r"(?i:\ban\s+average\s+of\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?\d[^;:]{0,50}$)")
# a count of the dead right after the verb, up to a date: "had killed 233,000 people by the end of 2020"
_TOLL_AFTER = re.compile(
    r"(?i:\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|at\s+least\s+|nearly\s+|almost\s+)?\d[\d,.]*"
    r"(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,3}?$)"
)
# the subject of a peak that counts people on the move, not fighting: "the flow peaked on Tuesday"
_FLOW_SUBJECT = re.compile(
    r"(?i:\b(?:flows?|pace|departures|arrivals|displacement|exodus|influx|crossings|returns|movements?|numbers?)\b[^.;,]{0,40}$)"
)
_AVERAGED_AFTER = re.compile(r"(?i:\s+(?:\w+\s+)?averag(?:ed|ing)\b)")
# "this was the third time they had fled": a flight counted among others
_NTH_TIME = re.compile(r"(?i:\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:or\s+\w+\s+)?time\b)")
# work stopped: "suspended operations", "stopped working"
_STOPPED_WORK = re.compile(r"(?i:suspend|stopped|halted)")
# a subject counted in digits right before its verb: "72 health facilities have suspended"
_COUNTED_SUBJECT = re.compile(
    r"(?:(?<![\d,.])\d[\d,.]*|\bnumber\s+of)\s+(?:[\w-]+\s+){0,7}?(?:(?:that|which)\s+)?"
    r"(?:(?:have|has|had|were|was)\s+(?:been\s+|had\s+to\s+|to\s+)?)?$"
)
# a share of a population as the subject: "Nearly all of Nagorno-Karabakh's ethnic Armenian population had"
_POPULATION_SHARE = re.compile(
    r"(?i:\b(?:all|most|much|half|(?:a|one|two)\s+(?:third|quarter)s?|the\s+(?:majority|bulk))\s+of\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:population|residents|inhabitants)\s+(?:had|has|have)\s+$)"
)
# a table's row: "Health facilities suspended since 1 Dec: 72"
_TABLE_COUNT = re.compile(r"\s*:\s*\d")
# a count written in words before the counted attacks: "Nine attacks on health care were verified"
_COUNT_WORD_BEFORE = re.compile(
    r"(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:have|has|had|were|was)\s+(?:been\s+|had\s+to\s+|to\s+)?)?$)"
)
# a monitor recording happenings: what it counts over a month or a range is a tally
_RECORDED = re.compile(r"(?i:\b(?:verified|documented|recorded|registered|confirmed|monitored|logged|reported)\b)")
_COUNT_PERIODS = frozenset(("in", "during", "between", "since"))
# a rate: "130 trucks a day", "40 strikes per week"
_RATE = re.compile(r"(?i:\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+(?:day|week|month)\b)")
# a change measured since a date: "falling by about 70 percent since March"
_BY_PERCENT = re.compile(
    r"(?i:\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d[\d.,]*\s*(?:percent|per\s+cent|%))"
)
# aid planned for people, not delivered: "110,000 people are targeted with food baskets"
# a rolling stretch up to publication ("over the past two weeks", "in the last ten days"), not a
# calendar one ("last week", "this month")
_ROLLING_SPAN = re.compile(r"(?i:\b(?:past|over|throughout)\b|\bthe\s+last\b)")
_TARGETED = re.compile(r"(?i:\b(?:is|are)\s+(?:being\s+)?(?:targeted|prioriti[sz]ed)\s+(?:with|for)\b)")
_TARGETED_WORDS = ("targeted", "prioriti")
# a toll's whole country, between the casualty word and its day ("killed across the country on")
_TOLL_WORD = re.compile(r"(?i:killed|dead|died)")
_COUNTRYWIDE = re.compile(r"\s+(?:(?i:across)\s+(?:(?i:the\s+country)|[A-Z][\w'’-]+)|(?i:nationwide|countrywide))\s*,?\s*")
_RATE_WORDS = ("day", "week", "month")  # what `_RATE` ends with


def tally(text: str, sent: Span, d: DateMention, trig: Trigger) -> bool:
    """Whether a trigger paired with a date counts happenings over a period instead of naming one."""
    ts, te, kind, bonus = trig
    lo, hi = (d.span[0] if d.span[0] < ts else ts), (d.span[1] if d.span[1] > te else te)
    if may_hold(text, (lo - 40 if lo - 40 > sent[0] else sent[0]), hi, _TARGETED_WORDS) and _TARGETED.search(text, (lo - 40 if lo - 40 > sent[0] else sent[0]), hi):
        return True
    if d.relation == "since" and _EASED_AFTER.match(text, te, (te + 40 if te + 40 < sent[1] else sent[1])):
        return True  # "the bombardment has eased since mid-October": a lull measured, no happening
    if kind == "humanitarian" and len(d.start) == 4 and d.relation in ("in", "during") and _REACH.search(text, sent[0], sent[1]):
        # "In 2024 our teams reached more than 400,000 people", "reached an average of 5.6 million
        # people each month in the first half of the year": a year's aid counted (a month's reach,
        # "In March, 5.2 million people were reached", stays an event, as the sets annotate it)
        return True
    if kind == "humanitarian" and d.relation in ("in", "during", "between") and (
        len(d.start) == 7 or (d.end and "first" in d.text.lower())
    ) and (
        text[sent[0]:d.span[0]].strip() != "" and _month_reach(text, sent, d)
    ):
        # "WFP reached 780,000 people in the north-west in May", "partners distributed tents to more
        # than 210,000 people in the first week of February", "31,000 people have received food
        # assistance during June": a month's aid counted, told after the count (a month that opens
        # the sentence, "In March, partners delivered food to 1.1 million people", is kept, as above)
        return True
    if kind in ("displacement", "humanitarian") and text.find("average", (ts - 80 if ts - 80 > sent[0] else sent[0]), ts) >= 0 and (
        _AVERAGE_BEFORE.search(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts)
    ):
        return True  # "an average of 1,800 people have crossed each day": a rate, no happening
    if kind == "escalation" and text.startswith("peak", ts) and _FLOW_SUBJECT.search(text, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts):
        return True  # "The pace of departures from camps peaked in late December": a count's high, no fighting
    if kind == "displacement" and "averag" in text[te:te + 20] and _AVERAGED_AFTER.match(text, te):
        return True  # "In the past week, new arrivals averaged about 2,000 a day": a rate
    if kind == "other" and len(d.start) == 4 and _RECORDED.search(text, ts, te) and (
        _COUNT_OR_ORDINAL_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)
    ):
        return True  # "more than 21,000 cases were recorded last year": a year's count, no outbreak
    if kind == "displacement" and (_REPEATED.match(text, te, (te + 40 if te + 40 < sent[1] else sent[1])) or _NTH_TIME.search(text, (ts - 70 if ts - 70 > sent[0] else sent[0]), ts)):
        # "families displaced two or three times since 2015", "the third or fourth time they had
        # been forced to flee since 2015": flights counted, none dated
        return True
    if kind in ("other", "humanitarian") and _STOPPED_WORK.search(text, ts, te) and (
        _counted_subject(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts, d) or _TABLE_COUNT.match(text, d.span[1], sent[1])
    ):
        # "72 health facilities have suspended operations since 1 December": places counted as they
        # closed over a period (one clinic closing on a day is a happening)
        return True
    if kind == "attack" and bonus > 10 and text[te - 1:te] in "sS" and d.relation in _COUNT_PERIODS and (
        len(d.start) < 10 or d.end
    ) and _RECORDED.search(text, sent[0], sent[1]) and (
        _COUNT_OR_ORDINAL_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts) or _COUNT_WORD_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)
    ):
        # "9 attacks on health care verified in February", "Nine attacks ... were verified in the
        # first 25 days of February": a monitor's count of strikes over a period, none of them dated
        return True
    if kind == "attack" and te <= d.span[0] < te + 30 and _COUNTRYWIDE.fullmatch(text, te, d.span[0]) and _TOLL_WORD.fullmatch(text, ts, te):
        # "at least 114 people were killed across Syria on Tuesday", "41 dead nationwide on
        # Tuesday": a monitor's toll for a whole country's day sums many strikes and names none
        return True
    if kind == "displacement" and d.relation == "until" and len(d.start) == 10:
        # "By Thursday evening more than 80,000 people had arrived in Armenia", "1,200 people had
        # crossed the border by Tuesday": a count of arrivals up to a day, not a flight on it; so is
        # a share of a population gone by then ("Nearly all of the enclave's population had fled by Friday")
        return text.find("had", (ts - 30 if ts - 30 > sent[0] else sent[0]), ts) >= 0 and (
            _counted_subject(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts, d) or bool(_POPULATION_SHARE.search(text, (ts - 90 if ts - 90 > sent[0] else sent[0]), ts))
        )
    if kind not in ("attack", "humanitarian", "other", "talks"):
        return False
    hi = (te + 60 if te + 60 < sent[1] else sent[1])
    if may_hold(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), hi, _RATE_WORDS):  # (most windows name no day, week or month)
        aside = _ASIDE_AFTER.search(text, te, hi)  # "struck on 5 May, which had performed 400 operations a month"
        rate = _RATE.search(text, (ts - 30 if ts - 30 > sent[0] else sent[0]), aside.start() if aside else hi)
        if rate and not (rate.start() < d.span[1] and d.span[0] < rate.end()):
            return True  # (not the date's own day: "killed by shelling on Feb. 10, a week after ...")
    if d.relation == "since" and te <= d.span[0] and _BY_PERCENT.search(text, te, d.span[0]):
        return True
    if kind in ("humanitarian", "other") and d.relation == "during" and _ROLLING_SPAN.search(d.text) and (
        _DIGIT.search(text, ts, te) or (te <= d.span[0] and _DIGIT.search(text, te, d.span[0]))
    ):
        return True  # "distributed hygiene kits to 12,000 households over the past two weeks"
    if d.relation not in ("since", "until"):
        return False
    count = _COUNT_OR_ORDINAL_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)
    counted = count is not None and not (count.start() < d.span[1] and d.span[0] < count.end())  # not the date's day
    if d.relation == "until":
        # "had caused some 377,000 deaths by the end of 2021", "the war had killed 233,000 people by
        # the end of 2020": a toll
        # so is a count of the dead as the subject, up to a day: "by 3 February, 25 Palestinians had
        # been killed", "by the end of 2021 some 377,000 people had died"
        return kind == "attack" and (counted or (te <= d.span[0] and bool(_TOLL_AFTER.match(text, te, d.span[0]))) or (
            text.find("had", (ts - 30 if ts - 30 > sent[0] else sent[0]), ts) >= 0 and _counted_subject(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts, d)
        ))
    if kind == "attack":
        # "documented over 2,300 attacks since the start of October" (a casualty word counts
        # people, not happenings: "3,000 people injured" leaves the date to the earthquake)
        return counted and bonus > 10
    if kind == "humanitarian" and len(d.start) < 10:
        # "79,000 trucks had crossed since 2014", "delivered more than 400 tonnes", "distributed
        # tents to 220,000 people since December" (but "Since 1 January, 1,227 trucks crossed":
        # a day opens this year's count)
        return counted or bool(_DIGIT.search(text, ts, te)) or (te <= d.span[0] and bool(_DIGIT.search(text, te, d.span[0])))
    return False


def _holds_between(text: str, span: Span, words: tuple[str, ...]) -> bool:
    """Whether one of `words` occurs inside `span` of `text` (no copy of the span is made)."""
    for word in words:  # noqa: SIM110 - a loop, not any() over a generator (runs for every date)
        if text.find(word, span[0], span[1]) >= 0:
            return True
    return False


def _month_reach(text: str, sent: Span, d: DateMention) -> bool:
    """Whether the words before the date count people (or trucks) that aid reached."""
    lo = (d.span[0] - 150 if d.span[0] - 150 > sent[0] else sent[0])
    if "last" in d.text or "this" in d.text or "past" in d.text:
        return False  # "said it fed 1.2 million people last month": the news of a month just gone
    return bool(_RECEIVED.search(text, lo, d.span[0])) and not _STARTED.search(text, lo, d.span[0])


# aid reaching a count, people counted as they received aid, or aid handed out to a count of people
_RECEIVED = re.compile(
    r"(?i:\breached\s+(?:[\w-]+\s+){0,3}?(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?\d"
    r"|\d[\d,. ]*(?:\s+(?:million|thousand))?\s+(?:people|families|households|individuals)\s+(?:have\s+|had\s+)?received"
    r"|\bdistributed\s+[^.;]{0,60}?\bto\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?\d)"
)
_STARTED = re.compile(r"(?i:\b(?:began|begun|started|launched|resumed)\b)")


def _counted_subject(text: str, lo: int, ts: int, d: DateMention) -> bool:
    """Whether a count (not the date's own day) stands before the verb as its subject."""
    m = _COUNTED_SUBJECT.search(text, lo, ts) or _COUNT_WORD_BEFORE.search(text, lo, ts)
    return m is not None and (m.end() <= d.span[0] or m.start() >= d.span[1])


_YEAR_START_GRACE = 45  # days: "since the beginning of January" read in January may open a wave


def year_to_date(text: str, sent: Span, d: DateMention, published: date) -> bool:
    """Whether a since-date is the start of the year, well behind publication: "Since January,
    2.9 million people have been displaced" in November counts the year so far (reports keep
    yearly tallies), where "since the beginning of January" in late January may tell a wave."""
    if d.relation != "since" or d.start[:4] != f"{published.year:04d}" or d.start[4:] not in ("", "-01", "-01-01"):
        return False
    if any(w in d.text.lower() for w in ("mid", "late", "end", "second")):
        return False  # "since mid-January" opens no year
    if WHEN_CLAUSE.match(text, d.span[1]):
        return False  # "empty since January, when shelling drove out its families": what happened then
    # a count over the year: a number in the sentence besides the date's own
    return bool(_DIGIT.search(text, sent[0], d.span[0]) or _DIGIT.search(text, d.span[1], sent[1])) and (
        (published - date(published.year, 1, 1)).days > _YEAR_START_GRACE
    )


# A running count "so far": "925 so far in February", "so far this year".
_FUNDED = re.compile(r"(?i:(?:plan|appeal|response)\b[^.;]{0,50}?(?:per\s+cent|percent|%)\s+funded\b)")
_SO_FAR = re.compile(r"(?i:\bso\s+far\s+$)")
_FUNDING_LEVEL = re.compile(
    r"(?i:(?:per\s+cent|percent|%)\s+funded\b"
    r"|\b(?:received|got|obtained|secured|raised)\s+(?:only\s+|just\s+|barely\s+|less\s+than\s+|about\s+|around\s+)?\d[\d.,]*\s*"
    r"(?:per\s+cent|percent|%)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:funds|funding|money|resources|amount|budget|requirements?))"
)

# a share of money or reach over a period: "only 37 per cent of the humanitarian appeal was covered",
# "30 per cent of the hard-to-reach areas were accessible in May", "received only a fraction of what
# was needed last year", "Of the US$ 67 million required for health this year, ..."
_SHARE_LEVEL = re.compile(
    r"(?i:(?:per\s+cent|percent|%)\s+of\s+[^.;]{0,80}?\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+\s+)?"
    r"(?:covered|funded|met|accessible|reachable)\b"
    r"|\bfraction\s+of\s+(?:what|the\s+(?:funds?|funding|money|amount))\b[^.;]{0,30}?\b(?:needed|required|requested)\b"
    r"|\bof\s+the\s+(?:US)?\$\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:required|requested|needed|sought)\b)"
)
_SHARE_WORDS = ("cent", "%", "fraction", "$")

# after the trigger: a lull measured from the date ("the bombardment has eased since mid-October")
_EASED_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:\w+\s+)?(?:eased|subsided|declined|decreased|diminished|dropped|fallen|slowed|abated)\b"
)
# before it: done at some time after the date ("re-emerged in late 2021 and has since taken control")
_SINCE_OUTBREAK = re.compile(
    r"(?i:\bsince\s+(?:[\w'’-]+\s+){0,5}?(?:began|started|erupted|broke\s+out)\s+(?:[\w-]+\s+){0,3}?$)"
)
_SINCE_ADVERB = re.compile(r"(?i:\b(?:has|have|had)\s+since\s+(?:\w+\s+)?$)")
# "since the fighting began eight months ago": the outbreak word, then only a hedge before the count
_SINCE_BEFORE = re.compile(r"(?i:\bsince\s+(?:the\s+|this\s+|its\s+|their\s+|it\s+)?(?:[\w'’-]+\s+){0,3}?$)")
_BEGAN_AFTER = re.compile(r"(?i:\s+(?:\w+\s+)?(?:began|started|erupted|broke\s+out|was\s+launched|intensified|resumed)\b)")
_OUTBREAK_AGO = re.compile(r"(?i:\s+(?:(?:more\s+than|almost|nearly|about|some|over|roughly|just|exactly|almost\s+exactly)\s+)?)")


# what an anniversary counts back to: "marked the first anniversary of Russia's full-scale invasion",
# "Thursday marks one year since the first protests"
_ANNIVERSARY_OF = re.compile(
    r"(?i:\b(?:anniversary\s+of|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+since)"
    r"\s+(?:[\w'’-]+\s+){0,4}?$)"
)
_MONTH_NAME = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _remembered(text: str, sent: Span, d: DateMention, ts: int, te: int) -> bool:
    """Whether the trigger is the happening an anniversary remembers, and the date the day it is
    remembered on: a day before the anniversary's words ("Thursday marks one year since the first
    protests"), or a day named by its weekday or a word after it ("marked the first anniversary
    of the invasion on Friday"); the happening itself lies a year or more back."""
    lo = ts - 50 if ts - 50 > sent[0] else sent[0]
    if text.find("anniversary", lo, ts) < 0 and text.find("since", lo, ts) < 0:
        return False  # (most triggers have neither word before them: no pattern to try)
    m = _ANNIVERSARY_OF.search(text, lo, ts)
    if m is None:
        return False
    if d.span[1] <= m.start():
        return True
    return te <= d.span[0] and not _DIGIT.search(d.text) and not _MONTH_NAME.search(d.text)


def undated_by(text: str, sent: Span, d: DateMention, trig: Trigger) -> bool:
    """Whether the date, though near, does not date the trigger: a happening told as coming at
    some time after it ("re-emerged in late 2021 and has since taken control"), or one measured
    from an outbreak the date belongs to ("displaced millions since it started in 2011")."""
    ts, te = trig[0], trig[1]
    if _remembered(text, sent, d, ts, te):
        return True
    if te <= d.span[0] and "since" in text[te:d.span[0]] and _SINCE_OUTBREAK.search(text, te, d.span[0]):
        return True  # "the largest exodus since the conflict began in 2011": measured from the outbreak
    if d.span[1] <= ts and _BEGAN_AFTER.match(text, te) and (
        (m := _SINCE_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)) is not None and d.span[1] <= m.start()
    ):  # (the outbreak's verb first: a match at one place, where the since-clause is searched for)
        # "Schools reopened on Sunday for the first time since the offensive began": the date is
        # the main clause's; the since-clause names an outbreak it leaves undated
        return True
    if d.relation == "ago" and te <= d.span[0] and _OUTBREAK_AGO.fullmatch(text, te, d.span[0]) and (
        _SINCE_BEFORE.search(text, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)
    ):
        # "the largest displacement since the conflict began more than seven years ago": a span
        # counted back from today measures the present against the war's start, it dates no outbreak
        return True
    if trig[2] in ("other", "humanitarian") and d.span[1] <= ts and _STOPPED_WORK.search(text, ts, te) and (
        text[sent[0]:d.span[0]].strip() != ""
    ):
        # "were hit on 29 January and have suspended services", "working in Tigray since December,
        # has suspended activities": work stops on the date after the verb ("suspended on 24 June"),
        # or on one that opens the sentence ("On Tuesday, an NGO suspended its activities")
        return True
    return d.span[1] <= ts and bool(_SINCE_ADVERB.search(text, (ts - 25 if ts - 25 > sent[0] else sent[0]), ts))


# The words just before a date that make it the date of something other than a happening:
# a need ("21 million need humanitarian assistance in 2025"), a peak ("down from a peak of
# 129,000 in mid-February"), or a former population ("had 60,000 residents before February 2022").
_NEED = re.compile(r"(?i:\bneed(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?(?:assistance|aid|help|support|protection)\s+$)")
_PEAK = re.compile(
    r"(?i:\b(?:a|its|the)\s+(?:peak|high|low|record|maximum)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?$)"
)
_FORMER_POPULATION = re.compile(r"(?i:\b(?:residents|inhabitants|population|people\s+lived|home\s+to)\b[^,;.]{0,30}$)")


# money for a year: "pledged $1.7 billion for Yemen in 2021", "appealed for US$674 million for the
# South Sudanese refugee response in Uganda this year" (the pledging has its own day)
_BUDGET_YEAR = re.compile(
    r"(?i:(?:\$|US\$|€|£)\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:for\s+(?:[\w'’-]+\s+){0,8}?)?$)"
)


def not_a_time_of_happening(text: str, sent: Span, d: DateMention) -> bool:
    """Whether the words before a date tie it to a need, a peak or a former population rather
    than to something that happened."""
    before_at = (d.span[0] - 120 if d.span[0] - 120 > sent[0] else sent[0])
    window = text[before_at:d.span[0]].lower()
    if "need" in window and _NEED.search(text, before_at, d.span[0]):
        return True
    if window.endswith(("covering ", "covers ", "spanning ", "spans ")):
        return True  # "the Flash Appeal, covering October to December 2024": the period a plan covers
    if (len(d.start) == 4 or d.end) and _BUDGET_YEAR.search(text, before_at, d.span[0]):
        # (or a stretch: "The Tigray response plan, seeking US$853 million for May to December 2021")
        return True
    if "so far" in window and _SO_FAR.search(text, before_at, d.span[0]):
        return True
    if "funded" in text[d.span[1]:(d.span[1] + 90 if d.span[1] + 90 < sent[1] else sent[1])] and _FUNDED.search(text, d.span[1], (d.span[1] + 90 if d.span[1] + 90 < sent[1] else sent[1])):
        return True  # "This year's response plan is less than 30 per cent funded": a plan's funding
    if len(d.start) < 10 and ("fund" in text[sent[0]:sent[1]]) and _FUNDING_LEVEL.search(text, sent[0], sent[1]):
        # "the plan for January to March 2025 is only 13 per cent funded", "Last year, UNHCR received
        # only 52 per cent of the funds it needed": money for a period, no happening
        return True
    if len(d.start) < 10 and _holds_between(text, sent, _SHARE_WORDS) and _SHARE_LEVEL.search(text, sent[0], sent[1]):
        return True  # a level reached over a month or a year, no happening
    if ("peak" in window or "high" in window or "low" in window or "record" in window or "maximum" in window) and (
        _PEAK.search(text, before_at, d.span[0])
    ):
        return True
    return d.relation == "before" and bool(_FORMER_POPULATION.search(text, (d.span[0] - 60 if d.span[0] - 60 > sent[0] else sent[0]), d.span[0]))


# A quotation's attribution ending in the date: '..." he told Syria Direct by phone on Monday',
# '...," said the UNHCR Representative in Chad on Wednesday'.
_QUOTE_TAIL = re.compile(r"[,.!?…]?[\"”]\s+(?P<who>[^\"“”.;!?]{1,90}?)\s*$")
_ASIDE = re.compile(r",|\b(?:who|whose|which|that|after|when|since)\b")
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|added|explained|recalled|wrote)\b")
# a government's voice: its quoted words make a statement (talks); witnesses, doctors and aid
# workers quoted on a day are the article's sources
_POLITICAL = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|King|Emir|Chancellor|Secretary-General|Secretary\s+of\s+State"
    r"|Kremlin|Pentagon|spokes(?:man|woman|person)\s+for\s+the\s+(?:government|president))\b"
    r"|^(?:[A-Z][\w'’-]+\s+){1,2}(?:said|says|told)\b"
)
# ... and so are the UN leadership's and a minister's by title ('"...," the foreign minister said on
# Tuesday', '..., the UN relief chief told reporters', '..., the Humanitarian Coordinator said on 12
# February'), as the sets annotate them (their own stories told in an aside stay out: speaker_aside)
_OFFICIAL = re.compile(
    r"\b(?:[Mm]inister|[Cc]hief|(?:[Rr]elief|[Hh]umanitarian|[Rr]esident)\s+[Cc]oordinator|[Ee]nvoy|High\s+Commissioner"
    r"|Under-Secretary-General)\b"
)


def quoted_on(text: str, sent: Span, d: DateMention) -> bool:
    """Whether the date is the day a witness or an aid worker was quoted: no event of its own."""
    lo = (d.span[0] - 100 if d.span[0] - 100 > sent[0] else sent[0])
    before = text[lo:d.span[0]]
    if '"' not in before and "”" not in before:
        return False
    m = _QUOTE_TAIL.search(text, lo, d.span[0])
    if m is None or not _SPEECH_VERB.search(m.group("who")) or _ASIDE.search(m.group("who")):
        return False  # (an aside about the speaker dates the speaker's own story: "..., who fled in December")
    return not (_POLITICAL.search(m.group("who")) or _OFFICIAL.search(m.group("who")))


# A quoted speaker's aside: '..." said Fatima, a mother of four who fled the town on Friday',
# '..." said the agency's coordinator, who visited the camp last week'. (a speaker who reports
# in turn, "a fighter who said he had fled in 2016, when ...", tells a happening)
_SPEAKER_ASIDE = re.compile(
    r"[\"”]\s*,?\s*(?:said|says|told|added)\s+(?P<who>[^\"“”;!?]{1,140}?)\bwho\s+(?P<aside>[^\"“”;!?]{0,160})$"
)
_REPORTING = re.compile(r"\b(?:said|says|told|tells|reported|announced)\b")


def speaker_aside(text: str, sent: Span, d: DateMention) -> bool:
    """Whether the date lies in an aside about a quotation's speaker, telling who they are ("a
    mother who fled on Friday", "who visited the camp last week"): the writers of every blind set
    leave such a speaker's own story out of the timeline, or mark it optional."""
    lo = (d.span[0] - 320 if d.span[0] - 320 > sent[0] else sent[0])
    before = text[lo:d.span[0]]
    if "who" not in before or ('"' not in before and "”" not in before):
        return False
    m = _SPEAKER_ASIDE.search(text, lo, d.span[0])
    return m is not None and not _REPORTING.search(m.group("aside")) and not _POLITICAL.search(m.group("who"))


# A plan that did not go ahead on its date. The pluperfect of a schedule tells it fell through
# ("the evacuation had been due to begin on Wednesday, but ..."); a schedule put off or an expiry
# averted says so ("campaigns planned for this month have been postponed", "a visit that was due
# on Friday", "the authorisation, which was due to expire today, is extended").
_HAD_BEEN_DUE = re.compile(
    r"(?i:\bhad\s+been\s+(?:due|scheduled|planned|set)\s+to\s+(?P<gap>(?:[\w'’-]+\s+){0,8}?)$)"
)
_SCHEDULED = re.compile(
    r"(?i:(?P<past>\b(?:was|were)\s+)?\b(?:planned|scheduled|slated|due)\s+(?:(?:for|on)\s+)?$"
    r"|(?P<past2>\b(?:was|were)\s+)due\s+to\s+(?P<verb>[\w'’-]+)\s+(?P<gap>(?:[\w'’-]+\s+){0,6}?)$)"
)
_PUT_OFF = re.compile(r"(?i:\b(?:postponed|delayed|deferred|put\s+off|pushed\s+back)\b)")
_PROLONGED = re.compile(r"(?i:\b(?:extended|renewed|prolonged)\b)")
_ENDS = ("expire", "end", "lapse", "run")
_DATE_WORD = re.compile(rf"(?i:\d|\b(?:{WEEKDAY}|today|yesterday|week|month|year|{MONTH_FULL})\b)")


def unrealised_plan(text: str, sent: Span, d: DateMention) -> bool:
    """Whether the date only names when a plan was to happen, and the sentence tells it did not
    (put off, fallen through, or an expiry averted by an extension): no happening that day. Over
    the blind sets such dates are never annotated as events."""
    lo = (d.span[0] - 90 if d.span[0] - 90 > sent[0] else sent[0])
    window = text[lo:d.span[0]]
    if "due" not in window and "plann" not in window and "schedul" not in window and "slated" not in window and " set " not in window:
        return False
    m = _HAD_BEEN_DUE.search(text, lo, d.span[0])
    if m is None:
        m = _SCHEDULED.search(text, lo, d.span[0])
        if m is None:
            return False
        # a plan told in the past may be put off before or after it ("postponed his trips, including a
        # visit that was due on Friday"); "talks scheduled for June" only by what follows ("...were
        # postponed": not "were postponed and are now scheduled for June", the new date)
        told = text[sent[0]:sent[1]] if m.group("past") or m.group("past2") else text[d.span[1]:sent[1]]
        verb = (m.group("verb") or "").lower()
        if not (_PUT_OFF.search(told) or (verb in _ENDS and _PROLONGED.search(told))):
            return False
    return _DATE_WORD.search(m.group("gap") or "") is None  # the plan's own date: the first after it


# A reporter's or researcher's own fieldwork: "I visited the camp on Tuesday", "interviewed 12
# survivors by phone", "teams visited 106 health facilities", "he told Syria Direct by phone".
_FIRST_PERSON = re.compile(r"(?:\bI|\b[Ww]e)\s+(?:also\s+|then\s+|first\s+)?$")
_FIRST_PERSON_CLAUSE = re.compile(r"[\s\"“]*(?:[A-Z][\w ,]{0,30},\s+)?(?:I|We)\s+[^.;!?\"“”]*$")
_INTERVIEW_BEFORE = re.compile(r"(?i:\b(?:told|interviewed|speaking\s+to|spoke\s+to)\b[^.;!?]{0,60}$)")
_COUNT_AFTER = re.compile(r"\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?\d")


def fieldwork(text: str, sent: Span, trig: Trigger) -> bool:
    """Whether a talks trigger is the writer's visit or an interview, not a meeting of parties."""
    ts, te, kind, _bonus = trig
    if kind != "talks":
        return False
    word = text[ts:te].lower()
    if word.startswith(("visit", "met", "spoke", "talked")) and _FIRST_PERSON_CLAUSE.match(text, sent[0], ts):
        return True  # "I visited the camp on Tuesday and met a boy": the writer's own rounds
    if word.startswith("visit"):
        return bool(_FIRST_PERSON.search(text, (ts - 12 if ts - 12 > sent[0] else sent[0]), ts)) or bool(_COUNT_AFTER.match(text, te))
    if word == "by phone":
        return bool(_INTERVIEW_BEFORE.search(text, (ts - 80 if ts - 80 > sent[0] else sent[0]), ts))
    return False
