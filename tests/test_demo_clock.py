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



def test_following_deliveries_story_time_waits_for_the_poll(wall: FakeWall) -> None:
    clock = SimulatedClock(ReplaySchedule(len(PUBLISHED), speed=3, initial=2, wall=wall), PUBLISHED)
    clock.follow_deliveries()
    assert clock() == PUBLISHED[1]
    wall.t += 6  # items 2 and 3 are out, but no client has fetched them yet
    assert clock() == PUBLISHED[1] + timedelta(seconds=6)
    clock.delivered([3, 2], wall.t)  # a poll served them
    assert clock() == PUBLISHED[3]
    wall.t += 60
    assert clock() == PUBLISHED[3] + timedelta(minutes=1)
    clock.delivered([0], wall.t)  # an older item served again never pulls it back
    assert clock() == PUBLISHED[3] + timedelta(minutes=1)


def test_the_demo_clock_moves_when_the_replay_serves_a_feed() -> None:
    import httpx

    from idlibmon.demo.setup import start_demo

    with start_demo(3.0, initial=1) as demo:
        before = demo.now()
        released = demo.server.released_items()
        assert before - released[-1].published < timedelta(minutes=1)
        later = demo.server.corpus.items[5]
        demo.server.schedule.t0 -= 30  # ten more items are out; nobody has fetched them
        assert demo.now() - released[-1].published < timedelta(minutes=1)
        feed = demo.server.feed_url(later.outlet)
        assert httpx.get(feed).status_code == 200
        assert demo.now() >= later.published > before
