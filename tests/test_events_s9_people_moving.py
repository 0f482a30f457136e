"""Session 9: people getting out or pouring over are a flight ("around 20,000 people escaped on
Tuesday alone", "thousands of people streamed out of Maarat al-Numan", "Yazidis streamed across the
Tigris"), and a count "of them" is people arriving ("About 1,400 of them arrived in Pemba by boat
over the weekend"): blind19, 21, 33. Prisoners escaping stay a jailbreak; a person escaping an
attempt on his life is no flight."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2022, 3, 17))  # a Thursday


def test_people_escaping_or_streaming_out_flee() -> None:
    assert kinds("Around 20,000 people escaped on Tuesday alone.") == [("displacement", "2022-03-15")]
    assert kinds("On Tuesday, thousands of people streamed out of the town.") == [("displacement", "2022-03-15")]
    assert kinds("Thousands of Yazidis streamed across the Tigris into the Kurdish region on Tuesday.") == [
        ("displacement", "2022-03-15")]


def test_a_count_of_them_arriving_is_people_arriving() -> None:
    assert kinds("About 1,400 of them arrived in Pemba by boat over the weekend.") == [("displacement", "2022-03-12")]


def test_prisoners_or_a_minister_escaping_are_no_flight() -> None:
    assert [k for k, _ in kinds("Four prisoners escaped on Tuesday.")] != ["displacement"]
    assert [k for k, _ in kinds("The minister escaped an assassination attempt on Tuesday.")] != ["displacement"]
