"""Dates told in a row after one verb, and a finer date inside the one paired.

"recaptured Maaret al-Numan on January 28 and Saraqeb on February 8" is one happening each date,
"the corridor failed on Saturday and again on Sunday" the same happening once more, "On 31
October and 1 November, air strikes hit the camp" one happening over two days.
"""

from __future__ import annotations

import re
from datetime import date

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import HARD_BREAK, Trigger

# between two dates of one list: "and", "and Saraqeb", "and Qalaat al-Madiq", "and the town of Binnish",
# "and the southern province of Daraa", "and to one" (the words of a noun phrase, but no verb:
# "and the army shelled the town" starts a happening of its own)
# (... or told as the next step, the verb left out: "took Masisi on 4 January and later Minova, a key
# supply hub for Goma, on 21 January", "retook Aleppo in December 2016, then Deraa in July 2018")
_NOT_A_VERB = r"(?!(?:[\w'’-]*ed|is|are|was|were|has|have|had|will|would|says?|took|fell|hit|began|which|who|where)\b)"
_LISTED = re.compile(
    r"\s*,?\s*(?:(?:and|or)(?:\s+(?:then|later))?|then|later)\s+(?:" + _NOT_A_VERB + r"[\w'’-]+\s+){0,6}?"
    r"(?:" + _NOT_A_VERB + r"[\w'’-]+\s*,\s+(?:" + _NOT_A_VERB + r"[\w'’-]+\s+){0,8}?[\w'’-]+,\s+)?"
)
_NEXT_STEP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?(?:then|later)\b")
_AGAIN = re.compile(r"(?i:\b(?:and|but|or)\s+(?:then\s+)?again\s+$)")


def share_listed(text: str, usable: list[DateMention], best: dict[int, Trigger]) -> dict[int, str]:
    """Gives listed dates their neighbour's trigger in `best` (dropping the second of two days
    told as one happening); returns the end day of each date that now spans two."""
    ends: dict[int, str] = {}
    for i in range(1, len(usable)):
        prev, d = usable[i - 1], usable[i]
        # "the corridor failed on Saturday and again on Sunday": the same happening once more
        if i - 1 in best and _AGAIN.search(text, (d.span[0] - 20 if d.span[0] - 20 > prev.span[1] else prev.span[1]), d.span[0]):
            best[i] = best[i - 1]
        elif i - 1 in best and (i not in best or _across_comma(text, d, best[i]) or best[i][1] <= prev.span[0]) and best[i - 1][1] <= prev.span[0] and (
            _LISTED.fullmatch(text, prev.span[1], d.span[0])
        ) and not (_NEXT_STEP.match(text, prev.span[1], d.span[0]) and best[i - 1][2] != "capture"
                   and "," in text[best[i - 1][1]:prev.span[0]]):
            # (a next step shares a capture, or the verb of its own clause: "The offensive began in early
            # January, when M23 took Masisi on 4 January and later Minova" is no second offensive)
            # "recaptured Maaret al-Numan on January 28 and Saraqeb on February 8", "closed in January
            # 2020 and July 2020": a list of dates shares the verb before it, one happening each (over
            # a word in the next clause: "... on February 8, before rebels backed by artillery ...", or
            # over a word before the list: "de-escalation zones, were overrun in April and July")
            best[i] = best[i - 1]
        elif i - 1 in best and i in best and best[i][2] == best[i - 1][2] and _next_day(prev, d) and (
            text[prev.span[1]:d.span[0]].strip() == "and"
        ) and not (best[i - 1][1] <= prev.span[0] and best[i][0] >= d.span[1]):
            # (each day with its own verb is two happenings: "entered the city late on Sunday and by Monday
            # morning had seized the airport")
            # "On 31 October and 1 November, air strikes hit the camp": one happening over two days
            ends[i - 1] = d.start
            del best[i]
    return ends


def _across_comma(text: str, d: DateMention, trig: Trigger) -> bool:
    """Whether a trigger lies after the date, past a comma."""
    return trig[0] >= d.span[1] and "," in text[d.span[1]:trig[0]]


def _next_day(a: DateMention, b: DateMention) -> bool:
    """Whether `b` names the day after `a` (both single days)."""
    if a.end or b.end or len(a.start) != 10 or len(b.start) != 10:
        return False
    try:
        return (date.fromisoformat(b.start) - date.fromisoformat(a.start)).days == 1
    except ValueError:
        return False


def finer(text: str, usable: list[DateMention], best: dict[int, Trigger], i: int,
          trig: Trigger) -> DateMention:
    """A finer date of the same clause that lies inside the one paired: "collapsed last year,
    when the regime launched an offensive ... in April" is April."""
    d = usable[i]
    for k, other in enumerate(usable):
        if k in best or len(other.start) <= len(d.start) or not other.start.startswith(d.start):
            continue
        lo, hi = (trig[1], other.span[0]) if other.span[0] >= trig[1] else (other.span[1], trig[0])
        if hi - lo <= 60 and not HARD_BREAK.search(text, lo, hi) and (
            "," not in text[lo:hi] or (lo == trig[1] and _PARTICIPLE_ASIDE.fullmatch(text, lo, hi))
        ):
            return other
    return d


# a participle set off after the happening, ending at the finer date: "Last year's conference, held
# online in June, raised pledges" is June's
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:held|signed|brokered|agreed|reached|launched|adopted|convened|hosted)\b[^,.;]{0,40}")
