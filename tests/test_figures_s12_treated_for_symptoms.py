"""Session 12: people treated for the symptoms of an attack are its injured.

After a chemical or gas attack the count of the hurt is told through treatment ("had been
treated for symptoms of exposure to a nerve agent", "were still being treated for breathing
problems"). Writers of every group file these counts as injured. Treatment for a disease
("treated for diarrhoea") stays out: it is no cue of injury.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2017, 4, 5)).to_dict()["figures"]]


def test_treated_for_symptoms_of_exposure_is_injured() -> None:
    assert _figs("Medics said over 240 people had been treated for symptoms of exposure to a toxic gas.") \
        == [(240.0, "injured")]


def test_still_being_treated_for_breathing_problems_is_injured() -> None:
    assert _figs("At least 95 residents were still being treated for breathing problems on Wednesday.") \
        == [(95.0, "injured")]


def test_treated_for_exposure_is_injured() -> None:
    assert _figs("About 70 people were treated for chlorine exposure in the town overnight.") == [(70.0, "injured")]


def test_treated_for_a_disease_is_not_an_injury() -> None:
    assert _figs("Some 48 children were treated for diarrhoea at the clinic last week.") == []
