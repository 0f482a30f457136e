"""Relief work set going, told by the round or the shelter it starts, is a humanitarian event
(session 11: these dated sentences had no trigger)."""

from datetime import date

from idlibmon.extract.events import find_events

PUB = date(2025, 4, 24)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.start, e.kind) for e in find_events(text, PUB)]


def test_new_distribution_cycle_begun() -> None:
    text = "On 14 April, the agency began a new distribution cycle for 90,000 returnees in the south."
    assert _events(text) == [("2025-04-14", "humanitarian")]


def test_rubble_removal_programme_launched() -> None:
    text = "Earlier this month, the municipality and a UN agency launched a rubble-removal programme in two towns."
    assert _events(text) == [("2025-04", "humanitarian")]


def test_tents_being_set_up() -> None:
    text = "On 15 April, partners began setting up 800 more tents at a new site outside the city."
    assert _events(text) == [("2025-04-15", "humanitarian")]


def test_a_training_programme_is_not_relief() -> None:
    text = "On 15 April, the army began a two-month programme to train new recruits."
    assert all(k != "humanitarian" for _, k in _events(text))
