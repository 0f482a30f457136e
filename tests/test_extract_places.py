"""Places come out under the config's canonical spelling, or in the text's own words."""

from __future__ import annotations

from idlibmon.extract.places import find_places

PLACES = {
    "Saraqeb": ["Saraqib", "Saraqab"],
    "Maaret al-Numan": ["Ma'arrat al-Nu'man", "Maarat al-Numan"],
    "Idlib": ["Idleb"],
    "Atmeh": ["Atma"],
}


def names(text: str, places: dict[str, list[str]] | None = PLACES) -> list[str]:
    found = find_places(text, places)
    for (s, e), _name in found:
        assert text[s:e].strip() == text[s:e] and text[s:e]
    return [name for _span, name in found]


def test_spelling_variants_map_to_the_canonical_name() -> None:
    assert names("Shells fell on Saraqib and SARAQAB, then on Saraqeb.") == ["Saraqeb"] * 3


def test_apostrophe_variants_and_curly_quotes_are_one_place() -> None:
    assert names("Jets hit Ma’arrat al-Nu’man and Maarat al-Numan.") == ["Maaret al-Numan"] * 2


def test_regions_keep_the_texts_words_with_the_canonical_spelling_inside() -> None:
    assert names("Families fled southern Idleb for north-west Syria.") == ["southern Idlib", "north-west Syria"]


def test_province_and_town_phrases() -> None:
    assert names("Strikes in Syria's Idleb province hit the town of Kafr Ruma near Atma camp.") == [
        "Idlib", "Kafr Ruma", "Atmeh",
    ]


def test_no_config_still_finds_governorates_and_regions() -> None:
    assert names("Clashes in rural Hama and in Aleppo.", None) == ["rural Hama", "Aleppo"]


def test_words_inside_other_words_are_not_places() -> None:
    assert names("Atmakur and Hamadan are not here; Middle East Eye reported.") == []


def test_fast_gazetteer_finds_what_the_plain_pattern_finds() -> None:
    """The fast form (a consumed capital, spellings grouped by first letter) and the plain
    look-behind form agree, accents, folded letters and a name at the very start included; a
    spelling opening with no letter keeps the plain form."""
    from idlibmon.extract.places import _freeze, _gazetteer

    text = ("Édlib, edlib and Ídleb; ÍDLEB. Kafr-Zita’s camp near KAFR ZEITA, ıdlib, İdlib and Idlib's "
            "outskirts; Saraqib-Saraqab (Saraqeb)Idleb x-Idlib Idlib2 Atma\nAtmeh")
    for places in ({"Idlib": ["Édlib", "Ídleb"], "Kafr Zita": ["Kafr-Zita", "Kafr Zeita"]}, PLACES, None,
                   {"Zor (town)": ["Éastern"]}):
        gazetteer = _gazetteer(_freeze(places))
        assert gazetteer.fast is not None
        for sample in (text, text[1:], "Idlib " + text, "Zor (town)Idlib Éastern Ghouta, Eastern Ghouta"):
            assert gazetteer.spans(sample) == [m.span() for m in gazetteer.plain().finditer(sample)]
    assert _gazetteer(_freeze({"’Ain": []})).fast is None



def test_place_phrases_tried_near_keywords_are_those_a_full_scan_finds() -> None:
    """Trying the place-phrase pattern only where a keyword puts a possible start finds what
    running it over the whole text finds, on generated text full of near misses and on the dev sets."""
    import random
    from pathlib import Path

    from idlibmon.extract.places import _GENERIC, _generic_matches

    pieces = ["the town of", "the  village of", "outskirts of", "sub-district of", "city\nof", "the", "town", "of",
              "Kafr", "Nabl", "al-Bab", "Maaret", "al-Numan", "Idlib", "province", "camp", "campaign", "border", "crossing",
              "north", "northern", "south-east", "rural", "Aleppo", "Ras", "al", "Ain", "Syria's", "greater", "least",
              "countryside", "governorate", "outskirts", "area", "Tal", "Abyad", "Jisr", "ash-Shughur", "Al", "district",
              "the\u00a0", "Émar", "_x", "central", "west", "Khan", "Sheikhoun", "-", ",", "’"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(pieces) + rng.choice([" ", " ", "  ", "-", "\n", "", "\u2009"])
                     for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "devset").glob("*/*.txt"))]

    def shown(matches: object) -> list[tuple[object, ...]]:
        return [(m.span(), m.group("region"), m.group("of"), m.group("admin")) for m in matches]  # type: ignore[attr-defined]

    found = 0
    for text in texts:
        full = shown(_GENERIC.finditer(text))
        assert shown(_generic_matches(text)) == full, text
        found += len(full)
    assert found > 2000
