"""Temporal expressions resolved against an article's publication date.

News dates are relative ("on Thursday", "last month", "since mid-December") and years are
usually left out, so every expression is anchored on the day the article appeared. Past
references never resolve into the future: "19 December" in a January article is last
December; only a future-tense clause ("will meet on Friday") looks forward.

Dates are ISO strings whose length is their precision: "2019", "2019-12", "2019-12-19".
The steps: `spans` finds the expressions (one grammar, tried only near anchor words),
`resolver` turns each into dates (`relative_days` for words counted from the publication day),
`narrative` puts months told without a year in the year the story is in, `ranges` joins "from May to August", `anaphora` counts "the next day" from the date before.
"""


from datetime import date

from idlibmon.extract.dates.anaphora import resolve_anaphora
from idlibmon.extract.dates.mention import DateMention
from idlibmon.extract.dates.narrative import narrative_years
from idlibmon.extract.dates.ranges import days_of_named_week, merge_ranges
from idlibmon.extract.dates.resolver import resolve
from idlibmon.extract.dates.spans import scan

__all__ = ["DateMention", "find_dates"]


def find_dates(text: str, published: date) -> list[DateMention]:
    """All temporal expressions in `text`, resolved against `published`, in text order."""
    found: list[tuple[DateMention, bool]] = []  # (mention, year given in the text)
    for m in scan(text):
        resolved = resolve(m, text, published)
        if resolved is None:
            continue
        start, end, relation, explicit_year, span_start = resolved
        span = (span_start, m.end())
        found.append((DateMention(span, text[span[0]:span[1]], start, end, relation), explicit_year))
    merged = days_of_named_week(merge_ranges(narrative_years(found, text, published), text), text)
    return resolve_anaphora(merged, text, published)

