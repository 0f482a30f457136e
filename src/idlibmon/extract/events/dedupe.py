"""One happening once: the same event told twice keeps its best-dated telling."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from idlibmon.extract.dates import DateMention
from idlibmon.extract.numbers import find_numbers
from idlibmon.models import Event

# a digit or a month's name makes a date absolute
_ABSOLUTE = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def relative_rank(d: DateMention) -> int:
    """How well a date names its day, to keep the best telling of a happening told twice:
    0 "in August", "on 19 December"; 1 a bare "August"; 2 relative words ("this week")."""
    return _rank(d.text)


@lru_cache(maxsize=4096)
def _rank(text: str) -> int:
    if not _ABSOLUTE.search(text):
        return 2
    return 0 if " " in text.strip() else 1


def deduplicated(events: list[tuple[Event, int]]) -> list[Event]:
    """One happening once: the same kind on the same or overlapping dates is the same event
    told twice (headline and body, or "over the last two weeks" and "between 12-25 December")."""
    kept: list[tuple[Event, int]] = []
    of_kind: dict[str, list[int]] = {}  # where each kind's events are in `kept`: `_same` never pairs two kinds
    for event, rank in events:
        mine = of_kind.setdefault(event.kind, [])
        twin = next((k for k in mine if _same(kept[k][0], event)), None)
        if twin is None:
            mine.append(len(kept))
            kept.append((event, rank))
        elif rank < kept[twin][1] or (rank == kept[twin][1] and len(event.start) > len(kept[twin][0].start)):
            kept[twin] = (event, rank)  # an absolute date beats a relative one, a day its month
    if len(kept) > 1:
        kept = _one_stretch(kept)
    if len(kept) > 1 and _any_counted_after(kept):
        kept = [(e, r) for e, r in kept if not _roughly_retold(e, kept)]
    return sorted((e for e, _ in kept), key=lambda e: e.span)


# two dates joined by "and" alone, in one telling: "during the offensive of late 2019 and early 2020"
_JOINED = re.compile(r"(?i:\s*,?\s*and\s+(?:in\s+|on\s+|during\s+|over\s+)?)")
_PART_OF = re.compile(r"(?i:\b(?:early|late|first|start|beginning|end)\b)")


def _one_stretch(kept: list[tuple[Event, int]]) -> list[tuple[Event, int]]:
    """One happening told over two touching stretches of time is one event, dated by the first:
    "fled across the border on Monday and early Tuesday", "crossed over the weekend and in the first
    days of this week", "the government offensive of late 2019 and early 2020". Stretches apart
    ("overrun in April and July") or a happening told again ("on Saturday and again on Sunday") stay two."""
    out: list[tuple[Event, int]] = []
    of_kind: dict[str, list[int]] = {}  # where each kind's events are in `out`
    for event, rank in kept:
        mine = of_kind.setdefault(event.kind, [])
        k = next((k for k in mine if (e := out[k][0]).span[0] < event.span[1]
                  and event.span[0] < e.span[1] and (_touching(e, event) or _touching(event, e))), None)
        if k is None:
            mine.append(len(out))
            out.append((event, rank))
        elif _touching(event, out[k][0]):
            out[k] = (event, rank)  # the telling dated by the first stretch stands for both
    return out


def _touching(first: Event, second: Event) -> bool:
    a, b = first.resolved_from or "", second.resolved_from or ""
    if not a or not b or b[:3].lower() == "by " or b[:5].lower() == "until":
        return False  # ("entered the city on Friday and by Saturday held most of it": the taking, told apart)
    text = first.text if b in first.text else second.text
    i = text.find(a)
    j = text.find(b, i + len(a)) if i >= 0 else -1
    if j < 0 or not _JOINED.fullmatch(text, i + len(a), j):
        return False
    try:
        end = _bounds(first.start, first.end)[1]
        start = _bounds(second.start, None)[0]
    except ValueError:
        return False
    # (a stretch on each side: "late 2019 and early 2020", "on Monday and early Tuesday", "over the
    # weekend and in the first days of this week"; two bare days, "on March 5 and March 6", can be two tries)
    return 0 <= (start - end).days <= 1 and bool(first.end or _PART_OF.search(a) or _PART_OF.search(b))


# "a week after insurgents overran Palma", "three days after the quake": a time counted loosely
# back from the day of writing (or of another happening), in days or weeks
_COUNTED_AFTER = re.compile(
    r"(?i:(?:just\s+|barely\s+|less\s+than\s+|more\s+than\s+|about\s+|some\s+)?"
    r"(?P<n>a|an|one|two|three|four|five|six|\d+)\s+(?P<unit>days?|weeks?)\s+after)"
)
_VIOLENT = frozenset(("attack", "capture", "offensive", "escalation"))


def _any_counted_after(kept: list[tuple[Event, int]]) -> bool:
    """Whether some event is dated by a count after another happening (_COUNTED_AFTER): tried
    only where the words end in "after" (no other letters match those case-blind)."""
    for e, _ in kept:
        said = e.resolved_from or ""
        if said[-5:].lower() == "after" and _COUNTED_AFTER.fullmatch(said):
            return True
    return False


def _roughly_retold(event: Event, kept: list[tuple[Event, int]]) -> bool:
    """Whether an event dated only by a count after it ("a week after insurgents overran Palma")
    is a happening the text dates exactly elsewhere, a day or two apart: the count is loose ("a
    week" from a Thursday is the Thursday before, where the assault began on the Wednesday), so
    the exact telling stands for it. The same kind, or two names of one assault (captured, attacked)."""
    m = _COUNTED_AFTER.fullmatch(event.resolved_from or "")
    if m is None or len(event.start) != 10 or event.end:
        return False
    slack = 2 if m.group("unit").lower().startswith("week") else 1
    day = date.fromisoformat(event.start)
    for other, rank in kept:
        if other is event or rank != 0 or len(other.start) != 10 or _COUNTED_AFTER.fullmatch(other.resolved_from or ""):
            continue
        if (other.span[0] < event.span[1] and event.span[0] < other.span[1]) or 0 <= event.span[0] - other.span[1] <= 3:
            # the happening counted from: "began on Oct. 8, a day after Hamas' attack" tells two (so does
            # "Since Hezbollah began firing on October 8 last year, a day after the Hamas attack", told apart)
            continue
        if not (other.kind == event.kind or (other.kind in _VIOLENT and event.kind in _VIOLENT)):
            continue
        try:
            gap = abs((date.fromisoformat(other.start) - day).days)
        except ValueError:
            continue
        if 0 < gap <= slack:
            return True
    return False


# a day named by pointing back at another happening's, at the end of its clause or opening it: "On
# the same day, shelling struck two hospitals", "the government declared a ceasefire the same day."
# ("the same day the Aleppo offensive began" names the happening pointed back to; "the same
# evening" is mostly the next step of that one, "the agreement took effect the same evening")
_SAME_DAY_AS = re.compile(r"(?i:(?:on\s+)?(?:the|that)\s+same\s+day)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|\band\b|$)")


def _pointed_back(e: Event) -> bool:
    """Whether the event's day is told as another happening's day: a second happening, never a
    retelling of the one it points back to."""
    said = e.resolved_from or ""
    if "same" not in said or not _SAME_DAY_AS.fullmatch(said):
        return False
    at = e.text.find(said)
    return at >= 0 and _CLAUSE_ENDS.match(e.text, at + len(said)) is not None


# a few days counted on from a happening told only by its month: "the sarin attack of April 2017 led
# the US to fire missiles at an air base three days later" (dates.anaphora keeps the month)
_DAYS_LATER = re.compile(r"(?i:(?:\w+\s+)?days?\s+later)")


def _days_on_in_month(e: Event) -> bool:
    """Whether the event is dated a few days after another happening of the same month: a
    second happening, not a retelling of the first."""
    said = e.resolved_from or ""
    return len(e.start) == 7 and said[-5:].lower() == "later" and _DAYS_LATER.fullmatch(said) is not None


# a later telling that says it is a further happening of the day: "Hours later, a nearby clinic was
# itself hit", "residents held another rally on Wednesday" (same kind, same day, two events)
_SECOND = re.compile(r"(?i:\b(?:a\s+second|another|hours\s+later|later\s+that\s+day|minutes\s+later)\b)")


def _same(a: Event, b: Event) -> bool:
    if a.kind != b.kind:
        return False
    overlapping = a.span[0] < b.span[1] and b.span[0] < a.span[1]
    if a.start == b.start:
        if not overlapping and _SECOND.search((b if b.span[0] > a.span[0] else a).text):
            return False
        if _days_on_in_month(a) != _days_on_in_month(b):
            return False
        if not overlapping and (_pointed_back(a) or _pointed_back(b)) and not (
            (a.resolved_from or "")[:6].lower() == "within" or (b.resolved_from or "")[:6].lower() == "within"
        ):
            # "Kafr Nabel hospital, struck on 5 May, and Nabad Al Hayat hospital, destroyed on the
            # same day": two strikes that share a day, the second dated by the first
            return False
    if a.place and b.place and a.place != b.place and _placed_apart(a, b):
        return False  # two strikes on one day in two towns (but one month's flight, told twice, is one)
    if a.start == b.start:
        # one day's two tellings of a statement or meeting share a name or a word of substance;
        # a council meeting and a leader's call on one day, told in other words, are two events
        if a.kind in ("talks", "humanitarian") and len(a.start) == 10 and not (a.end or b.end):
            return _share_words(a.text, b.text)
        return True
    if a.end and b.end:
        return _mostly_overlap(a, b)
    if a.kind == "offensive" and (a.end is None) != (b.end is None):
        # one offensive a week: "Azerbaijan's offensive last week" retells the one launched on 19
        # September (talks, strikes and truces come several to a week: their tellings stay apart)
        return _week_holds_day(a, b) if a.end else _week_holds_day(b, a)
    if not (a.end or b.end) and len(a.start) != len(b.start) and overlapping and (
        _told_finer_within(a, b) if b.start.startswith(a.start) else a.start.startswith(b.start) and _told_finer_within(b, a)
    ):
        return True
    if len(a.start) != len(b.start) and _same_count_finer(a, b):
        return True
    if a.kind in _ONE_A_MONTH and not (a.end and b.end) and len(a.start) != len(b.start):
        # "the August truce" retells the truce of 31 August: one ceasefire or offensive a month; so
        # is an escalation ("intensified over the past ten days" and "since late April", told at the
        # end of April, are one), even when one telling is a stretch of days
        return a.start.startswith(b.start) or b.start.startswith(a.start)
    return False


_RARE = frozenset(("ceasefire", "offensive"))
_ONE_A_MONTH = _RARE | {"escalation"}
_STRUCK = frozenset(("attack", "capture"))


def _since(e: Event) -> bool:
    return (e.resolved_from or "")[:6].lower() == "since "


def _placed_apart(a: Event, b: Event) -> bool:
    """Whether two tellings of one kind in two places are two happenings. A strike or a town taken
    is where it happened, even inside a stretch told elsewhere ("swept into Aleppo over the weekend"
    and "also captured Saraqeb on Saturday" are two captures). An offensive or a truce spans places
    (launched "from Idlib" and "into western Aleppo" on one day is one offensive); a month's flight
    told twice is one flight; other kinds differ by place only as single days."""
    if a.kind in _RARE:
        return False
    if a.kind == "escalation" and a.start == b.start and len(a.start) == 10 and not (a.end or b.end):
        # a flare-up is the fighting's, not a town's: told on one day in two places ("escalated
        # sharply on 5 October", "Within hours, forces began shelling Idlib city"), it is one
        return False
    if a.end or b.end:
        return a.kind in _STRUCK
    if a.kind == "displacement" and a.start == b.start and (_since(a) or _since(b)):
        # a wave of flight counted from its first day ("Since 1 December, 800,000 people have been
        # uprooted in Idlib") and that day told again ("The wave began on 1 December, when ground
        # operations resumed around Maarat al-Numan") is one flight, wherever each telling stands
        return False
    return len(a.start) == 10 or a.kind != "displacement"
# a count of people, trucks or households: a hundred or more, as `numbers` reads it ("960,000",
# "38 667", "1.2m", "2 million" are one value each); a year ("2015") names a date, not a count
_YEAR = re.compile(r"(?:19|20)\d\d")


def _counts(text: str) -> set[float]:
    return {n.value for n in find_numbers(text) if n.value >= 100 and n.unit is None and not _YEAR.fullmatch(n.text)}


def _same_count_finer(a: Event, b: Event) -> bool:
    """One tally told twice, once to the month and once to the day: "Of the nearly 960,000 people
    displaced since December" retells "Nearly 960,000 people were displaced between 1 December and
    5 March" (the same count, inside the same month). The count names the happening; the looser
    telling adds nothing the timeline does not show."""
    coarse, fine = (a, b) if len(a.start) < len(b.start) else (b, a)
    if coarse.end or not fine.start.startswith(coarse.start) or (a.span[0] < b.span[1] and b.span[0] < a.span[1]):
        return False  # (two dates in one sentence tell two happenings: "Earlier this month a convoy of
        # 40 trucks crossed with relief for 50,000 people, and 20 more are to cross this week")
    shared = _counts(coarse.text)
    return bool(shared and shared & _counts(fine.text))


# what starts another happening between a month told and a day after it ("Last year Russia vetoed
# ... before agreeing ... in a resolution adopted on July 12, 2022" tells two)
_OTHER_CLAUSE = re.compile(r"(?i:[;:.]|\b(?:and|but|before|after|when|while|then|until|since|which|who)\b)")


def _told_finer_within(coarse: Event, fine: Event) -> bool:
    """Whether the coarse event's words go on, in the same clause, to the finer date: "Earlier this
    month, a summit of the three Astana powers in Tehran on 7 September failed" is the summit once,
    on its day."""
    if not coarse.resolved_from or not fine.resolved_from:
        return False
    at = coarse.text.find(coarse.resolved_from)
    fine_at = coarse.text.find(fine.resolved_from, at + len(coarse.resolved_from)) if at >= 0 else -1
    if fine_at < 0:
        return False
    between = coarse.text[at + len(coarse.resolved_from):fine_at]
    return len(between) <= 80 and not _OTHER_CLAUSE.search(between)


_WORD = re.compile(r"[A-Za-z][a-z'’-]{3,}|\d[\d,.]*")
_PLAIN = frozenset((
    "after", "again", "against", "also", "among", "around", "been", "before", "between", "both", "during", "early",
    "earlier", "first", "from", "have", "held", "into", "last", "late", "later", "least", "more", "most", "near",
    "said", "since", "some", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "today", "under", "until", "were", "when", "where", "which", "while", "with", "would", "year",
    "month", "week", "morning", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "people", "least",
))


def _content(text: str) -> set[str]:
    return {w[:5] for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _PLAIN}


def _share_words(a: str, b: str) -> bool:
    return bool(_content(a) & _content(b))


def _bounds(start: str, end: str | None) -> tuple[date, date]:
    """First and last day a start/end pair covers, at the precision written."""
    def first(s: str) -> date:
        return date(int(s[:4]), int(s[5:7]) if len(s) >= 7 else 1, int(s[8:10]) if len(s) >= 10 else 1)

    def last(s: str) -> date:
        y = int(s[:4])
        if len(s) >= 10:
            return date(y, int(s[5:7]), int(s[8:10]))
        m = int(s[5:7]) if len(s) >= 7 else 12
        return date(y, m, calendar.monthrange(y, m)[1])

    return first(start), last(end or start)


def _week_holds_day(week: Event, day: Event) -> bool:
    """Whether a happening told by a week ("Azerbaijan's offensive last week", "the assault earlier
    this week") holds the day another telling names ("launched on 19 September"): the week's
    telling retells that one, loosely."""
    said = (week.resolved_from or "").lower()
    if "week" not in said or len(day.start) != 10 or day.end or len(week.start) != 10 or not week.end:
        return False
    return week.start <= day.start <= week.end


def _mostly_overlap(a: Event, b: Event) -> bool:
    """Two periods that cover mostly the same days ("over the last two weeks", "between 12-25
    December"); a week inside two months is another happening."""
    try:
        (a0, a1), (b0, b1) = _bounds(a.start, a.end), _bounds(b.start, b.end)
    except ValueError:
        return a.start <= (b.end or "") and b.start <= (a.end or "")
    common = ((b1 if b1 < a1 else a1) - (b0 if b0 > a0 else a0)).days + 1
    longest = ((b1 - b0).days if (b1 - b0).days > (a1 - a0).days else (a1 - a0).days) + 1
    return common > 0 and 2 * common >= longest
