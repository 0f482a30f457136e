"""Session 9: an agreement or a campaign named by its year ("the 2018 Sochi agreement", "a 2017
de-escalation deal", "the offensives of 2019 and 2020", "the U.S.-led invasion of 2001") carries
that year: annotators of six sets written by different people put such deals on the timeline."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates
from idlibmon.extract.events import find_events

PUB = date(2020, 2, 18)


def _years(text: str) -> list[str]:
    return [d.start for d in find_dates(text, PUB)]


def test_a_deal_named_by_its_year_and_place_is_dated_to_that_year() -> None:
    assert _years("Turkey has 12 posts in the zone under the 2018 Sochi agreement with Moscow.") == ["2018"]
    assert _years("Aid groups say a 2018 de-escalation deal brokered by Russia and Turkey has collapsed.") == ["2018"]
    assert _years("Many of its fighters signed the 2016 peace deal and laid down their arms.") == ["2016"]


def test_a_year_before_words_that_name_no_happening_is_no_date() -> None:
    assert _years("The 2018 budget for war victims was cut.") == []
    assert _years("Its 2019 report on the camps was never published.") == []
    assert _years("He said 2018 agreements were signed by many.") == []


def test_a_campaign_named_by_of_and_its_year_takes_the_first_year() -> None:
    assert _years("These towns were emptied by the government offensives of 2019 and 2020.") == ["2019"]
    assert _years("It was the worst defeat since the U.S.-led invasion of 2001.") == ["2001"]


def test_a_year_after_of_that_follows_no_happening_stays_no_date() -> None:
    assert _years("The budget of 2019 and the plans of 2020 were never met.") == []


def test_the_deal_named_by_its_year_becomes_a_dated_happening() -> None:
    events = find_events("Aid groups say a 2018 de-escalation deal brokered by Russia and Turkey has collapsed.",
                         PUB, {})
    assert [e.start for e in events] == ["2018"]
