"""Session 4: dated sentences that name no happening (tallies, rates, needs, peaks, quotes'
days, fieldwork), against look-alikes that do."""

from datetime import date

import pytest

from idlibmon.extract.engine import extract


def _events(text: str, pub: str) -> list[tuple[str, str]]:
    return [(e.kind, e.start) for e in extract(text, date.fromisoformat(pub)).events]


@pytest.mark.parametrize(
    "text",
    [
        # happenings counted over a period
        "The monitoring group says it has documented over 2,300 attacks since the start of October.",
        "The UN said more than 79,000 trucks had crossed through Bab al-Hawa since 2014.",
        "It was the eighth convoy to reach the area since June.",
        "UNHCR and its partners have distributed blankets and tents to more than 220,000 people since December.",
        "Since the start of 2019, WHO has delivered more than 400 tonnes of medicines to the north-west.",
        # rates and changes
        "Fewer than 130 trucks a day entered on average last week.",
        "Residents describe a lull, with air strikes on the province falling by about 70 percent since March.",
        # plans, needs, peaks, former populations
        "A further 110,000 people are targeted with food baskets this month.",
        "Some 6.4 million people are internally displaced, and 21 million need humanitarian assistance in 2025.",
        "Arrivals have slowed, down from a peak of 129,000 in mid-February.",
        "The town had about 60,000 residents before February 2022.",
    ],
)
def test_tallies_rates_and_needs_are_no_events(text: str) -> None:
    assert _events(text, "2023-11-20") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wave of displacement that began at a date is one
        ("Since early December, more than 60,000 people have fled to the camps.", ("displacement", "2022-12")),
        # a count over a period opened by a day keeps it ("this year's count so far")
        ("Since 1 November, 1,227 trucks carrying UN aid crossed from Turkey.", ("humanitarian", "2023-11-01")),
        # the deaths are people counted, not happenings: the earthquake keeps its day
        ("The death toll from Monday's earthquakes has risen to more than 2,160, with close to 3,000 people injured.",
         ("other", "2023-11-20")),
        # an attack on a day
        ("On 4 May, an air strike on a market killed 12 people.", ("attack", "2023-05-04")),
    ],
)
def test_look_alikes_stay_events(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text, "2023-11-20")


@pytest.mark.parametrize(
    "text",
    [
        '"Everyone who was standing beside my stall was gone," he told a reporter by phone on Monday.',
        '"Many arrived injured, many of them wounded," said the UNHCR Representative in Chad on Monday.',
        '"This is a horrifying situation," the Deputy Regional Humanitarian Coordinator said on Monday.',
        "I visited the camp on Monday and met a seven-year-old boy.",
        "Researchers interviewed 12 survivors and witnesses by phone between August 8 and 19.",
        "Between mid-December and early March, medical teams visited 106 health facilities in the region.",
    ],
)
def test_quoted_days_and_fieldwork_are_no_events(text: str) -> None:
    assert _events(text, "2023-11-20") == []


def test_a_leaders_quoted_words_keep_their_date() -> None:
    # 2023-11-20 is a Monday
    got = _events('"We will not stop until the army leaves," the President said on Monday, warning of war.', "2023-11-20")
    assert ("talks", "2023-11-20") in got
    # (a quoted speaker's own story, told in an aside, is no event: the blind sets' writers mark it
    # optional at most; see test_events_s12_speaker_aside)
    text = '"Every week someone dies," said Fatima, a mother of five who fled Maarat al-Numan in December.'
    assert _events(text, "2023-11-20") == []


def test_a_year_so_far_is_a_tally_once_the_year_is_well_under_way() -> None:
    text = "Since January, 2.9 million people have been displaced in the country."
    assert _events(text, "2023-11-20") == []
    # late in January, a flight since the beginning of the month may be the news itself (dated to
    # the 1st, session 15: the start of a month is its first day)
    assert ("displacement", "2025-01-01") in _events(
        "Since the beginning of January, over 400,000 people have been displaced.", "2025-01-29")
    # mid-January opens no year
    assert ("displacement", "2020-01") in _events("Since mid-January, 80,000 people have fled.", "2020-03-01")


def test_running_counts_and_budget_years_are_no_events() -> None:
    assert ("humanitarian", "2020-02") not in _events(
        "Some 1,250 trucks crossed in January and 925 so far in February.", "2020-02-20")
    got = _events("At a pledging event yesterday, donors pledged $1.7 billion for Yemen in 2021.", "2021-03-02")
    assert [s for _k, s in got] == ["2021-03-01"]


def test_a_list_of_dates_shares_its_verb_over_a_noun_phrase() -> None:
    text = "Government forces retook eastern Ghouta in April and the southern province of Daraa in July."
    assert {("capture", "2018-04"), ("capture", "2018-07")} <= set(_events(text, "2018-09-10"))
    text = "The council cut the crossings to two in January 2020 and to one six months later."
    assert ("humanitarian", "2020-07") in _events(text, "2021-07-10")


@pytest.mark.parametrize(
    "text",
    [
        "The bombardment has eased since mid-October.",
        "The conflict had caused some 377,000 deaths by the end of 2021.",
        "This year's humanitarian response plan is less than 30 per cent funded.",
        "The road was blocked for nine months before the offensive.",
        "The agency reached an average of 5.6 million people each month in the first half of the year.",
    ],
)
def test_lulls_tolls_funding_and_lengths_are_no_events(text: str) -> None:
    assert _events(text, "2023-11-20") == []


def test_has_since_tells_a_later_time_than_the_date() -> None:
    got = _events("The group re-emerged in late 2021 and has since taken control of large areas.", "2023-11-20")
    assert ("capture", "2021") not in got


def test_a_count_of_weeks_after_a_dated_happening_keeps_its_date() -> None:
    text = ("Three weeks after armed gangs launched attacks on police stations, prisons and the airport "
            "on 29 February, the capital remains cut off.")
    starts = [s for _k, s in _events(text, "2024-03-21")]
    assert min(starts) == "2024-02-29"


def test_a_tally_since_the_outbreak_is_no_displacement_on_that_date() -> None:
    for text in ("It is the largest exodus since the conflict began in 2011.",
                 "The war has displaced millions since it started in 2011."):
        assert ("displacement", "2011") not in _events(text, "2020-02-20")


def test_a_task_to_finish_by_a_day_is_a_deadline_and_the_signing_keeps_its_day() -> None:
    # 2023-09-29 is a Friday
    text = "On Thursday, the separatist leader signed a decree to dissolve all institutions by 1 January 2024."
    starts = [s for _k, s in _events(text, "2023-09-29")]
    assert starts == ["2023-09-28"]


def test_a_reports_subtitle_and_an_estimate_today_are_no_events() -> None:
    text = "NORTH KIVU - Flash Update No. 5\nClashes in Rutshuru and Nyiragongo territories, 7 November 2022\n\nKEY FIGURES\n"
    assert _events(text, "2022-11-08") == []
    text = "Today, local officials estimate that more than 250,000 people live in the town, most of them displaced."
    assert _events(text, "2020-03-02") == []


def test_aid_counted_over_a_rolling_stretch_is_no_event() -> None:
    text = "The organisation has distributed hygiene kits to 12,000 households over the past two weeks."
    assert _events(text, "2020-03-20") == []
    # a convoy in a calendar week is one
    assert ("humanitarian", "2023-08-07") in _events("A convoy of 37 trucks reached El Fasher last week.", "2023-08-14")
