"""The simulated clock follows the replay: story time near the latest released item."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from idlibmon.demo.clock import SimulatedClock
from idlibmon.demo.schedule import ReplaySchedule


class FakeWall:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


PUBLISHED = [
    at(2019, 4, 30, 9), at(2019, 4, 30, 11), at(2019, 5, 6, 18), at(2019, 5, 6, 18), at(2019, 12, 27, 10),
]


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


def test_now_is_latest_released_publication_plus_elapsed(wall: FakeWall) -> None:
    clock = SimulatedClock(ReplaySchedule(len(PUBLISHED), speed=3, initial=2, wall=wall), PUBLISHED)
    now = clock()
    assert now == PUBLISHED[1] and now.tzinfo is not None and now.utcoffset() == timedelta(0)
    wall.t += 2
    assert clock() == PUBLISHED[1] + timedelta(seconds=2)
    wall.t += 1  # item 2 released: story time leaps to its day
    assert clock() == PUBLISHED[2]
    # "2 h ago" on the story's own day, not years ago
    assert clock() - PUBLISHED[1] < timedelta(days=7)


def test_never_runs_backwards_on_equal_publication_times(wall: FakeWall) -> None:
    clock = SimulatedClock(ReplaySchedule(len(PUBLISHED), speed=3, initial=1, wall=wall), PUBLISHED)
    seen = []
    for _ in range(40):
        seen.append(clock())
        wall.t += 0.5
    assert seen == sorted(seen)
    assert seen[-1] > PUBLISHED[-1]


def test_scale_speeds_story_time(wall: FakeWall) -> None:
    clock = SimulatedClock(ReplaySchedule(2, speed=100, initial=2, wall=wall), PUBLISHED[:2], scale=60)
    wall.t += 10
    assert clock() == PUBLISHED[1] + timedelta(minutes=10)


def test_all_at_once_starts_at_last_item(wall: FakeWall) -> None:
    clock = SimulatedClock(ReplaySchedule(len(PUBLISHED), speed=0, wall=wall), PUBLISHED)
    assert clock() == PUBLISHED[-1]


def test_needs_one_time_per_item(wall: FakeWall) -> None:
    with pytest.raises(ValueError):
        SimulatedClock(ReplaySchedule(3, wall=wall), PUBLISHED)


def test_lag_keeps_story_time_behind_items_not_fetched_yet(wall: FakeWall) -> None:
    clock = SimulatedClock(ReplaySchedule(len(PUBLISHED), speed=3, initial=2, wall=wall), PUBLISHED, lag=10)
    assert clock() == PUBLISHED[1] - timedelta(seconds=10)
    wall.t += 3  # item 2 is out, but the next poll may be up to `lag` seconds away
    assert clock() < PUBLISHED[2]
    wall.t += 10
    assert clock() == PUBLISHED[2]


def test_the_demo_clock_waits_for_the_slowest_poll() -> None:
    from idlibmon.demo.setup import poll_interval, poll_lag, start_demo

    with start_demo(3.0) as demo:
        slowest = max(poll_interval(o) for o in demo.server.corpus.outlets)
        assert demo.now.lag == poll_lag(demo.server) > slowest  # type: ignore[attr-defined]
    with start_demo(0) as demo:
        assert demo.now.lag == 0  # type: ignore[attr-defined]
