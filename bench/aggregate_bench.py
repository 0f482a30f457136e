"""Time the key-figures board, the merged timeline and the exports over a large history.

The dashboard rebuilds the board and the timeline whenever the store changes, so both
must stay well under a second with a long history. This fills a temporary store with
synthetic articles (several outlets, figures in every category, events on many days) and
prints how long each aggregate takes:

    python bench/aggregate_bench.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from idlibmon.aggregate.board import build_board
from idlibmon.aggregate.timeline import build_timeline
from idlibmon.config import load_config_text
from idlibmon.exporting import export
from idlibmon.models import Event, Extraction, Figure, Period
from idlibmon.store import Store

OUTLETS = ["Wire", "UN News", "Regional", "Broadcaster", "NGO", "Paper"]
CATEGORIES = ["displaced", "killed", "injured", "in_need", "population"]
KINDS = ["escalation", "attack", "capture", "displacement", "talks", "ceasefire"]
PLACES = [None, "Idlib", "southern Idlib", "Maaret al-Numan", "Saraqeb", "Syria"]


def fill(store: Store, n: int, rng: random.Random) -> None:
    start = datetime(2019, 4, 1, tzinfo=UTC)
    with store.transaction() as db:
        for i in range(n):
            published = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 340))
            db.execute(
                "INSERT INTO articles (feed_url, outlet, guid, link, title, content, published, fetched, relevant) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"http://127.0.0.1/{i % 50}.xml", rng.choice(OUTLETS), f"g{i}", f"http://127.0.0.1/a/{i}",
                 f"Report {i}", "Civilians fled as shelling continued in the province. " * 20,
                 published.isoformat(), published.isoformat(), json.dumps(["Idlib"] if i % 10 else [])),
            )
    for article_id in range(1, n + 1):
        day = (start + timedelta(days=rng.randrange(0, 340))).date()
        figures = [
            Figure(float(rng.randrange(10, 1_000_000)), rng.choice(CATEGORIES), place=rng.choice(PLACES),
                   source=rng.choice([None, "OCHA", "UNHCR"]), text="figure",
                   when=rng.choice([None, Period(day.isoformat(), None), Period(day.isoformat()[:7], None)]))
            for _ in range(3)
        ]
        events = [Event(rng.choice([day.isoformat(), day.isoformat()[:7]]), rng.choice(KINDS),
                        text=f"event {rng.randrange(500)}", place=rng.choice(PLACES)) for _ in range(2)]
        store.save_extraction(article_id, Extraction(figures, events), 1)


def timed(label: str, fn) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    print(f"{label:<28} {time.perf_counter() - started:7.3f} s   ({result})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config_text(f'[store]\npath = "{Path(tmp) / "bench.db"}"\n')
        with Store(config.store.path) as store:
            started = time.perf_counter()
            fill(store, args.articles, random.Random(7))
            print(f"filled {args.articles} articles in {time.perf_counter() - started:.1f} s")
            timed("all_figures (store)", lambda: len(store.all_figures()))
            timed("build_board (first)", lambda: f"{len(build_board(store, config))} rows")
            timed("build_board (refresh)", lambda: f"{len(build_board(store, config))} rows")
            timed("build_timeline", lambda: f"{len(build_timeline(store, config))} entries")
            for what in ("figures", "timeline", "headlines"):
                timed(f"export {what} json", lambda w=what: export(store, config, w, "json", io.StringIO()))


if __name__ == "__main__":
    main()
