"""The demo's simulated clock: story time that follows the replay.

`now()` is the publication time of the latest released item plus the wall time elapsed
since it was released (times `scale`), so relative times read "2 h ago" on the story's own
day rather than "6 years ago". It never runs backwards: items published at the same minute
but released seconds apart would otherwise pull it back.

With `follow_deliveries()`, "released" means "served to a client in a feed": the replay
server calls `delivered()` when a feed answer carries items. Feeds are polled every 10–15 s
while items are released every few seconds, so a clock driven by releases alone runs ahead
of the screen, and a headline that has just arrived already reads "3d".

Use it for what the user reads (relative times, "new" markers, stored fetch times), not
for scheduling fetches: it leaps by days whenever an item is released, and a poller timed
on it would fire every feed at every leap.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from idlibmon.demo.schedule import ReplaySchedule


class SimulatedClock:
    """A `Callable[[], datetime]` (timezone-aware UTC) driven by a replay schedule."""

    def __init__(self, schedule: ReplaySchedule, published: Sequence[datetime], *, scale: float = 1.0) -> None:
        if len(published) != schedule.count:
            raise ValueError("one publication time per scheduled item")
        self.schedule = schedule
        self.scale = scale
        self._published = [p.timestamp() for p in published]
        # now(w) = max over released j of pub_j + (w - r_j) * scale = w * scale + max_j(pub_j - r_j * scale);
        # the prefix maxima make each call O(1).
        self._offsets: list[float] = []
        best = float("-inf")
        for k, pub in enumerate(self._published):
            best = max(best, pub - schedule.release_time(k) * scale)
            self._offsets.append(best)
        self._following = False
        self._delivered = float("-inf")
        self._lock = threading.Lock()

    def follow_deliveries(self) -> None:
        """From now on, story time moves only with items a client has been served."""
        with self._lock:
            self._following = True
            if self.schedule.initial:  # what is out at the start counts as delivered at t0
                self._delivered = max(self._delivered, self._offsets[self.schedule.initial - 1])

    def delivered(self, indexes: Iterable[int], at: float) -> None:
        """Items `indexes` (corpus order) were served at wall time `at` (any thread)."""
        best = max((self._published[k] for k in indexes), default=None)
        if best is None:
            return
        with self._lock:
            self._delivered = max(self._delivered, best - at * self.scale)

    def __call__(self) -> datetime:
        w = self.schedule.wall()
        if self._following and self._delivered > float("-inf"):
            return datetime.fromtimestamp(w * self.scale + self._delivered, UTC)
        n = self.schedule.released(w)
        if n == 0:
            return datetime.fromtimestamp(w, UTC)
        return datetime.fromtimestamp(w * self.scale + self._offsets[n - 1], UTC)

    now = __call__
