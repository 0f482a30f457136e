"""The key-figures board over several articles: headline, conflicts, series, context."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from idlibmon.aggregate.board import BoardRow, build_board
from idlibmon.config import Config, load_config_text
from idlibmon.models import Extraction, Figure, Period
from idlibmon.pipeline import article_text
from idlibmon.store import Store


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config_text(f'[store]\npath = "{tmp_path / "store.db"}"\n')


@pytest.fixture
def store(config: Config) -> Store:
    with Store(config.store.path) as s:
        yield s


def fig(value: float, category: str = "displaced", *, text: str = "", when: tuple[str, str | None] | None = None,
        place: str | None = "Idlib", source: str | None = None, qualifier: str = "exact", unit: str = "people") -> Figure:
    return Figure(value=value, category=category, unit=unit, qualifier=qualifier, text=text or f"{value:,.0f} people",
                  when=Period(*when) if when else None, place=place, source=source)


def report(store: Store, add_article, outlet: str, published: str, *figures: Figure, relevant=("Idlib",),
           story_id: int | None = None) -> int:
    article_id = add_article(store, outlet=outlet, title=f"{outlet} report", published=published,
                             relevant=relevant, story_id=story_id)
    store.save_extraction(article_id, Extraction(figures=list(figures)), 1)
    return article_id


def row(board: list[BoardRow], category: str) -> BoardRow:
    matches = [r for r in board if r.category == category]
    assert matches, f"no {category} row in {[r.category for r in board]}"
    return matches[0]


def test_three_outlets_disagree_on_one_displacement_all_numbers_stay_visible(store, config, add_article) -> None:
    # Same day, same displacement: a wire quoting OCHA, a regional site with no attribution and
    # no period, and a broadcaster with the same period as the wire but its own number.
    report(store, add_article, "Wire", "2019-12-27T09:00:00+00:00",
           fig(235_000, when=("2019-12-12", "2019-12-25"), source="OCHA", qualifier="more_than"))
    report(store, add_article, "Regional", "2019-12-27T15:00:00+00:00", fig(250_000))
    report(store, add_article, "Broadcaster", "2019-12-27T18:00:00+00:00",
           fig(200_000, when=("2019-12-12", "2019-12-25"), qualifier="about"))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None
    assert (displaced.headline.figure.value, displaced.headline.outlet) == (235_000, "Wire")
    assert sorted((r.outlet, r.figure.value) for r in displaced.disagreeing) == [
        ("Broadcaster", 200_000), ("Regional", 250_000)
    ]
    assert displaced.conflict
    assert "named agency (OCHA)" in displaced.rule
    assert "most recent report first" in displaced.rule
    assert displaced.change is None  # one report day: nothing to compare with
    assert displaced.series == [(date(2019, 12, 27), 235_000.0)]


def test_a_later_report_raises_the_figure_and_the_older_window_is_a_series_not_a_conflict(
        store, config, add_article) -> None:
    report(store, add_article, "Wire", "2019-12-27T09:00:00+00:00",
           fig(235_000, when=("2019-12-12", "2019-12-25"), source="OCHA"))
    report(store, add_article, "UN News", "2019-12-30T11:00:00+00:00",
           fig(284_000, when=("2019-12-01", "2019-12-29"), source="OCHA"))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None and displaced.headline.figure.value == 284_000
    assert displaced.disagreeing == []
    assert displaced.series == [(date(2019, 12, 27), 235_000.0), (date(2019, 12, 30), 284_000.0)]
    assert displaced.change == "up from 235,000 on 27 Dec"
    assert "the most recent report" in displaced.rule
    assert [r.figure.value for r in displaced.all] == [284_000, 235_000]


def test_a_falling_figure_says_down(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2020-01-02T09:00:00+00:00", fig(40, "injured", when=("2020-01-01", None)))
    report(store, add_article, "Wire", "2020-01-05T09:00:00+00:00", fig(35, "injured", when=("2020-01-04", None)))

    assert row(build_board(store, config), "injured").change == "down from 40 on 2 Jan"


def test_same_day_named_agency_beats_an_unnamed_later_report(store, config, add_article) -> None:
    report(store, add_article, "Agency wire", "2019-12-27T08:00:00+00:00", fig(235_000, source="OCHA"))
    report(store, add_article, "Blog", "2019-12-27T22:00:00+00:00", fig(260_000))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None and displaced.headline.outlet == "Agency wire"
    assert [r.figure.value for r in displaced.disagreeing] == [260_000]


def test_same_day_cumulative_figure_beats_the_shorter_window(store, config, add_article) -> None:
    report(store, add_article, "UN News", "2019-12-30T08:00:00+00:00",
           fig(40_000, when=("2019-12-27", "2019-12-29"), source="UNHCR"))
    report(store, add_article, "UN News", "2019-12-30T07:00:00+00:00",
           fig(284_000, when=("2019-12-01", "2019-12-29"), source="OCHA"))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None and displaced.headline.figure.value == 284_000
    assert "longer cumulative window" in displaced.rule
    assert displaced.disagreeing == []  # different windows: not a conflict


def test_wider_area_and_longer_span_are_context_never_headline(store, config, add_article) -> None:
    # The newest report carries a Syria-wide toll and a toll since 2011: both newer than the
    # province's own figure, neither may replace it.
    report(store, add_article, "Wire", "2019-12-20T09:00:00+00:00",
           fig(1_000, "killed", when=("2019-04", None), qualifier="about"))
    report(store, add_article, "Paper", "2019-12-28T09:00:00+00:00",
           fig(500_000, "killed", place="Syria", text="half a million people have been killed in Syria"),
           fig(380_000, "killed", place=None, when=("2011-03", None),
               text="more than 380,000 people killed since March 2011"))

    killed = row(build_board(store, config), "killed")

    assert killed.headline is not None and killed.headline.figure.value == 1_000
    assert sorted(r.figure.value for r in killed.context) == [380_000, 500_000]
    assert all(r.note for r in killed.context)
    assert killed.series == [(date(2019, 12, 20), 1_000.0)]


def test_one_town_and_another_country_are_context(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2019-12-20T09:00:00+00:00", fig(30_000, place="Saraqib"))
    report(store, add_article, "Wire", "2019-12-21T09:00:00+00:00", fig(3_600_000, "refugees", place="Turkey"))

    board = build_board(store, config)

    displaced = row(board, "displaced")
    assert displaced.headline is None
    assert [r.note for r in displaced.context] == ["Saraqeb only"]  # spelling variant, canonical name
    assert row(board, "refugees").headline is None


def test_an_irrelevant_article_adds_nothing(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2019-12-20T09:00:00+00:00", fig(1_000, "killed"))
    report(store, add_article, "Wire", "2019-12-29T09:00:00+00:00", fig(9_999, "killed", place=None), relevant=())

    killed = row(build_board(store, config), "killed")

    assert [r.figure.value for r in killed.all] == [1_000]


def test_figures_in_families_do_not_compete_with_people(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2019-12-20T09:00:00+00:00", fig(200_000))
    report(store, add_article, "NGO", "2019-12-22T09:00:00+00:00", fig(40_000, unit="families"))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None and displaced.headline.figure.unit == "people"
    assert [r.note for r in displaced.context] == ["counted in families"]


def test_agreeing_sources_are_counted_not_conflicting(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2019-12-27T09:00:00+00:00", fig(235_000, source="OCHA"))
    report(store, add_article, "Paper", "2019-12-27T10:00:00+00:00", fig(235_000, source="OCHA"))

    displaced = row(build_board(store, config), "displaced")

    assert [r.outlet for r in displaced.agreeing] == ["Wire"]
    assert displaced.disagreeing == []


def test_the_sentence_before_decides_a_placeless_figure(store, config, add_article) -> None:
    # Written for this test: the toll sentence names no place; the one before it is about the
    # whole war, so the toll is context. The province's own figure in the same article stays.
    content = (
        "Shelling has forced about 80,000 people out of southern Idlib since Monday, aid workers said.\n\n"
        "The conflict in Syria has now lasted nearly nine years. Some 400,000 people are believed to have died."
    )
    article_id = add_article(store, outlet="Paper", title="Shelling empties villages", content=content,
                             published="2019-12-27T09:00:00+00:00")
    article = store.article(article_id)
    assert article is not None
    text = article_text(article)
    quotes = ["about 80,000 people out of southern Idlib", "Some 400,000 people are believed to have died"]
    spans = [(text.index(q), text.index(q) + len(q)) for q in quotes]
    figures = [
        Figure(80_000, "displaced", text=quotes[0], span=spans[0], qualifier="about"),
        Figure(400_000, "killed", text=quotes[1], span=spans[1], qualifier="about"),
    ]
    store.save_extraction(article_id, Extraction(figures=figures), 1)

    board = build_board(store, config)

    assert row(board, "displaced").headline is not None
    killed = row(board, "killed")
    assert killed.headline is None
    assert [r.figure.value for r in killed.context] == [400_000]


def test_seed_article_half_a_million_is_context(shared_dir: Path, store, config, add_article) -> None:
    seed = shared_dir / "seed"
    text = (seed / "mee-2019-12-27-idlib.txt").read_text(encoding="utf-8")
    gold = json.loads((seed / "mee-2019-12-27-idlib.gold.json").read_text(encoding="utf-8"))
    article_id = add_article(store, outlet="Middle East Eye", title="", content=text,
                             published="2019-12-27T10:00:00+00:00")
    article = store.article(article_id)
    assert article is not None
    full = article_text(article)
    figures = []
    for g in gold["figures"]:
        start = full.index(g["text"])
        f = Figure.from_dict({**g, "span": [start, start + len(g["text"])]})
        f.place = None  # as if the engine found no place: the sentences must decide
        figures.append(f)
    store.save_extraction(article_id, Extraction(figures=figures), 1)

    board = build_board(store, config)

    killed = row(board, "killed")
    assert killed.headline is not None and killed.headline.figure.value == 1_000
    assert [r.figure.value for r in killed.context] == [500_000]
    population = row(board, "population")
    assert population.headline is not None and population.headline.figure.value == 3_000_000
    assert row(board, "displaced").headline is not None
    assert "other" not in [r.category for r in board]


def test_the_same_open_window_on_two_days_is_a_series(store, config, add_article) -> None:
    # "since 1 December" on 30 Dec and on 8 Jan: the window grew with the report date.
    report(store, add_article, "UN News", "2019-12-30T09:00:00+00:00",
           fig(284_000, when=("2019-12-01", None), text="284,000 people displaced since 1 December"))
    report(store, add_article, "UN News", "2020-01-08T09:00:00+00:00",
           fig(300_000, when=("2019-12", None), text="300,000 displaced since December"))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.disagreeing == []
    assert displaced.change == "up from 284,000 on 30 Dec 2019"


def test_a_closed_window_reported_again_later_with_another_number_is_a_conflict(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2019-12-27T09:00:00+00:00",
           fig(235_000, when=("2019-12-12", "2019-12-25"), source="OCHA"))
    report(store, add_article, "Weekly", "2020-01-03T09:00:00+00:00", fig(240_000, when=("2019-12-12", "2019-12-25")))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None and displaced.headline.outlet == "Weekly"
    assert [(r.outlet, r.figure.value) for r in displaced.disagreeing] == [("Wire", 235_000)]


def test_change_looks_past_repeats_of_the_same_number(store, config, add_article) -> None:
    for day, value in (("2020-02-20", 900_000), ("2020-02-26", 948_000), ("2020-03-02", 948_000)):
        report(store, add_article, "Flash", f"{day}T09:00:00+00:00",
               fig(value, when=("2019-12-01", None), text=f"{value:,} displaced since 1 December"))

    assert row(build_board(store, config), "displaced").change == "up from 900,000 on 20 Feb"


def test_one_days_count_gives_way_to_a_running_total(store, config, add_article) -> None:
    # The newest report counts one day's dead; an older one gives the toll since April.
    report(store, add_article, "Monitor", "2020-01-20T09:00:00+00:00",
           fig(1_500, "killed", when=("2019-04-29", None), text="1,500 civilians killed since 29 April",
               source="SOHR"))
    report(store, add_article, "Wire", "2020-01-25T09:00:00+00:00",
           fig(18, "killed", when=("2020-01-24", None), text="air strikes killed 18 people on Friday"))

    killed = row(build_board(store, config), "killed")

    assert killed.headline is not None and killed.headline.figure.value == 1_500
    assert [(r.figure.value, r.note) for r in killed.context] == [(18, "one day (24 Jan)")]
    assert "one day's counts set aside" in killed.rule
    assert "no running total" not in killed.rule


def test_with_no_running_total_the_latest_days_count_leads(store, config, add_article) -> None:
    report(store, add_article, "Wire", "2020-01-16T09:00:00+00:00",
           fig(18, "killed", when=("2020-01-15", None), text="killed 18 people on Wednesday"))
    report(store, add_article, "Wire", "2020-02-28T09:00:00+00:00",
           fig(33, "killed", when=("2020-02-27", None), text="33 soldiers were killed on Thursday"))

    killed = row(build_board(store, config), "killed")

    assert killed.headline is not None and killed.headline.figure.value == 33
    assert killed.rule.endswith("one day's count (27 Feb): no running total reported")
    assert killed.context == []
    assert killed.change == "up from 18 on 16 Jan"


def test_a_comparison_with_the_whole_war_does_not_widen_a_dated_figure(store, config, add_article) -> None:
    report(store, add_article, "Flash", "2020-02-04T09:00:00+00:00",
           fig(520_000, when=("2019-12-01", None), place="northwest Syria",
               text="More than 520,000 people have been displaced since 1 December, the largest exodus since the war began"))
    report(store, add_article, "Paper", "2020-02-05T09:00:00+00:00",
           fig(6_000_000, place=None, text="6 million Syrians have been displaced since the war began"))

    displaced = row(build_board(store, config), "displaced")

    assert displaced.headline is not None and displaced.headline.figure.value == 520_000
    assert [(r.figure.value, r.note) for r in displaced.context] == [(6_000_000, "whole war or whole country")]


@pytest.mark.parametrize(("sentence", "one_day"), [
    ("33 soldiers were killed on Thursday", True),
    ("air strikes killed 18 people on Friday", True),
    ("killed by air strikes on Sunday", True),
    ("1,089 civilians killed since 29 April", False),
    ("nearly a million people had been displaced by 16 February", False),
    ("12 killed on Sunday, bringing the toll to 40", False),
])
def test_one_days_count_or_running_total(sentence: str, one_day: bool) -> None:
    from idlibmon.aggregate.scope import fold, is_one_day

    assert is_one_day(Period("2020-02-16"), fold(sentence)) is one_day
    assert is_one_day(Period("2020-02"), fold(sentence)) is False  # a month is no single day


def _report_text(store: Store, add_article, outlet: str, published: str, content: str,
                 *quoted: tuple[str, Figure]) -> int:
    """An article with real text, each figure placed at its quote (its sentence is read)."""
    article_id = add_article(store, outlet=outlet, title=f"{outlet} report", content=content, published=published)
    article = store.article(article_id)
    assert article is not None
    text = article_text(article)
    figures = []
    for quote, f in quoted:
        start = text.index(quote)
        figures.append(Figure(f.value, f.category, unit=f.unit, qualifier=f.qualifier, text=quote,
                              span=(start, start + len(quote)), when=f.when, place=f.place, source=f.source))
    store.save_extraction(article_id, Extraction(figures=figures), 1)
    return article_id


def test_an_undated_toll_of_one_strike_does_not_displace_the_running_total(store, config, add_article) -> None:
    # The newest reports carry one strike's toll twice: dated ("on Thursday") and undated, in the
    # next sentence ("put the toll at 34") or after a sentence with no date ("34 soldiers had died").
    report(store, add_article, "Monitor", "2020-02-20T09:00:00+00:00",
           fig(1_700, "killed", when=("2019-04-29", None), text="1,700 civilians killed since 29 April",
               source="SOHR"))
    _report_text(
        store, add_article, "Wire", "2020-02-27T22:00:00+00:00",
        "At least 33 Turkish soldiers were killed in an air strike in Idlib province on Thursday, officials said.\n\n"
        "The Syrian Observatory for Human Rights put the toll at 34. Turkey said it struck back.",
        ("At least 33 Turkish soldiers were killed", fig(33, "killed", when=("2020-02-27", None))),
        ("toll at 34", fig(34, "killed", place=None, source="SOHR")),
    )
    _report_text(
        store, add_article, "Post", "2020-02-28T13:00:00+00:00",
        "The air strike that killed 33 Turkish soldiers on Thursday brought Turkey and Russia closer to war "
        "than at any time since the war in Syria began.\n\n"
        "The soldiers died near the village of Balyun. The Observatory said 34 soldiers had died.",
        ("killed 33 Turkish soldiers", fig(33, "killed", when=("2020-02-27", None), place="southern Idlib")),
        ("34 soldiers had died", fig(34, "killed", place=None, source="SOHR")),
    )

    killed = row(build_board(store, config), "killed")

    assert killed.headline is not None and killed.headline.figure.value == 1_700
    assert sorted(r.figure.value for r in killed.context) == [33, 33, 34, 34]
    assert {r.note for r in killed.context if r.figure.when is None} == {"one incident"}


@pytest.mark.parametrize(("sentence", "previous", "incident"), [
    ("the observatory put the toll at 34", "33 soldiers were killed in an air strike on thursday", True),
    ("partners reported at least a dozen civilians killed", "the strike on 20 november that hit a camp", True),
    ("34 soldiers were killed in an attack on their post", "", True),
    ("more than 1,300 civilians have been killed", "the offensive began in april", False),
    ("at least 1,000 civilians killed so far", "a strike on thursday hit a market", False),
    ("air strikes have killed 500 people", "", False),
])
def test_an_undated_count_of_one_event_or_a_total(sentence: str, previous: str, incident: bool) -> None:
    from idlibmon.aggregate.scope import fold, is_one_incident

    assert is_one_incident(fold(sentence), fold(previous)) is incident


def test_a_comparison_since_the_war_began_does_not_make_a_days_count_a_total() -> None:
    from idlibmon.aggregate.scope import fold, is_one_day

    said = "the strike that killed 33 soldiers on thursday is the worst at any time since the war in syria began"
    assert is_one_day(Period("2020-02-27"), fold(said)) is True
    assert is_one_day(Period("2020-07-22"), fold("killed 31 people on monday, one of the deadliest attacks "
                                                  "since the offensive began in april")) is True


def test_another_outlets_undated_count_of_the_same_incident_is_not_a_total(store, config, add_article) -> None:
    report(store, add_article, "Monitor", "2019-11-10T09:00:00+00:00",
           fig(1_300, "killed", when=("2019-04-29", None), text="1,300 civilians killed since 29 April"))
    report(store, add_article, "Wire", "2019-11-20T20:00:00+00:00",
           fig(12, "killed", when=("2019-11-20", None), text="a strike killed 12 people on Wednesday"))
    report(store, add_article, "Charity", "2019-11-21T09:00:00+00:00",
           fig(12, "killed", place=None, text="at least 12 people were killed"),
           fig(40, "injured", place=None, text="40 were injured"))

    board = build_board(store, config)

    assert row(board, "killed").headline.figure.value == 1_300
    assert row(board, "injured").headline.figure.value == 40  # nothing to match: stays


def test_no_fall_against_an_older_figure_over_a_longer_window(store, config, add_article) -> None:
    report(store, add_article, "Flash", "2019-08-02T09:00:00+00:00",
           fig(350_000, when=("2019-05-01", None), text="350,000 displaced since 1 May"))
    report(store, add_article, "Coalition", "2019-09-03T09:00:00+00:00",
           fig(500_000, when=("2019-04", None), text="half a million displaced since April"))
    report(store, add_article, "Post", "2019-09-10T09:00:00+00:00",
           fig(400_000, when=("2019-05", "2019-08"), text="400,000 displaced between May and August"))

    displaced = row(build_board(store, config), "displaced")

    # 500,000 counts from April: more time, not a fall; the comparable May count is the reference
    assert displaced.change == "up from 350,000 on 2 Aug"
    assert [v for _, v in displaced.series] == [350_000, 500_000, 400_000]


def test_a_fall_over_the_same_window_still_says_down(store, config, add_article) -> None:
    report(store, add_article, "Flash", "2019-09-03T09:00:00+00:00",
           fig(500_000, when=("2019-05", None), text="500,000 displaced since May"))
    report(store, add_article, "Post", "2019-09-10T09:00:00+00:00",
           fig(400_000, when=("2019-05-01", "2019-08-31"), text="400,000 displaced between May and August"))

    assert row(build_board(store, config), "displaced").change == "down from 500,000 on 3 Sep"


def test_a_part_of_a_larger_count_is_never_the_headline(store, config, add_article) -> None:
    report(store, add_article, "Rights office", "2019-07-26T09:00:00+00:00",
           fig(450, "killed", when=("2019-04-29", None), text="at least 450 civilians had been killed"),
           fig(103, "killed", when=("2019-07-16", "2019-07-26"), text="103 of them"))
    report(store, add_article, "Monitor", "2019-08-30T09:00:00+00:00",
           fig(1_089, "killed", when=("2019-04-29", None), text="1,089 civilians, including 304 children, killed since 29 April"),
           fig(304, "killed", when=("2019-04-29", None), text="304 children"))

    killed = row(build_board(store, config), "killed")

    assert killed.headline is not None and killed.headline.figure.value == 1_089
    assert killed.change == "up from 450 on 26 Jul"
    assert sorted((r.figure.value, r.note) for r in killed.context) == [
        (103, "part of a larger figure"), (304, "part of a larger figure")
    ]


def test_another_conflict_is_placed_by_its_own_country_and_region_names(tmp_path: Path, add_article) -> None:
    # Written for this test: a user watching Marib in Yemen. Yemen-wide figures and the whole
    # war are context; "Yemen's north-east" means the watched area; Syria is just elsewhere.
    config = load_config_text(
        f'[store]\npath = "{tmp_path / "yemen.db"}"\n'
        '[watch]\nsubject = "Marib"\nterms = ["Marib"]\nregions = ["Yemen\'s north-east"]\n'
        'country = ["Yemen", "Republic of Yemen"]\n'
        '[places]\n"Marib" = ["Ma\'rib"]\n'
    )
    with Store(config.store.path) as store:
        report(store, add_article, "Wire", "2021-03-01T09:00:00+00:00",
               fig(24_000, place="Yemen's north-east", text="24,000 people displaced in Yemen's north-east"),
               fig(4_000_000, place="Yemen", text="4 million people displaced in Yemen"),
               fig(150_000, "killed", place=None, text="The war in Yemen has killed an estimated 150,000 people"),
               fig(6_000_000, "refugees", place="Syria", text="6 million Syrians are refugees"),
               relevant=("Marib",))

        board = build_board(store, config)

    displaced = row(board, "displaced")
    assert displaced.headline is not None and displaced.headline.figure.value == 24_000
    assert [(r.figure.value, r.note) for r in displaced.context] == [(4_000_000, "Yemen-wide")]
    assert row(board, "killed").headline is None
    refugees = row(board, "refugees")
    assert refugees.headline is None and [r.note for r in refugees.context] == ["about Syria"]
