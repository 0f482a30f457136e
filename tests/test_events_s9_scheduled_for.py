"""Session 9: a weekday after "for" is the day something is set for, so it lies ahead ("is
scheduled for Saturday", "requested an emergency session of the Security Council for Wednesday");
one the sentence says fell through, or the publication day itself, is not moved. A body called
to meet at short notice ("emergency session", "extraordinary summit") is talks."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on
from idlibmon.extract.dates import find_dates

PUB = date(2024, 9, 24)  # a Tuesday
kinds = kinds_on(PUB)


def _starts(text: str, pub: date = PUB) -> list[str]:
    return [d.start for d in find_dates(text, pub)]


def test_a_weekday_something_is_set_for_lies_ahead() -> None:
    assert _starts("The next exchange, of four hostages, is scheduled for Saturday.") == ["2024-09-28"]
    assert _starts("France requested an emergency session of the Security Council for Wednesday.") == ["2024-09-25"]


def test_a_weekday_set_for_that_fell_through_or_is_today_stays() -> None:
    assert _starts("France requested a session for Wednesday, but it was not held.") == ["2024-09-18"]
    assert _starts("She said ten corridors had been agreed for Tuesday.") == ["2024-09-24"]


def test_an_emergency_session_or_an_extraordinary_summit_is_talks() -> None:
    assert kinds("France requested an emergency session of the Security Council for Wednesday.") == [("talks", "2024-09-25")]
    assert kinds("An extraordinary summit of the bloc takes place in Maputo today.") == [("talks", "2024-09-24")]
    assert kinds("Families need emergency food on Wednesday.") == []
