"""Dashboard speed and memory: first paint, memory with a big history, CPU per cursor key.

    .venv/bin/python bench/tui_bench.py            # 10,000 / 100,000 headlines
    .venv/bin/python bench/tui_bench.py --quick    # smaller runs

Each figure is measured in a fresh interpreter so imports and caches count as they would
for a user. Bytecode caches are written by one warm-up start first (an installed package
has them; an editable checkout run with PYTHONDONTWRITEBYTECODE would recompile our
modules on every start).

"First paint" is from just before the process is spawned to the first frame that shows
the first headline: the frame is turned into the bytes a terminal would get (headless, so
the terminal's own drawing is not counted) and searched for the row's text, so a frame of
empty panes or placeholders does not count. The same is measured for two floors: a bare
Textual app that paints one Static, and a three-pane app (header, bordered panes, footer)
with empty panes; the gap between them and us is ours. CPU figures are the process's own
CPU time at that frame, which load from other processes inflates less than wall time.

CPU per key is process CPU time divided by keys (Pilot's own overhead included), moving
within the view and scrolling one row per key, for our list and for two bare Line API
lists with cached strips: one scrolled by Textual's ScrollView, one that keeps its own
offset and repaints itself (the floor for how our list scrolls). Run it on a quiet
machine: timings scale with load.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_TITLE = "Report 0: 1,000 people flee"
"""The newest stored headline: the first frame must show it."""
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


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


def report_first_frame(t0: float, marker: str, marks: dict[str, float]) -> None:
    """Print the time of the first frame whose text contains `marker`, then let the app exit."""
    from textual.app import App

    original = App._display
    done: list[bool] = []

    def display(app: App[object], screen: object, renderable: object) -> None:
        original(app, screen, renderable)
        render = getattr(renderable, "render_segments", None)
        if done or render is None:
            return
        text = _ESCAPES.sub("", render(app.console))  # what a terminal would be sent
        if marker in text:
            done.append(True)
            marks["first_paint"] = time.time() - t0
            marks["cpu"] = time.process_time()
            print(json.dumps({k: round(v, 3) for k, v in marks.items()}))
            app.call_later(app.exit)

    App._display = display  # type: ignore[method-assign]


def floor_app(kind: str) -> object:
    """A bare Textual app: one Static, or three empty bordered panes with header and footer."""
    from textual.app import App, ComposeResult
    from textual.containers import Horizontal, Vertical
    from textual.widgets import Footer, Header, Static

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello")

    class Panes(App[None]):
        CSS = ".pane { border: round $accent; height: 1fr; width: 1fr; } Horizontal { height: 1fr; } Vertical { width: 1fr; }"

        def compose(self) -> ComposeResult:
            yield Header()
            with Horizontal():
                yield Static("Headlines", classes="pane")
                with Vertical():
                    yield Static("Key figures", classes="pane")
                    yield Static("Timeline", classes="pane")
            yield Footer()

    return One() if kind == "one" else Panes()


def child(mode: str, store_path: str, t0: float, width: int, height: int, keys: int) -> None:
    """Runs in a fresh interpreter; prints one JSON line."""
    marks: dict[str, float] = {}
    if mode in ("floor-one", "floor-panes"):
        report_first_frame(t0, "Hello" if mode == "floor-one" else "Timeline", marks)
        floor_app(mode.removeprefix("floor-")).run(headless=True, size=(width, height))  # type: ignore[attr-defined]
        return

    if mode == "cli":
        # The user's path: `idlibmon --config FILE`, every command module configured, the
        # fetch loop built (its feed is a closed local port), the app run headless.
        report_first_frame(t0, FIRST_TITLE, marks)
        from textual.app import App

        run = App.run

        def headless_run(app: App[object], *args: object, **kwargs: object) -> object:
            return run(app, headless=True, size=(width, height))

        App.run = headless_run  # type: ignore[method-assign]
        from idlibmon.cli import main

        config_file = Path(store_path).with_suffix(".toml")
        config_file.write_text(
            f'[store]\npath = "{store_path}"\n[[feeds]]\nname = "closed port"\nurl = "http://127.0.0.1:9/feed.xml"\n',
            encoding="utf-8",
        )
        main(["--config", str(config_file)])
        return

    if mode.startswith("startup"):
        marker = FIRST_TITLE if mode == "startup" else "No headlines yet"
        report_first_frame(t0, marker, marks)
        from idlibmon.config import load_config_text
        from idlibmon.store import Store
        from idlibmon.tui.app import build_app

        marks["imported"] = time.time() - t0
        config = load_config_text(f'[store]\npath = "{store_path}"\n')
        app = build_app(config, Store(store_path))
        marks["built"] = time.time() - t0
        app.run(headless=True, size=(width, height))
        return

    from idlibmon.config import load_config_text
    from idlibmon.store import Store
    from idlibmon.tui.app import build_app

    config = load_config_text(f'[store]\npath = "{store_path}"\n')
    store = Store(store_path)

    if mode == "memory":
        import asyncio
        import resource

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

    from textual.app import App

    async def per_key(app: App[None], pattern: str) -> float:
        async with app.run_test(size=(width, height)) as pilot:
            await pilot.pause()
            if pattern == "scroll":
                await pilot.press(*["j"] * height)  # the cursor reaches the bottom: every j now scrolls
            await pilot.pause()
            start = time.process_time()
            for i in range(keys):
                await pilot.press("j" if pattern == "scroll" or i % 2 == 0 else "k")
            spent = time.process_time() - start
        return spent / keys * 1000

    result: dict[str, object] = {"size": f"{width}x{height}"}
    for pattern in ("move", "scroll"):
        result[f"ours_{pattern}_ms"] = round(asyncio.run(per_key(build_app(config, store), pattern)), 2)
        for floor in ("own", "scrollview"):
            result[f"{floor}_{pattern}_ms"] = round(asyncio.run(per_key(bare_list_app(floor), pattern)), 2)
    print(json.dumps(result))


def bare_list_app(kind: str) -> object:
    """The least a Line API list can do per key: cached strips, move, keep the cursor in view."""
    from rich.segment import Segment
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.geometry import Region, Size
    from textual.scroll_view import ScrollView
    from textual.strip import Strip
    from textual.widget import Widget

    strips = {False: Strip([Segment("x" * 200)]), True: Strip([Segment("y" * 200)])}
    bindings = [Binding("j", "move(1)", "down"), Binding("k", "move(-1)", "up")]

    class ScrolledList(ScrollView, can_focus=True):
        """Scrolled by Textual: scroll_to, its ScrollBar widget."""

        BINDINGS = bindings
        DEFAULT_CSS = "ScrolledList { border: round $accent; height: 1fr; }"
        cursor = 0

        def on_mount(self) -> None:
            self.virtual_size = Size(self.size.width, 10_000)

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
            return strips[index == self.cursor].crop(0, self.scrollable_content_region.width)

    class OwnList(Widget, can_focus=True):
        """Keeps its own offset: a scroll is one repaint of this widget, no ScrollBar widget."""

        BINDINGS = bindings
        DEFAULT_CSS = "OwnList { border: round $accent; height: 1fr; }"
        cursor = top = 0

        def action_move(self, step: int) -> None:
            old, self.cursor = self.cursor, max(0, self.cursor + step)
            height, width = self.content_region.height, self.size.width
            if self.cursor >= self.top + height:
                self.top = self.cursor - height + 1
                self.refresh()
            else:
                self.refresh(Region(0, old - self.top, width, 1), Region(0, self.cursor - self.top, width, 1))

        def render_line(self, y: int) -> Strip:
            return strips[self.top + y == self.cursor].crop(0, self.content_region.width)

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield OwnList() if kind == "own" else ScrolledList()

    return Bare()


def run_child(*args: str) -> dict[str, object]:
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args, "--t0", repr(t0)],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def first_paint(mode: str, store: Path, runs: int) -> dict[str, float]:
    """Best of `runs` starts (after one warm-up that writes bytecode caches)."""
    run_child(mode, str(store), "160", "50", "0", "-")
    results = [run_child(mode, str(store), "160", "50", "0", "-") for _ in range(runs)]
    best = min(results, key=lambda r: float(r["first_paint"]))  # type: ignore[arg-type]
    walls = sorted(float(r["first_paint"]) for r in results)  # type: ignore[arg-type]
    return {**best, "median": walls[len(walls) // 2], "best_cpu": min(float(r["cpu"]) for r in results)}  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=("startup", "memory", "keys"), help="run one part")
    parser.add_argument("--child", nargs=6, metavar=("MODE", "STORE", "W", "H", "KEYS", "_"), help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, store, w, h, keys, _ = args.child
        child(mode, store, args.t0, int(w), int(h), int(keys))
        return
    small, big = (2_000, 20_000) if args.quick else (10_000, 100_000)
    runs = 3 if args.quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        s_path, b_path, empty = Path(tmp) / "small.db", Path(tmp) / "big.db", Path(tmp) / "empty.db"
        make_store(s_path, small)
        make_store(empty, 0)
        if args.only in (None, "startup"):
            print(f"first paint at 160x50, best of {runs} starts: wall (median) / process CPU")
            for label, mode, store, note in (
                (f"`idlibmon`, {small:,} headlines", "cli", s_path, "target < 0.5 s; the user's path"),
                (f"build_app(), {small:,} headlines", "startup", s_path, "no CLI, no fetch loop"),
                ("idlibmon, empty store", "startup-empty", empty, ""),
                ("bare Textual app, three empty panes", "floor-panes", empty, "Textual's floor for our layout"),
                ("bare Textual app, one Static", "floor-one", empty, "Textual's floor"),
            ):
                r = first_paint(mode, store, runs)
                phases = ""
                if "imported" in r:
                    phases = f"  [imports done {r['imported']:.3f}, app built {r['built']:.3f}]"
                print(f"  {label:<38} {r['first_paint']:.3f} s ({r['median']:.3f}) / {r['best_cpu']:.3f} s"
                      f"{phases}{'  (' + note + ')' if note else ''}")
        if args.only in (None, "memory"):
            make_store(b_path, big)
            mem = run_child("memory", str(b_path), "160", "50", "0", "-")
            print(f"memory, {big:,} headlines after paging end-to-end: max RSS {mem['max_rss_mb']} MB, "
                  f"{mem['cached_rows']:,} rows cached of {mem['rows']:,}  (target < 200 MB)")
        if args.only in (None, "keys"):
            keys = "100" if args.quick else "300"
            for w, h in (("160", "50"), ("80", "24")):
                k = run_child("keys", str(s_path), w, h, keys, "-")
                print(f"cursor key at {k['size']}, CPU per key (target < 16 ms); floors: bare Line API list with cached"
                      " strips, own offset | Textual ScrollView")
                for pattern, label in (("move", "moving within the view"), ("scroll", "scrolling one row")):
                    print(f"    {label:<23} {k[f'ours_{pattern}_ms']:>6} ms   (floors {k[f'own_{pattern}_ms']} ms"
                          f" | {k[f'scrollview_{pattern}_ms']} ms)")


if __name__ == "__main__":
    main()
