"""Session 8: a wire timeline's entries ("2013 - Before dawn on August 21, ...") keep their year,
an abbreviation in capitals is no present tense, and a plan told as "is expected in August" or
"plan a summit in September" looks ahead."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates


def _start(text: str, words: str, pub: date) -> str:
    return next(d.start for d in find_dates(text, pub) if words in d.text)


TIMELINE = (
    "Syria at ten\n\nHere is how the decade unfolded.\n\n"
    "2011 - On March 18, security forces opened fire on protesters in Deraa.\n\n"
    "2015 - Rebels seized Idlib city in March. On September 30, Russia began air strikes.\n\n"
    "2019 - The SDF declared the fall of the last IS stronghold in March. In October, Turkey sent troops.\n\n"
    "2021 - The country enters its second decade of war.\n"
)
PUB_TIMELINE = date(2021, 3, 15)


def test_a_timeline_entry_opened_by_a_year_and_a_dash_dates_its_days_and_months_in_that_year() -> None:
    assert _start(TIMELINE, "March 18", PUB_TIMELINE) == "2011-03-18"
    assert _start(TIMELINE, "September 30", PUB_TIMELINE) == "2015-09-30"
    assert _start(TIMELINE, "October", PUB_TIMELINE) == "2019-10"


def test_islamic_state_written_is_is_no_present_tense_that_would_keep_the_month_in_the_present() -> None:
    found = [d.start for d in find_dates(TIMELINE, PUB_TIMELINE) if d.text == "in March"]
    assert found == ["2015-03", "2019-03"]


def test_a_hyphenated_span_of_years_opening_a_sentence_is_no_heading() -> None:
    text = "Background\n\n2011-2015 saw the worst of the siege. Talks collapsed in January.\n"
    assert _start(text, "January", PUB_TIMELINE) == "2021-01"


def test_is_expected_in_a_month_ahead_is_this_years_month() -> None:
    pub = date(2021, 7, 10)
    assert _start("A first cross-line convoy is expected in August, officials said.", "August", pub) == "2021-08"
    # told in the past, the plan stays behind the publication day
    assert _start("A first cross-line convoy was expected in August, officials said.", "August", pub) == "2020-08"


def test_talks_expected_on_a_day_a_week_ahead_fall_this_year() -> None:
    text = "Talks between the two leaders are expected in Granada on 5 October."
    assert _start(text, "5 October", date(2023, 9, 29)) == "2023-10-05"


def test_plan_a_summit_in_a_month_ahead_is_this_years_month() -> None:
    text = "Russia, Turkey and Iran also plan a summit in Ankara in September."
    assert _start(text, "September", date(2019, 8, 21)) == "2019-09"


def test_a_weekday_promised_after_a_day_of_saying_is_the_first_one_after_the_saying() -> None:
    pub = date(2019, 8, 23)  # a Friday
    text = "Russia said on Thursday that the two leaders would meet in Moscow on Tuesday."
    assert _start(text, "Tuesday", pub) == "2019-08-27"
    # promised for a day that has come and gone since the saying: already past
    text = "Russia said on Monday that the two leaders would meet in Moscow on Wednesday."
    assert _start(text, "Wednesday", pub) == "2019-08-21"


def test_a_day_of_saying_told_before_the_speaker_counts_the_same() -> None:
    text = "On Thursday, the coalition said it would halt operations on Tuesday."
    assert _start(text, "on Tuesday", date(2019, 8, 23)) == "2019-08-27"


def test_a_weekday_of_another_clause_is_no_day_of_saying_for_a_plan() -> None:
    pub = date(2016, 2, 19)  # a Friday
    text = ("The Secretary-General condemned the attack on Thursday and called for those responsible to be held "
            "to account, while the Security Council said it would discuss the incident at a meeting on Monday.")
    assert _start(text, "Monday", pub) == "2016-02-22"
    assert _start(text, "Thursday", pub) == "2016-02-18"


PUB_HISTORY = date(2016, 10, 18)


def test_the_following_month_and_year_count_on_from_the_date_told_before() -> None:
    text = "Fighters overran Mosul in June 2014. Their leader proclaimed a caliphate the following month."
    assert _start(text, "following month", PUB_HISTORY) == "2014-07"
    text = "Jihadists took the north in 2012 and were driven out by an intervention the following year."
    assert _start(text, "following year", PUB_HISTORY) == "2013"


def test_the_following_week_is_a_week_on_from_a_day_and_stays_in_a_month_told_as_a_month() -> None:
    text = "A strike killed 34 soldiers on February 27. Drones downed three warplanes over the following week."
    assert _start(text, "following week", date(2020, 3, 6)) == "2020-03-05"
    text = "In February, the army lost 59 soldiers. Drones downed three warplanes over the following week."
    assert _start(text, "following week", date(2020, 3, 6)) == "2020-02"


def test_the_following_year_set_off_before_its_own_date_gives_way_to_it() -> None:
    text = "The war began in 2012. The following year, on 21 August 2013, rockets struck the suburbs."
    assert [d.start for d in find_dates(text, PUB_HISTORY) if "following" in d.text] == []


def test_the_day_after_a_named_happening_set_off_after_a_date_dates_the_happening_the_day_before() -> None:
    text = "The two sides have traded fire since 8 October last year, the day after Hamas's attack on Israel."
    assert _start(text, "the day after", date(2024, 9, 26)) == "2023-10-07"
    # the day after, told alone, goes on from the date before
    text = "Fire was traded on 8 October. The day after, the army shelled the border."
    assert _start(text, "day after", date(2024, 9, 26)) == "2023-10-09"


def test_a_start_told_in_a_relative_clause_sets_no_story_year() -> None:
    text = ("Talks with the ELN, which began in November 2022, had already stalled in September when the group "
            "killed two soldiers.")
    assert _start(text, "in September", date(2025, 1, 24)) == "2024-09"
    # told as the story's own step, the year carries on
    text = "Talks with the ELN began in November 2022 and stalled in September."
    assert _start(text, "in September", date(2025, 1, 24)) == "2023-09"


def test_expecting_someone_to_act_on_a_weekday_looks_ahead() -> None:
    text = "Western diplomats said they expected Annan to brief the Security Council on Friday."
    assert _start(text, "Friday", date(2012, 3, 14)) == "2012-03-16"


def test_weekdays_set_off_after_a_named_week_are_that_weeks_days() -> None:
    pub = date(2024, 9, 26)  # a Thursday
    text = "The escalation followed two days of explosions last week, on Tuesday and Wednesday, when pagers blew up."
    found = [(d.start, d.end) for d in find_dates(text, pub) if "Tuesday" in d.text]
    assert found == [("2024-09-17", "2024-09-18")]
    # told alone, a weekday is the latest one on or before publication
    assert _start("Pagers blew up on Tuesday.", "Tuesday", pub) == "2024-09-24"


def test_later_or_earlier_that_day_is_the_day_told_before() -> None:
    text = "Troops entered the town on 7 September. Later that night, the last defenders surrendered."
    assert _start(text, "Later that night", PUB_HISTORY) == "2016-09-07"
    text = "The State Department spoke on 19 May 2019 of an attack in Latakia earlier that morning."
    assert _start(text, "earlier that morning", PUB_HISTORY) == "2019-05-19"


def test_later_that_month_and_the_days_that_followed_keep_the_month_told_before() -> None:
    text = "The offensive began on 4 November 2020. Troops captured Mekelle later that month."
    assert _start(text, "later that month", PUB_HISTORY) == "2020-11"
    text = "Talks collapsed on 7 September 2018. In the days that followed, aircraft struck towns."
    assert _start(text, "days that followed", PUB_HISTORY) == "2018-09"
    text = "Russia entered the war in September 2015. Later that year, it struck rebels in Idlib."
    assert _start(text, "Later that year", PUB_HISTORY) == "2015"


def test_the_days_that_followed_with_nothing_told_before_are_no_date() -> None:
    assert [d.text for d in find_dates("In the days that followed, aircraft struck towns.", PUB_HISTORY)] == []
