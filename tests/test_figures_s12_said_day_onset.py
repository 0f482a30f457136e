"""Session 12: a count its source told on a day, "since the offensive began", starts at the onset.

"The UN said on Monday that 30,000 people had fled since the offensive began": Monday is when
the count was told, not when it opened. Writers date such a count from the day the offensive
began, which the article tells elsewhere. A day of the count's own ("on Monday alone") still
dates it, and a speaking day with no onset phrase keeps dating the count.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

_ONSET = "Government troops launched an offensive on the northern province on 3 March.\n\n"


def _whens(text: str) -> dict[float, str | None]:
    figs = extract(text, date(2024, 3, 22)).to_dict()["figures"]
    return {float(f["value"]): (f["when"] or {}).get("start") for f in figs}


def test_said_on_a_weekday_gives_way_to_the_onset() -> None:
    text = _ONSET + "The UN said on Monday that more than 30,000 people had fled their homes since the offensive began."
    assert _whens(text)[30000.0] == "2024-03-03"


def test_said_with_a_bare_weekday_and_start_of_the_offensive() -> None:
    text = _ONSET + "The health ministry said Thursday that 112 civilians had been killed since the start of the offensive."
    assert _whens(text)[112.0] == "2024-03-03"


def test_speaking_day_without_an_onset_phrase_stays() -> None:
    text = _ONSET + "The UN said on Monday that more than 30,000 people had fled their homes."
    assert _whens(text)[30000.0] == "2024-03-18"


def test_a_day_of_the_count_itself_stays() -> None:
    text = _ONSET + "On Monday alone, 2,000 people fled their homes, the UN said, since the offensive began."
    assert _whens(text)[2000.0] == "2024-03-18"
