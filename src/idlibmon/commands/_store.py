"""Opening the store from a command: a folder we cannot create is the user's to fix, not a traceback.

`Store()` creates the store's parent folder; an `OSError` there (no such parent, read-only
disk, permission denied, a file in the way) escapes it as a bare exception. Commands open
the store through here, so the user gets the one-line `StoreError` the CLI already prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idlibmon.store import Store


def open_store(path: str | Path, *, readonly: bool = False) -> Store:
    from idlibmon.store import Store, StoreError

    try:
        return Store(path, readonly=readonly)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        where = exc.filename or Path(path).parent
        raise StoreError(
            f"{path}: cannot create the store ({where}: {reason}); set [store] path in your config"
        ) from None
