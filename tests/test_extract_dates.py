"""Temporal expressions resolve against the publication date, never into the future by accident."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import DateMention, find_dates

FRI = date(2019, 12, 27)  # the seed's publication day, a Friday
JAN = date(2020, 1, 31)  # a Friday at the start of a year


def one(text: str, published: date = FRI) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "relation", "words"),
    [
        ("Since 19 December, forces have seized towns.", FRI, "2019-12-19", None, "since", "Since 19 December"),
        ("It took place between 12 -25 December, OCHA said.", FRI, "2019-12-12", "2019-12-25", "between",
         "between 12 -25 December"),
        ("Shelling from 12-25 December.", FRI, "2019-12-12", "2019-12-25", "between", "from 12-25 December"),
        ("It happened on December 19, 2019 in Idlib.", FRI, "2019-12-19", None, "on", "on December 19, 2019"),
        ("On 24 January, a convoy crossed.", JAN, "2020-01-24", None, "on", "On 24 January"),
        ("On 28 January, a convoy crossed.", date(2020, 1, 10), "2019-01-28", None, "on", "On 28 January"),
        ("Attacks rose from May to August 2019.", JAN, "2019-05", "2019-08", "between", "from May to August 2019"),
        ("Strikes from 28 December to 3 January.", JAN, "2019-12-28", "2020-01-03", "between",
         "from 28 December to 3 January"),
        ("Damascus in April launched an offensive.", FRI, "2019-04", None, "in", "in April"),
        ("Fighting resumed in December.", JAN, "2019-12", None, "in", "in December"),
        ("Fighting resumed in December.", FRI, "2019-12", None, "in", "in December"),
        ("Since mid-December, bombing has intensified.", FRI, "2019-12", None, "since", "Since mid-December"),
        ("In late December 2018 the front moved.", FRI, "2018-12", None, "in", "In late December 2018"),
        ("In the summer, the offensive paused.", FRI, "2019-06", "2019-08", "in", "In the summer"),
        ("On Thursday, Trump warned Syria.", FRI, "2019-12-26", None, "on", "On Thursday"),
        ("OCHA said on Friday it was alarmed.", FRI, "2019-12-27", None, "on", "on Friday"),
        ("Yesterday, rockets fell on Ariha.", FRI, "2019-12-26", None, "on", "Yesterday"),
        ("Turkey this week pressed for talks.", FRI, "2019-12-23", "2019-12-27", "during", "this week"),
        ("Last week, a market was hit.", FRI, "2019-12-16", "2019-12-22", "during", "Last week"),
        ("Last month, the Times published a report.", FRI, "2019-11", None, "in", "Last month"),
        ("Last month, the Times published a report.", JAN, "2019-12", None, "in", "Last month"),
        ("He said so earlier this month.", FRI, "2019-12", None, "in", "earlier this month"),
        ("Two weeks ago, a school was shelled.", FRI, "2019-12-13", None, "ago", "Two weeks ago"),
        ("235,000 fled over the last two weeks.", FRI, "2019-12-13", "2019-12-27", "during",
         "over the last two weeks"),
        ("Since 2011, the war has killed many.", FRI, "2011", None, "since", "Since 2011"),
        ("The deal of 5 March 2020 held.", JAN, "2020-03-05", None, "on", "5 March 2020"),
        ("A convoy crossed on 29/01/2020.", JAN, "2020-01-29", None, "on", "on 29/01/2020"),
    ],
)
def test_resolves_against_publication(text: str, published: date, start: str, end: str | None,
                                      relation: str, words: str) -> None:
    found = one(text, published)
    assert (found.start, found.end, found.relation, found.text) == (start, end, relation, words)
    assert text[found.span[0]:found.span[1]] == found.text


def test_weekday_is_the_latest_on_or_before_publication_including_the_day() -> None:
    assert one("Jets struck on Friday.").start == "2019-12-27"
    assert one("Jets struck on Saturday.").start == "2019-12-21"
    assert one("Jets struck last Friday.").start == "2019-12-20"


def test_future_clause_looks_forward() -> None:
    assert one("Erdogan and Putin will meet on Friday in Moscow.").start == "2020-01-03"
    assert one("Ministers are due to meet on Monday.").start == "2019-12-30"
    assert one("On Monday, the council will vote on the resolution.").start == "2019-12-30"
    assert one("Leaders will meet on 3 January.").start == "2020-01-03"


def test_past_clause_with_a_later_will_stays_in_the_past() -> None:
    assert one("On Thursday, Trump said that Turkey will respond.").start == "2019-12-26"


@pytest.mark.parametrize(
    "text",
    [
        "We are afraid. We live in swamps.",
        "May God protect us, they may return.",
        "Thousands March through the city.",
        "The war is now approaching its ninth year.",
        "Air raids over a 12-hour period hit 2,019 homes.",
        "Situation Report No. 3 covers 50 trucks and 24/7 shelling.",
        "The Arab Spring began in Deraa; the fall of Aleppo followed.",
        "In recent weeks, weeks ago, many fled.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, FRI) == []


def test_seed_article_dates(shared_dir) -> None:  # type: ignore[no-untyped-def]
    text = (shared_dir / "seed" / "mee-2019-12-27-idlib.txt").read_text(encoding="utf-8")
    got = {(d.text, d.start) for d in find_dates(text, FRI)}
    for expected in [
        ("between 12 -25 December", "2019-12-12"), ("Since mid-December", "2019-12"),
        ("Since 19 December", "2019-12-19"), ("in April", "2019-04"), ("in August", "2019-08"),
        ("On Thursday", "2019-12-26"), ("this week", "2019-12-23"), ("Last month", "2019-11"),
    ]:
        assert expected in got
    assert not any(d.start > "2019-12-27" for d in find_dates(text, FRI))


def test_last_weekday_means_the_week_before() -> None:
    # a Friday article: "last Thursday" is eight days back, yesterday would be "yesterday"
    assert one("Last Thursday, a convoy crossed.").start == "2019-12-19"
    assert one("Last Monday, a convoy crossed.", date(2019, 12, 23)).start == "2019-12-16"


def test_weekdays_joined_make_one_span() -> None:
    found = one("Forces seized villages on Sunday and Monday.", date(2019, 12, 24))
    assert (found.start, found.end, found.text) == ("2019-12-22", "2019-12-23", "on Sunday and Monday")


def test_month_with_last_year() -> None:
    assert one("the ceasefire agreed in March last year", date(2021, 3, 22)).start == "2020-03"


def test_anaphora_counts_from_the_date_told() -> None:
    found = find_dates("Rebels retook the village on 21 May, before losing it again three days later.", FRI)
    assert [(d.text, d.start) for d in found] == [("on 21 May", "2019-05-21"), ("three days later", "2019-05-24")]
    found = find_dates("Fighting intensified from 5 August, when a truce declared on 1 August ended. "
                       "Since then, forces have taken two villages.", FRI)
    assert found[-1].text == "Since then" and found[-1].start == "2019-08-05"


def test_n_days_after_dates_what_follows_it() -> None:
    text = "Shelling killed five soldiers on Monday, a week after a similar attack killed eight."
    assert find_dates(text, date(2020, 2, 10))[-1].start == "2020-02-03"
    assert find_dates("Two weeks after a ceasefire took effect, the front is quiet.", date(2020, 3, 20))[0].start == "2020-03-06"


def test_asked_for_start_counts_from_the_request() -> None:
    found = find_dates("Sisi on Saturday proposed a ceasefire starting on Monday.", date(2020, 6, 12))
    assert [d.start for d in found] == ["2020-06-06", "2020-06-08"]


def test_seasons_as_adjectives_and_newspapers_are_not_dates() -> None:
    assert find_dates("Trucks carried winter clothes; the Sunday Times reported it.", FRI) == []


def test_a_day_just_past_a_lagging_feed_date_is_not_last_year() -> None:
    assert one("A convoy crossed on 1 February.", JAN).start == "2020-02-01"
    assert one("A convoy crossed on 1 January.", date(2019, 12, 31)).start == "2020-01-01"
    assert one("Talks were held on 3 February.", JAN).start == "2019-02-03"


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # a schedule announced a few weeks ahead is this year's, not last year's
        ("Russia and Turkey agreed joint patrols along the M4 from 15 March.", date(2020, 3, 6), "2020-03-15"),
        ("Russia announced a unilateral ceasefire in Idlib from 31 August.", date(2019, 8, 30), "2019-08-31"),
        ("Russia announced a ceasefire in Idlib from 3 September.", date(2019, 8, 30), "2019-09-03"),
        ("The truce holds until 20 January, the ministry said.", date(2020, 1, 9), "2020-01-20"),
        ("The fighters' deadline expires on 10 January.", date(2020, 1, 9), "2020-01-10"),
        ("The UN cross-border mandate expires on 10 July.", date(2020, 5, 20), "2020-07-10"),
        # a weekday written with the day names the year where the two agree
        ("The truce takes effect at midnight on Sunday, 12 January.", date(2020, 1, 9), "2020-01-12"),
        ("The ceasefire began on Saturday, 31 August.", date(2019, 8, 30), "2019-08-31"),
        ("The ceasefire begins on Saturday, 7 September.", date(2019, 8, 30), "2019-09-07"),
        # a plan told in the past stays in the past; a day far ahead is last year's
        ("A truce that was supposed to begin on Jan. 12 collapsed.", date(2020, 1, 20), "2020-01-12"),
        ("A truce that was supposed to begin from 12 February collapsed.", date(2020, 1, 20), "2019-02-12"),
        ("Patrols ran from 15 June along the highway.", date(2020, 3, 6), "2019-06-15"),
        ("On 28 January, a convoy crossed.", date(2020, 1, 10), "2019-01-28"),
    ],
)
def test_day_without_year_is_nearest_plausible(text: str, published: date, start: str) -> None:
    assert one(text, published).start == start


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("Fighting resumed in April.", FRI, "2019-04"),
        ("Fighting resumed in December.", JAN, "2019-12"),
        ("Talks will resume in April.", FRI, "2020-04"),
        ("Aid is expected to reach the camps by the end of March, officials will say.", FRI, "2020-03"),
    ],
)
def test_bare_month_keeps_the_past_unless_the_clause_looks_ahead(text: str, published: date, start: str) -> None:
    assert one(text, published).start == start


@pytest.mark.parametrize(
    ("text", "start", "words"),
    [
        ("Troops entered the town on 15th December.", "2019-12-15", "on 15th December"),
        ("The truce began on the 2nd of December.", "2019-12-02", "2nd of December"),
        ("On 1st March, the border reopened.", "2019-03-01", "On 1st March"),
    ],
)
def test_a_day_written_as_an_ordinal_is_found_whole(text: str, start: str, words: str) -> None:
    d = one(text)
    assert (d.start, d.text) == (start, words)


def _devset_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).parent / "devset"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*/*.txt"))]


def test_branch_picked_by_the_last_group_is_the_branch_of_the_matched_groups() -> None:
    """The resolver picks a branch from the group closed last; looking at every group agrees."""
    from idlibmon.extract.dates import resolver
    from idlibmon.extract.dates.grammar import DATE_PATTERN

    named = set(DATE_PATTERN.groupindex) - {"rel", "mod"}
    assert {n for gs in resolver._GROUPS_OF_BRANCH.values() for n in gs} == named
    seen = 0
    for text in _devset_texts():
        for m in DATE_PATTERN.finditer(text):
            by_groups = next(b for gs, b in resolver._BRANCHES if any(m[k] for k in gs))
            assert resolver._BY_LAST_GROUP[m.lastindex][0] is by_groups, m.group()
            seen += 1
    assert seen > 1000


def test_backward_run_start_is_where_the_forward_search_starts() -> None:
    """The run of date-like words before an anchor, read backwards, starts where the forward
    pattern finds it, including windows cut in the middle of a word and numbers glued to words."""
    import random

    from idlibmon.extract.dates import spans
    from idlibmon.extract.text import ascii_lower

    pieces = ["on", "since", "the", "end", "of", "15", "15th", "3rd", "2019", "May", "may", "last", "week", "ago",
              "two", "days", "after", "x", "12km", "Jan.", ",", "-", "_", "5may", "the15", "é", "sixteen", "’s"]
    rng = random.Random(11)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(3000)]
    checked = 0
    for text in texts + _devset_texts()[:40]:
        low = ascii_lower(text)
        for a_start, _ in spans._anchors(text, low):
            for win in {max(0, a_start - 70), max(0, a_start - 9), max(0, a_start - 3)}:
                if win < a_start:
                    forward = spans._run_before_anchor().search(low, win, a_start)
                    assert spans._run_start(low, win, a_start) == (forward.start() if forward else None), (text, win)
                    checked += 1
    assert checked > 5000


def test_anchor_words_that_never_open_an_expression_are_not_tried_as_starts() -> None:
    """The scan skips trying these anchors as the start of a match: no branch can open with them."""
    from idlibmon.extract.dates.grammar import DATE_PATTERN
    from idlibmon.extract.dates.spans import _NEVER_OPENS, ANCHOR_WORDS

    tails = ["", " ago", "s ago", " later", " earlier", " after", " before", " of March", " 2019", " on Monday",
             "-long", "s", " of 5 May", " 5", " 5th", ", 2019", " 12-14", " of 2019", " morning", "'s", " last year"]
    opening = set()
    for word in ANCHOR_WORDS:
        for form in (word, word.capitalize(), word.upper()):
            for tail in tails:
                if DATE_PATTERN.match(form + tail):
                    opening.add(word)
    assert set(ANCHOR_WORDS) - opening == _NEVER_OPENS
    assert {"days", "then", "may", "monday", "winter", "today"} <= opening


@pytest.mark.parametrize(
    ("clause", "future"),
    [
        ("The council will", True), ("Talks are due", True), ("Elections are to", True), ("It is set to", True),
        ("Partners plan to", True), ("The planned", True), ("The deal expires", True), ("Supplies run out", True),
        ("The talks, to be held", True), ("The truce is to start", True),
        ("Officials expect", True), ("Donors expecting", True), ("They’ll", True), ("The pause is expected to", True),
        ("The convoy was to start", False), ("The council met", False), ("The expected", False), ("A planner", False),
    ],
)
def test_future_cues_before_a_date(clause: str, future: bool) -> None:
    from idlibmon.extract.dates.tense import is_future

    text = clause + " on Friday."
    got = is_future(text, len(clause) + 1, len(text) - 1)
    assert got == future, clause


def test_anchor_words_found_by_str_find_are_those_the_patterns_define() -> None:
    """Looking anchors up with `str.find` finds exactly the whole words and years the defining
    patterns find: case, non-ASCII letters around a word, digits of other scripts, longer numbers."""
    import random

    from idlibmon.extract.dates import spans
    from idlibmon.extract.text import ascii_lower

    pieces = ["day", "days", "Day", "DAYS", "today", "mayday", "may", "May", "2019", "12019", "20199", "2049", "2050",
              "1950", "1949", "١٩٩٠", "195٣", "é", "éday", "dayé", "day²", "²day", "day_", "day1", "1day", "x", " ", "-",
              "\n", "İ", "ſ", "weekend", "weekends", "Sept.", "september", "decided", "then", "strengthen", "ago", "’"]
    rng = random.Random(4)
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", ",", "-"]) for _ in range(rng.randint(1, 10)))
             for _ in range(5000)] + _devset_texts()
    found = 0
    for text in texts:
        low = ascii_lower(text)
        got = spans._anchors(text, low)
        assert got == spans._anchors_by_pattern(text, low), text
        found += len(got)
    assert found > 10000

