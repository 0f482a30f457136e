"""Numbers in the forms news writes them, and the numbers that are not figures."""

from __future__ import annotations

import pytest

from idlibmon.extract.numbers import find_numbers
from idlibmon.extract.text import boilerplate, html_to_text, sentences


def values(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(n.value, n.high, n.unit) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 235,000 people fled", [(235_000, None, None)]),
        ("some 235 000 people", [(235_000, None, None)]),
        ("1.2 million people", [(1_200_000, None, None)]),
        ("1.2m people", [(1_200_000, None, None)]),
        ("948K IDPs", [(948_000, None, None)]),
        ("three million people", [(3_000_000, None, None)]),
        ("half a million people", [(500_000, None, None)]),
        ("a quarter of a million people", [(250_000, None, None)]),
        ("one and a half million people", [(1_500_000, None, None)]),
        ("twenty-five people", [(25, None, None)]),
        ("three hundred and fifty thousand people", [(350_000, None, None)]),
        ("a dozen people", [(12, None, None)]),
        ("200,000-250,000 people", [(200_000, 250_000, None)]),
        ("between 10 and 15 people", [(10, 15, None)]),
        ("10 to 15 civilians", [(10, 15, None)]),
        ("between 1 and 2 million people", [(1_000_000, 2_000_000, None)]),
        ("70 percent", [(70, None, "percent")]),
        ("76 per cent", [(76, None, "percent")]),
        ("70%", [(70, None, "percent")]),
        ("four kilometres away", [(4, None, "km")]),
        ("12km from the front", [(12, None, "km")]),
        ("less than four kilometres (two miles) from the town", [(4, None, "km")]),
        ("the toll rose from 200 to 300 people", [(300, None, None)]),
        ("twenty five people", [(25, None, None)]),
        ("two million five hundred thousand people", [(2_500_000, None, None)]),
        ("a hundred and twenty people", [(120, None, None)]),
        ("his family of nine three times", [(9, None, None), (3, None, None)]),
    ],
)
def test_number_forms(text: str, expected: list[tuple[float, float | None, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "between 12 -25 December",
        "on 19 December 2019",
        "December 12, 2019",
        "in 2019",
        "at 10:30 am",
        "at 3 p.m. local time",
        "over a 12-hour period",
        "in the past two weeks",
        "for 48 hours",
        "a 12-year-old boy",
        "aged 7",
        "children under five",
        "its ninth year",
        "the 21st century",
        "Situation Report No. 3",
        "Security Council resolution 2254",
        "Flash Update #5",
        "call +90 533 123 4567",
        "tens of thousands of people",
        "hundreds of people",
        "hundreds of thousands",
        "millions of Syrians",
        "dozens of villages",
        "several thousand",
        "one of the largest towns",
        "no one was hurt",
        "F-16 jets and COVID-19",
        "$30 million in aid",
        "the M5 highway",
        "One in five of the displaced",
        "one in three households",
    ],
)
def test_not_figures(text: str) -> None:
    assert values(text) == []


def test_spans_point_into_the_text() -> None:
    text = "Of these, 1.2 million are children and three million live in camps."
    for n in find_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


def test_sentences_have_offsets_and_respect_abbreviations() -> None:
    text = "Headline without stop\n\nDr. Smith said 3 people died. No. 3 was late!\n- bullet one\nwrapped\nline."
    spans = sentences(text)
    got = [text[s:e] for s, e in spans]
    assert got == ["Headline without stop", "Dr. Smith said 3 people died.", "No. 3 was late!",
                   "bullet one\nwrapped\nline."]


def test_boilerplate_lines() -> None:
    text = ("Skip to main content\nReal news.\nPeople fled the town (AFP/Someone Name)\n"
            "Sign up for our newsletter\nA teaser headline\nRead More »\n© 2019 Some Outlet. All rights reserved.\n"
            "Home | News | Opinion | Video\nMore real news.")
    got = [text[s:e] for s, e in boilerplate(text)]
    assert got == ["Skip to main content", "People fled the town (AFP/Someone Name)", "Sign up for our newsletter",
                   "A teaser headline", "Read More »", "© 2019 Some Outlet. All rights reserved.",
                   "Home | News | Opinion | Video"]


def test_html_visible_text() -> None:
    html = ("<html><head><title>T</title><script>var x = 5000;</script></head><body><nav>Home</nav>"
            "<p>About 1,000 civilians&nbsp;have been killed.</p><figure><img src=x><figcaption>A caption"
            "</figcaption></figure><p>Second <b>para</b>.</p></body></html>")
    assert html_to_text(html) == "About 1,000 civilians have been killed.\n\nSecond para."


def test_hard_wrapped_lines_join_into_sentences() -> None:
    text = "\n".join([
        "Relative calm has returned to much of the de-escalation area since the",
        "unilateral ceasefire announced by the Russian Federation took effect on",
        "31 August, although shelling continues in southern Idlib. In the week",
        "to 8 September, the Syrian Observatory recorded 12 civilian deaths,",
        "compared with more than 100 in the last week of August, the monitor said.",
    ])
    got = [text[s:e].replace("\n", " ") for s, e in sentences(text)]
    assert len(got) == 2
    assert got[0].endswith("took effect on 31 August, although shelling continues in southern Idlib.")


def test_html_table_rows_stay_on_one_line() -> None:
    html = "<table><tr><th>Indicator</th><th>Total</th></tr><tr><td>Civilians killed</td><td>402</td></tr></table>"
    assert html_to_text(html) == "Indicator | Total\nCivilians killed | 402"


def test_list_markers_are_not_numbers() -> None:
    text = "1. Since 1 December, 200,000 people were displaced.\n2) Health: 72 facilities were hit."
    assert values(text) == [(200_000, None, None), (72, None, None)]


@pytest.mark.parametrize("text", [
    "someone one; three often ten, tenth two_ _two two-thirds, a hundred pizza a thousand",
    "xthree three quarters 1,200.5 3rd 2019 covid19 ٣ twenty-five fifty",
])
def test_candidate_scan_finds_what_the_single_pattern_finds(text: str) -> None:
    from idlibmon.extract.numbers import _CANDIDATE, _candidates
    low = text.lower()
    assert _candidates(low) == [m.span() for m in _CANDIDATE.finditer(low)]
