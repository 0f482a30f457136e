"""Session 10: an agency's release told with its warning set off after its day is the article's
source speaking, not a statement: "the refugee agency said on Friday, warning that camps were
full" (blind25, 27, 31, 37 and the figures set, five writers; the gold never counts these). A
government or a person in office who warns so still makes a statement (kind talks)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 3, 9))  # a Saturday


def test_an_agency_warning_after_its_day_is_its_report() -> None:
    found = kinds("Some 40,000 people have crossed the border since 1 February, the refugee agency said on Friday, "
                  "warning that transit camps were full.")
    assert ("talks", "2024-03-08") not in found


def test_a_warning_set_off_after_local_sources_is_still_the_report() -> None:
    found = kinds("At least 90 people were killed, the UN said on Friday, citing local sources, warning the true "
                  "toll was likely higher.")
    assert ("talks", "2024-03-08") not in found


def test_a_minister_warning_so_makes_a_statement() -> None:
    found = kinds("The foreign minister said on Friday, warning that any attack on the convoys would be answered.")
    assert found == [("talks", "2024-03-08")]
