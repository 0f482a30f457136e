"""The extraction engine: one call from an article's text to its key figures and dated events.

Pure and deterministic (no clock, no I/O): the app runs it in a worker process, the
`extract` command and the benchmark call it directly. Bump `ENGINE_VERSION` whenever
output can change, so stored extractions are re-run (`idlibmon reextract`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import date

from idlibmon.extract.dates import DateMention, find_dates
from idlibmon.extract.events import find_events
from idlibmon.extract.events.speech import source_speaks
from idlibmon.extract.figure_onset import onset_periods
from idlibmon.extract.figures import find_figures
from idlibmon.extract.places import find_places
from idlibmon.extract.text import Span, boilerplate, html_to_text, looks_like_html, sentences
from idlibmon.models import Extraction

ENGINE_VERSION: int = 15  # 2: session 2 (event kinds, periods, figure categories); 3: session 3 (dates, figures, events accuracy); 4: session 4 (event kinds, dates, tallies, figures); 5: session 5 (event kinds, story years, absent and background events, figures); 6: session 6 (event kinds, relief by its own verb, figure binding, late/early weeks); 7: session 7 (figure roles, planned happenings, hours later, weekdays of a named week); 8: session 8 (the learned kind decision taught the conventions, happenings the lexicon lacked, event dates in narratives, figure roles and places); 9: session 9 (deals and campaigns named by their year, towns held since a date, relief told by who moves, civil happenings told by their actor, courts and famine findings, levels and retellings that are no happenings, the kind model retrained); 10: session 10 (figure roles for camps, shelters and returns, capture and relief verbs, second happenings on one day, statements through a channel, dates before, after and days later, kinds of outbreaks and takeovers, the kind model retrained); 11: session 11 (timelines read as dated entries, council meetings, control claims, weekday tense by the governing verb, relief handed out, anaphoric months and nights, border crossings as refugees, treated for injuries, the kind model retrained); 12: session 12 (quoted speakers' asides, headline appointments ahead, plans put off, officials' statements, anniversaries with 'ago', defections, bare fighting, evacuations as relief, figure places, sources and onsets, the kind model retrained); 13: session 13 (background years of kind other, date-led dash entries, plans told with the bare verb, sustained bombardment as escalation, hostages as other, UN agencies named in full, populations undated, the kind model retrained); 14: session 14 (blame participles and bare current periods date nothing, rolling windows back from the publication day, publications as other, catchments, phone numbers, sheltering inside a named building, added counts restated, the kind model retrained); 15: session 15 (votes dated on their day, a period's start dated to its 1st, camps abroad as refugees, rates and age ranges that count no one, peoples and faith communities counted, the kind model retrained and trusted at 0.4)


def prepare(text: str) -> str:
    """The text the engine reads: the visible text of HTML, plain text as given."""
    return html_to_text(text) if looks_like_html(text) else text


def extract(
    text: str,
    published: date | None = None,
    places: Mapping[str, Sequence[str]] | None = None,
) -> Extraction:
    """Key figures and dated events of one article.

    `published` anchors relative dates ("on Thursday", "last month"); without it, today.
    HTML is reduced to its visible text first, and spans then point into that text.
    """
    text = prepare(text)
    if not text or text.isspace():
        return Extraction()
    anchor = published or date.today()
    skip = boilerplate(text)
    sents = sentences(text)
    dates = find_dates(text, anchor)
    if skip and dates:
        dates = [d for d in dates if not any(a < d.span[1] and d.span[0] < b for a, b in skip)]
    place_hits = find_places(text, places)
    figures = find_figures(text, sents, skip=skip, dates=_periods(text, dates, sents), places=place_hits)
    events = find_events(text, anchor, places, dates=dates, skip=skip, sents=sents, place_hits=place_hits)
    figures = onset_periods(text, sents, figures, events, anchor, dates)  # "killed since the offensive began"
    return Extraction(figures=figures, events=events)


def _periods(text: str, dates: list[DateMention], sents: Sequence[Span]) -> list[DateMention]:
    """The dates a figure's period may come from: the day a source spoke ("Bachelet said on
    Friday that 450 had been killed since the end of April") dates the saying, so it gives way
    to any other date of its sentence; alone, it still tells when the count was current.

    Only a sentence with two dates or more can drop one: each date's sentence is looked up by
    bisection, and the dates keep their order."""
    if len(dates) < 2:
        return list(dates)
    starts = [s for s, _e in sents]
    by_sentence: dict[int, list[int]] = {}
    for j, d in enumerate(dates):
        k = bisect_right(starts, d.span[0]) - 1
        if k >= 0 and d.span[0] < sents[k][1]:
            by_sentence.setdefault(k, []).append(j)
    dropped: set[int] = set()
    for k, group in by_sentence.items():
        if len(group) > 1:
            spoken = [source_speaks(text, dates[j], sents[k]) for j in group]
            if not all(spoken):
                dropped.update(j for j, said in zip(group, spoken, strict=True) if said)
    return [d for j, d in enumerate(dates) if j not in dropped] if dropped else list(dates)
