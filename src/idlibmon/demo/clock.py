"""The demo's simulated clock: story time that follows the replay.

`now()` is the publication time of the latest released item plus the wall time elapsed
since it was released (times `scale`), so relative times read "2 h ago" on the story's own
day rather than "6 years ago". It never runs backwards: items published at the same minute
but released seconds apart would otherwise pull it back.

`lag` (wall seconds) holds story time back by about the longest wait between an item's
release and the poll that fetches it: without it the clock leaps to items the screen does
not show yet, and a headline that has just arrived already reads "3d".

Use it for what the user reads (relative times, "new" markers, stored fetch times), not
for scheduling fetches: it leaps by days whenever an item is released, and a poller timed
on it would fire every feed at every leap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from idlibmon.demo.schedule import ReplaySchedule


class SimulatedClock:
    """A `Callable[[], datetime]` (timezone-aware UTC) driven by a replay schedule."""

    def __init__(
        self, schedule: ReplaySchedule, published: Sequence[datetime], *, scale: float = 1.0, lag: float = 0.0
    ) -> None:
        if len(published) != schedule.count:
            raise ValueError("one publication time per scheduled item")
        self.schedule = schedule
        self.scale = scale
        self.lag = max(0.0, lag)
        # now(w) = max over released j of pub_j + (w - r_j) * scale = w * scale + max_j(pub_j - r_j * scale);
        # the prefix maxima make each call O(1).
        self._offsets: list[float] = []
        best = float("-inf")
        for k, pub in enumerate(published):
            best = max(best, pub.timestamp() - schedule.release_time(k) * scale)
            self._offsets.append(best)

    def __call__(self) -> datetime:
        w = self.schedule.wall() - self.lag
        n = self.schedule.released(w)
        if n == 0:
            return datetime.fromtimestamp(w, UTC)
        return datetime.fromtimestamp(w * self.scale + self._offsets[n - 1], UTC)

    now = __call__
