"""When each corpus item becomes visible, in wall time.

Item k (0-based, historical order) is visible from `t0 + max(0, k - initial + 1) * speed`:
the first `initial` items are there at once so the screen is not empty, then one more
every `speed` seconds. The wall clock is injected so tests can step it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Wall = Callable[[], float]
"""Seconds since the epoch, like time.time."""

DEFAULT_SPEED = 3.0
DEFAULT_INITIAL = 25


class ReplaySchedule:
    def __init__(
        self, count: int, *, speed: float = DEFAULT_SPEED, initial: int = DEFAULT_INITIAL, wall: Wall = time.time
    ) -> None:
        self.count = count
        self.speed = max(0.0, speed)
        self.initial = max(1, min(initial, count)) if count else 0
        self.wall = wall
        self.t0 = wall()

    def release_time(self, k: int) -> float:
        """Wall time at which item k appears."""
        if self.speed == 0 or k < self.initial:
            return self.t0
        return self.t0 + (k - self.initial + 1) * self.speed

    def released(self, at: float | None = None) -> int:
        """How many items are visible at wall time `at` (default: now)."""
        w = self.wall() if at is None else at
        if self.speed == 0:
            return self.count
        # Start from the arithmetic guess, then settle it against release_time itself so
        # the two never disagree by a float rounding at a boundary.
        n = max(self.initial, min(self.count, self.initial + math.floor((w - self.t0) / self.speed)))
        while n < self.count and self.release_time(n) <= w:
            n += 1
        while n > self.initial and self.release_time(n - 1) > w:
            n -= 1
        return n

    def finished(self) -> bool:
        return self.released() >= self.count

    def seconds_left(self) -> float:
        """Wall seconds until the last item appears (0 when all are out)."""
        return max(0.0, self.release_time(self.count - 1) - self.wall()) if self.count else 0.0
