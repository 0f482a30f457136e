"""Time the headline list queries over a large history (what the dashboard and export ask).

The Headlines pane asks `Store.articles()` for pages of 200 rows and `count_articles()` for
the total, on start and after every store change; export walks the whole list. This fills a
temporary store with articles that carry realistic text sizes and story groups, then prints
how long those calls take and the process's peak memory:

    python bench/store_bench.py [--articles 10000 100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from idlibmon.exporting import headline_items
from idlibmon.store import Store

TEXT = "Civilians fled as shelling continued in the province, aid groups said on Thursday. "


def fill(path: Path, n: int, rng: random.Random) -> None:
    """`n` articles, one in ten irrelevant, about a third grouped into stories of 2–4 outlets."""
    store = Store(path)
    start = datetime(2019, 4, 1, tzinfo=UTC)
    rows, pairs = [], []
    head = 0
    for i in range(1, n + 1):
        when = (start + timedelta(minutes=3 * i)).isoformat(timespec="seconds")
        published = None if i % 17 == 0 else when
        rows.append((i, f"http://127.0.0.1/{i % 200}.xml", f"Outlet {i % 9}", f"g{i}", f"http://127.0.0.1/a/{i}",
                     f"Report {i}: people flee air strikes near Maaret al-Numan", TEXT * 3, TEXT * 30,
                     TEXT * 80 if i % 2 else "", published, when, '["Idlib"]' if i % 10 else "[]"))
        if i % 3 == 0:
            head = i
        elif head and rng.random() < 0.5:
            pairs.append((i, head))
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO articles (id, feed_url, outlet, guid, link, title, summary, content, body, published, "
            "fetched, relevant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    store.set_stories(pairs + [(h, h) for h in {h for _, h in pairs}])
    store.index_pending()  # rows written by SQL, as a fetch would have indexed them
    store.close()


def timed(label: str, fn, repeat: int = 3) -> None:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print(f"  {label:<38} {best * 1000:9.1f} ms")


def measure(path: Path) -> None:
    t0 = time.perf_counter()
    store = Store(path)
    print(f"  {'open (migrations included)':<38} {(time.perf_counter() - t0) * 1000:9.1f} ms")
    timed("count_articles()", lambda: store.count_articles())
    timed("articles() first page of 200", lambda: store.articles(limit=200))
    timed("articles() page at offset 5000", lambda: store.articles(limit=200, offset=5000))
    timed("articles() unread first page", lambda: store.articles(limit=200, unread_only=True))
    timed("articles() query 'Maaret' (5000)", lambda: store.articles(limit=5000, query="Maaret"))
    timed("export headline_items (whole list)", lambda: headline_items(store), repeat=1)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            t0 = time.perf_counter()
            fill(path, n, random.Random(7))
            print(f"{n:,} articles (filled in {time.perf_counter() - t0:.1f} s)")
            measure(path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
