"""Session 12: a report quoted by its month or year ("said in a report last month") is a publication.

Four writers in three sets annotate "X said in a report last month/last year that ..." as a happening
of kind other, dated by that month or year, as they do a report "published in January". The engine
read the date as the day the source spoke (dating nothing), and the report took a date from its
own content instead ("... since the war escalated in 2015"). A report told by its day ("said in a
report on Friday") is still the source speaking."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.dates import DateMention
from idlibmon.extract.events import kind_model
from idlibmon.extract.events.speech import source_speaks

kinds = kinds_on(date(2022, 6, 15))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def _speaks(text: str, told: str, start: str) -> bool:
    at = text.index(told)
    return source_speaks(text, DateMention((at, at + len(told)), told, start, None, "in"), (0, len(text)))


def test_a_report_of_last_month_is_dated_by_its_month() -> None:
    found = kinds("A medical charity said in a report last month that clinics in the north had run out of insulin.")
    assert ("other", "2022-05") in found


def test_a_study_of_last_year_is_dated_by_its_year() -> None:
    found = kinds("A team of independent researchers found in a study last year that most wells in the valley were dry.")
    assert ("other", "2021") in found


def test_a_year_inside_the_findings_does_not_date_the_report() -> None:
    found = kinds("The charity said in a report last month that about 9,000 pupils had left school since the fighting spread in 2019.")
    assert ("other", "2022-05") in found
    assert ("other", "2019") not in found


def test_a_report_month_is_no_day_of_speaking_but_a_report_day_is() -> None:
    text = "The agency said in a report last month that prices had doubled."
    assert not _speaks(text, "last month", "2022-05")
    text = "The agency said in a report on Friday that prices had doubled."
    assert _speaks(text, "on Friday", "2022-06-10")
