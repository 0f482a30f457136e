"""`idlibmon export`: headlines, figures or the timeline to stdout, for a story, a sheet or a pipeline."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

WHATS = ("headlines", "figures", "timeline")
FORMATS = ("json", "csv", "md")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--what", choices=WHATS, required=True, help="what to export")
    parser.add_argument("--format", choices=FORMATS, default="json", dest="fmt",
                        help="json (one object with one list), csv (header + one row per item), md (a table)")
    parser.add_argument("--since", metavar="DATE", type=since_date,
                        help="only items reported (timeline: happening) on or after DATE (YYYY-MM-DD)")


def since_date(text: str) -> datetime:
    """YYYY-MM-DD (or a full ISO timestamp) as an aware datetime; naive means UTC."""
    try:
        stamp = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from idlibmon.commands._store import open_store
    from idlibmon.config import load_config
    from idlibmon.exporting import export

    config = load_config(args.config)
    path = config.store.path
    if not path.is_file():
        print(f"idlibmon: no store at {path} yet: run `idlibmon fetch --once` first", file=sys.stderr)
        return 1
    try:
        with open_store(path) as store:  # not readonly: a store from an older version is migrated first
            export(store, config, args.what, args.fmt, sys.stdout, since=args.since)
    except sqlite3.DatabaseError as exc:
        print(f"idlibmon: {path}: cannot read the store: {exc}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    return 0
