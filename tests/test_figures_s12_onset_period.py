"""Session 12: a count "since the offensive began" (or "since the start of the escalation",
"since the fighting broke out") is dated from the day the article says that cause began."""
from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _whens(text: str, published: date = date(2024, 3, 20)) -> dict[float, dict[str, str | None] | None]:
    out = extract(text, published, {}).to_dict()
    return {f["value"]: f["when"] for f in out["figures"]}


_STORY = ("Government forces launched an offensive on the northern hills on 2 March. "
          "Medics said at least 140 civilians have been killed since the offensive began.")


def test_a_toll_since_the_offensive_began_starts_on_its_first_day() -> None:
    assert _whens(_STORY)[140] == {"start": "2024-03-02", "end": None}


def test_since_the_start_of_the_operation_reads_the_same() -> None:
    text = _STORY.replace("since the offensive began", "since the start of the operation")
    assert _whens(text)[140] == {"start": "2024-03-02", "end": None}


def test_a_date_of_the_count_s_own_sentence_wins() -> None:
    text = _STORY.replace("since the offensive began", "since 10 March, weeks after the offensive began")
    assert _whens(text)[140] == {"start": "2024-03-10", "end": None}


def test_an_offensive_of_years_before_does_not_date_the_count() -> None:
    text = ("The army launched an offensive on the valley in June 2019, which stalled within weeks. "
            "Medics said at least 140 civilians have been killed since the offensive began.")
    assert _whens(text)[140] is None


def test_no_offensive_told_leaves_the_count_undated() -> None:
    assert _whens("Medics said at least 140 civilians have been killed since the offensive began.")[140] is None
