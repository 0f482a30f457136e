"""Dashboard speed and memory: first paint, memory with a big history, CPU per cursor key.

    .venv/bin/python bench/tui_bench.py            # all three, 10,000 / 100,000 headlines
    .venv/bin/python bench/tui_bench.py --quick    # smaller runs

Each figure is measured in a fresh interpreter so imports and caches count as they would
for a user. "First paint" is from process start to the first frame the compositor produced
(headless, so the terminal's own drawing is not counted). CPU per key is process CPU time
divided by keys (Pilot's own overhead included), both moving within the view and
scrolling; the same is measured for a bare Line API list in Textual with cached strips:
Textual's own floor on this machine. Run it on a quiet machine: timings scale with load.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_store(path: Path, count: int) -> None:
    """`count` relevant headlines written in one transaction (no network, no extraction)."""
    from datetime import UTC, datetime, timedelta

    from idlibmon.store import Store

    store = Store(path)
    now = datetime(2019, 12, 27, 14, 0, tzinfo=UTC)
    rows = []
    for i in range(count):
        when = (now - timedelta(minutes=3 * i)).isoformat(timespec="seconds")
        title = f"Report {i}: {1000 + i:,} people flee air strikes near Maaret al-Numan, Idlib province"
        rows.append(("bench", f"Outlet {i % 9}", f"g{i}", f"https://example.org/{i}", title, when, when, '["Idlib"]'))
    with store.transaction():
        store.db.executemany(
            "INSERT INTO articles (feed_url, outlet, guid, link, title, published, fetched, relevant)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    store.close()


def child(mode: str, store_path: str, t0: float, width: int, height: int, keys: int) -> None:
    """Runs in a fresh interpreter; prints one JSON line."""
    import resource

    from textual.app import App
    from textual.screen import Screen

    def report_first_frame() -> None:
        """Print when the first frame leaves the compositor, then let the app exit."""
        original = Screen._compositor_refresh
        done: list[bool] = []

        def refresh(screen: Screen[object]) -> None:
            original(screen)
            if not done:
                done.append(True)
                print(json.dumps({"first_paint_s": round(time.time() - t0, 3)}))
                screen.app.call_later(screen.app.exit)

        Screen._compositor_refresh = refresh  # type: ignore[method-assign]

    if mode == "floor":
        from textual.app import ComposeResult
        from textual.containers import Horizontal, Vertical
        from textual.widgets import Footer, Header, Static

        class Empty(App[None]):
            """Three bordered panes, a header and a footer: Textual's own startup floor."""

            CSS = "Static { border: round $accent; height: 1fr; }"

            def compose(self) -> ComposeResult:
                yield Header()
                with Horizontal():
                    yield Static("Headlines")
                    with Vertical():
                        yield Static("Key figures")
                        yield Static("Timeline")
                yield Footer()

        report_first_frame()
        Empty().run(headless=True, size=(width, height))
        return

    from idlibmon.config import load_config_text
    from idlibmon.store import Store
    from idlibmon.tui.app import build_app

    config = load_config_text(f'[store]\npath = "{store_path}"\n')
    store = Store(store_path)

    if mode == "startup":
        report_first_frame()
        build_app(config, store).run(headless=True, size=(width, height))
        return

    if mode == "memory":
        import asyncio

        async def run() -> dict[str, float]:
            app = build_app(config, store)
            async with app.run_test(size=(width, height)) as pilot:
                await pilot.pause()
                await pilot.press("G")
                for _ in range(20):
                    await pilot.press("pageup")
                await pilot.press("g")
                for _ in range(20):
                    await pilot.press("pagedown")
                await pilot.pause()
                cached = app.source.cached_rows()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            return {"rows": app.source.total, "cached_rows": cached, "max_rss_mb": round(rss, 1)}

        print(json.dumps(asyncio.run(run())))
        return

    import asyncio

    from rich.segment import Segment
    from textual.binding import Binding
    from textual.geometry import Size
    from textual.scroll_view import ScrollView
    from textual.strip import Strip

    class BareList(ScrollView, can_focus=True):
        """The least a Line API list can do per key: cached strips, move, scroll into view."""

        BINDINGS = [Binding("j", "move(1)", "down"), Binding("k", "move(-1)", "up")]  # noqa: RUF012
        DEFAULT_CSS = "BareList { border: round $accent; height: 1fr; }"
        cursor = 0

        def on_mount(self) -> None:
            self.virtual_size = Size(self.size.width, 10_000)
            self.strips = {False: Strip([Segment("x" * 200)]), True: Strip([Segment("y" * 200)])}

        def action_move(self, step: int) -> None:
            old, self.cursor = self.cursor, max(0, self.cursor + step)
            top, height = round(self.scroll_y), self.scrollable_content_region.height
            if self.cursor >= top + height:
                self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)
            else:
                self.refresh_lines(old - top)
                self.refresh_lines(self.cursor - top)

        def render_line(self, y: int) -> Strip:
            index = round(self.scroll_y) + y
            return self.strips[index == self.cursor].crop(0, self.scrollable_content_region.width)

    class Bare(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield BareList()

    async def per_key(app: App[None], pattern: str) -> float:
        async with app.run_test(size=(width, height)) as pilot:
            await pilot.pause()
            if pattern == "scroll":
                await pilot.press(*["j"] * height)  # the cursor reaches the bottom: every j now scrolls
            start = time.process_time()
            for i in range(keys):
                await pilot.press("j" if pattern == "scroll" or i % 2 == 0 else "k")
            spent = time.process_time() - start
        return spent / keys * 1000

    result: dict[str, object] = {"size": f"{width}x{height}"}
    for pattern in ("move", "scroll"):
        result[f"ours_{pattern}_ms"] = round(asyncio.run(per_key(build_app(config, store), pattern)), 2)
        result[f"floor_{pattern}_ms"] = round(asyncio.run(per_key(Bare(), pattern)), 2)
    print(json.dumps(result))


def run_child(*args: str) -> dict[str, object]:
    t0 = time.time()
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args, "--t0", repr(t0)],
        capture_output=True, text=True, env=env, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", nargs=6, metavar=("MODE", "STORE", "W", "H", "KEYS", "_"), help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, store, w, h, keys, _ = args.child
        child(mode, store, args.t0, int(w), int(h), int(keys))
        return
    small, big = (2_000, 20_000) if args.quick else (10_000, 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        s_path, b_path = Path(tmp) / "small.db", Path(tmp) / "big.db"
        make_store(s_path, small)
        make_store(b_path, big)
        runs = [run_child("startup", str(s_path), "160", "50", "0", "-")["first_paint_s"] for _ in range(3)]
        print(f"first paint, {small:,} headlines, 160x50: best {min(runs):.3f} s, median {sorted(runs)[1]:.3f} s"
              f"  (target < 0.5 s)")
        empty = Path(tmp) / "empty.db"
        make_store(empty, 0)
        runs = [run_child("startup", str(empty), "160", "50", "0", "-")["first_paint_s"] for _ in range(3)]
        print(f"first paint, empty store, 160x50:     best {min(runs):.3f} s  (the app's own floor)")
        runs = [run_child("floor", str(empty), "160", "50", "0", "-")["first_paint_s"] for _ in range(3)]
        print(f"first paint, bare 3-pane Textual app: best {min(runs):.3f} s  (Textual's floor)")
        mem = run_child("memory", str(b_path), "160", "50", "0", "-")
        print(f"memory, {big:,} headlines after paging end-to-end: max RSS {mem['max_rss_mb']} MB, "
              f"{mem['cached_rows']:,} rows cached of {mem['rows']:,}  (target < 200 MB)")
        keys = "100" if args.quick else "300"
        for w, h in (("160", "50"), ("80", "24")):
            k = run_child("keys", str(s_path), w, h, keys, "-")
            print(f"cursor key at {k['size']}, CPU per key (target < 16 ms; floor = a bare Line API list in Textual):\n"
                  f"    moving within the view: {k['ours_move_ms']} ms (floor {k['floor_move_ms']} ms)\n"
                  f"    scrolling one row:      {k['ours_scroll_ms']} ms (floor {k['floor_scroll_ms']} ms)")


if __name__ == "__main__":
    main()
