"""Session 12: every age of a list after "aged" is an age ("two boys aged 5 and 13"), not only the first.

The issue lists ages among what is no figure; "aged 5" was rejected, but the later members of a
list ("and 13", ", 9 and 12") were read as counts of the dead the sentence goes on to tell.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers


def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


def test_second_age_of_a_pair_is_no_number() -> None:
    assert _values("Mortar fire hit the yard, killing two boys aged 5 and 13.") == [2.0]


def test_ages_in_a_longer_list_and_in_words() -> None:
    assert _values("Four girls aged 3, 8 and 10 died in the fire.") == [4.0]
    assert _values("Two sisters, aged seven and twelve, were hurt.") == [2.0]
    assert _values("Patients aged 6 or 7 were sent home.") == []


def test_a_count_of_people_after_an_age_is_still_a_count() -> None:
    assert _values("The youngest victim was aged 4 and 30 people were wounded.") == [30.0]


def test_age_list_leaves_only_the_count_of_the_dead() -> None:
    out = extract("Shells struck the market on Monday, killing three children aged 6, 9 and 14.",
                  date(2024, 3, 6)).to_dict()
    assert [(f["value"], f["category"]) for f in out["figures"]] == [(3, "killed")]
