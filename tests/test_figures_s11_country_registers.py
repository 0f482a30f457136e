"""Session 11: arrivals a country registers are refugees, also when an aside or its government
stands between the country and the verb.

"Armenia, a country of 2.8 million, has registered …", "Chad's government said it had registered
…", "… into Rwanda, where the authorities reported … new arrivals": blind11, 33 and 43 (three writer
groups) annotate refugees; the engine had them displaced.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 10, 1)).to_dict()["figures"]]


def test_government_said_it_registered_arrivals_is_refugees() -> None:
    assert _figs("Chad's government said it had registered 41,250 arrivals by Sunday evening.") == [(41_250.0, "refugees")]


def test_country_after_an_aside_registered_arrivals_is_refugees() -> None:
    got = _figs("Moldova, a country of 2.6 million people, has so far registered more than 88,000 new arrivals.")
    assert (88_000.0, "refugees") in got


def test_where_the_authorities_reported_arrivals_is_refugees() -> None:
    got = _figs("Some crossed the border into Uganda, where the authorities reported some 3,400 new arrivals in Bunagana.")
    assert got == [(3_400.0, "refugees")]


def test_arrivals_in_a_town_with_no_country_stay_displaced() -> None:
    assert _figs("Local officials reported some 3,400 new arrivals in Pemba over the weekend.") == [(3_400.0, "displaced")]


def test_country_before_another_verb_does_not_make_refugees() -> None:
    got = _figs("Chad, a country of 18 million people, has so far lost 2,100 people to the floods.")
    assert (2_100.0, "refugees") not in got
