"""The merged timeline: events across outlets, reprints counted once, the curated baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibmon.aggregate.timeline import TimelineEntry, build_timeline, format_date, format_span
from idlibmon.config import Config, load_config_text
from idlibmon.models import Event, Extraction
from idlibmon.store import Store

BASELINE = """
[[timeline]]
date = "2019-08-31"
kind = "ceasefire"
label = "Truce declared for the de-escalation zone"
url = "https://example.org/truce"

[[timeline]]
date = "2019-12"
kind = "escalation"
label = "Bombing intensifies around Maaret al-Numan"
"""


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config_text(f'[store]\npath = "{tmp_path / "store.db"}"\n' + BASELINE)


@pytest.fixture
def store(config: Config) -> Store:
    with Store(config.store.path) as s:
        yield s


def tell(store: Store, add_article, outlet: str, *events: Event, published: str = "2019-12-27T10:00:00+00:00",
         story_id: int | None = None, relevant=("Idlib",)) -> int:
    article_id = add_article(store, outlet=outlet, title=f"{outlet} on Idlib", published=published,
                             story_id=story_id, relevant=relevant)
    store.save_extraction(article_id, Extraction(events=list(events)), 1)
    return article_id


def extracted(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    return [e for e in entries if not e.curated]


def test_one_event_told_with_different_date_words_is_one_entry(store, config, add_article) -> None:
    # Friday 27 December 2019: one outlet says "on Thursday", the other "on 26 December".
    tell(store, add_article, "Wire", Event("2019-12-26", "talks", text="On Thursday, the US president warned Damascus",
                                           resolved_from="On Thursday"))
    tell(store, add_article, "Broadcaster", Event("2019-12-26", "talks", resolved_from="on 26 December",
                                                  text="Washington warned Damascus on 26 December"),
         published="2019-12-28T08:00:00+00:00")

    entries = extracted(build_timeline(store, config))

    assert len(entries) == 1
    entry = entries[0]
    assert (entry.start, entry.kind, entry.count) == ("2019-12-26", "talks", 2)
    assert [s.outlet for s in entry.sources] == ["Wire", "Broadcaster"]
    assert entry.date_text == "26 Dec 2019"


def test_a_month_level_report_joins_the_day_level_entry(store, config, add_article) -> None:
    tell(store, add_article, "Wire", Event("2019-12", "capture", text="captured in December", place="Saraqeb"))
    tell(store, add_article, "Paper", Event("2019-12-19", "capture", text="took the village on 19 December",
                                            place="Saraqib"))

    entries = extracted(build_timeline(store, config))

    assert [(e.start, e.count, e.place) for e in entries] == [("2019-12-19", 2, "Saraqeb")]


def test_reprinted_wire_copy_counts_once(store, config, add_article) -> None:
    # Two sites run the same agency story (grouped as one story by ingest); a third reports it itself.
    first = tell(store, add_article, "Agency", Event("2019-12-24", "attack", text="An airstrike hit a market"))
    tell(store, add_article, "Reprint site", Event("2019-12-24", "attack", text="An airstrike hit a market"),
         story_id=first)
    tell(store, add_article, "Own reporter", Event("2019-12-24", "attack", text="Jets struck the town's market"))

    [entry] = extracted(build_timeline(store, config))

    assert len(entry.sources) == 3
    assert entry.count == 2


def test_same_sentence_in_two_outlets_is_one_source_even_without_a_story(store, config, add_article) -> None:
    tell(store, add_article, "A", Event("2019-12-24", "attack", text="An airstrike  hit a MARKET"))
    tell(store, add_article, "B", Event("2019-12-24", "attack", text="An airstrike hit a market"))

    [entry] = extracted(build_timeline(store, config))

    assert entry.count == 1


def test_curated_baseline_absorbs_matching_extracted_events(store, config, add_article) -> None:
    tell(store, add_article, "Wire", Event("2019-12", "escalation", text="Since mid-December, bombing intensified",
                                           resolved_from="Since mid-December"))
    tell(store, add_article, "Paper", Event("2019-12-19", "escalation", text="Raids intensified on 19 December"))
    tell(store, add_article, "Paper", Event("2019-08", "ceasefire", text="a truce announced in August"),
         published="2019-12-28T10:00:00+00:00")

    entries = build_timeline(store, config)

    assert extracted(entries) == []  # every event found its curated entry
    escalation = next(e for e in entries if e.kind == "escalation")
    assert escalation.curated and escalation.label == "Bombing intensifies around Maaret al-Numan"
    assert escalation.count == 2 and escalation.date_text == "Dec 2019"
    ceasefire = next(e for e in entries if e.kind == "ceasefire")
    assert ceasefire.curated and ceasefire.count == 1 and ceasefire.url == "https://example.org/truce"


def test_different_towns_or_kinds_on_one_day_stay_apart(store, config, add_article) -> None:
    tell(store, add_article, "Wire", Event("2020-01-28", "capture", text="forces entered Maaret al-Numan",
                                           place="Maaret al-Numan"),
         Event("2020-01-28", "capture", text="forces seized Saraqeb", place="Saraqeb"),
         Event("2020-01-28", "attack", text="shelling hit Saraqeb", place="Saraqeb"),
         published="2020-01-29T10:00:00+00:00")

    entries = extracted(build_timeline(store, config))

    assert sorted((e.kind, e.place) for e in entries) == [
        ("attack", "Saraqeb"), ("capture", "Maaret al-Numan"), ("capture", "Saraqeb")
    ]


def test_the_province_matches_a_town_inside_it(store, config, add_article) -> None:
    tell(store, add_article, "Wire", Event("2020-01-28", "capture", text="troops took the town", place="southern Idlib"))
    tell(store, add_article, "Paper", Event("2020-01-28", "capture", text="troops took Maarat al-Numan",
                                            place="Maarat al-Numan"))

    [entry] = extracted(build_timeline(store, config))

    assert entry.count == 2 and entry.place == "Maaret al-Numan"


def test_sorted_by_date_with_precision_and_irrelevant_articles_left_out(store, config, add_article) -> None:
    tell(store, add_article, "Wire", Event("2019-04", "offensive", text="the April offensive"),
         Event("2019-12-26", "talks", text="talks in Moscow"))
    tell(store, add_article, "Sport", Event("2019-12-20", "other", text="a football final"), relevant=())

    entries = build_timeline(store, config)

    assert [e.start for e in entries] == ["2019-04", "2019-08-31", "2019-12", "2019-12-26"]
    assert [e.date_text for e in entries] == ["Apr 2019", "31 Aug 2019", "Dec 2019", "26 Dec 2019"]
    assert [e.curated for e in entries] == [False, True, True, False]


@pytest.mark.parametrize(("iso", "words"), [
    ("2019", "2019"), ("2019-12", "Dec 2019"), ("2019-12-19", "19 Dec 2019"), ("2020-03-05", "5 Mar 2020"),
    ("garbage", "garbage"),
])
def test_format_date(iso: str, words: str) -> None:
    assert format_date(iso) == words


def test_format_span() -> None:
    assert format_span("2019-12-12", "2019-12-25") == "12–25 Dec 2019"
    assert format_span("2019-04", "2019-08") == "Apr 2019 – Aug 2019"
    assert format_span("2019-04", None) == "Apr 2019"


# ---- with the real engine: the date words are resolved, then merged --------------------------

def test_engine_date_words_merge_and_curated_entries_absorb(store, config, add_article) -> None:
    pytest.importorskip("idlibmon.extract.engine")
    from idlibmon.pipeline import extract_article

    reports = [  # (outlet, published, text) — written for this test
        ("Wire", "2019-12-27T09:00:00+00:00",
         "On Thursday, Syrian government forces captured the village of Jarjanaz in southern Idlib."),
        ("Paper", "2019-12-28T09:00:00+00:00",
         "Syrian government forces captured Jarjanaz on 26 December, a monitor said."),
        ("Wire", "2019-12-27T10:00:00+00:00",
         "Since mid-December, government and Russian aircraft have stepped up their bombardment of southern Idlib."),
        ("Radio", "2019-12-30T09:00:00+00:00",
         "The escalation that began on 16 December has emptied whole towns in southern Idlib."),
    ]
    for outlet, published, text in reports:
        article_id = add_article(store, outlet=outlet, title="", content=text, published=published)
        article = store.article(article_id)
        assert article is not None
        store.save_extraction(article_id, extract_article(article, config.places), 1)

    entries = build_timeline(store, config)

    captures = [e for e in entries if e.kind == "capture"]
    assert [(e.start, e.count, e.date_text) for e in captures] == [("2019-12-26", 2, "26 Dec 2019")]
    assert {s.outlet for s in captures[0].sources} == {"Wire", "Paper"}
    escalation = [e for e in entries if e.kind == "escalation"]
    assert [(e.start, e.curated, e.count) for e in escalation] == [("2019-12", True, 2)]


def test_merge_events_over_pairs_matches_the_store_path(store, config, add_article) -> None:
    from idlibmon.aggregate.timeline import merge_events

    tell(store, add_article, "Wire", Event("2019-12-26", "talks", text="talks on Thursday"))
    tell(store, add_article, "Paper", Event("2019-12", "talks", text="talks in December"),
         published="2019-12-29T10:00:00+00:00")

    via_pairs = merge_events(store.all_events(), config)

    assert [(e.start, e.kind, e.count, e.curated) for e in via_pairs] == [
        (e.start, e.kind, e.count, e.curated) for e in build_timeline(store, config)
    ]
    assert [(e.start, e.count) for e in extracted(via_pairs)] == [("2019-12-26", 2)]


def test_the_date_ordered_match_picks_what_weighing_every_candidate_picks(config: Config) -> None:
    # The merge looks at finer entries nearest-date-first and stops early; the full scan is the reference.
    import random

    from idlibmon.aggregate.scope import Watch
    from idlibmon.aggregate.timeline import SourceRef, _best_match, _Index

    rng = random.Random(3)
    watch = Watch(config)
    places = [None, "Idlib", "southern Idlib", "Maaret al-Numan", "Saraqeb", "Syria"]
    starts = ["2019", "2019-12", "2019-11", "2019-12-01", "2019-12-05", "2019-12-26", "2019-11-30", "2020-01"]
    for _ in range(40):
        index = _Index()
        for _ in range(rng.randrange(1, 40)):
            entry = TimelineEntry(start=rng.choice(starts), end=None, kind=rng.choice(["attack", "talks"]),
                                  label="x", curated=rng.random() < 0.1, place=rng.choice(places))
            entry.sources = [SourceRef("o", "u", "t", i) for i in range(rng.randrange(0, 4))]
            index.add(entry)
        for start in starts:
            for place in places:
                event = Event(start, "attack", place=place)
                expected = _best_match(index.same_date("attack", start), event, place, watch)
                assert index.best_match(event, place, watch) is expected


def test_a_month_level_deal_attaches_to_the_curated_talks_of_that_month(tmp_path: Path, add_article) -> None:
    config = load_config_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        '[[timeline]]\ndate = "2018-09-17"\nkind = "talks"\nlabel = "Sochi agreement"\n'
        '[[timeline]]\ndate = "2018-09-20"\nkind = "offensive"\nlabel = "A push elsewhere"\n'
    )
    with Store(config.store.path) as store:
        tell(store, add_article, "Wire",
             Event("2018-09", "ceasefire", text="they remained committed to the September 2018 deal"),
             published="2019-04-26T10:00:00+00:00")
        tell(store, add_article, "Paper",
             Event("2018-09", "ceasefire", text="shelling stopped for a while in September 2018"),
             Event("2018", "ceasefire", text="a 2018 agreement"),
             Event("2018-10", "ceasefire", text="the October 2018 truce"),
             published="2019-05-01T10:00:00+00:00")

        entries = build_timeline(store, config)

    sochi = next(e for e in entries if e.label == "Sochi agreement")
    assert [s.outlet for s in sochi.sources] == ["Wire"]
    # no agreement named, a year only (it joins the same-kind month entry), another month: not Sochi
    assert sorted((e.start, e.label, e.count) for e in extracted(entries)) == [
        ("2018-09", "shelling stopped for a while in September 2018", 1), ("2018-10", "the October 2018 truce", 1),
    ]
