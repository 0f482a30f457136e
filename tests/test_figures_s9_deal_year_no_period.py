"""Session 9: a deal named by its year ("the 2016 peace agreement", "the 2018 Sochi deal") is dated
as an event since this session; that year is no period for a count near it ("80 people have been
killed, among them signatories of the 2016 peace agreement"). A massacre named by its
year still dates the toll it names."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _periods(text: str) -> list[tuple[int, str | None]]:
    out = extract(text, date(2025, 1, 21)).to_dict()["figures"]
    return [(f["value"], (f["when"] or {}).get("start")) for f in out]


def test_a_deals_year_is_no_period_of_a_count() -> None:
    text = "At least 80 people have been killed, among them signatories of the 2016 peace agreement."
    assert _periods(text) == [(80, None)]
    assert _periods("About 3,000 people were killed in the fighting that ended the 2018 Sochi deal.") == [(3000, None)]


def test_a_massacres_year_still_dates_its_toll() -> None:
    assert _periods("The 1982 massacre killed at least 20,000 people in Hama.") == [(20000, "1982")]
