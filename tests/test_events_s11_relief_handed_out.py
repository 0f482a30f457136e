"""Relief handed out is a humanitarian event also when told in the passive or with a count before
what it gives (session 11: such sentences carried a date but no trigger)."""

from datetime import date

from idlibmon.extract.events import find_events


def _events(text: str, published: str = "2022-05-20") -> list[tuple[str, str]]:
    return [(e.start, e.kind) for e in find_events(text, date.fromisoformat(published))]


def test_passive_distribution_is_dated_relief() -> None:
    text = "Since 3 May, hot meals have been distributed to more than 12,000 people in the camps."
    assert ("2022-05-03", "humanitarian") in _events(text)


def test_passive_food_distribution_over_a_range() -> None:
    text = "Between 2 and 9 May, food was distributed to about 80,000 people in the district."
    assert ("2022-05-02", "humanitarian") in _events(text)


def test_count_before_the_goods_given() -> None:
    text = "On 11 May, the agency distributed more than 2,500 tents along the northern border."
    assert ("2022-05-11", "humanitarian") in _events(text)


def test_goods_listed_after_delivered() -> None:
    text = "Last week, partners delivered blankets, sleeping mats and soap to 900 households near the river."
    assert _events(text) == [("2022-05-09", "humanitarian")]


def test_delivery_of_weapons_is_not_relief() -> None:
    text = "On 11 May, the ministry said it had delivered new rifles to the border guards."
    assert all(k != "humanitarian" for _, k in _events(text))
