"""The `idlibmon` command.

Each subcommand lives in `idlibmon.commands.<name>` with `configure(parser)` and
`run(args) -> int`, and is imported only when used, so headless commands never load
Textual. With no subcommand, the dashboard starts (`--demo`: on the offline replay).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from idlibmon import __version__

COMMANDS = {
    "fetch": "fetch feeds once or on schedule, headless",
    "extract": "extract key figures and dated events from a text",
    "export": "export headlines, figures or the timeline as JSON, CSV or Markdown",
    "feeds": "list, import (OPML), export or re-enable feeds",
    "reextract": "re-run extraction over the whole stored history",
}


def _add_common(parser: argparse.ArgumentParser, *, subcommand: bool = False) -> None:
    # On a subcommand the option must not default to None, or it would overwrite a
    # `--config` given before the subcommand (`idlibmon --config X fetch`).
    default = argparse.SUPPRESS if subcommand else None
    parser.add_argument(
        "--config", metavar="PATH", default=default, help="config file (default: $IDLIBMON_CONFIG, then the user's)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idlibmon",
        description="A terminal news monitor for the conflict in Idlib (or any other you configure).",
    )
    parser.add_argument("--version", action="version", version=f"idlibmon {__version__}")
    _add_common(parser)
    parser.add_argument("--demo", action="store_true", help="run the dashboard on an offline replay of 2019-2020")
    parser.add_argument("--speed", type=float, default=None, help="demo: seconds of wall time between released items")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_common(p, subcommand=True)
        p.set_defaults(_module=name)
        try:
            module = importlib.import_module(f"idlibmon.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"idlibmon.commands.{name}":
                raise
            continue
        module.configure(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from idlibmon.config import ConfigError
    from idlibmon.store import StoreError

    args = build_parser().parse_args(argv)
    try:
        if args.command:
            module = importlib.import_module(f"idlibmon.commands.{args._module}")
            return int(module.run(args) or 0)
        module = importlib.import_module("idlibmon.commands.dashboard")
        return int(module.run(args) or 0)
    except (ConfigError, StoreError) as exc:
        print(f"idlibmon: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
