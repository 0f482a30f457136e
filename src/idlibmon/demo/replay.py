"""The replay server: the bundled corpus over real HTTP on 127.0.0.1, released over time.

Every feed is rendered at request time from the items released so far (newest first), with
an ETag and a Last-Modified that change exactly when a new item of that feed appears, so a
polite fetcher gets 304s in between. Feeds marked broken answer 500 or 410, or serve XML
that only a forgiving parser can read. The server binds to the loopback address only.

Run by hand (for benchmarks or a look with curl):
    python -m idlibmon.demo.replay --port 8700 --speed 3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from idlibmon.demo.corpus import Corpus, Item, Outlet, load_corpus
from idlibmon.demo.render import CONTENT_TYPES, RENDERERS, malform, render_page
from idlibmon.demo.schedule import DEFAULT_INITIAL, DEFAULT_SPEED, ReplaySchedule, Wall

HOST = "127.0.0.1"  # never anything else: the demo must not listen on the network
FEED_WINDOW = 50
"""Items per feed document, like a real feed that keeps only its latest entries."""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


class ReplayServer:
    """Serve the corpus on 127.0.0.1 in a background thread; `close()` stops it."""

    def __init__(
        self,
        *,
        speed: float = DEFAULT_SPEED,
        initial: int = DEFAULT_INITIAL,
        port: int = 0,
        wall: Wall = time.time,
        corpus: Corpus | None = None,
        log: bool = False,
    ) -> None:
        self.corpus = corpus or load_corpus()
        self.schedule = ReplaySchedule(len(self.corpus.items), speed=speed, initial=initial, wall=wall)
        self.stats: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, int], tuple[bytes, str]] = {}
        self._pages = {i.page_path: k for k, i in enumerate(self.corpus.items)}
        self._feeds = {o.path: o for o in self.corpus.outlets}
        self._lm = {o.key: self._last_modified_steps(o.key) for o in self.corpus.outlets}
        self._index = {id(item): k for k, item in enumerate(self.corpus.items)}
        self.on_deliver: Callable[[list[int], float], None] | None = None
        """Called with the corpus indexes of the items in each full (200) feed answer, and its wall time."""
        self.httpd = ThreadingHTTPServer((HOST, port), _handler(self, log))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="idlibmon-replay", daemon=True
        )
        self._thread.start()

    # ---- addresses -------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def feed_url(self, key: str) -> str:
        return self.base_url + self.corpus.outlet(key).path

    @property
    def feed_urls(self) -> dict[str, str]:
        """Outlet key -> feed URL, broken feeds included."""
        return {o.key: self.base_url + o.path for o in self.corpus.outlets}

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ReplayServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- what is visible -------------------------------------------------------------------
    def released_items(self, at: float | None = None) -> list[Item]:
        """Items visible now (or at wall time `at`), oldest first."""
        return list(self.corpus.items[: self.schedule.released(at)])

    def visible(self, key: str, at: float | None = None) -> list[Item]:
        """The items of one feed document, newest first, at most FEED_WINDOW of them."""
        mine = [i for i in self.released_items(at) if i.outlet == key]
        return mine[::-1][:FEED_WINDOW]

    def _last_modified_steps(self, key: str) -> list[int]:
        """Last-Modified (epoch seconds) after 0, 1, 2 … items of this feed are out.

        Strictly increasing between states a client can observe, so If-Modified-Since with
        its one-second resolution never hides an item released within the same second.
        """
        steps = [math.floor(self.schedule.t0) - 1]
        prev_release = None
        for k, item in enumerate(self.corpus.items):
            if item.outlet != key:
                continue
            r = self.schedule.release_time(k)
            steps.append(steps[-1] if r == prev_release else max(math.floor(r), steps[-1] + 1))
            prev_release = r
        return steps

    # ---- responses -------------------------------------------------------------------------
    def respond(self, path: str, headers: dict[str, str]) -> Response:
        """The answer to GET `path` with (lower-cased) request `headers`: pure, for tests."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path in ("/", "/index.json"):
            return self._index_doc()
        if path in self._feeds:
            return self._feed(self._feeds[path], headers)
        if path in self._pages:
            return self._page(self._pages[path])
        return Response(404, {"Content-Type": "text/plain; charset=utf-8"}, b"not found\n")

    def _index_doc(self) -> Response:
        doc = {
            "feeds": [
                {"key": o.key, "name": o.name, "url": self.base_url + o.path, "format": o.format,
                 "behaviour": o.behaviour, "full_text": o.full_text}
                for o in self.corpus.outlets
            ],
            "released": self.schedule.released(),
            "total": self.schedule.count,
            "stats": dict(self.stats),
        }
        return Response(200, {"Content-Type": "application/json"}, json.dumps(doc, indent=1).encode())

    def _feed(self, outlet: Outlet, headers: dict[str, str]) -> Response:
        if outlet.behaviour == "error":
            return Response(500, {"Content-Type": "text/plain"}, b"Internal Server Error: database unavailable\n")
        if outlet.behaviour == "gone":
            return Response(410, {"Content-Type": "text/plain"}, b"Gone: this feed has been discontinued\n")
        at = self.schedule.wall()  # one instant for both, or a release in between would poison the cache
        items = self.visible(outlet.key, at)
        count = sum(1 for i in self.released_items(at) if i.outlet == outlet.key)
        body, etag = self._render(outlet, items, count)
        lm = self._lm[outlet.key][count]
        out_headers = {
            "Content-Type": CONTENT_TYPES[outlet.format],
            "ETag": etag,
            "Last-Modified": formatdate(lm, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if _not_modified(headers, etag, lm):
            return Response(304, out_headers, b"")
        if self.on_deliver is not None and items:
            self.on_deliver([self._index[id(i)] for i in items], at)
        return Response(200, out_headers, body)

    def _render(self, outlet: Outlet, items: Sequence[Item], count: int) -> tuple[bytes, str]:
        key = (outlet.key, count)
        with self._lock:
            cached = self._cache.get(key)
        if cached:
            return cached
        built = items[0].published if items else self.corpus.items[0].published
        body = RENDERERS[outlet.format](outlet, items, self.base_url, built)
        if outlet.behaviour == "malformed":
            body = malform(body)
        etag = '"' + hashlib.sha256(body).hexdigest()[:24] + '"'
        with self._lock:
            self._cache[key] = (body, etag)
        return body, etag

    def _page(self, k: int) -> Response:
        if k >= self.schedule.released():
            return Response(404, {"Content-Type": "text/plain"}, b"not found\n")
        item = self.corpus.items[k]
        outlet = self.corpus.outlet(item.outlet)
        earlier = [i for i in self.corpus.items[:k] if i.outlet == item.outlet]
        body = render_page(outlet, item, earlier[::-1][:3], self.base_url)
        return Response(200, {"Content-Type": "text/html; charset=utf-8"}, body)


def _not_modified(headers: dict[str, str], etag: str, last_modified: int) -> bool:
    """RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since."""
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or etag in tags
    ims = headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError, IndexError):
            return False
        return last_modified <= since
    return False


def _handler(replay: ReplayServer, log: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "idlibmon-replay/1"

        def log_message(self, format: str, *args: Any) -> None:
            if log:
                sys.stderr.write(f"{self.address_string()} {format % args}\n")

        def _serve(self, with_body: bool) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                resp = replay.respond(self.path, headers)
            except Exception as exc:  # a bug here must show as a 500, not a dropped connection
                resp = Response(500, {"Content-Type": "text/plain"}, f"replay error: {exc!r}\n".encode())
            with replay._lock:
                replay.stats[str(resp.status)] += 1
                replay.stats["requests"] += 1
            try:
                self.send_response(resp.status)
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                if resp.status != 304:  # a 304 has no body, and no length of its own to announce
                    self.send_header("Content-Length", str(len(resp.body)))
                self.end_headers()
                if with_body and resp.body:
                    self.wfile.write(resp.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:
            self._serve(True)

        def do_HEAD(self) -> None:
            self._serve(False)

    return Handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m idlibmon.demo.replay", description="Serve the demo corpus on 127.0.0.1, released over time."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--speed", type=float, default=DEFAULT_SPEED, help="seconds between released items; 0: all at once")
    parser.add_argument("--initial", type=int, default=DEFAULT_INITIAL, help="items visible at start")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    try:
        server = ReplayServer(speed=args.speed, initial=args.initial, port=args.port, log=not args.quiet)
    except OSError as exc:
        print(f"replay: cannot listen on {HOST}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Replaying {server.schedule.count} items at {server.base_url}/ (Ctrl+C stops)")
    for key, url in server.feed_urls.items():
        print(f"  {key:<14} {url}")
    sys.stdout.flush()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
