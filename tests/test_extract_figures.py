"""Key figures: category from what the number counts, qualifier, source, period, one per figure."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract

PUB = date(2020, 2, 14)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 235,000 people have fled their homes in Idlib.", [(235_000, "displaced")]),
        ("The offensive has displaced 900,000 people since December.", [(900_000, "displaced")]),
        ("Some 50,000 families were uprooted by the fighting.", [(50_000, "displaced")]),
        ("The camps now shelter 1.2 million IDPs.", [(1_200_000, "displaced")]),
        ("Air strikes killed 23 civilians on Tuesday.", [(23, "killed")]),
        ("The death toll rose to 51, the monitor said.", [(51, "killed")]),
        ("At least 12 people, including five children, were killed and 30 others were wounded.",
         [(12, "killed"), (5, "killed"), (30, "injured")]),
        ("The shelling killed 9 people and injured 40.", [(9, "killed"), (40, "injured")]),
        ("The province is home to three million people.", [(3_000_000, "population")]),
        ("About 4 million people live in the northwest.", [(4_000_000, "population")]),
        ("Turkey hosts 3.6 million Syrian refugees.", [(3_600_000, "refugees")]),
        ("Nearly 2.8 million people are in need of humanitarian assistance.", [(2_800_000, "in_need")]),
        ("The floods affected 40,000 people in camps.", [(40_000, "in_need")]),
        ("Some 35,000 people have returned to their villages.", [(35_000, "returned")]),
        ("At least 53 health facilities have suspended services.", [(53, "facilities")]),
        ("Government forces captured 15 villages.", [(15, "other")]),
        ("Assad controls 70 percent of Syria.", [(70, "other")]),
    ],
)
def test_categories(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of people have fled.",
        "Clashes have killed hundreds on both sides.",
        "The war, now in its ninth year, has killed millions.",
        "Aid agencies sent 400 trucks across the border.",
        "Russian jets carried out 30 air strikes over a 12-hour period.",
        "Situation Report No. 3 was issued on 12 December 2019.",
        "The UN said on 4 February 2020 that talks would resume.",
    ],
)
def test_not_key_figures(text: str) -> None:
    assert figs(text) == []


def test_qualifiers() -> None:
    text = ("More than 100 people fled. At least 20 people were killed. About 300 families were displaced. "
            "Nearly 40 people were injured. Up to 5,000 people could return. Fewer than 60 residents remain in the town. "
            "An estimated 2,000 people were evacuated.")
    got = {f.value: f.qualifier for f in extract(text, PUB).figures}
    assert got[100] == "more_than"
    assert got[20] == "at_least"
    assert got[300] == "about"
    assert got[40] == "almost"
    assert got[2000] == "about"


def test_source_period_place_and_unit() -> None:
    text = ("Since 1 December, some 520,000 people have been displaced in Idlib, according to OCHA. "
            "About 80,000 families were living in tents, the Syrian Observatory for Human Rights said.")
    out = extract(text, PUB, {"Idlib": ["Idleb"]}).figures
    first, second = out
    assert (first.value, first.category, first.source) == (520_000, "displaced", "OCHA")
    assert first.when is not None and first.when.start == "2019-12-01"
    assert first.place == "Idlib"
    assert (second.unit, second.source) == ("families", "SOHR")


def test_repeated_figure_is_output_once_with_the_body_mention() -> None:
    text = ("Over 235,000 flee Idlib as bombing intensifies\n\n"
            "More than 235,000 people have fled their homes over the last two weeks, OCHA said.\n\n"
            "Again: more than 235,000 people have fled.")
    out = extract(text, date(2019, 12, 27)).figures
    assert len(out) == 1
    f = out[0]
    assert f.source == "OCHA"
    assert text[f.span[0]:f.span[1]] == f.text
    assert f.text.startswith("More than 235,000 people have fled")


def test_boilerplate_yields_nothing() -> None:
    text = ("Skip to main content\n50,000 people fled the town (AFP/Someone)\n"
            "Sign up: 3 million readers get our newsletter\nNothing else here.")
    assert figs(text) == []


def test_html_input() -> None:
    html = "<html><body><nav>Home</nav><p>The strikes killed <b>23</b> civilians.</p></body></html>"
    out = extract(html, PUB).figures
    assert [(f.value, f.category, f.text) for f in out] == [(23, "killed", "killed 23 civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lists and asides count what their head counts
        ("SOHR documented the deaths of 1,031 civilians, among them 264 children and 186 women.",
         [(1031, "killed"), (264, "killed"), (186, "killed")]),
        ("The hospital received 46 wounded, 11 of whom died.", [(46, "injured"), (11, "killed")]),
        ("Turkey lost 59 soldiers in February, 34 of them in a single strike.", [(59, "killed"), (34, "killed")]),
        ("The strikes hit 12 hospitals and medical facilities, 10 schools and a market.",
         [(12, "facilities"), (10, "facilities")]),
        ("23 health facilities were damaged and 19 put out of service.", [(23, "facilities"), (19, "facilities")]),
        ("Of the 550 schools in the area, at least 180 were damaged or destroyed.", [(180, "facilities")]),
        # tallies and tables
        ("The death toll from Wednesday's strikes on the market has risen to 19.", [(19, "killed")]),
        ("This brings the number of civilians killed in the northwest since April to more than 1,700.",
         [(1700, "killed")]),
        ("Civilians killed | 97 | 402\nPeople displaced | 142,000 | 875,000",
         [(97, "killed"), (402, "killed"), (142_000, "displaced"), (875_000, "displaced")]),
        ("4M\npeople living in northwest Syria\n2.8M\npeople in need of humanitarian assistance",
         [(4_000_000, "population"), (2_800_000, "in_need")]),
        # the predicate belongs to another part of the sentence
        ("Of the 4 million residents of the northwest, more than half are displaced.", [(4_000_000, "population")]),
        ("Nearly 960,000 people were displaced. Around 80,000 of them live in the open.", [(960_000, "displaced")]),
        # aid received
        ("The World Food Programme delivered food to 1.4 million people in January.", [(1_400_000, "in_need")]),
        ("Partners distributed hygiene kits to 12,000 households.", [(12_000, "in_need")]),
    ],
)
def test_harder_sentences(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Floods damaged tents in 60 IDP sites across Idleb.",
        "17 IDP camps flooded in the past week.",
        "\"We ran with nothing,\" said Umm Ahmed, 40, who fled Maarat al-Numan in January.",
        "The committee's 150 members, 45 of whom sit on a smaller body, met in Geneva.",
        "Download PDF (352.4 KB)",
    ],
)
def test_more_non_figures(text: str) -> None:
    assert figs(text) == []


def test_headline_rounding_of_a_body_figure_is_one_figure() -> None:
    text = ("Idlib displacement tops 580,000\n\n"
            "Some 586,000 people have been displaced since 1 December, the UN said.")
    assert figs(text) == [(586_000, "displaced")]


def test_units() -> None:
    text = ("About 1,800 families need urgent shelter. Fighting was 25 miles from the border. "
            "Rebels lost 15 villages.")
    got = [(f.value, f.category, f.unit) for f in extract(text, PUB).figures]
    assert got == [(1800, "in_need", "families"), (40.234, "other", "km"), (15, "other", "areas")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4.1 million people live in northwest Syria, of whom 2.8 million are in need of assistance.",
         [(4_100_000, "population"), (2_800_000, "in_need")]),
        ("The flash appeal seeks US$500 million to assist 1.1 million people.", [(1_100_000, "in_need")]),
        ("Ankara said it hit 54 targets.", []),
        ("A total of 3,275 families arrived in Afrin in the past 72 hours.", [(3275, "displaced")]),
        ("Damascus says 20,000 residents have come back.", [(20_000, "returned")]),
        ("Idlib city, whose population has swollen to over 1 million, is within range of artillery.",
         [(1_000_000, "population")]),
        ("The Syrian Observatory said 19 fighters were killed, 11 of them from HTS.", [(19, "killed"), (11, "killed")]),
    ],
)
def test_sitrep_phrasings(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_key_figure_boxes_in_capitals() -> None:
    text = ("KEY FIGURES\n\n4.1M\nPEOPLE IN NEED\n\n948K\nDISPLACED SINCE 1 DEC\n\n"
            "Killed: 1,500+\nHealth facilities affected: 84\n")
    got = [(f.value, f.category, f.qualifier) for f in extract(text, PUB).figures]
    assert got == [(4_100_000, "in_need", "exact"), (948_000, "displaced", "exact"), (1500, "killed", "more_than"),
                   (84, "facilities", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine years in, 11.1 million people across Syria need some form of humanitarian assistance.",
         [(11_100_000, "in_need")]),
        ("Some 5.6 million Syrians are registered as refugees. Turkey alone hosts 3.6 million of them.",
         [(5_600_000, "refugees"), (3_600_000, "refugees")]),
        ("More than 900,000 people have been displaced. Of those, 560,000 are children.",
         [(900_000, "displaced"), (560_000, "displaced")]),
        ("In 2019, about 494,000 refugees and IDPs returned to their areas of origin.", [(494_000, "returned")]),
        ("1.8 million new displacements were recorded.", [(1_800_000, "displaced")]),
        ("The aid will be distributed to some 12,000 families living in camps.", [(12_000, "in_need")]),
    ],
)
def test_across_sentences_and_descriptions(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_each_figure_takes_the_date_of_its_own_clause() -> None:
    text = "Turkey lost 59 soldiers in Idlib in February, 34 of them in a single air strike on 27 February."
    got = {f.value: (f.when.start if f.when else None, f.text) for f in extract(text, date(2020, 3, 6)).figures}
    assert got == {59: ("2020-02", "lost 59 soldiers"), 34: ("2020-02-27", "34 of them")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strikes killed at least 20 people, among them nine children and two teachers, and injured dozens more.",
         [(20, "killed"), (9, "killed"), (2, "killed")]),
        ("Turkey has registered 3.58 million Syrians under temporary protection, more than half a million of them "
         "in Istanbul.", [(3_580_000, "refugees"), (500_000, "refugees")]),
        ("Nearly 390,000 Syrians have gone home voluntarily since 2016.", [(390_000, "returned")]),
        ("The town has grown from 8,000 residents in 2011 to more than 100,000 today.",
         [(8000, "population"), (100_000, "population")]),
        ("The baker fled Kafr Nabl in May with his wife and four children.", []),
        ("The affected settlements host an estimated 1,400 people.", [(1400, "population")]),
    ],
)
def test_lists_protection_and_family_details(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm damaged 1,250 tents, affecting more than 23,000 people.", [(23_000, "in_need")]),
        ("\"About a million people are moving towards our border,\" he said.", [(1_000_000, "displaced")]),
        ("He said Turkey, already home to 3.7 million Syrians, could not bear a new influx.",
         [(3_700_000, "refugees")]),
        ("Idlib is home to 3 million Syrians.", [(3_000_000, "population")]),
    ],
)
def test_more_wordings(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid reaching people counts them as in need, whatever else they are
        ("Mobile teams have reached 640 newly displaced households with winter kits.", [(640, "in_need")]),
        ("Engineers are trucking water to 18,500 people in the hillside camps.", [(18_500, "in_need")]),
        ("The plan covers the needs of 750,000 people through June.", [(750_000, "in_need")]),
        ("Without the crossing, 1.9 million people would lose food assistance.", [(1_900_000, "in_need")]),
        # ... but a count that reached a number is what it counts
        ("Displacement since November has now reached 610,000 people.", [(610_000, "displaced")]),
        # crossing a border makes refugees; moving inside the country does not
        ("Since the invasion, over 2.5 million people have fled Ukraine.", [(2_500_000, "refugees")]),
        ("About 12,000 people fled across the border into Jordan this week.", [(12_000, "refugees")]),
        ("Of the 700,000 uprooted, roughly 90,000 who fled abroad are in Chad.",
         [(700_000, "displaced"), (90_000, "refugees")]),
        ("Lebanon hosts an estimated 1.5 million Syrians.", [(1_500_000, "refugees")]),
        ("Some 20,000 people fled to the border area near Atmeh.", [(20_000, "displaced")]),
        # a head count keeps its own category beside a sub-count with another
        ("Roughly 2.1 million people, including 900,000 IDPs, live in the enclave.",
         [(2_100_000, "population"), (900_000, "displaced")]),
        ("The toll of 2,300 dead is an undercount, a figure that includes 640 children.",
         [(2300, "killed"), (640, "killed")]),
        ("Of the 1.2 million residents, 800,000 of them were already displaced.",
         [(1_200_000, "population"), (800_000, "displaced")]),
        ("Almost half of the 2 million people in the district have been displaced.", [(2_000_000, "population")]),
        ("Some 600,000 people remain trapped in the besieged city.", [(600_000, "population")]),
        # facilities
        ("Shelling raised to 41 the number of hospitals forced to close this year.", [(41, "facilities")]),
        ("Three clinics in the town were looted overnight.", [(3, "facilities")]),
        ("This month, 8 schools and 3 clinics run by the charity were damaged.", [(8, "facilities"), (3, "facilities")]),
    ],
)
def test_aid_reach_borders_subcounts_and_facilities(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Around 1 in 3 of those uprooted is a child.",
        "Two out of five households skip meals.",
        "Storms battered more than 250 displacement sites overnight.",
        "Some 9,000 troops are now deployed in the province.",
        "Each tent was meant for one family, yet new arrivals crowd in with three or four families.",
        "\"We run every night,\" said Huda, a mother of four who fled Saraqeb.",
    ],
)
def test_ratios_sites_forces_and_details_are_not_key_figures(text: str) -> None:
    assert [f for f in extract(text, PUB).figures if f.category != "other"] == []


def test_displacements_count_movements_not_people() -> None:
    got = [(f.value, f.category, f.unit) for f in extract("Over 300,000 displacements were tracked in May.", PUB).figures]
    assert got == [(300_000, "displaced", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling claimed the lives of 14 villagers.", [(14, "killed")]),
        ("Eleven years of war have claimed over 300,000 lives.", [(300_000, "killed")]),
        ("Some 3,100 people lost their homes when the river burst its banks.", [(3100, "displaced")]),
        ("About 900 families were forced to leave their villages.", [(900, "displaced")]),
        ("Dozens died and more than 70 people were taken to hospital.", [(70, "injured")]),
        ("Roughly 2.6 million people in the northwest depend on aid deliveries.", [(2_600_000, "in_need")]),
        ("Another 45,000 people are at risk of being uprooted.", [(45_000, "in_need")]),
        ("Around 600,000 more are at risk of hunger.", [(600_000, "in_need")]),
        ("Casualty figures reached 1,400 by March.", []),
    ],
)
def test_wordings_of_loss_aid_and_risk(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One child dies of cold in the camps every week.", []),  # a short head at the text's start
        ("Estimated population of the enclave: 3.2 million", [(3_200_000, "population")]),
        ("At least 11 migrants, most of them from Syria, drowned off the coast.", [(11, "killed")]),
        ("Three toddlers froze to death in a tent near Killi.", [(3, "killed")]),
        ("Around 60 fighters crossed into Turkey with their weapons.", []),
        ("Some 40 soldiers were wounded in the ambush.", [(40, "injured")]),
    ],
)
def test_deaths_labels_and_forces(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


def test_places_changing_hands_are_other_areas() -> None:
    got = [(f.value, f.category, f.unit) for f in extract("About 25 villages changed hands this week.", PUB).figures]
    assert got == [(25, "other", "areas")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive share of the population does not decide what the head counts
        ("Roughly 7 million people, about a third of the population, need food aid.", [(7_000_000, "in_need")]),
        ("Some 2.3 million people, or nearly 90% of the population, have been displaced.",
         [(2_300_000, "displaced")]),
        ("Around 3.9 million people in the south face acute food insecurity.", [(3_900_000, "in_need")]),
        # a part of a whole: the part takes the predicate, residents are the population
        ("About 1.1 million of the province's 2.7 million residents have been displaced.",
         [(1_100_000, "displaced"), (2_700_000, "population")]),
        # a clause after ';' has its own predicate
        ("Over 9,000 people were injured; some 2,100 people remain missing.", [(9000, "injured")]),
        ("Some 25,000 families moved into collective shelters after the quake.", [(25_000, "displaced")]),
        ("Strikes killed 11 civilians sheltering in a school.", [(11, "killed")]),
        ("Another 18 soldiers were being treated in hospitals in Hatay.", [(18, "injured")]),
        ("At least 45 health facilities reported damage.", [(45, "facilities")]),
        ("Some 30 clinics have had to suspend their work.", [(30, "facilities")]),
        ("Volunteers handed out hot meals to 8,000 people and blankets to 1,500 families.",
         [(8000, "in_need"), (1500, "in_need")]),
        # aid reach per month is a key figure; other rates are not
        ("Partners are delivering food to 900,000 people every month.", [(900_000, "in_need")]),
        ("On average, 3,000 people a day have crossed the border.", []),
        # numbers that count no one
        ("The death toll from the 6.3-magnitude tremor rose to 2,050.", [(2050, "killed")]),
        ("Nine of the dead came from one family.", [(9, "killed")]),
        ("Roughly 2,000 detainees escaped during the riot.", []),
        ("The reception centre, built for 500 people, is now hosting more than 6,000.", []),
        ("The quake damaged homes in 11 affected provinces.", []),
        ("Rescue teams lost 12 ambulances in the strikes.", []),
    ],
)
def test_second_blind_set_wordings(text: str, expected: list[tuple[float, str]]) -> None:
    assert [fc for fc in figs(text) if fc[1] != "other"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Close to 5 million Afghans live in Iran and Pakistan.", [(5_000_000, "refugees")]),
        ("Around 2 million Afghans live in Kabul.", [(2_000_000, "population")]),
        ("Some 40,000 people fled from Tal Abyad to Turkey.", [(40_000, "refugees")]),
        ("Over 5,000 people fled toward the Turkish border.", [(5000, "displaced")]),
    ],
)
def test_peoples_abroad_and_the_way_to_a_border(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinics are overwhelmed in the region, home to about 2 million people.", [(2_000_000, "population")]),
        ("Fuel is scarce for the 1.5 million people in the enclave.", [(1_500_000, "population")]),
        # as a subject, an unknown predicate leaves the count uncategorised rather than a population
        ("Some 2 million people in the valley face a harsh winter.", []),
    ],
)
def test_people_in_a_place(text: str, expected: list[tuple[float, str]]) -> None:
    assert figs(text) == expected
