"""Session 12: attackers and assailants are people a toll counts.

Reports of a raid or an assault often count the dead on the attacking side by what they did
("the army said it killed 40 attackers", "six assailants died in the exchange of fire"), not by
what they are. Writers annotate those as killed, like fighters or militants; before this the
noun was not a people word, so the number counted nothing.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 3, 8)).to_dict()["figures"]]


def test_attackers_killed_by_troops_are_killed() -> None:
    text = "Soldiers repelled a night assault on the garrison town, killing about 40 attackers, the army said."
    assert (40.0, "killed") in _figs(text)


def test_assailants_who_died_are_killed() -> None:
    text = "Police said nine assailants died when officers returned fire outside the ministry on Tuesday."
    assert (9.0, "killed") in _figs(text)


def test_attackers_wounded_are_injured() -> None:
    text = "The governor said 14 attackers were wounded and later taken into custody."
    assert (14.0, "injured") in _figs(text)


def test_attackers_without_a_toll_cue_are_no_figure() -> None:
    text = "Witnesses said around 200 attackers on motorbikes surrounded the village before dawn."
    assert not any(v == 200.0 for v, _ in _figs(text))
