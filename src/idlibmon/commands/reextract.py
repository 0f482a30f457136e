"""`idlibmon reextract`: run an improved extraction engine over the stored history."""

from __future__ import annotations

import argparse
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--all", action="store_true", dest="everything",
                        help="re-read every article, even those the current engine has read")


def run(args: argparse.Namespace) -> int:
    from idlibmon.commands._store import open_store
    from idlibmon.config import load_config
    from idlibmon.extract.engine import ENGINE_VERSION
    from idlibmon.pipeline import reextract_all

    config = load_config(args.config)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total:
            print(f"\rre-extracting {done}/{total}", end="", file=sys.stderr, flush=True)

    with open_store(config.store.path) as store:
        done = reextract_all(config, store, progress=progress, everything=args.everything)
    if show and done:
        print(file=sys.stderr)
    print(f"re-extracted {done} article{'s' if done != 1 else ''} with engine version {ENGINE_VERSION}")
    return 0
