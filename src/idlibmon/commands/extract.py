"""`idlibmon extract`: run the extraction engine on any text and show what it finds.

For checking the engine on a pasted article, and for scripts (`--json` prints exactly one
JSON object, the shape the scorer and other tools read).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

today: Callable[[], date] = date.today
"""The clock seam: relative dates resolve against this when --published is not given."""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", metavar="FILE",
                        help="text or HTML file to read; '-' or nothing reads standard input")
    parser.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                        help="publication date that relative dates resolve against (default: today)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        path = Path(name)
        where = str(path)
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise _InputError(f"{where}: is a directory, not a text file") from None
        except OSError as exc:
            raise _InputError(f"{where}: cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:4096]:
        raise _InputError(f"{where}: looks like a binary file, not text or HTML")
    return data.decode("utf-8-sig", errors="replace")


class _InputError(Exception):
    pass


def run(args: argparse.Namespace) -> int:
    from idlibmon.config import load_config
    from idlibmon.extract import extract

    try:
        text = _read(args.file)
    except _InputError as exc:
        print(f"idlibmon extract: {exc}", file=sys.stderr)
        return 2
    places = load_config(args.config).places
    result = extract(text, args.published or today(), places)
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(result.to_dict()))
    return 0


# ---- readable tables ----------------------------------------------------------------------

_QUAL = {"exact": "", "more_than": ">", "at_least": ">=", "about": "~", "almost": "almost", "up_to": "up to",
         "less_than": "<"}


def _value(f: dict[str, Any]) -> str:
    def fmt(x: float | int | None) -> str:
        if x is None:
            return ""
        return f"{x:,}" if isinstance(x, int) else f"{x:,.2f}".rstrip("0").rstrip(".")
    v = fmt(f["value"]) + (f"-{fmt(f['high'])}" if f.get("high") is not None else "")
    unit = {"percent": "%", "km": " km"}.get(f["unit"], "")
    q = _QUAL.get(f["qualifier"], "")
    return f"{q} {v}{unit}".strip()


def _when(d: dict[str, Any] | None) -> str:
    if not d:
        return ""
    return d["start"] + (f"..{d['end']}" if d.get("end") else "")


def _table(headers: list[str], rows: list[list[str]], last_width: int = 70) -> str:
    from idlibmon.sanitize import clean_text

    rows = [[clean_text(c) for c in r] for r in rows]
    rows = [[*r[:-1], r[-1] if len(r[-1]) <= last_width else r[-1][: last_width - 1] + "…"] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(out) + "\n"


def render(result: dict[str, Any]) -> str:
    """Figures and events as two plain-text tables (no colour: safe in any pipe or pager)."""
    parts = []
    figs = result.get("figures", [])
    if figs:
        parts.append(f"Key figures ({len(figs)})\n" + _table(
            ["value", "category", "unit", "when", "place", "source", "text"],
            [[_value(f), f["category"], f["unit"], _when(f.get("when")), f.get("place") or "",
              f.get("source") or "", f["text"]] for f in figs],
        ))
    else:
        parts.append("Key figures: none found\n")
    events = result.get("events", [])
    if events:
        parts.append(f"Events ({len(events)})\n" + _table(
            ["start", "end", "kind", "place", "text"],
            [[e["start"], e.get("end") or "", e["kind"], e.get("place") or "", e["text"]] for e in events],
        ))
    else:
        parts.append("Events: none found\n")
    return "\n".join(parts)
