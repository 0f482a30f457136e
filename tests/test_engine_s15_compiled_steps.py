"""The dates and events steps live in modules an install compiles, not in package markers.

setup.py compiles every engine module except the `__init__.py` files, so `find_dates` and
`find_events` moved out of theirs (`dates/find.py`, `events/find.py`): their loops over every
date expression and every sentence ran in the interpreter. The packages still export them, and
tools that hook a step `find_events` calls (the kind-model and detector trainers) set it on
`events.find`, where the function looks it up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import idlibmon.extract.dates as dates_package
import idlibmon.extract.events as events_package
import idlibmon.extract.events.find as events_find
from idlibmon.extract.dates import find_dates
from idlibmon.extract.dates.find import find_dates as dates_find_dates
from idlibmon.extract.events import find_events

PUBLISHED = date(2024, 3, 15)
TEXT = "Shelling hit the river district of Tallam on Tuesday, and rescuers said four people were killed."


def test_the_packages_export_the_steps_from_their_own_modules() -> None:
    assert find_dates is dates_find_dates
    assert find_events is events_find.find_events
    assert dates_package.__all__ == ["DateMention", "find_dates"]
    assert events_package.__all__ == ["find_events"]


def test_no_step_is_left_in_a_package_marker() -> None:
    for package in (dates_package, events_package):
        marker = Path(package.__file__ or "")
        source = marker.with_suffix(".py").read_text(encoding="utf-8")
        assert "\ndef " not in source and "\nclass " not in source, marker


def test_the_steps_give_dates_and_events() -> None:
    dates = find_dates(TEXT, PUBLISHED)
    assert [d.start for d in dates] == ["2024-03-12"]
    events = find_events(TEXT, PUBLISHED, dates=dates)
    assert [(e.kind, e.start) for e in events] == [("attack", "2024-03-12")]


def test_a_hook_set_on_the_events_module_is_the_one_called(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def record(low: str, events: list[tuple[object, int]], sents: object, model: object = None) -> list[tuple[object, int]]:
        seen.append(len(events))
        return []  # the model drops every candidate

    monkeypatch.setattr(events_find, "rekinded", record)
    assert find_events(TEXT, PUBLISHED) == []
    assert seen == [1]

