"""The identity of an article across feeds: its link, normalised.

Outlets and aggregators link the same page with different tracking parameters, fragments,
host case or default ports; those differences do not make a different article.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "at_", "itm_", "__twitter", "_hs")
_TRACKING = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mkt_tok",
    "ocid", "cmpid", "cmp", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
    "xtor", "icid", "sr_share", "spm", "ref_src", "ftag", "guccounter", "_ga", "s_cid", "smid",
}
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def link_key(url: str | None) -> str:
    """A comparison key for a link ("" when there is none to compare).

    http and https count as the same page, as do "www." and the bare host; the key is not a
    URL to fetch, only to compare.
    """
    if not url:
        return ""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url.lower()
    scheme = parts.scheme.lower()
    hostname = parts.hostname
    if scheme not in ("http", "https") or not hostname:
        return url
    host = hostname.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    if not parts.query:  # the common case, spared the query's round trip (a third of the time)
        return f"http://{host}{path}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING
    ]
    query.sort()
    return urlunsplit(("http", host, path, urlencode(query), ""))
