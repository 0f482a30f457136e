"""What users read beside a figure's value (session 5): its place and its period. Places
joined by "and" are one place; a dateline, a capital standing for its government and the
seat of a speaker are no place of the count; a figure said twice keeps the fuller period.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2020, 2, 12)


def one(text: str, pub: date = PUB) -> tuple[str | None, tuple[str, str | None] | None]:
    figs = extract(text, pub).figures
    assert len(figs) == 1, figs
    f = figs[0]
    return f.place, (f.when.start, f.when.end) if f.when else None


def test_two_places_joined_by_and_are_the_figure_s_place() -> None:
    place, _ = one("Some 95,000 people have been displaced from northern Hama and southern Idlib this week.")
    assert place == "northern Hama and southern Idlib"


def test_a_dateline_is_not_where_the_count_is() -> None:
    place, _ = one("ANKARA (Reuters) - At least 17 soldiers were killed in an air strike near Balyun.")
    assert place != "Ankara"


def test_a_capital_standing_for_its_government_is_not_a_place() -> None:
    place, _ = one("An air strike near Afrin killed 12 soldiers, prompting Ankara to retaliate with drones.")
    assert place == "Afrin"


def test_the_seat_of_a_speaker_is_not_a_place() -> None:
    place, _ = one("The health ministry in Damascus said 400 people had died in government-held areas.")
    assert place is None


def test_a_figure_said_twice_keeps_the_fuller_period() -> None:
    text = ("72 health facilities have suspended services since 1 December.\n\n"
            "The Health Cluster reports that 72 health facilities suspended services between 1 December and "
            "10 February, because they were damaged or the communities they served had fled.")
    _, when = one(text)
    assert when == ("2019-12-01", "2020-02-10")
