"""The [keys] table of config.toml as a Textual keymap (binding id -> keys).

Users rebind by action name (the names the help screen shows); one action can stand for
several bindings, e.g. `copy_link` is `y` on the dashboard, in details, sources and feed
health. Textual's `App.set_keymap` then replaces each binding's keys by its id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

ACTION_BINDINGS: dict[str, tuple[str, ...]] = {
    "quit": ("quit", "small.quit"),
    "help": ("help",),
    "filter": ("filter",),
    "unread": ("unread",),
    "mark_read": ("mark_read",),
    "refresh": ("refresh",),
    "feed_health": ("feed_health",),
    "open_link": ("open", "detail.open", "sources.open"),
    "copy_link": ("copy", "detail.copy", "sources.copy", "health.copy"),
    "theme": ("theme",),
    "next_pane": ("pane.next",),
    "previous_pane": ("pane.previous",),
    "show_headlines": ("pane.headlines",),
    "show_figures": ("pane.figures",),
    "show_timeline": ("pane.timeline",),
    "clear_filter": ("filter.clear",),
    "down": ("headlines.down", "detail.down", "list.down", "health.down"),
    "up": ("headlines.up", "detail.up", "list.up", "health.up"),
    "page_down": ("headlines.page_down", "list.page_down", "health.page_down"),
    "page_up": ("headlines.page_up", "list.page_up", "health.page_up"),
    "first": ("headlines.first", "detail.top", "list.first", "health.first"),
    "last": ("headlines.last", "detail.bottom", "list.last", "health.last"),
    "back": ("detail.back", "sources.back"),
    "fetch_feed": ("health.fetch",),
    "enable_feed": ("health.enable",),
}
"""Action name (as in config.toml's [keys]) -> the ids of the bindings it sets."""

CLOSING: dict[str, tuple[str, ...]] = {
    "health.back": ("back", "feed_health"),
    "help.close": ("back", "help"),
}
"""Bindings that take the keys of several actions: the key that opened a screen closes it too."""


def keymap(keys: Mapping[str, Sequence[str]], defaults: Mapping[str, Sequence[str]] | None = None) -> dict[str, str]:
    """Binding id -> comma-separated keys, for `App.set_keymap`.

    With `defaults` (the packaged [keys]), only the actions the user rebound are mapped:
    Textual re-applies a non-empty keymap to every binding on every key press (~1.5 ms a
    key here), and the bindings already declare the packaged keys.
    """
    changed = {a for a in keys if defaults is None or tuple(keys[a]) != tuple(defaults.get(a, ()))}
    out = {
        bid: ",".join(keys[action])
        for action, ids in ACTION_BINDINGS.items()
        if action in changed and keys.get(action)
        for bid in ids
    }
    for bid, actions in CLOSING.items():
        if not changed.intersection(actions):
            continue
        joined = dict.fromkeys(k for action in actions for k in keys.get(action, ()))
        if joined:
            out[bid] = ",".join(joined)
    return out
