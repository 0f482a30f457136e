"""Figure rules from session 6, in sentences of our own: the words that bind a number decide its
category over a nearer trigger (a place that holds or has grown to a number of people, people
who crossed or fled their country, residents who managed to leave), a tally of sites, and
casualty sums in words ("killed a man and two of his sons").
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_a_place_that_holds_people_counts_its_population() -> None:
    assert figs("Families kept heading north to the border, where the Kafr Lusin camp now holds some 41,000 people.") == [
        (41_000, "population")]
    assert figs("The pocket holds around two million people, most of them women and children.") == [
        (2_000_000, "population")]
    # held as captives, or a share held, is no population
    assert figs("The group held 40 hostages in the basement.") == []
    assert figs("Government forces held 60 percent of the province.") == [(60, "other")]


def test_a_place_grown_to_a_number_of_inhabitants_is_its_population() -> None:
    assert figs("Kaya has swelled to more than 250,000 inhabitants with the arrival of displaced families.") == [
        (250_000, "population")]
    assert figs("Mabrouka had a population of about 40,000 before the fighting, but officials say the figure "
                "has swollen to nearly 90,000 as families fled the villages.") == [
        (40_000, "population"), (90_000, "population")]
    # a toll that grows stays a toll
    assert figs("The death toll has risen to 57 people.") == [(57, "killed")]


def test_a_tally_of_sites_counts_no_people() -> None:
    got = extract("The number of displacement sites around the city has risen to 65, the cluster said.", PUB).figures
    assert [(f.value, f.category) for f in got if f.category != "other"] == []


def test_people_who_crossed_or_fled_their_country_are_refugees() -> None:
    assert figs("More than 90,000 refugees have reached Chad since April. Around 12,000 crossed in the past week.") == [
        (90_000, "refugees"), (12_000, "refugees")]
    assert figs("Some 40,000 children had crossed.") == [(40_000, "refugees")]
    assert figs("More than 700,000 Burundians have now fled their country.") == [(700_000, "refugees")]
    # a zone inside another country is across a border; a zone of the same war is a front line
    assert figs("Up to 50,000 people have crossed into Gedo zone in Somalia's south.")[0] == (50_000, "refugees")
    assert figs("About 3,000 people crossed into government-held areas last week.") == [(3_000, "displaced")]
    # trucks crossing are no people
    assert [f for f in figs("Aid trucks crossed since 1 May: 212") if f[1] != "other"] == []


def test_residents_who_managed_to_leave_are_displaced() -> None:
    assert figs("About 12,000 residents managed to leave the town in buses on Tuesday.") == [(12_000, "displaced")]
    assert figs("Some 8,000 people had managed to escape in the first days of the siege.") == [(8_000, "displaced")]


def test_one_victim_and_a_number_more_is_their_sum() -> None:
    assert figs("An air strike on the village killed a farmer and three of his sons, the monitor said.") == [(4, "killed")]
    assert figs("On 3 May, a judge and six others were killed in an ambush.") == [(7, "killed")]
    assert figs("Another raid on the town killed a family of six.") == [(6, "killed")]
    # a list of numbers keeps its first count, and an aside is a part of the count before it
    assert figs("Shelling killed nine Turkish soldiers and a civilian driver near the town.") == [(9, "killed")]
    got = figs("The strike killed 14 people, including a nurse and two children.")
    assert got[0] == (14, "killed") and (3, "killed") not in got
    # a mother of five is no casualty count
    assert figs("A mother of five was killed in the raid.") == []


def test_aid_to_refugees_keeps_them_refugees() -> None:
    assert figs("UNHCR appealed for $80 million to help up to 60,000 refugees over the next six months.") == [
        (60_000, "refugees")]
    # aid that reached people counts them in need
    assert figs("Partners reached 45,000 refugees with food in March.") == [(45_000, "in_need")]


def test_people_left_with_reduced_access_or_living_in_famine_are_in_need() -> None:
    assert figs("The closure leaves roughly 90,000 people with reduced access to emergency care.") == [
        (90_000, "in_need")]
    assert figs("A survey found that some 150,000 people were already living in famine-like conditions.") == [
        (150_000, "in_need")]
    assert figs("About 2 million need aid, and nearly 900,000 wake up hungry every day.") == [
        (2_000_000, "in_need"), (900_000, "in_need")]
    # living in a place is still a population
    assert figs("Some 400,000 people were living in the town before the war.") == [(400_000, "population")]


def test_people_who_remain_in_affected_areas_are_in_need() -> None:
    assert figs("Partners estimate that up to 60,000 people remain in areas directly affected by the fighting.") == [
        (60_000, "in_need")]
    assert figs("Fewer than 5,000 people remain in the town.") == [(5_000, "population")]


def test_a_count_whose_place_leads_to_a_verb_of_need_is_in_need() -> None:
    got = figs("About 2.2 million people remain displaced in the north-east, and 6.3 million people in the three "
               "states of Borno, Adamawa and Yobe require humanitarian assistance.")
    assert got == [(2_200_000, "displaced"), (6_300_000, "in_need")]


def test_a_count_followed_by_there_is_still_a_count() -> None:
    assert figs("Some 3 million people live in the region, and WFP says it is feeding about 1.2 million there "
                "every month.") == [(3_000_000, "population"), (1_200_000, "in_need")]


def test_a_place_of_a_size_counts_its_population() -> None:
    got = figs("About 4 million people in Darfur, a region of about 9 million, need food aid.")
    assert got == [(4_000_000, "in_need"), (9_000_000, "population")]


def test_a_people_at_home_in_a_place_of_another_state_are_its_population() -> None:
    assert figs("The enclave, recognised as part of Azerbaijan, is home to about 100,000 Armenians.") == [
        (100_000, "population")]
    assert figs("Turkey, already home to 3.7 million Syrians, closed the border.") == [(3_700_000, "refugees")]


def test_people_who_left_a_named_place_or_quarters_fled() -> None:
    assert figs("The monitor said more than 90,000 civilians had left Tal Rifaat since Friday.") == [
        (90_000, "displaced")]
    assert figs("Between 2,000 and 3,000 families had already left the eastern districts.") == [(2_000, "displaced")]
    assert figs("Some 20,000 people left Ukraine in a single day.") == [(20_000, "refugees")]
    # fighters who left are no displaced people
    assert figs("About 3,000 fighters left Douma under the deal.") == []
