"""Calendar words and the regex fragments the date grammar is built from."""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = tuple(MONTHS)[:12]  # "january" … "december"
MONTH_ABBREVIATIONS = tuple(MONTHS)[12:]  # "jan" … "dec", with "sep" and "sept"
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}

# Month names are matched capitalised only: "may" and "march" in lower case are a verb.
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ORD = r"(?:st|nd|rd|th)?"
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
DASH = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through)\s+)"
NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+couple\s+of|a\s+few|few|several)"


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def count_word(word: str) -> int:
    w = norm(word)
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w, 1)
