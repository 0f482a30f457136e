"""Reading a response body under a size cap that holds after decompression.

Feeds and article pages share it: a small gzip "bomb" must never fill memory, so bodies are
inflated in bounded steps and counted as they grow.
"""

from __future__ import annotations

import zlib
from typing import Any

import httpx

STEP = 65536
"""Most bytes one decompression step may produce."""


class TooLarge(Exception):
    """The body grew beyond the cap (counted after decompression)."""


class BoundedInflater:
    """Incremental gzip/deflate decoding that never produces more than `limit` bytes.

    An encoding we did not ask for is refused (ValueError): we could not bound it. Corrupt
    compressed data is an `httpx.DecodingError`, like any other bad response.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.encoding = encoding.lower().strip()
        if self.encoding in ("gzip", "x-gzip"):
            self.z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self.z = zlib.decompressobj()
        elif self.encoding in ("", "identity"):
            self.z = None
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")
        self._raw_deflate_tried = self.encoding != "deflate"

    def feed(self, data: bytes) -> list[bytes]:
        if self.z is None:
            return [self._count(data)]
        out = []
        while data and not self.z.eof:
            try:
                chunk = self.z.decompress(data, STEP)
            except zlib.error as exc:
                if not self._raw_deflate_tried and self.size == 0:
                    # Some servers send "deflate" without the zlib header.
                    self._raw_deflate_tried = True
                    self.z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise httpx.DecodingError(f"bad compressed data: {exc}") from None
            self._raw_deflate_tried = True
            out.append(self._count(chunk))
            data = self.z.unconsumed_tail
        return out

    def flush(self) -> list[bytes]:
        return [self._count(self.z.flush())] if self.z is not None else []

    def _count(self, chunk: bytes) -> bytes:
        self.size += len(chunk)
        if self.size > self.limit:
            raise TooLarge(f"response larger than {self.limit:,} bytes after decompression")
        return chunk


async def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The whole body of a streamed response, or TooLarge as soon as it passes `max_bytes`."""
    declared = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if declared.isdigit() and encoding in ("", "identity") and int(declared) > max_bytes:
        raise TooLarge(f"response of {int(declared):,} bytes, larger than {max_bytes:,}")
    inflater = BoundedInflater(encoding, max_bytes)
    parts: list[bytes] = []
    async for raw in response.aiter_raw():
        parts.extend(inflater.feed(raw))
    parts.extend(inflater.flush())
    return b"".join(parts)
