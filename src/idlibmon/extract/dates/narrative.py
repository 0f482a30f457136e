"""Months told without their year in a text that tells a history: the year the story is in.

"In 2022, Kherson fell on 2 March" and "On 26 April 2019 the campaign began; Khan Sheikhoun fell
in August": a month left without its year belongs to the year its paragraph named last, and, in
a timeline written under year headings ("2022: invasion and retreat"), to the heading's year.
Counting back from the publication day (the resolver's default) would put such a month in the
year before publication, years after the story it tells.
"""

from __future__ import annotations

import re
from datetime import date

from idlibmon.extract.dates.calendar_rules import safe_date
from idlibmon.extract.dates.mention import DateMention
from idlibmon.extract.dates.vocabulary import MONTH_ABBR, MONTH_FULL, SEASONS
from idlibmon.extract.text import opens_sentence

# A line that opens with a year, or a span of years, as a heading: "2022: invasion, retreat and
# counteroffensives", "2018-2019: Sochi and the spring offensive", a year on a line of its own, or
# a wire timeline's entry, the year set off by a spaced dash ("2013 - Before dawn on August 21, ...").
_HEADING = re.compile(
    r"^[ \t]*((?:19|20)\d\d)(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]*(?::|$|(?<=[ \t])[-–—][ \t])", re.M
)
# a section heading with no year: a short line of its own, no sentence ("A truce that mostly holds")
_PLAIN_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][^\n.!?:;\d]{0,60}[^\n.!?:;,\"”\d\s][ \t]*\n[ \t]*\n")
_MONTH_OR_SEASON = re.compile(rf"\b(?:{MONTH_FULL}|{MONTH_ABBR}|{'|'.join(SEASONS)})\b")
# Words that count from the publication day, whatever the paragraph said before ("last month",
# "this spring", "earlier this year"), and the relations that reach up to it ("since March").
_FROM_NOW = re.compile(r"\b(?:last|this|next|past|coming|earlier|later|ago|today|yesterday)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE = re.compile(r"\b(?:since|until|before)\b", re.I)
# a relative clause telling when something still under way began: what follows is not told in its year
_STARTED_BEFORE = re.compile(r"\b(?:which|that)\s+(?:[\w-]+\s+){0,2}?(?:began|started|erupted|broke\s+out|opened)\s+$")
_NOW_RELATIONS = frozenset(["since", "during", "as of", "ago"])
_LOOK_BACK_DAYS = 45  # how far before the day the paragraph named a day stays in its year
# Tenses that put a clause in the present, where a bare month is the latest one again:
# "The truce agreed in March 2020 has held, but in November strikes resumed" stays ambiguous and
# is left to the resolver; only a clause told in the past follows the story's year.
# (case kept: "IS" in "the last IS stronghold" is the Islamic State, no verb)
# what stands between a date with its year and a bare month listed after it as another episode:
# "and again", "and then", or "and" with a second thing and its participle ("and a truce declared")
_LISTED_AFTER = re.compile(
    r",?\s+and\s+(?:again\s+|then\s+|later\s+|once\s+more\s+)?"
    r"(?:(?:a|an|the|another)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ed\s+)?"
)
_PRESENT = re.compile(r"\b(?:[Hh]as|[Hh]ave|[Ii]s|[Aa]re|[Rr]emains?|[Cc]ontinues?|[Ww]ill|[Ww]ould|comes|follows|marks)\b")


def narrative_years(found: list[tuple[DateMention, bool]], text: str, published: date) -> list[tuple[DateMention, bool]]:
    """`found` with each month-without-year mention moved back into the year its paragraph (or
    section heading) named before it, where that year is earlier than the resolver's."""
    headings = [(m.start(), int(m.group(1))) for m in _HEADING.finditer(text)] if _may_have_headings(text) else []
    out: list[tuple[DateMention, bool]] = []
    last_named: tuple[int, int, int, str, int] | None = None  # (paragraph start, year, month, date, end) of the last year told
    for mention, explicit in found:
        start = mention.start
        if explicit and headings and start[:4].isdigit():
            headings = _past_headings(headings, mention.span[0], int(start[:4]))
        if explicit:
            # the last year the paragraph told decides; one that sets no story year ("has since
            # captured … in April 2024") ends the one before
            last_named = None
            if _sets_story_year(mention, text):
                month = int(start[5:7]) if len(start) >= 7 else 1
                last_named = (_paragraph_start(text, mention.span[0]), int(start[:4]), month, start, mention.span[1])
            out.append((mention, explicit))
            continue
        year = _story_year(mention, text, headings, last_named)
        moved = _moved(mention, year, published) if year is not None else None
        out.append((moved or mention, explicit))
        if last_named is not None and _FROM_NOW.search(mention.text):
            # the story is back in the present: "The envoy said last week that a settlement was far
            # away. Talks on a new constitution collapsed in January" is this January again
            last_named = None
    return out


def _past_headings(headings: list[tuple[int, int]], pos: int, year: int) -> list[tuple[int, int]]:
    """The headings still in force after a date with its own year at `pos`: a later year told
    under a year heading ends its section ("2023 - Gang violence surges ... March 2-3, 2024 -
    gangs attack the prisons. March 4 - Gunmen attack the airport" is March 2024)."""
    last = next((h for h in reversed(headings) if h[0] <= pos), None)
    if last is None or year <= last[1]:
        return headings
    return [h for h in headings if h[0] > pos]


def _may_have_headings(text: str) -> bool:
    """Whether a line of `text` can open with a year (`_HEADING`): a text of several lines with a
    line that begins with "19", "20", a space or a tab (a guard: the pattern is tried at every
    character, these substring tests cost far less)."""
    return "\n" in text and (
        "\n19" in text or "\n20" in text or "\n " in text or "\n\t" in text or text.startswith(("19", "20", " ", "\t"))
    )


def _sets_story_year(mention: DateMention, text: str) -> bool:
    """Whether an explicit date tells the year the story has reached: a past happening on a day,
    in a month or year ("On 26 April 2019, the campaign began"), told in the past. Not a date the
    present is measured from ("since March 2015", "before February 2022", "Since the conflict
    escalated in March 2015, 6,800 have been killed"), nor a year counted from publication ("last
    year"). A year alone counts only where it opens the sentence ("In 2022, Kherson fell ..."), not
    as a war's start inside one ("the war, which began in 2011")."""
    start = mention.start
    if not start[:4].isdigit() or mention.relation not in ("in", "on", "between") or not _YEAR.search(mention.text):
        return False
    if len(start) < 7 and not opens_sentence(text, mention.span[0], reach=3, skip=" \t"):
        return False
    clause = _clause(text, mention.span[0])
    if _STARTED_BEFORE.search(text, (mention.span[0] - 40 if mention.span[0] - 40 > 0 else 0), mention.span[0]):
        return False  # "Talks with the ELN, which began in November 2022, had stalled in September": a start, not the story's year
    return not (_PRESENT.search(clause) or _SINCE.search(clause))


def _story_year(mention: DateMention, text: str, headings: list[tuple[int, int]],
                last_named: tuple[int, int, int, str, int] | None) -> int | None:
    """The first year, from the one the story last named, in which the mention's month falls
    on or after the month named."""
    if last_named is None and not headings:
        return None  # no year told before it, no heading: no story year (the usual case, decided first)
    start = mention.start
    if (len(start) < 7 or not start[:4].isdigit() or mention.relation in _NOW_RELATIONS
            or not _MONTH_OR_SEASON.search(mention.text) or _FROM_NOW.search(mention.text)):
        return None
    pos = mention.span[0]
    para = _paragraph_start(text, pos)
    if last_named is not None and last_named[0] == para:
        _, year, month, _, _ = last_named
    else:
        heading = next((h for h in reversed(headings) if h[0] <= pos), None)
        if heading is None or _PLAIN_HEADING.search(text, heading[0] + 1, para):
            return None  # (a heading with no year after it ends the year heading's section)
        year, month = heading[1], 1
    if _PRESENT.search(_clause(text, pos)):
        return None
    told = int(start[5:7])
    if told >= month or (last_named is not None and last_named[0] == para and _days_before(start, year, last_named[3])):
        return year
    if (last_named is not None and last_named[0] == para and pos - last_named[4] < 80
            and _LISTED_AFTER.fullmatch(text, last_named[4], pos)):
        # "truces agreed in September 2018 and again in January", "a deal reached in September
        # 2018 and a ceasefire declared in January": two episodes listed side by side, the second
        # with no year, earlier in the calendar than the first; it is not the year after (the
        # writer would have written that year out), it is left to the resolver. (A step of the
        # same story goes on: "talks began in November 2022 and stalled in September".)
        return None
    return year + 1


def _days_before(start: str, year: int, named: str) -> bool:
    """Whether a day told without its year lies a few weeks before the day the paragraph just
    named, in that day's year: a step back ("agreed a ceasefire on 5 March 2020 ... Days earlier,
    on 27 February"), not eleven months on. (A month is not moved so: "talks, which began in
    November 2022, had stalled in September" goes on.)"""
    if len(start) != 10 or len(named) != 10:
        return False
    day = safe_date(year, int(start[5:7]), int(start[8:10]))
    return day is not None and 0 < (date.fromisoformat(named) - day).days <= _LOOK_BACK_DAYS


def _moved(mention: DateMention, year: int, published: date) -> DateMention | None:
    """The mention put in `year`, when that is earlier than the resolver's and not after
    publication."""
    shift = year - int(mention.start[:4])
    if shift >= 0:
        return None
    start = f"{year:04d}{mention.start[4:]}"
    end = mention.end
    if end and end[:4].isdigit():
        end = f"{int(end[:4]) + shift:04d}{end[4:]}"
    if start[:len(published.isoformat())] > published.isoformat():
        return None
    if len(start) == 10 and safe_date(year, int(start[5:7]), int(start[8:10])) is None:
        return None  # 29 February of a year that has none
    return DateMention(mention.span, mention.text, start, end, mention.relation)


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _clause(text: str, pos: int) -> str:
    """The clause around `pos`: from the last sentence end or semicolon to the next."""
    lo = max(text.rfind(". ", 0, pos), text.rfind(";", 0, pos), text.rfind("\n", 0, pos)) + 1
    his = [i for i in (text.find(". ", pos), text.find(";", pos), text.find("\n", pos)) if i >= 0]
    return text[lo:min(his) if his else len(text)]
