"""The SSRF-safe page fetcher, against real HTTP servers on 127.0.0.1.

Host names are resolved through the `resolve` seam so a test decides what a name "is".
Where a test needs a host that passes the public-address check, a fake network (the
`connect` seam) carries connections for that address to the loopback test server: no
packet ever leaves this machine, and the test sees which address was dialled.
"""

from __future__ import annotations

import gzip
import shutil
import ssl
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path

import httpcore
import httpx
import pytest

from idlibmon.ingest.safe_http import (
    TooLarge,
    UnsafeURL,
    address_problem,
    check_url,
    fetch_page,
    safe_client,
)
from localserver import LocalServer, Request

# Globally routable, so the check lets it through; the fake network below maps it to the
# loopback test server, so nothing is ever sent to it.
PUBLIC = "11.22.33.44"


class Resolver:
    """Answers from a script: each name has a list of answers, used in turn (the last repeats)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> Sequence[str]:
        self.calls.append(host)
        script = self.answers[host]
        return script[min(self.calls.count(host), len(script)) - 1]


class FakeNetwork:
    """Routes connections for chosen addresses to 127.0.0.1 and logs every address dialled."""

    def __init__(self, routes: dict[str, str]) -> None:
        self.routes = routes
        self.dialled: list[tuple[str, int]] = []

    async def __call__(self, ip: str, port: int, **kwargs: object) -> httpcore.AsyncNetworkStream:
        self.dialled.append((ip, port))
        if ip not in self.routes:
            raise httpcore.ConnectError(f"fake network has no route to {ip}")
        return await httpcore.AnyIOBackend().connect_tcp(self.routes[ip], port, timeout=5)


def client(*, allow_private: bool, resolve: Resolver | None = None, connect: FakeNetwork | None = None,
           timeout: float = 5) -> httpx.AsyncClient:
    return safe_client(allow_private=allow_private, timeout=timeout, user_agent="idlibmon-test",
                       resolve=resolve, connect=connect)


def port_of(server: LocalServer) -> int:
    return int(server.httpd.server_address[1])


# ---- address and scheme rules ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("ip", "reason"),
    [
        ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("10.1.2.3", "private"),
        ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"), ("224.0.0.251", "multicast"), ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not globally routable"), ("::1", "loopback"), ("::", "unspecified"),
        ("fe80::1", "link-local"), ("fe80::1%eth0", "link-local"), ("fc00::5", "private"),
        ("ff02::1", "multicast"), ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"), ("2002:7f00:1::", "loopback"),
        ("64:ff9b::a00:1", "private"),
    ],
)
def test_non_public_addresses_are_refused(ip: str, reason: str) -> None:
    problem = address_problem(ip)
    assert problem is not None and reason in problem


@pytest.mark.parametrize("ip", [PUBLIC, "9.9.9.9", "2001:4860:4860::8888"])
def test_public_addresses_pass(ip: str) -> None:
    assert address_problem(ip) is None


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://news.example/a.html", "javascript:alert(1)",
            "data:text/html,<p>x</p>", "gopher://news.example/", "http://"],
)
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(UnsafeURL):
        check_url(url)


async def test_non_http_scheme_refused_before_any_connection(server: LocalServer) -> None:
    net = FakeNetwork({})
    async with client(allow_private=True, connect=net) as c:
        with pytest.raises(UnsafeURL, match="only http and https"):
            await fetch_page(c, "file:///etc/passwd", max_bytes=10_000, timeout=5)
    assert net.dialled == []


async def test_plain_httpx_client_is_rejected() -> None:
    async with httpx.AsyncClient() as plain:
        with pytest.raises(TypeError):
            await fetch_page(plain, "http://news.example/", max_bytes=10, timeout=1)


# ---- connecting to the checked address ------------------------------------------------------------
async def test_fetch_connects_to_resolved_address_and_keeps_the_host_name(server: LocalServer) -> None:
    server.routes["/a"] = (200, {"Content-Type": "text/html"}, b"<p>hello</p>")
    resolve = Resolver({"news.example": [["127.0.0.1"]]})
    async with client(allow_private=True, resolve=resolve) as c:
        page = await fetch_page(c, f"http://news.example:{port_of(server)}/a", max_bytes=10_000, timeout=5)
    assert page.status == 200 and page.body == b"<p>hello</p>"
    assert server.requests[0].headers["host"] == f"news.example:{port_of(server)}"
    assert resolve.calls == ["news.example"]


async def test_private_address_refused_without_contact(server: LocalServer) -> None:
    server.routes["/admin"] = b"secret"
    resolve = Resolver({"intranet.example": [["127.0.0.1"]]})
    async with client(allow_private=False, resolve=resolve) as c:
        with pytest.raises(UnsafeURL, match="loopback"):
            await fetch_page(c, f"http://intranet.example:{port_of(server)}/admin", max_bytes=10_000, timeout=5)
        with pytest.raises(UnsafeURL, match="loopback"):
            await fetch_page(c, f"{server.base}/admin", max_bytes=10_000, timeout=5)
    assert server.requests == []


async def test_one_private_answer_among_public_ones_refuses_the_host(server: LocalServer) -> None:
    resolve = Resolver({"mixed.example": [[PUBLIC, "10.0.0.8"]]})
    net = FakeNetwork({PUBLIC: "127.0.0.1"})
    async with client(allow_private=False, resolve=resolve, connect=net) as c:
        with pytest.raises(UnsafeURL, match=r"10\.0\.0\.8"):
            await fetch_page(c, f"http://mixed.example:{port_of(server)}/", max_bytes=10_000, timeout=5)
    assert net.dialled == [] and server.requests == []


async def test_dns_answer_changing_after_the_check_does_not_slip_through(server: LocalServer) -> None:
    """First answer public (checked), every later answer loopback: we must dial the checked one."""
    server.routes["/story"] = (200, {"Content-Type": "text/html"}, b"<p>story</p>")
    resolve = Resolver({"rebind.example": [[PUBLIC], ["127.0.0.1"]]})
    net = FakeNetwork({PUBLIC: "127.0.0.1"})
    async with client(allow_private=False, resolve=resolve, connect=net) as c:
        page = await fetch_page(c, f"http://rebind.example:{port_of(server)}/story", max_bytes=10_000, timeout=5)
    assert page.body == b"<p>story</p>"
    assert net.dialled == [(PUBLIC, port_of(server))]
    assert resolve.calls == ["rebind.example"]


async def test_rebinding_between_two_loopback_addresses_uses_the_first_answer(server: LocalServer) -> None:
    """Real sockets: the name first resolves to 127.0.0.1 (our server), then to 127.0.0.2 (nothing)."""
    server.routes["/x"] = b"<p>x</p>"
    resolve = Resolver({"flip.example": [["127.0.0.1"], ["127.0.0.2"]]})
    async with client(allow_private=True, resolve=resolve) as c:
        page = await fetch_page(c, f"http://flip.example:{port_of(server)}/x", max_bytes=10_000, timeout=5)
    assert page.status == 200 and len(server.requests) == 1


async def test_tls_keeps_the_host_name_for_sni_and_verification() -> None:
    seen: dict[str, object] = {}

    class Stream(httpcore.AsyncNetworkStream):
        async def start_tls(self, ssl_context: object, server_hostname: str | None = None,
                            timeout: float | None = None) -> httpcore.AsyncNetworkStream:
            seen["sni"] = server_hostname
            raise httpcore.ConnectError("test stops at the handshake")

        async def aclose(self) -> None:
            pass

    async def connect(ip: str, port: int, **kwargs: object) -> httpcore.AsyncNetworkStream:
        seen["ip"] = (ip, port)
        return Stream()

    resolve = Resolver({"secure.example": [[PUBLIC]]})
    async with safe_client(allow_private=False, timeout=5, user_agent="t", resolve=resolve, connect=connect) as c:
        with pytest.raises(httpx.ConnectError):
            await fetch_page(c, "https://secure.example/page", max_bytes=10, timeout=5)
    assert seen == {"ip": (PUBLIC, 443), "sni": "secure.example"}


# ---- redirects ------------------------------------------------------------------------------------
async def test_redirect_chain_is_followed(server: LocalServer) -> None:
    server.routes["/r1"] = (302, {"Location": "/r2"}, b"")
    server.routes["/r2"] = (301, {"Location": f"{server.base}/final"}, b"")
    server.routes["/final"] = (200, {"Content-Type": "text/html"}, b"<p>done</p>")
    async with client(allow_private=True) as c:
        page = await fetch_page(c, server.url("/r1"), max_bytes=10_000, timeout=5)
    assert page.status == 200 and page.body == b"<p>done</p>"
    assert page.url == server.url("/final")
    assert page.redirects == [server.url("/r2"), server.url("/final")]


async def test_endless_redirects_stop(server: LocalServer) -> None:
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    async with client(allow_private=True) as c:
        with pytest.raises(httpx.TooManyRedirects):
            await fetch_page(c, server.url("/loop"), max_bytes=10_000, timeout=5)
    assert 1 < len(server.requests) <= 7


@pytest.mark.parametrize(
    "location",
    ["http://[zz]/secret", "http://intranet.example:{port}/secret", "http://127.0.0.1:{port}/secret",
     "http://[::ffff:127.0.0.1]:{port}/secret", "file:///etc/passwd"],
)
async def test_redirect_to_private_or_non_http_target_is_refused(server: LocalServer, location: str) -> None:
    port = port_of(server)
    server.routes["/start"] = (302, {"Location": location.format(port=port)}, b"")
    server.routes["/secret"] = b"do not read"
    resolve = Resolver({"news.example": [[PUBLIC]], "intranet.example": [["10.0.0.7"]]})
    net = FakeNetwork({PUBLIC: "127.0.0.1"})
    async with client(allow_private=False, resolve=resolve, connect=net) as c:
        with pytest.raises(UnsafeURL):
            await fetch_page(c, f"http://news.example:{port}/start", max_bytes=10_000, timeout=5)
    assert [r.path for r in server.requests] == ["/start"]
    assert net.dialled == [(PUBLIC, port)]


# ---- limits ---------------------------------------------------------------------------------------
async def test_size_cap_while_streaming(server: LocalServer) -> None:
    big = b"<p>" + b"x" * 300_000 + b"</p>"
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, big)
    async with client(allow_private=True) as c:
        with pytest.raises(TooLarge):
            await fetch_page(c, server.url("/big"), max_bytes=100_000, timeout=5)
        page = await fetch_page(c, server.url("/big"), max_bytes=400_000, timeout=5)
    assert page.body == big


async def test_size_cap_holds_after_decompression(server: LocalServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    assert len(bomb) < 50_000
    server.routes["/bomb"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    small = gzip.compress(b"<p>fine</p>")
    server.routes["/small"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, small)
    async with client(allow_private=True) as c:
        with pytest.raises(TooLarge, match="after decompression"):
            await fetch_page(c, server.url("/bomb"), max_bytes=1_000_000, timeout=5)
        page = await fetch_page(c, server.url("/small"), max_bytes=1_000_000, timeout=5)
    assert page.body == b"<p>fine</p>"


async def test_slow_server_times_out(server: LocalServer) -> None:
    release = threading.Event()

    def stall(req: Request) -> bytes:
        release.wait(5)
        return b"late"

    server.routes["/slow"] = stall
    try:
        async with client(allow_private=True, timeout=0.3) as c:
            with pytest.raises((TimeoutError, httpx.TimeoutException)):
                await fetch_page(c, server.url("/slow"), max_bytes=10_000, timeout=0.5)
    finally:
        release.set()


async def test_conditional_request_and_skipped_body(server: LocalServer) -> None:
    def page(req: Request) -> tuple[int, dict[str, str], bytes]:
        if req.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Content-Type": "application/pdf"}, b"%PDF-1.4 ..."

    server.routes["/doc"] = page
    async with client(allow_private=True) as c:
        first = await fetch_page(c, server.url("/doc"), max_bytes=10_000, timeout=5,
                                 read_body=lambda h: h.get("content-type", "").startswith("text/html"))
        second = await fetch_page(c, server.url("/doc"), max_bytes=10_000, timeout=5, etag=first.headers["etag"])
    assert first.status == 200 and first.body == b""
    assert second.status == 304
    assert server.requests[1].headers["if-none-match"] == '"v1"'


# ---- TLS: certificate checked against the name while we dial the checked address ----------------
def _make_certs(tmp: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for news.example, made with the openssl CLI."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = lambda *args: subprocess.run(["openssl", *args], cwd=tmp, check=True, capture_output=True)  # noqa: E731
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=idlibmon test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=news.example")
    (tmp / "leaf.ext").write_text(
        "subjectAltName=DNS:news.example\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
        "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n"
    )
    run("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "leaf.pem", "-days", "2", "-extfile", "leaf.ext")
    return tmp / "ca.pem", tmp / "leaf.pem", tmp / "leaf.key"


@pytest.fixture
def tls_server(server: LocalServer, tmp_path: Path) -> tuple[LocalServer, ssl.SSLContext]:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    ca, cert, key = _make_certs(tmp_path)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.httpd.socket = ctx.wrap_socket(server.httpd.socket, server_side=True)
    return server, ssl.create_default_context(cafile=str(ca))


async def test_https_to_the_checked_address_verifies_the_certificate_for_the_name(tls_server) -> None:
    server, trust = tls_server
    server.routes["/a"] = (200, {"Content-Type": "text/html"}, b"<p>over tls</p>")
    port = port_of(server)
    resolve = Resolver({"news.example": [["127.0.0.1"]], "other.example": [["127.0.0.1"]]})
    async with safe_client(allow_private=True, timeout=5, user_agent="t", resolve=resolve, verify=trust) as c:
        page = await fetch_page(c, f"https://news.example:{port}/a", max_bytes=10_000, timeout=5)
        assert page.status == 200 and page.body == b"<p>over tls</p>"
        # Same address, another name: the certificate does not match it, so no connection.
        with pytest.raises(httpx.ConnectError):
            await fetch_page(c, f"https://other.example:{port}/a", max_bytes=10_000, timeout=5)
    assert [r.path for r in server.requests] == ["/a"]
