"""The (kind, start) pairs the engine finds in a text: what the event-rule tests compare.

Each test module reads its sentences on one publication day of its own; `kinds_on` gives it
the helper for that day (and for the places its config would name)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from idlibmon.extract.events import find_events


def kinds_on(published: date, places: Mapping[str, Sequence[str]] | None = None) -> Callable[..., list[tuple[str, str]]]:
    """`kinds(text, published=...)`: the events of `text` as (kind, start), in the engine's order."""

    def kinds(text: str, published: date = published) -> list[tuple[str, str]]:
        return [(e.kind, e.start) for e in find_events(text, published, places or {})]

    return kinds
