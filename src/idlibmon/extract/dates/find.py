"""`find_dates`, the dates step of the engine (see the package docstring for its parts).

It lives in a module of its own, not in the package's `__init__.py`, so that an install compiles it
(setup.py compiles every module but the package markers): its loop over the date expressions
ran in the interpreter."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates.anaphora import resolve_anaphora
from idlibmon.extract.dates.mention import DateMention
from idlibmon.extract.dates.narrative import narrative_years
from idlibmon.extract.dates.ranges import days_of_named_week, merge_ranges
from idlibmon.extract.dates.resolver import resolve
from idlibmon.extract.dates.spans import scan


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

