"""Session 13's cuts of the figures pipeline's work per count: what each sentence gives all its
counts (dates, places, headline lines, the speaker named in the next sentence) is worked out once
per sentence, and the answers stay what they were."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.figure_mentions import period_among, place_among, sentence_dates, sentence_places
from idlibmon.extract.sources import find_sources
from idlibmon.extract.text import sentences
from idlibmon.models import Period

PUB = date(2025, 6, 20)


class _Date:
    """A date mention as the figure finder reads it: its span, text and resolved period."""

    def __init__(self, text: str, said: str, start: str) -> None:
        s = text.index(said)
        self.span, self.text, self.start, self.end = (s, s + len(said)), said, start, None


def test_each_count_of_a_sentence_takes_the_date_nearest_it() -> None:
    text = "On 3 June 400 homes burned, and 1,200 families fled on 9 June."
    dated = sentence_dates(text, [_Date(text, "3 June", "2025-06-03"), _Date(text, "9 June", "2025-06-09")], 0, len(text))
    first, second = text.index("400"), text.index("1,200")
    assert period_among(text, dated, first, others=[second]) == Period("2025-06-03")
    assert period_among(text, dated, second, others=[first]) == Period("2025-06-09")


def test_the_day_a_source_spoke_gives_way_to_the_date_of_the_count() -> None:
    text = "The agency said on Friday that 3,000 people had fled since 2 June."
    dated = sentence_dates(text, [_Date(text, "Friday", "2025-06-20"), _Date(text, "2 June", "2025-06-02")], 0, len(text))
    assert [extra for _d, extra in dated] == [200, 0]
    assert period_among(text, dated, text.index("3,000")) == Period("2025-06-02")


def test_a_year_naming_a_deal_dates_no_count() -> None:
    text = "Under the 2018 Sochi agreement, 500 fighters withdrew."
    assert sentence_dates(text, [_Date(text, "2018", "2018")], 0, len(text)) == []
    assert period_among(text, [], text.index("500")) is None


def test_the_place_nearest_a_count_and_a_capital_that_speaks_for_its_government() -> None:
    text = "Moscow said 700 people fled Saraqib, while 90 reached Binnish."
    spans = [((text.index(w), text.index(w) + len(w)), w) for w in ("Moscow", "Saraqib", "Binnish")]
    inside = sentence_places(spans, 0, len(text), text)
    assert [name for _sp, name in inside] == ["Saraqib", "Binnish"]
    assert place_among(inside, text.index("700"), text) == "Saraqib"
    assert place_among(inside, text.index("90 "), text) == "Binnish"
    assert place_among([], 5, text) is None


def test_a_speaker_named_at_the_end_of_the_next_sentence_is_still_the_source() -> None:
    text = "About 12,000 people fled the villages this week. The exodus continues, OCHA said."
    assert find_sources(text, sentences(text)).get(0) == "OCHA"
    quiet = "About 12,000 people fled the villages this week. The exodus continues, OCHA staff in the area."
    assert find_sources(quiet, sentences(quiet)).get(0) is None


def test_a_headline_rounding_the_body_count_is_still_one_figure() -> None:
    text = "Toll passes 5,000 in border clashes\n\nAt least 5,120 people have been killed in the clashes, officials said."
    figs = extract(text, PUB).figures
    assert [(f.value, f.category) for f in figs] == [(5120, "killed")]


def figures_of(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_a_verb_right_before_the_next_count_is_that_counts() -> None:
    assert figures_of("The raid killed 14, wounding 30 more in the market.") == [(14, "killed"), (30, "injured")]


def test_a_predicate_out_of_reach_of_a_bare_count_gives_it_no_category() -> None:
    text = "Officials counted 2,400 in the first week of the month at the main gate, and later said many had fled."
    assert figures_of(text) == []
