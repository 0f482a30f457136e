"""Session 10: the date right after a truce's breakdown tells when it failed, not a truce.

"A truce brokered by the mediators took hold on 2 June but repeatedly broke down in the autumn",
"Efforts at a second truce broke down through 2023": the first date dates the truce, the one after
"broke down"/"collapsed" dates no ceasefire (blind14, blind18; the gold never counts a truce there:
what broke it, when told, is its own event). A truce agreed on a day and said to have collapsed
later keeps its own date."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 11, 20))


def test_the_date_of_a_breakdown_is_no_second_truce() -> None:
    found = kinds("A truce brokered by the mediators took hold on 2 June but repeatedly broke down in the autumn.")
    assert [k for k in found if k[0] == "ceasefire"] == [("ceasefire", "2024-06-02")]


def test_a_truce_that_collapsed_through_a_year_is_no_truce_of_that_year() -> None:
    found = kinds("Efforts at a second truce collapsed through 2023.")
    assert ("ceasefire", "2023") not in found


def test_a_truce_dated_by_its_agreement_stays() -> None:
    assert ("ceasefire", "2024-03") in kinds("A ceasefire agreed in March collapsed within days.")
