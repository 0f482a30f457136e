"""Session 11: a timeline's entries, each line opened by the date of what it tells.

Written for the class, not a text: five blind sets of session 10 held chronologies in two layouts
("24 March 2021 - ..." and a date heading over its paragraph), and the engine read every entry
date as a dateline. One line so opened is still a release's dateline."""

from datetime import date

from idlibmon.extract.dates import find_dates
from idlibmon.extract.events import find_events

DASHED = (
    "Timeline: the battle for the valley\n\n"
    "3 March 2021 - Government troops launch an offensive on the northern valley.\n\n"
    "19 March 2021 - Rebels seize the market town of Kafr Tal after a night of fighting.\n\n"
    "2 April 2021 - A truce brokered by the neighbours takes effect at noon.\n"
)

HEADED = (
    "Timeline: five days on the coast\n\n"
    "Monday, June 7\n"
    "Militias launch an offensive on the port city. Officials later say dozens were killed.\n\n"
    "Tuesday, June 8\n"
    "Fighters capture the harbour and the old town.\n\n"
    "Wednesday, June 9\n"
    "The monitoring group says 120 people have been killed since Monday.\n"
)


def _got(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.start, e.kind) for e in find_events(text, published, {})]


def test_dash_entries_date_their_lines() -> None:
    got = _got(DASHED, date(2021, 5, 1))
    assert ("2021-03-03", "offensive") in got
    assert ("2021-03-19", "capture") in got
    assert ("2021-04-02", "ceasefire") in got


def test_one_dashed_line_stays_a_dateline() -> None:
    text = ("14 October 2020 - A coalition of aid groups welcomes the ceasefire agreed on Monday and warns that "
            "half a million children remain at risk.\n")
    assert [start for start, _ in _got(text, date(2020, 10, 14))] == ["2020-10-12"]


def test_a_heading_dates_the_first_sentence_under_it() -> None:
    got = _got(HEADED, date(2021, 6, 10))
    assert ("2021-06-07", "offensive") in got
    assert ("2021-06-08", "capture") in got
    # the comment after the entry ("Officials later say ...") is not dated by the heading
    assert [g for g in got if g[0] == "2021-06-07"] == [("2021-06-07", "offensive")]


def test_a_source_speaking_under_a_heading_is_no_event() -> None:
    assert [g for g in _got(HEADED, date(2021, 6, 10)) if g[0] == "2021-06-09"] == []


def test_two_date_lines_are_no_timeline() -> None:
    text = ("Flash update No. 4\n12 May 2022\n\nHighlights\n\n"
            "Situation overview\n11 May 2022\nGunmen attack a convoy on the road north of the town.\n")
    assert _got(text, date(2022, 5, 12)) == []  # a report's date and its overview's: no list of happenings


def test_a_later_year_ends_a_year_heading() -> None:
    text = (
        "2019 - Fighting spreads to the eastern provinces.\n\n"
        "October 2, 2019 - The council approves a peacekeeping mission.\n\n"
        "March 2-3, 2020 - While the president is abroad, gangs storm the central prison.\n\n"
        "March 5 - Gunmen attack the airport.\n"
    )
    (march5,) = [d for d in find_dates(text, date(2020, 3, 20)) if d.text == "March 5"]
    assert march5.start == "2020-03-05"


PRESENT = (
    "Key dates\n\n"
    "4 May 2019 - Government troops invade the northern districts.\n\n"
    "9 May 2019 - Rebel fighters enter Kafr Tal after a night of shelling.\n\n"
    "17 May 2019 - The port town of Mina falls to the army.\n\n"
    "30 May 2019 - The two governments sign a border agreement in Muscat.\n\n"
    "2 June 2019 - A retired general is named head of a transitional council.\n"
)


def test_entries_told_in_the_historic_present() -> None:
    got = _got(PRESENT, date(2019, 7, 1))
    assert ("2019-05-04", "offensive") in got
    assert ("2019-05-09", "capture") in got
    assert ("2019-05-17", "capture") in got
    assert any(start == "2019-05-30" for start, _ in got)  # (talks or a truce: the kind is the agreement's)
    assert ("2019-06-02", "other") in got


def test_the_present_is_read_in_entries_only() -> None:
    text = "The envoy said on Monday that the town falls within the zone the two sides sign off on each month.\n"
    assert _got(text, date(2019, 7, 3)) == []
