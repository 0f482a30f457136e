"""SQLite history (WAL) that survives restarts and is shared by several processes.

One process fetches and writes at a time (it holds the fetch lock); any number read.
Readers notice new rows cheaply through `data_version()`. The schema is versioned with
`PRAGMA user_version`; each migration is one transaction, appended to `_MIGRATIONS`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from idlibmon.models import Article, Entry, Event, Extraction, Figure

_MIGRATIONS: list[str] = [
    # 1: feeds, articles, full-text index, extraction results, fetch lock
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,              -- as configured: the feed's identity
        name TEXT NOT NULL DEFAULT '',
        current_url TEXT,                  -- after a permanent redirect
        moved_from_status INTEGER,
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,                    -- skip re-parsing a byte-identical body
        status INTEGER,
        last_attempt TEXT,
        last_success TEXT,
        last_error TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        next_due TEXT,
        disabled_reason TEXT,
        entries_seen INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL DEFAULT 0,
        duration REAL NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        feed_url TEXT NOT NULL,
        outlet TEXT NOT NULL DEFAULT '',
        guid TEXT NOT NULL,
        link TEXT NOT NULL DEFAULT '',
        link_key TEXT NOT NULL DEFAULT '',  -- normalised link, for cross-feed de-duplication
        title TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        body_status TEXT,                   -- NULL: not wanted/pending; 'ok' or the failure
        published TEXT,                     -- ISO 8601 UTC
        fetched TEXT NOT NULL,
        relevant TEXT NOT NULL DEFAULT '[]',-- JSON list of matched watch terms/places
        story_id INTEGER,
        read INTEGER NOT NULL DEFAULT 0,
        extracted_version INTEGER NOT NULL DEFAULT 0,
        UNIQUE (feed_url, guid)
    );
    CREATE INDEX articles_published ON articles (published DESC, id DESC);
    CREATE INDEX articles_link_key ON articles (link_key);
    CREATE INDEX articles_story ON articles (story_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, content, body, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, summary, content, body)
        VALUES (new.id, new.title, new.summary, new.content, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, content, body)
        VALUES ('delete', old.id, old.title, old.summary, old.content, old.body);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, summary, content, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, content, body)
        VALUES ('delete', old.id, old.title, old.summary, old.content, old.body);
        INSERT INTO articles_fts (rowid, title, summary, content, body)
        VALUES (new.id, new.title, new.summary, new.content, new.body);
    END;
    CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        value REAL NOT NULL,
        data TEXT NOT NULL                 -- Figure.to_dict() as JSON
    );
    CREATE INDEX figures_article ON figures (article_id);
    CREATE INDEX figures_category ON figures (category);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start TEXT NOT NULL,
        data TEXT NOT NULL                 -- Event.to_dict() as JSON
    );
    CREATE INDEX events_article ON events (article_id);
    CREATE TABLE fetch_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        started TEXT NOT NULL,
        heartbeat TEXT NOT NULL
    );
    """,
    # 2: Retry-After deadline, the feed's own title, key/value metadata (relevance fingerprint)
    """
    ALTER TABLE feeds ADD COLUMN retry_not_before TEXT;
    ALTER TABLE feeds ADD COLUMN title TEXT NOT NULL DEFAULT '';
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: article bodies (issue 7): when to (re)fetch the page, attempts, validators, final URL
    """
    ALTER TABLE articles ADD COLUMN body_due TEXT;           -- fetch the page at/after this; NULL: never
    ALTER TABLE articles ADD COLUMN body_attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN body_etag TEXT;
    ALTER TABLE articles ADD COLUMN body_last_modified TEXT;
    ALTER TABLE articles ADD COLUMN body_url TEXT;           -- where the page was found, after redirects
    ALTER TABLE articles ADD COLUMN body_fetched TEXT;
    CREATE INDEX articles_body_due ON articles (body_due);
    """,
    # 4: the headline list in index order: story heads of relevant articles, newest first, with
    # the read flag so "unread only" needs no table lookup. The sort key is an expression index,
    # so every writer keeps it right without a new column. It replaces the index on `published`
    # alone, which no query could use, so a fetch maintains no more indexes than before.
    """
    CREATE INDEX articles_heads ON articles (COALESCE(published, fetched) DESC, id DESC, read)
        WHERE relevant != '[]' AND (story_id IS NULL OR story_id = id);
    DROP INDEX articles_published;
    """,
    # 5: full-text indexing a batch at a time. The per-row insert trigger cost more CPU than
    # anything else in storing a cold fetch (~3x a bulk INSERT … SELECT). Rows up to the id in
    # meta 'fts_upto' are indexed; `upsert_entries` indexes its rows in the transaction that
    # inserts them, and a search first indexes rows written by other means (see `_index_pending`).
    # The update/delete triggers touch only rows already indexed (FTS5 must never be told to
    # delete a row it does not hold); deleting the newest rows lowers the marker, so an id that
    # SQLite hands out again is indexed again.
    """
    DROP TRIGGER articles_ai;
    DROP TRIGGER articles_ad;
    DROP TRIGGER articles_au;
    INSERT OR REPLACE INTO meta (key, value) VALUES ('fts_upto', (SELECT COALESCE(MAX(id), 0) FROM articles));
    CREATE TRIGGER articles_ad AFTER DELETE ON articles
        WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto') BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, content, body)
        VALUES ('delete', old.id, old.title, old.summary, old.content, old.body);
        UPDATE meta SET value = (SELECT COALESCE(MAX(id), 0) FROM articles)
        WHERE key = 'fts_upto' AND CAST(value AS INTEGER) > (SELECT COALESCE(MAX(id), 0) FROM articles);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, summary, content, body ON articles
        WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto') BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, content, body)
        VALUES ('delete', old.id, old.title, old.summary, old.content, old.body);
        INSERT INTO articles_fts (rowid, title, summary, content, body)
        VALUES (new.id, new.title, new.summary, new.content, new.body);
    END;
    """,
]


def utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(slots=True)
class FeedState:
    """What the feed-health screen shows about one configured feed, and what the loop needs."""

    url: str
    """The configured URL: the feed's identity."""
    name: str = ""
    title: str = ""
    current_url: str | None = None
    """Where a permanent redirect (301/308) sent us; fetched from then on."""
    moved_from_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    status: int | None = None
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    error_count: int = 0
    next_due: datetime | None = None
    retry_not_before: datetime | None = None
    """Set from Retry-After: not even `fetch --once` asks before this."""
    disabled_reason: str | None = None
    entries_seen: int = 0
    bytes: int = 0
    duration: float = 0.0

    @property
    def fetch_url(self) -> str:
        return self.current_url or self.url

    @property
    def moved(self) -> str | None:
        """The health message for a permanent redirect, or None."""
        if self.current_url and self.current_url != self.url:
            return f"moved to {self.current_url} — update your config"
        return None


_FEED_DATES = {"last_attempt", "last_success", "next_due", "retry_not_before"}
_FEED_COLUMNS = [f.name for f in fields(FeedState)]


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A parsed entry ready to store: its text is sanitised, its relevance and link key computed."""

    entry: Entry
    link_key: str = ""
    relevant: tuple[str, ...] = ()
    story_words: frozenset[str] | None = None
    """The title's significant words and the summary's opening key, for story grouping;
    computed in the parse workers so the writer does not have to."""
    story_key: tuple[str, ...] | None = None


@dataclass(slots=True)
class Upserted:
    """Ids of articles stored for the first time and of stored articles whose text changed."""

    new_ids: list[int]
    changed_ids: list[int]
    duplicates: int = 0
    inserted: list[tuple[int, NewEntry]] = field(default_factory=list)
    """Each new id with the entry it was made from (for story grouping)."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    host: str
    started: datetime
    heartbeat: datetime


class StoreError(Exception):
    """A store problem phrased for the user (disk full, unreadable file, newer schema)."""


class Store:
    """The history. Open one per thread/process; connections are not shared."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{path}: cannot create the store's folder ({exc.strerror or exc}); set [store] path in your config"
                ) from None
        try:
            self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            # NORMAL under WAL: a commit does not wait for the disk. A crash or kill of the
            # program loses nothing committed and never corrupts the file; only a power cut or
            # OS crash may drop the last commits (WAL checkpoints still sync).
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- schema ------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(_MIGRATIONS):
            raise StoreError(
                f"{self.path}: made by a newer idlibmon (schema {version}, this one knows {len(_MIGRATIONS)})"
            )
        for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in _split_sql(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; a failure rolls back and becomes a StoreError.

        Inside another transaction this is a savepoint: a failure undoes only its own
        writes, and they are committed with the outer transaction (the fetch loop stores
        many feeds in one commit this way).
        """
        if self.db.in_transaction:
            with self._savepoint():
                yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:  # SQLite rolls back by itself after some errors (disk full)
                self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not save: {exc}") from None

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self.db.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK TO nested")
                self.db.execute("RELEASE nested")
            raise
        if not self.db.in_transaction:
            raise StoreError(f"{self.path}: could not save: the transaction was rolled back")
        self.db.execute("RELEASE nested")

    def data_version(self) -> int:
        """Changes whenever another connection commits: a cheap 'anything new?' poll."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # ---- articles ----------------------------------------------------------------------
    def article(self, article_id: int) -> Article | None:
        row = self.db.execute(_ARTICLE_SELECT + " WHERE a.id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(
        self,
        *,
        limit: int = 200,
        offset: int = 0,
        relevant_only: bool = True,
        unread_only: bool = False,
        since: datetime | None = None,
        query: str | None = None,
    ) -> list[Article]:
        """Newest first; one row per story (the earliest-stored article of each story)."""
        where, args = ["1=1"], []
        if relevant_only:
            where.append("a.relevant != '[]'")
        if unread_only:
            where.append("a.read = 0")
        if since is not None:
            where.append("COALESCE(a.published, a.fetched) >= ?")
            args.append(_iso(since))
        if query:
            self.index_pending()
            where.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(fts_query(query))
        # the page's ids come from an index alone; only those rows are then read whole
        sql = (
            "SELECT a.id FROM articles a WHERE " + " AND ".join(where)
            + " AND (a.story_id IS NULL OR a.story_id = a.id)"
            + " ORDER BY COALESCE(a.published, a.fetched) DESC, a.id DESC LIMIT ? OFFSET ?"
        )
        ids = [r[0] for r in self.db.execute(sql, (*args, limit, offset))]
        return self._articles_by_id(ids)

    def _articles_by_id(self, ids: Sequence[int]) -> list[Article]:
        """These articles, in the order given (ids that vanished meanwhile are skipped)."""
        found: dict[int, Article] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.db.execute(_ARTICLE_SELECT + f" WHERE a.id IN ({','.join('?' * len(chunk))})", chunk)
            found.update((r["id"], _article(r)) for r in rows)
        return [found[i] for i in ids if i in found]

    def count_articles(self, *, relevant_only: bool = True, unread_only: bool = False) -> int:
        where = []
        if relevant_only:
            where.append("relevant != '[]'")
        where.append("(story_id IS NULL OR story_id = id)")
        if unread_only:
            where.append("read = 0")
        return int(self.db.execute("SELECT COUNT(*) FROM articles WHERE " + " AND ".join(where)).fetchone()[0])

    def story_articles(self, story_id: int) -> list[Article]:
        rows = self.db.execute(_ARTICLE_SELECT + " WHERE a.story_id = ? OR a.id = ? ORDER BY a.id", (story_id, story_id))
        return [_article(r) for r in rows]

    def mark_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        ids = list(article_ids)
        with self.transaction():
            self.db.executemany(
                "UPDATE articles SET read = ? WHERE id = ? OR story_id = ?",
                [(int(read), i, i) for i in ids],
            )

    def search(self, query: str, limit: int = 50) -> list[tuple[Article, str]]:
        """Full-text search; each hit with a snippet whose matches are wrapped in « »."""
        sql = (
            "SELECT rowid, snippet(articles_fts, -1, '«', '»', '…', 12) AS snip FROM articles_fts "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        self.index_pending()
        out = []
        for row in self.db.execute(sql, (fts_query(query), limit)).fetchall():
            art = self.article(row["rowid"])
            if art:
                out.append((art, row["snip"]))
        return out

    def index_pending(self) -> int:
        """Add rows not yet in the full-text index (written other than by `upsert_entries`).

        Cheap when there are none (two indexed lookups), which is always the case for rows
        a fetch stored. A store we may not write to is searched as it is.
        """
        if not self._fts_behind():
            return 0
        try:
            with self.transaction():
                return self._index_new_rows()
        except (sqlite3.OperationalError, StoreError):
            return 0

    def _fts_behind(self) -> bool:
        upto, top = self.db.execute(
            "SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto'), (SELECT MAX(id) FROM articles)"
        ).fetchone()
        return upto is not None and top is not None and top > upto  # no marker: a schema that indexed by trigger

    def _index_new_rows(self) -> int:
        """(Inside a write transaction) index every row above the marker in one statement and move it."""
        marker = self.db.execute("SELECT value FROM meta WHERE key = 'fts_upto'").fetchone()
        top = self.db.execute("SELECT MAX(id) FROM articles").fetchone()[0]
        if marker is None or top is None or top <= int(marker[0]):
            return 0
        upto = int(marker[0])
        cur = self.db.execute(
            "INSERT INTO articles_fts (rowid, title, summary, content, body) "
            "SELECT id, title, summary, content, body FROM articles WHERE id > ?",
            (upto,),
        )
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'fts_upto'", (str(top),))
        return cur.rowcount

    # ---- extraction results --------------------------------------------------------------
    def save_extraction(self, article_id: int, result: Extraction, version: int) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM figures WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            self.db.executemany(
                "INSERT INTO figures (article_id, category, value, data) VALUES (?, ?, ?, ?)",
                [(article_id, f.category, f.value, json.dumps(f.to_dict())) for f in result.figures],
            )
            self.db.executemany(
                "INSERT INTO events (article_id, kind, start, data) VALUES (?, ?, ?, ?)",
                [(article_id, e.kind, e.start, json.dumps(e.to_dict())) for e in result.events],
            )
            self.db.execute("UPDATE articles SET extracted_version = ? WHERE id = ?", (version, article_id))

    def extraction(self, article_id: int) -> Extraction:
        figs = [Figure.from_dict(json.loads(r[0])) for r in
                self.db.execute("SELECT data FROM figures WHERE article_id = ? ORDER BY id", (article_id,))]
        evs = [Event.from_dict(json.loads(r[0])) for r in
               self.db.execute("SELECT data FROM events WHERE article_id = ? ORDER BY id", (article_id,))]
        return Extraction(figures=figs, events=evs)

    def all_figures(self, *, relevant_only: bool = True) -> list[tuple[Figure, Article]]:
        """Every stored figure with the article it came from."""
        return self._joined("figures", Figure.from_dict, relevant_only)

    def all_events(self, *, relevant_only: bool = True) -> list[tuple[Event, Article]]:
        return self._joined("events", Event.from_dict, relevant_only)

    def _joined(self, table: str, build: Any, relevant_only: bool) -> list[Any]:
        cond = "AND a.relevant != '[]'" if relevant_only else ""
        sql = (
            f"SELECT x.data AS xdata, {_ARTICLE_COLUMNS} FROM {table} x JOIN articles a ON a.id = x.article_id "
            f"WHERE 1=1 {cond} ORDER BY COALESCE(a.published, a.fetched), x.id"
        )
        return [(build(json.loads(r["xdata"])), _article(r)) for r in self.db.execute(sql)]

    def articles_needing_extraction(self, version: int, limit: int = 500) -> list[Article]:
        rows = self.db.execute(
            _ARTICLE_SELECT + " WHERE a.extracted_version < ? ORDER BY a.id LIMIT ?", (version, limit)
        )
        return [_article(r) for r in rows]

    def article_ids(self, *, below_version: int | None = None) -> list[int]:
        """Ids of every stored article, or of those an engine older than `below_version` read (reextract)."""
        if below_version is None:
            return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]
        sql = "SELECT id FROM articles WHERE extracted_version < ? ORDER BY id"
        return [r[0] for r in self.db.execute(sql, (below_version,))]

    def article_parts(self, ids: Iterable[int]) -> dict[int, Article]:
        """Just the text of these articles (title, summary, content, body; other fields empty):
        what the board needs to read figures' sentences, without a query per article."""
        ids = list(ids)
        out: dict[int, Article] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = f"SELECT id, title, summary, content, body FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
            for r in self.db.execute(sql, chunk):
                out[r[0]] = Article(id=r[0], feed_url="", outlet="", guid="", title=r[1], summary=r[2],
                                    content=r[3], body=r[4])
        return out

    def extraction_index(self, table: str, *, relevant_only: bool = True) -> list[sqlite3.Row]:
        """Every stored figure or event (`table`) as raw JSON with its article's light columns.

        Aggregation reads the whole history on every refresh; this skips building an Article
        (and counting its story) per row. Columns, in this order (callers unpack rows by
        position): data, article_id, outlet, link, title, published, fetched, story_id.
        """
        if table not in ("figures", "events"):
            raise ValueError(table)
        cond = "AND a.relevant != '[]'" if relevant_only else ""
        sql = (
            "SELECT x.data, a.id AS article_id, a.outlet, a.link, a.title, a.published, a.fetched, a.story_id "
            f"FROM {table} x JOIN articles a ON a.id = x.article_id WHERE 1=1 {cond} "
            "ORDER BY COALESCE(a.published, a.fetched), x.id"
        )
        return self.db.execute(sql).fetchall()

    # ---- storing parsed entries ------------------------------------------------------------
    def upsert_entries(
        self, feed_url: str, outlet: str, entries: Sequence[NewEntry], fetched: datetime
    ) -> Upserted:
        """Store a feed's entries in one transaction: new ones inserted, changed ones updated.

        An entry is the same as a stored one by GUID within the feed, or by its normalised
        link across feeds. A link shared by several entries of one response (a feed that
        points every item to its home page) says nothing about identity and is not used.
        """
        out = Upserted([], [])
        if not entries:
            return out
        per_batch: dict[str, int] = {}
        for ne in entries:
            if ne.link_key:
                per_batch[ne.link_key] = per_batch.get(ne.link_key, 0) + 1
        fetched_iso = _iso(fetched)
        with self.transaction() as db:
            existing: dict[str, sqlite3.Row] = {}
            guids = list({ne.entry.guid for ne in entries})
            for i in range(0, len(guids), 500):
                chunk = guids[i : i + 500]
                sql = (
                    "SELECT id, guid, title, summary, content, link, published FROM articles "
                    f"WHERE feed_url = ? AND guid IN ({','.join('?' * len(chunk))})"
                )
                for row in db.execute(sql, (feed_url, *chunk)):
                    existing[row["guid"]] = row
            fresh_keys = [ne.link_key for ne in entries
                          if ne.link_key and per_batch.get(ne.link_key) == 1 and ne.entry.guid not in existing]
            known_keys: set[str] = set()
            for i in range(0, len(fresh_keys), 500):
                chunk = fresh_keys[i : i + 500]
                sql = f"SELECT link_key FROM articles WHERE link_key IN ({','.join('?' * len(chunk))})"
                known_keys.update(r[0] for r in db.execute(sql, chunk))
            next_id = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]) + 1
            rows = []
            seen: set[str] = set()
            as_json: dict[tuple[str, ...], str] = {}  # a feed's entries share a few relevance lists
            for ne in entries:
                e = ne.entry
                if e.guid in seen:
                    continue
                seen.add(e.guid)
                relevant = as_json.get(ne.relevant)
                if relevant is None:
                    relevant = as_json[ne.relevant] = json.dumps(list(ne.relevant), ensure_ascii=False)
                published = _iso(e.published)
                row = existing.get(e.guid)
                if row is not None:
                    if (row["title"], row["summary"], row["content"], row["link"]) != (
                        e.title, e.summary, e.content, e.link
                    ):
                        db.execute(
                            "UPDATE articles SET title = ?, summary = ?, content = ?, link = ?, link_key = ?, "
                            "relevant = ?, published = COALESCE(?, published) WHERE id = ?",
                            (e.title, e.summary, e.content, e.link, ne.link_key, relevant, published, row["id"]),
                        )
                        out.changed_ids.append(row["id"])
                    continue
                if ne.link_key and per_batch.get(ne.link_key) == 1:
                    if ne.link_key in known_keys:
                        out.duplicates += 1
                        continue
                    known_keys.add(ne.link_key)
                # explicit ids: one executemany, and we are the only writer inside BEGIN IMMEDIATE
                rows.append((next_id, feed_url, outlet, e.guid, e.link, ne.link_key, e.title, e.summary, e.content,
                             published, fetched_iso, relevant))
                out.new_ids.append(next_id)
                out.inserted.append((next_id, ne))
                next_id += 1
            db.executemany(
                "INSERT INTO articles (id, feed_url, outlet, guid, link, link_key, title, summary, content, "
                "published, fetched, relevant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            if rows:
                self._index_new_rows()  # searchable from the same commit on
        return out

    def set_stories(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Group articles: each (article id, story id), the story id being its first article's id."""
        rows = list(pairs)
        if not rows:
            return
        with self.transaction() as db:
            db.executemany("UPDATE articles SET story_id = ? WHERE id = ?", [(s, a) for a, s in rows])

    def story_candidates(self, since: datetime) -> list[sqlite3.Row]:
        """Recent articles (id, feed_url, title, summary, story_id) to group new ones with."""
        return self.db.execute(
            "SELECT id, feed_url, title, summary, story_id FROM articles "
            "WHERE COALESCE(published, fetched) >= ? OR fetched >= ? ORDER BY id",
            (_iso(since), _iso(since)),
        ).fetchall()

    # ---- relevance ------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def refilter(self, match: Callable[[str], tuple[str, ...]], fingerprint: str) -> int:
        """Recompute every article's relevance from its stored text (the watch list changed).

        `match` gets the article's title, summary, content and body joined; returns how many
        articles changed. The fingerprint is saved in the same transaction.
        """
        changed = []
        for row in self.db.execute("SELECT id, title, summary, content, body, relevant FROM articles"):
            text = "\n".join((row["title"], row["summary"], row["content"], row["body"]))
            relevant = json.dumps(list(match(text)), ensure_ascii=False)
            if relevant != row["relevant"]:
                changed.append((relevant, row["id"]))
        with self.transaction() as db:
            db.executemany("UPDATE articles SET relevant = ? WHERE id = ?", changed)
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('relevance', ?)", (fingerprint,))
        return len(changed)

    # ---- feeds and their health -----------------------------------------------------------
    def sync_feeds(self, feeds: Iterable[tuple[str, str]]) -> None:
        """Make sure every configured (url, name) has a state row; names follow the config."""
        rows = list(feeds)
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO feeds (url, name) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET name = excluded.name",
                rows,
            )

    def feed_state(self, url: str) -> FeedState | None:
        row = self.db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return _feed_state(row) if row else None

    def feed_states(self, urls: Sequence[str] | None = None) -> list[FeedState]:
        """Every known feed's state; with `urls`, those feeds in that order (unknown ones fresh)."""
        rows = {r["url"]: _feed_state(r) for r in self.db.execute("SELECT * FROM feeds ORDER BY url")}
        if urls is None:
            return list(rows.values())
        return [rows.get(u) or FeedState(url=u) for u in urls]

    def save_feed_state(self, state: FeedState) -> None:
        values = []
        for name in _FEED_COLUMNS:
            v = getattr(state, name)
            values.append(_iso(v) if name in _FEED_DATES else v)
        cols = ", ".join(_FEED_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _FEED_COLUMNS if c != "url")
        with self.transaction() as db:
            db.execute(
                f"INSERT INTO feeds ({cols}) VALUES ({', '.join('?' * len(_FEED_COLUMNS))}) "
                f"ON CONFLICT (url) DO UPDATE SET {updates}",
                values,
            )

    def enable_feed(self, url: str) -> bool:
        """Lift a 410 (or any) disablement and the back-off; True if such a feed exists."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE feeds SET disabled_reason = NULL, error_count = 0, next_due = NULL, "
                "retry_not_before = NULL WHERE url = ? OR current_url = ?",
                (url, url),
            )
            return cur.rowcount > 0

    def feed_article_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute("SELECT feed_url, COUNT(*) FROM articles GROUP BY feed_url")}

    # ---- the fetch lock -------------------------------------------------------------------
    def lock_holder(self) -> LockHolder | None:
        row = self.db.execute("SELECT pid, host, started, heartbeat FROM fetch_lock WHERE id = 1").fetchone()
        if row is None:
            return None
        return LockHolder(row["pid"], row["host"], _dt(row["started"]), _dt(row["heartbeat"]))  # type: ignore[arg-type]

    def try_lock(self, pid: int, host: str, now: datetime, can_take: Callable[[LockHolder], bool]) -> LockHolder | None:
        """Take the fetch lock unless someone else holds it and `can_take(holder)` says no.

        Returns None when the lock is ours, else the holder that keeps it.
        """
        with self.transaction() as db:
            holder = self.lock_holder()
            if holder and (holder.pid, holder.host) != (pid, host) and not can_take(holder):
                return holder
            db.execute(
                "INSERT OR REPLACE INTO fetch_lock (id, pid, host, started, heartbeat) VALUES (1, ?, ?, ?, ?)",
                (pid, host, _iso(now), _iso(now)),
            )
        return None

    def heartbeat_lock(self, pid: int, host: str, now: datetime) -> bool:
        """Refresh our heartbeat; False if the lock was taken over meanwhile."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE fetch_lock SET heartbeat = ? WHERE id = 1 AND pid = ? AND host = ?", (_iso(now), pid, host)
            )
            return cur.rowcount > 0

    def release_lock(self, pid: int, host: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM fetch_lock WHERE id = 1 AND pid = ? AND host = ?", (pid, host))


    # ---- article bodies (issue 7) -----------------------------------------------------------
    def body_states(self, ids: Sequence[int]) -> list[BodyState]:
        out: list[BodyState] = []
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = f"SELECT {_BODY_COLUMNS} FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
            out += [_body_state(r) for r in self.db.execute(sql, chunk)]
        return out

    def mark_bodies_due(self, ids: Sequence[int], when: datetime) -> None:
        """Ask for these articles' pages (new entries, or changed ones whose page may have changed).

        Failed pages keep their own back-off: a changed entry does not make us retry early.
        """
        ids = list(ids)
        with self.transaction() as db:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                db.execute(
                    "UPDATE articles SET body_due = ?, body_status = COALESCE(body_status, 'pending') "
                    f"WHERE id IN ({','.join('?' * len(chunk))}) "
                    "AND (body_status IS NULL OR body_status IN ('pending', 'ok'))",
                    (_iso(when), *chunk),
                )

    def bodies_due(
        self, feed_urls: Sequence[str], now: datetime, limit: int, *, prefer: Sequence[int] = ()
    ) -> list[BodyState]:
        """Articles of these feeds whose page is due: those in `prefer` first, then newest first."""
        feeds = list(feed_urls)
        if not feeds or limit <= 0:
            return []
        first = list(prefer)[:500]
        order = f"(id IN ({','.join('?' * len(first))})) DESC, " if first else ""
        sql = (
            f"SELECT {_BODY_COLUMNS} FROM articles WHERE body_due IS NOT NULL AND body_due <= ? "
            f"AND feed_url IN ({','.join('?' * len(feeds))}) "
            f"ORDER BY {order}COALESCE(published, fetched) DESC, id DESC LIMIT ?"
        )
        return [_body_state(r) for r in self.db.execute(sql, (_iso(now), *feeds, *first, limit))]

    def save_body_outcome(
        self,
        article_id: int,
        *,
        status: str,
        due: datetime | None,
        attempts: int,
        fetched: datetime,
        url: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        body: str | None = None,
        relevant: Sequence[str] | None = None,
        published: datetime | None = None,
    ) -> None:
        """Record one page fetch. A new `body` also stores its relevance, fills a missing
        publication date, and flags the article for extraction again."""
        sets = ["body_status = ?", "body_due = ?", "body_attempts = ?", "body_fetched = ?"]
        args: list[Any] = [status, _iso(due), attempts, _iso(fetched)]
        if url is not None:
            sets.append("body_url = ?")
            args.append(url)
        if etag is not None or last_modified is not None:
            sets += ["body_etag = ?", "body_last_modified = ?"]
            args += [etag, last_modified]
        if body is not None:
            sets += ["body = ?", "extracted_version = 0"]
            args.append(body)
        if relevant is not None:
            sets.append("relevant = ?")
            args.append(json.dumps(list(relevant), ensure_ascii=False))
        if published is not None:
            sets.append("published = COALESCE(published, ?)")
            args.append(_iso(published))
        with self.transaction() as db:
            db.execute(f"UPDATE articles SET {', '.join(sets)} WHERE id = ?", (*args, article_id))

    def make_feed_due(self, url: str) -> bool:
        """Ask for one feed on the next cycle (the feed-health screen's "fetch now").

        Only its next-due time changes: back-off count, Retry-After and a 410 stop stay, so a
        hand-made fetch is still polite. True if such a feed exists.
        """
        with self.transaction() as db:
            cur = db.execute("UPDATE feeds SET next_due = NULL WHERE url = ? OR current_url = ?", (url, url))
            return cur.rowcount > 0


_ARTICLE_COLUMNS = (
    "a.id, a.feed_url, a.outlet, a.guid, a.link, a.title, a.summary, a.content, a.body, a.published, "
    "a.fetched, a.relevant, a.story_id, a.read, "
    "(SELECT COUNT(*) FROM articles s WHERE s.story_id = COALESCE(a.story_id, a.id) OR s.id = COALESCE(a.story_id, a.id)) "
    "AS story_sources"
)
_ARTICLE_SELECT = f"SELECT {_ARTICLE_COLUMNS} FROM articles a"


@dataclass(slots=True)
class BodyState:
    """What the article-bodies step needs to know about one article."""

    id: int
    feed_url: str
    link: str
    title: str
    summary: str
    content: str
    body: str
    published: datetime | None
    status: str | None
    """NULL: no page wanted; 'pending'; 'ok'; else the failure, e.g. 'HTTP 403', 'paywall'."""
    attempts: int
    etag: str | None
    last_modified: str | None


_BODY_COLUMNS = (
    "id, feed_url, link, title, summary, content, body, published, body_status, body_attempts, "
    "body_etag, body_last_modified"
)


def _body_state(row: sqlite3.Row) -> BodyState:
    return BodyState(
        id=row["id"], feed_url=row["feed_url"], link=row["link"], title=row["title"], summary=row["summary"],
        content=row["content"], body=row["body"], published=_dt(row["published"]), status=row["body_status"],
        attempts=row["body_attempts"], etag=row["body_etag"], last_modified=row["body_last_modified"],
    )


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"], feed_url=row["feed_url"], outlet=row["outlet"], guid=row["guid"], title=row["title"],
        link=row["link"], summary=row["summary"], content=row["content"], body=row["body"],
        published=_dt(row["published"]), fetched=_dt(row["fetched"]),
        relevant=tuple(json.loads(row["relevant"])), story_id=row["story_id"],
        story_sources=max(1, row["story_sources"]), read=bool(row["read"]),
    )


def _feed_state(row: sqlite3.Row) -> FeedState:
    keys = row.keys()
    values = {name: row[name] for name in _FEED_COLUMNS if name in keys}
    for name in _FEED_DATES:
        if name in values:
            values[name] = _dt(values[name])
    values["name"] = values.get("name") or ""
    values["title"] = values.get("title") or ""
    return FeedState(**values)


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must match, as a prefix."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w) or '""'


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in script.splitlines():
        code = line.split("--", 1)[0]
        buf.append(code)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")):
            out.append(joined)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out
