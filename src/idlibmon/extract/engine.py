"""The extraction engine: one call from an article's text to its key figures and dated events.

Pure and deterministic (no clock, no I/O): the app runs it in a worker process, the
`extract` command and the benchmark call it directly. Bump `ENGINE_VERSION` whenever
output can change, so stored extractions are re-run (`idlibmon reextract`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from idlibmon.extract.figures import find_figures
from idlibmon.extract.text import boilerplate, html_to_text, looks_like_html, sentences
from idlibmon.models import Event, Extraction

ENGINE_VERSION: int = 1

try:  # dates, places and events are built alongside; the engine degrades without them
    from idlibmon.extract.dates import find_dates
except ImportError:  # pragma: no cover - only while the module is missing
    find_dates = None  # type: ignore[assignment]
try:
    from idlibmon.extract.places import find_places
except ImportError:  # pragma: no cover
    find_places = None  # type: ignore[assignment]
try:
    from idlibmon.extract.events import find_events
except ImportError:  # pragma: no cover
    find_events = None  # type: ignore[assignment]


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
    if not text.strip():
        return Extraction()
    anchor = published or date.today()
    skip = boilerplate(text)
    sents = sentences(text)
    dates = find_dates(text, anchor) if find_dates else []
    if skip and dates:
        dates = [d for d in dates if not any(a < d.span[1] and d.span[0] < b for a, b in skip)]
    place_hits = find_places(text, places) if find_places else []
    figures = find_figures(text, sents, skip=skip, dates=dates, places=place_hits)
    events: list[Event] = []
    if find_events:
        events = find_events(text, anchor, places, dates=dates, skip=skip, sents=sents)
    return Extraction(figures=figures, events=events)
