"""Is a process still there? Shared by the fetch lock (take over a dead holder's lock) and the
demo (sweep the temporary folders of demos that were killed)."""

from __future__ import annotations

import os


def pid_alive(pid: int) -> bool:
    """True if a process with this id exists on this machine (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just is not ours
    except OSError:
        return False
    return True
