"""The store's fetch lock: one process fetches and writes, the others only read.

The holder (pid, host, start, heartbeat) is visible to every reader. A lock is taken
over when its holder is gone: a dead pid on this host, or a heartbeat older than
`stale_after` (the only sign we get from a process on another host sharing the file).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from datetime import datetime, timedelta

from idlibmon.pids import pid_alive
from idlibmon.store import LockHolder, Store, utcnow

STALE_AFTER = timedelta(seconds=120)
HEARTBEAT_EVERY = timedelta(seconds=20)


class FetchLockHeld(Exception):
    """Another live process is fetching into this store."""

    def __init__(self, holder: LockHolder) -> None:
        self.holder = holder
        super().__init__(
            f"another idlibmon is fetching into this store (pid {holder.pid} on {holder.host}, "
            f"since {holder.started:%Y-%m-%d %H:%M:%S} UTC)"
        )


class FetchLock:
    """Take, refresh and release the lock for this process."""

    def __init__(
        self,
        store: Store,
        *,
        now: Callable[[], datetime] = utcnow,
        stale_after: timedelta = STALE_AFTER,
        pid: int | None = None,
        host: str | None = None,
    ) -> None:
        self.store = store
        self.now = now
        self.stale_after = stale_after
        self.pid = pid if pid is not None else os.getpid()
        self.host = host or socket.gethostname()
        self.held = False
        self._beat: datetime | None = None

    def _can_take(self, holder: LockHolder) -> bool:
        if self.now() - holder.heartbeat > self.stale_after:
            return True
        return holder.host == self.host and not pid_alive(holder.pid)

    def acquire(self) -> None:
        """Take the lock or raise FetchLockHeld naming its holder."""
        holder = self.store.try_lock(self.pid, self.host, self.now(), self._can_take)
        if holder is not None:
            raise FetchLockHeld(holder)
        self.held = True
        self._beat = self.now()

    def heartbeat(self, *, force: bool = False) -> None:
        """Refresh the heartbeat (at most every HEARTBEAT_EVERY unless forced)."""
        if not self.held:
            return
        now = self.now()
        if not force and self._beat is not None and now - self._beat < HEARTBEAT_EVERY:
            return
        self._beat = now
        if not self.store.heartbeat_lock(self.pid, self.host, now):
            self.held = False
            raise FetchLockHeld(self.store.lock_holder() or LockHolder(0, "?", now, now))

    def release(self) -> None:
        if self.held:
            self.store.release_lock(self.pid, self.host)
            self.held = False
