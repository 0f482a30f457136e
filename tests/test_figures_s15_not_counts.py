"""Session 15: numbers in agency texts that count no one, though a death, injury or aid word is near.

- A rate after a death or injury word ("children are killed every day", "one child is dying every
  two hours", "30 deaths a day on average") says how fast people die, not how many have: writers of
  seven sets leave such rates out or file them as borderline, never as a toll. A day that dates the
  count ("killed a day after the truce") is no rate.
- "aged between 6 and 12", "aged from 3 to 9" are ages, like "aged 7" and "between the ages of".
- "11 of the country's 16 provinces" counts areas, like "12 of Amhara's zones".
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 3, 1)).to_dict()["figures"]]


@pytest.mark.parametrize(
    "text",
    [
        "In the camp, one child is dying roughly every two hours, a medical charity warned.",
        "Doctors estimated that at least one infant was dying in the clinic every three hours.",
        "More than 100 children have been killed every day for the past three months.",
        "The office recorded 26 civilian deaths a day on average across the country.",
        "That is an average of more than five children killed or injured every day.",
        "About 30 children are wounded each day in the region, the agency said.",
        "At least 40 people are killed per week in the city.",
    ],
)
def test_a_rate_of_death_or_injury_is_no_toll(text: str) -> None:
    assert not any(c in ("killed", "injured") for _, c in _figs(text)), _figs(text)


@pytest.mark.parametrize(
    "text, value, category",
    [
        ("Twelve people were killed a day after the truce began, local officials said.", 12.0, "killed"),
        ("At least 704 people were killed in a single day, the highest daily toll of the war.", 704.0, "killed"),
        ("Since Monday, 40 people have been killed and 120 wounded, and strikes continue every day.", 40.0, "killed"),
        ("Since Monday, 40 people have been killed and 120 wounded, and strikes continue every day.", 120.0, "injured"),
        ("Some 50 people were killed a day into the offensive.", 50.0, "killed"),
    ],
)
def test_a_toll_dated_by_a_day_or_followed_by_another_clause_stays(text: str, value: float, category: str) -> None:
    assert (value, category) in _figs(text), _figs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks ago, four sisters aged between 7 and 15 were killed when a shell hit their home.",
        "Three boys aged from 6 to 11 were wounded by a landmine near the village.",
    ],
)
def test_ages_given_as_a_range_are_no_count(text: str) -> None:
    values = [v for v, _ in _figs(text)]
    assert 7.0 not in values and 6.0 not in values, _figs(text)


def test_a_range_of_people_stays_a_count() -> None:
    assert (9.0, "killed") in _figs("Between 9 and 14 people were killed in the raid.")


def test_a_count_of_provinces_with_their_total_is_areas() -> None:
    figs = _figs("The agency says it has fed more than 900,000 people with food aid across 11 of the "
                 "country's 16 provinces since it restarted work.")
    assert (900000.0, "in_need") in figs
    assert (11.0, "in_need") not in figs
