"""Open or copy a link without ever taking over the user's terminal.

A graphical browser is launched only where one can appear (macOS, or an X11/Wayland
display) and not over SSH; it is started detached, with no access to our terminal, so a
configured text browser can never draw into the dashboard. Everywhere else the link is
shown and copied (OSC 52 works through SSH and tmux).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from urllib.parse import urlsplit


def safe_url(url: str | None) -> str | None:
    """Only http(s) links with a host are ever opened or copied."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(c) < 0x20 or ord(c) == 0x7F or 0x80 <= ord(c) < 0xA0 or c.isspace() for c in url):
        return None
    return url


def graphical_opener(env: Mapping[str, str] | None = None, platform: str | None = None) -> list[str] | None:
    """The command that opens a URL in a graphical browser here, or None."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get("SSH_CONNECTION") or env.get("SSH_CLIENT") or env.get("SSH_TTY"):
        return None
    if platform == "darwin":
        return ["open"]
    if platform.startswith("win"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        opener = shutil.which("xdg-open")
        return [opener] if opener else None
    return None


def open_in_browser(url: str, opener: list[str]) -> bool:
    """Start the browser detached from our terminal; True if it could be started."""
    try:
        subprocess.Popen(
            [*opener, url], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True,
        )
    except OSError:
        return False
    return True
