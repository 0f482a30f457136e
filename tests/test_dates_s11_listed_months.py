"""A bare month listed after a dated one as another episode is not rolled into the next year (s11)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2021, 4, 10)


def _start(text: str, words: str, pub: date = PUB) -> str:
    return next(d.start for d in find_dates(text, pub) if words in d.text)


def test_a_month_listed_with_again_after_a_dated_one_is_read_from_publication() -> None:
    text = "Earlier truces for the province, in October 2019 and again in February, soon collapsed."
    assert _start(text, "in October 2019") == "2019-10"
    assert _start(text, "in February") == "2021-02"


def test_a_second_thing_with_its_participle_and_a_bare_month_is_another_episode() -> None:
    text = "A pact signed in the capital in November 2018 and a truce announced in March both failed within weeks."
    assert _start(text, "in March") == "2021-03"


def test_a_step_of_the_same_story_still_goes_on_into_the_next_year() -> None:
    # the verb carries the story on: the bare month follows the year told before it
    text = "Negotiations with the rebels opened in November 2018 and broke down in March."
    assert _start(text, "in March") == "2019-03"


def test_a_month_later_in_the_calendar_keeps_the_named_year() -> None:
    text = "The town was shelled in March 2019 and again in June, residents said."
    assert _start(text, "in June") == "2019-06"
