"""Load and validate config.toml.

The packaged `config.toml` holds every default. A user's file names only what it changes:
a table it leaves out keeps the packaged values, a `[[feeds]]` or `[[timeline]]` list it
gives replaces the packaged list. Every mistake stops with one `ConfigError` line that
names the file, the line where we can find it, the key, and what was expected.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from idlibmon.models import EVENT_KINDS

APP = "idlibmon"
ENV_VAR = "IDLIBMON_CONFIG"


class ConfigError(Exception):
    """A config problem, already phrased for the user as `file:line: message`."""


@dataclass(slots=True)
class FeedConfig:
    name: str
    url: str
    interval: int = 600
    """Seconds between fetches of this feed."""
    full_text: bool = False
    """Fetch the linked page of each new entry for its body."""
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CuratedEvent:
    date: str
    kind: str
    label: str
    url: str = ""


@dataclass(slots=True)
class StoreConfig:
    path: Path


@dataclass(slots=True)
class FetchConfig:
    concurrency: int = 20
    per_host_concurrency: int = 4
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    user_agent: str = "idlibmon/0.1"
    allow_private_addresses: bool = False
    jitter: float = 0.1
    """Fraction of a feed's interval added at random, so feeds do not fire together."""
    max_backoff: int = 6 * 3600
    page_per_host_concurrency: int = 1
    page_delay: float = 1.0
    page_cap_per_cycle: int = 40


@dataclass(slots=True)
class WatchConfig:
    subject: str = "Idlib"
    terms: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    """Other names for the watched area itself ("northwest Syria")."""
    country: list[str] = field(default_factory=list)
    """The country it lies in: a figure about the whole country is context, not a headline."""


@dataclass(slots=True)
class UIConfig:
    theme: str = "textual-dark"
    alert_categories: list[str] = field(default_factory=list)
    """Categories whose new headline figure rings the bell when it rises."""
    bell: bool = False


@dataclass(slots=True)
class Config:
    store: StoreConfig
    fetch: FetchConfig
    watch: WatchConfig
    ui: UIConfig
    places: dict[str, list[str]]
    feeds: list[FeedConfig]
    timeline: list[CuratedEvent]
    path: Path | None = None
    """The user's file that was merged over the defaults, if any."""
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """[keys]: action name -> its keys, in Textual's key names ("slash", "ctrl+r")."""
    default_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The packaged [keys]: what `keys` holds when the user rebinds nothing."""


# ---- schema ---------------------------------------------------------------------------
# table -> key -> accepted Python types. The packaged config.toml supplies the values.
_TABLES: dict[str, dict[str, tuple[type, ...]]] = {
    "store": {"path": (str,)},
    "fetch": {
        "concurrency": (int,), "per_host_concurrency": (int,), "timeout": (int, float),
        "max_bytes": (int,), "user_agent": (str,), "allow_private_addresses": (bool,),
        "jitter": (int, float), "max_backoff": (int,), "page_per_host_concurrency": (int,),
        "page_delay": (int, float), "page_cap_per_cycle": (int,),
    },
    "watch": {"subject": (str,), "terms": (list,), "regions": (list,), "country": (list,)},
    "ui": {"theme": (str,), "alert_categories": (list,), "bell": (bool,)},
}

# ---- [keys] ---------------------------------------------------------------------------------
# Every action a user may rebind -> the screens where its keys are live. Two actions that share
# a screen must not share a key (one would silently shadow the other). The TUI maps these
# names to its binding ids (tui/keymap.py); the packaged config.toml holds today's keys.
_MAIN, _DETAIL, _SOURCES, _HEALTH, _HELP = "dashboard", "headline detail", "sources", "feed health", "help"
KEY_ACTIONS: dict[str, tuple[str, ...]] = {
    "quit": (_MAIN,), "help": (_MAIN, _HELP), "filter": (_MAIN,), "unread": (_MAIN,),
    "mark_read": (_MAIN,), "refresh": (_MAIN,), "feed_health": (_MAIN, _HEALTH),
    "open_link": (_MAIN, _DETAIL, _SOURCES), "copy_link": (_MAIN, _DETAIL, _SOURCES, _HEALTH),
    "theme": (_MAIN,), "next_pane": (_MAIN,), "previous_pane": (_MAIN,), "show_headlines": (_MAIN,),
    "show_figures": (_MAIN,), "show_timeline": (_MAIN,), "clear_filter": (_MAIN,),
    "down": (_MAIN, _DETAIL, _HEALTH), "up": (_MAIN, _DETAIL, _HEALTH), "page_down": (_MAIN, _HEALTH),
    "page_up": (_MAIN, _HEALTH), "first": (_MAIN, _DETAIL, _HEALTH), "last": (_MAIN, _DETAIL, _HEALTH),
    "back": (_DETAIL, _SOURCES, _HEALTH, _HELP), "fetch_feed": (_HEALTH,), "enable_feed": (_HEALTH,),
}
_LIST_SCREENS = {_MAIN, _SOURCES, _HEALTH}
"""Screens with Textual lists, whose own Enter, arrow, page and home/end keys always win."""
_LIST_KEYS = {"up", "down", "pageup", "pagedown", "home", "end"}
_MOVES = ("down", "up", "page_down", "page_up", "first", "last")
_RESERVED = {"ctrl+c": "copying and the quit hint", "ctrl+p": "the command palette", "ctrl+q": "quitting"}
_MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}
_NAMED_KEYS = {
    "escape", "enter", "tab", "space", "backspace", "delete", "insert", "home", "end",
    "pageup", "pagedown", "up", "down", "left", "right", *(f"f{i}" for i in range(1, 25)),
}
# Textual's names for characters whose Unicode name it shortens.
_SHORT_NAMES = {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at",
                "hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore"}


def _char_key(char: str) -> str:
    """Textual's name for the key that types `char`: itself if alphanumeric, else its Unicode name."""
    if char.isalnum():
        return char
    name = unicodedata.name(char, "").lower().replace("-", "_").replace(" ", "_")
    return _SHORT_NAMES.get(name, name)


def key_name(spec: str) -> str | None:
    """One key as written by the user ("/", "ctrl+r", "F5", "question_mark") in Textual's form, or None."""
    spec = spec.strip()
    if len(spec) == 1:
        return _char_key(spec) if spec.isprintable() and not spec.isspace() else None
    *mods, base = spec.split("+")
    mods = [m.lower() for m in mods]
    if any(m not in _MODIFIERS for m in mods) or len(set(mods)) != len(mods) or not base:
        return None
    if len(base) == 1:
        if not base.isprintable() or base.isspace():
            return None
        base = _char_key(base.lower() if mods else base)  # terminals report ctrl+r, never ctrl+R
    elif base.lower() in _NAMED_KEYS:
        base = base.lower()
    elif base not in _SHORT_NAMES.values():
        try:
            char = unicodedata.lookup(base.replace("_", " "))
        except KeyError:
            return None
        if len(char) != 1 or char.isalnum() or not char.isprintable() or _char_key(char) != base:
            return None
    return "+".join([*mods, base])


def key_label(key: str) -> str:
    """A key name as a user reads it: "slash" -> '/' (slash), "ctrl+r" -> 'ctrl+r'."""
    *mods, base = key.split("+")
    if len(base) > 1 and base not in _NAMED_KEYS:
        long = {v: k for k, v in _SHORT_NAMES.items()}.get(base, base)
        try:
            char = unicodedata.lookup(long.replace("_", " "))
        except KeyError:
            char = ""
        if char:
            return f"'{'+'.join([*mods, char])}' ({key})"
    return f"'{key}'"


def key_specs(value: str | list[str]) -> list[str]:
    """The separate key specs of a [keys] value: "q,ctrl+q" or ["q", "ctrl+q"] (where "," is a key)."""
    if isinstance(value, str):
        return [part for part in value.split(",")] if value.strip() != "," else [","]
    return list(value)
_FEED_KEYS: dict[str, tuple[type, ...]] = {
    "name": (str,), "url": (str,), "interval": (int,), "full_text": (bool,), "tags": (list,),
}
_TIMELINE_KEYS: dict[str, tuple[type, ...]] = {
    "date": (str,), "kind": (str,), "label": (str,), "url": (str,),
}
_TABLES["keys"] = {action: (str, list) for action in KEY_ACTIONS}
_LISTS = {"feeds": _FEED_KEYS, "timeline": _TIMELINE_KEYS}
_TOP = set(_TABLES) | set(_LISTS) | {"places"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid_date(text: str) -> bool:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real month and day."""
    if not _DATE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def default_config_text() -> str:
    return resources.files("idlibmon").joinpath("config.toml").read_text(encoding="utf-8")


def user_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def default_store_path() -> Path:
    return Path(platformdirs.user_data_dir(APP)) / "store.db"


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The user's config file by lookup order: --config, $IDLIBMON_CONFIG, user dir; or None."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file")
        return path
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file (from ${ENV_VAR})")
        return path
    path = user_config_path()
    return path if path.is_file() else None


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Load the packaged defaults and merge the user's config over them."""
    defaults = _parse(default_config_text(), "<packaged config.toml>")
    _validate(defaults, default_config_text(), "<packaged config.toml>")
    path = find_config(explicit)
    data = dict(defaults)
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from None
        user = _parse(text, str(path))
        _validate(user, text, str(path))
        for key, value in user.items():
            if key in _TABLES:
                data[key] = {**defaults.get(key, {}), **value}
            else:
                data[key] = value  # feeds, timeline and places lists replace
        _check_key_clashes(data.get("keys", {}), user.get("keys", {}), text, str(path))
    else:
        _check_key_clashes(data.get("keys", {}), data.get("keys", {}), default_config_text(), "<packaged config.toml>")
    return _build(data, path, defaults)


def load_config_text(text: str, name: str = "<string>") -> Config:
    """Merge a config given as text over the defaults (tests, the demo)."""
    defaults = _parse(default_config_text(), "<packaged config.toml>")
    user = _parse(text, name)
    _validate(user, text, name)
    data = dict(defaults)
    for key, value in user.items():
        data[key] = {**defaults.get(key, {}), **value} if key in _TABLES else value
    _check_key_clashes(data.get("keys", {}), user.get("keys", {}), text, name)
    return _build(data, None, defaults)


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        if m:
            where = f"{name}:{m.group(1)}"
        elif "end of document" in msg:
            where = f"{name}:{text.rstrip().count(chr(10)) + 1}"
        else:
            where = name
        msg = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", msg)
        raise ConfigError(f"{where}: invalid TOML: {msg}") from None


def _line_of(text: str, key: str, after: int = 0) -> int | None:
    pat = re.compile(rf'^[ \t]*(?:"{re.escape(key)}"|{re.escape(key)})\s*=|^[ \t]*\[\[?\s*{re.escape(key)}\s*\]', re.M)
    for m in pat.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        if line > after:
            return line
    return None


def _header_lines(text: str, top: str) -> list[int]:
    """Line numbers of every `[[top]]` header, in order (one pass over the text)."""
    pat = re.compile(rf"^[ \t]*\[\[\s*{re.escape(top)}\s*\]\]", re.M)
    lines, pos, line = [], 0, 1
    for m in pat.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        lines.append(line)
    return lines


def _where(name: str, text: str, key: str, table: str | None = None) -> str:
    """`file:line` of `key`, looked for after its table's header when there is one."""
    after = 0
    if table:
        m = re.search(rf"^[ \t]*\[\s*{re.escape(table)}\s*\]", text, re.M)
        after = text.count("\n", 0, m.start()) + 1 if m else 0
    line = _line_of(text, key, after=after) or _line_of(text, key)
    return f"{name}:{line}" if line else name


def _toml_repr(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def _hint(key: str, options: set[str] | dict[str, Any]) -> str:
    close = difflib.get_close_matches(key, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _type_name(types: tuple[type, ...]) -> str:
    if set(types) == {int, float}:
        return "a number"
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false", list: "a list"}
    return " or ".join(names.get(t, t.__name__) for t in types)


def _check_type(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False
    return isinstance(value, types)


def check_url(url: str) -> bool:
    """An absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in url)


_check_url = check_url


def _validate(data: dict[str, Any], text: str, name: str) -> None:
    for top, value in data.items():
        if top not in _TOP:
            raise ConfigError(f"{_where(name, text, top)}: unknown section '{top}'{_hint(top, _TOP)}")
        if top in _TABLES:
            if not isinstance(value, dict):
                raise ConfigError(f"{_where(name, text, top)}: '{top}' must be a table [{top}]")
            for key, v in value.items():
                schema = _TABLES[top]
                if key not in schema and top == "keys":
                    raise ConfigError(
                        f"{_where(name, text, key, top)}: unknown action '{key}' in [keys]{_hint(key, schema)}"
                        " (the help screen, ?, lists every action by name)"
                    )
                if key not in schema:
                    raise ConfigError(
                        f"{_where(name, text, key, top)}: unknown key '{top}.{key}'{_hint(key, schema)}"
                    )
                if top == "keys":
                    _validate_key_value(key, v, _where(name, text, key, top))
                    continue
                if not _check_type(v, schema[key]):
                    raise ConfigError(
                        f"{_where(name, text, key, top)}: '{top}.{key}' must be {_type_name(schema[key])}, "
                        f"got {_toml_repr(v)}"
                    )
                if isinstance(v, (int, float)) and not isinstance(v, bool) and v < 0:
                    raise ConfigError(f"{_where(name, text, key, top)}: '{top}.{key}' must not be negative")
            for key in ("terms", "regions", "country", "alert_categories"):
                if key in value and not all(isinstance(t, str) for t in value[key]):
                    raise ConfigError(f"{_where(name, text, key, top)}: '{top}.{key}' must be a list of strings")
        elif top == "places":
            if not isinstance(value, dict):
                raise ConfigError(f"{_where(name, text, top)}: [places] must be a table")
            for place, variants in value.items():
                if not isinstance(variants, list) or not all(isinstance(s, str) for s in variants):
                    raise ConfigError(
                        f"{_where(name, text, place, 'places')}: places.\"{place}\" must be a list of spellings"
                    )
        else:
            _validate_list(top, value, text, name)


def _validate_key_value(action: str, value: Any, where: str) -> None:
    """One [keys] entry: a string of comma-separated keys or a list of keys, each one we can name."""
    shape = 'a string of keys like "r" or "ctrl+r,f5", or a list like ["r", "f5"]'
    if not isinstance(value, (str, list)) or (isinstance(value, list) and not all(isinstance(k, str) for k in value)):
        raise ConfigError(f"{where}: keys.{action} must be {shape}, got {_toml_repr(value)}")
    specs = key_specs(value)
    if not specs or all(not k.strip() for k in specs):
        raise ConfigError(f"{where}: keys.{action} needs at least one key ({shape})")
    for spec in specs:
        key = key_name(spec)
        if key is None:
            raise ConfigError(
                f"{where}: keys.{action}: {_toml_repr(spec)} is not a key; write a character (\"r\", \"/\", \"G\"), "
                f"a name (\"enter\", \"pagedown\", \"f5\") or modifiers with one (\"ctrl+r\")"
            )
        if key in _RESERVED and not (key == "ctrl+q" and action == "quit"):
            raise ConfigError(f"{where}: keys.{action}: {_toml_repr(spec)} is kept for {_RESERVED[key]}")


def resolve_keys(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """[keys] values as tuples of Textual key names, each key once, in the order written."""
    return {action: tuple(dict.fromkeys(k for k in map(key_name, key_specs(v)) if k)) for action, v in table.items()}


def _check_key_clashes(merged: dict[str, Any], user: dict[str, Any], text: str, name: str) -> None:
    """Two actions live on the same screen must not share a key: one would never fire."""
    keys = resolve_keys(merged)
    owner: dict[tuple[str, str], str] = {}
    for action in sorted(keys, key=lambda a: (a not in user, list(KEY_ACTIONS).index(a))):
        for screen in KEY_ACTIONS[action]:
            for key in keys[action]:
                if key == "enter" and screen in _LIST_SCREENS:
                    raise ConfigError(
                        f"{_where(name, text, action, 'keys')}: keys.{action}: Enter opens or selects the item "
                        f"in the lists of the {screen} screen and cannot be given to another action"
                    )
                if key in _LIST_KEYS and screen in _LIST_SCREENS and action not in _MOVES:
                    raise ConfigError(
                        f"{_where(name, text, action, 'keys')}: keys.{action}: '{key}' moves in the lists of the "
                        f"{screen} screen; give it only to {', '.join(_MOVES)}"
                    )
                other = owner.setdefault((screen, key), action)
                if other == action:
                    continue
                first, second = (other, action) if other in user else (action, other)
                where = _where(name, text, first, "keys")
                default = "" if second in user else " (its default: give it another key too)"
                raise ConfigError(
                    f"{where}: keys: {key_label(key)} is given to both '{first}' and '{second}'{default} "
                    f"on the {screen} screen; one of them would never run"
                )


def _validate_list(top: str, value: Any, text: str, name: str) -> None:
    schema = _LISTS[top]
    if not isinstance(value, list):
        raise ConfigError(f"{_where(name, text, top)}: '{top}' must be written as [[{top}]] tables")
    headers = _header_lines(text, top)
    for i, item in enumerate(value, 1):
        line = headers[i - 1] if i <= len(headers) else 0
        where = f"{name}:{line}" if line else name
        label = f"{top}[{i}]"
        following = headers[i] if i < len(headers) else None

        def at(key: str, line: int = line, where: str = where, following: int | None = following) -> str:
            """`file:line` of `key` inside this [[table]], else of its header."""
            found = _line_of(text, key, after=line) if line else None
            return f"{name}:{found}" if found and (following is None or found < following) else where

        if not isinstance(item, dict):
            raise ConfigError(f"{where}: {label} must be a table")
        for key, v in item.items():
            if key not in schema:
                raise ConfigError(f"{at(key)}: unknown key '{key}' in {label}{_hint(key, schema)}")
            if not _check_type(v, schema[key]):
                raise ConfigError(f"{at(key)}: {label}.{key} must be {_type_name(schema[key])}, got {_toml_repr(v)}")
        required = ("name", "url") if top == "feeds" else ("date", "kind", "label")
        for key in required:
            if key not in item:
                raise ConfigError(f"{where}: {label} needs '{key}'")
        if top == "feeds":
            if not _check_url(item["url"]):
                raise ConfigError(f"{at('url')}: {label}.url must be an http(s) URL, got {_toml_repr(item['url'])}")
            if item.get("interval", 600) < 10:
                raise ConfigError(f"{at('interval')}: {label}.interval must be at least 10 seconds")
        else:
            if not _valid_date(item["date"]):
                raise ConfigError(
                    f"{at('date')}: {label}.date must be \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", got {item['date']!r}"
                )
            if item["kind"] not in EVENT_KINDS:
                raise ConfigError(
                    f"{at('kind')}: {label}.kind must be one of {', '.join(EVENT_KINDS)}{_hint(item['kind'], set(EVENT_KINDS))}"
                )
            if item.get("url") and not _check_url(item["url"]):
                raise ConfigError(f"{at('url')}: {label}.url must be an http(s) URL")


def _build(data: dict[str, Any], path: Path | None, defaults: dict[str, Any]) -> Config:
    store = data.get("store", {})
    store_path = Path(os.path.expanduser(store["path"])) if store.get("path") else default_store_path()
    return Config(
        store=StoreConfig(path=store_path),
        fetch=FetchConfig(**data.get("fetch", {})),
        watch=WatchConfig(**data.get("watch", {})),
        ui=UIConfig(**data.get("ui", {})),
        places={k: list(v) for k, v in data.get("places", {}).items()},
        feeds=[FeedConfig(**f) for f in data.get("feeds", [])],
        timeline=[CuratedEvent(**t) for t in data.get("timeline", [])],
        path=path,
        keys=resolve_keys(data.get("keys", {})),
        default_keys=resolve_keys(defaults.get("keys", {})),
    )
