"""The SQLite store: migrations, upserts, feed state, full text, the fetch lock, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from idlibmon.ingest.lock import FetchLock, FetchLockHeld
from idlibmon.models import Entry
from idlibmon.store import _MIGRATIONS, FeedState, NewEntry, Store, StoreError

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def entry(guid: str, title: str, link: str = "", summary: str = "", key: str | None = None,
          relevant: tuple[str, ...] = ("Idlib",)) -> NewEntry:
    return NewEntry(Entry(guid=guid, title=title, link=link, summary=summary), key if key is not None else link,
                    relevant)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_migrations_bring_a_new_store_to_the_latest_schema(store: Store) -> None:
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(_MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    cols = {r[1] for r in store.db.execute("PRAGMA table_info(feeds)")}
    assert {"retry_not_before", "title", "etag", "body_hash"} <= cols


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version={len(_MIGRATIONS) + 5}").connection.close()
    with pytest.raises(StoreError, match="newer idlibmon"):
        Store(path)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path)


def test_upsert_inserts_updates_and_deduplicates(store: Store) -> None:
    first = store.upsert_entries("http://a/f", "A", [entry("1", "One", "k1"), entry("2", "Two", "k2")], NOW)
    assert len(first.new_ids) == 2 and first.changed_ids == []
    again = store.upsert_entries("http://a/f", "A", [entry("1", "One", "k1"), entry("2", "Two (updated)", "k2")], NOW)
    assert again.new_ids == [] and again.changed_ids == [first.new_ids[1]]
    other = store.upsert_entries("http://b/f", "B", [entry("x", "Same page", "k1"), entry("y", "Fresh", "k3")], NOW)
    assert len(other.new_ids) == 1 and other.duplicates == 1
    assert store.article(first.new_ids[1]).title == "Two (updated)"  # type: ignore[union-attr]


def test_a_link_shared_by_a_whole_feed_is_not_an_identity(store: Store) -> None:
    store.upsert_entries("http://a/f", "A", [entry("1", "One", "home")], NOW)
    batch = [entry(str(i), f"Item {i}", "home") for i in range(2, 5)]
    assert len(store.upsert_entries("http://b/f", "B", batch, NOW).new_ids) == 3


def test_duplicate_guids_within_one_response_are_stored_once(store: Store) -> None:
    out = store.upsert_entries("http://a/f", "A", [entry("1", "One"), entry("1", "One again")], NOW)
    assert len(out.new_ids) == 1


def test_full_text_search_follows_inserts_and_updates(store: Store) -> None:
    ids = store.upsert_entries("http://a/f", "A", [entry("1", "Shelling near Saraqib", summary="Heavy shelling")],
                               NOW).new_ids
    hits = store.search("saraq")
    assert [a.id for a, _ in hits] == ids and "«Saraqib»" in hits[0][1]
    store.upsert_entries("http://a/f", "A", [entry("1", "Ceasefire holds", summary="Calm")], NOW)
    assert store.search("saraqib") == []
    assert [a.id for a, _ in store.search("ceasefire")] == ids


def test_stories_group_rows(store: Store) -> None:
    a, b = store.upsert_entries("http://a/f", "A", [entry("1", "One", "k1"), entry("2", "Two", "k2")], NOW).new_ids
    c = store.upsert_entries("http://b/f", "B", [entry("3", "One again", "k3")], NOW).new_ids[0]
    store.set_stories([(a, a), (c, a)])
    heads = store.articles(relevant_only=False)
    assert sorted(h.id for h in heads) == [a, b]
    assert next(h for h in heads if h.id == a).story_sources == 2
    assert [x.id for x in store.story_articles(a)] == [a, c]


def test_feed_state_round_trip_and_enable(store: Store) -> None:
    store.sync_feeds([("http://a/f", "A"), ("http://b/f", "B")])
    state = store.feed_state("http://a/f")
    assert state == FeedState(url="http://a/f", name="A")
    state.etag, state.status, state.error_count = '"x"', 410, 2
    state.last_success = NOW
    state.next_due = NOW + timedelta(minutes=10)
    state.disabled_reason = "410 Gone"
    state.current_url = "http://a/new"
    store.save_feed_state(state)
    again = store.feed_state("http://a/f")
    assert again == state and again.moved == "moved to http://a/new — update your config"
    assert [s.url for s in store.feed_states(["http://b/f", "http://a/f", "http://c/f"])] == [
        "http://b/f", "http://a/f", "http://c/f"]
    assert store.enable_feed("http://a/new")
    enabled = store.feed_state("http://a/f")
    assert enabled.disabled_reason is None and enabled.error_count == 0 and enabled.next_due is None  # type: ignore[union-attr]
    assert not store.enable_feed("http://nowhere/")


def test_data_version_tells_a_reader_about_new_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as writer, Store(tmp_path / "s.db", readonly=True) as reader:
        before = reader.data_version()
        assert reader.data_version() == before
        writer.upsert_entries("http://a/f", "A", [entry("1", "One")], NOW)
        assert reader.data_version() != before
        assert len(reader.articles(relevant_only=False)) == 1


def test_refilter_recomputes_relevance_from_stored_text(store: Store) -> None:
    store.upsert_entries("http://a/f", "A", [entry("1", "Talks in Geneva", relevant=()),
                                              entry("2", "Idlib shelling")], NOW)
    changed = store.refilter(lambda text: ("Geneva",) if "Geneva" in text else (), "fp")
    assert changed == 2 and store.meta("relevance") == "fp"
    assert [a.title for a in store.articles()] == ["Talks in Geneva"]


def test_fetch_lock_is_exclusive_and_taken_over_from_the_dead(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        clock = [NOW]
        mine = FetchLock(s, now=lambda: clock[0], host="h1")
        mine.acquire()
        other = FetchLock(s, now=lambda: clock[0], pid=os.getpid() + 100000, host="h2")
        with pytest.raises(FetchLockHeld, match=f"pid {os.getpid()} on h1"):
            other.acquire()
        holder = s.lock_holder()
        assert holder is not None and (holder.pid, holder.host) == (os.getpid(), "h1")
        clock[0] += timedelta(minutes=5)  # our heartbeat goes stale: the other host may take over
        other.acquire()
        with pytest.raises(FetchLockHeld):
            mine.heartbeat(force=True)
        other.release()
        assert s.lock_holder() is None


def test_fetch_lock_of_a_dead_pid_on_this_host_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with Store(tmp_path / "s.db") as s:
        FetchLock(s, pid=dead.pid, host="here").acquire()
        FetchLock(s, host="here").acquire()
        assert s.lock_holder().pid == os.getpid()  # type: ignore[union-attr]


KILLED_WRITER = """
import sys
from datetime import datetime, UTC
from idlibmon.models import Entry
from idlibmon.store import NewEntry, Store
store = Store(sys.argv[1])
n = 0
print("ready", flush=True)
while True:
    batch = [NewEntry(Entry(guid=f"{n}-{i}", title=f"Title {n} {i}", summary="x" * 500), f"k{n}-{i}", ())
             for i in range(50)]
    store.upsert_entries(f"http://feed/{n}", "F", batch, datetime.now(UTC))
    n += 1
"""


def test_kill_9_mid_write_leaves_a_consistent_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    time.sleep(0.8)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(path) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_feed = [r[0] for r in s.db.execute("SELECT COUNT(*) FROM articles GROUP BY feed_url")]
        assert per_feed and set(per_feed) == {50}  # whole transactions only
        fts = s.db.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
        assert fts == sum(per_feed)
        s.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def _raw_article(db: sqlite3.Connection, i: int, published: str | None, fetched: str, *, relevant: str = '["Idlib"]',
                 story: int | None = None, read: int = 0) -> None:
    db.execute(
        "INSERT INTO articles (id, feed_url, guid, title, content, published, fetched, relevant, story_id, read) "
        "VALUES (?, 'http://a/f', ?, ?, 'long text', ?, ?, ?, ?, ?)",
        (i, f"g{i}", f"T{i}", published, fetched, relevant, story, read),
    )


def test_headline_list_pages_newest_first_by_publication_or_fetch_time(tmp_path: Path) -> None:
    # rows written by a store of schema 3, before the headline indexes existed, are listed by the new one
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    for script in _MIGRATIONS[:3]:
        old.executescript(script)
    old.execute("PRAGMA user_version=3")
    _raw_article(old, 1, "2026-01-01T10:00:00+00:00", "2026-01-05T00:00:00+00:00")
    _raw_article(old, 2, None, "2026-01-03T00:00:00+00:00")               # undated: its fetch time counts
    _raw_article(old, 3, "2026-01-02T00:00:00+00:00", "2026-01-05T00:00:00+00:00", story=3, read=1)
    _raw_article(old, 4, "2026-01-04T00:00:00+00:00", "2026-01-05T00:00:00+00:00", story=3)   # member of story 3
    _raw_article(old, 5, "2026-01-02T00:00:00+00:00", "2026-01-05T00:00:00+00:00", story=3)
    _raw_article(old, 6, "2026-01-06T00:00:00+00:00", "2026-01-06T00:00:00+00:00", relevant="[]")
    _raw_article(old, 7, "2026-01-02T00:00:00+00:00", "2026-01-02T00:00:00+00:00")           # same time as 3: id breaks the tie
    old.close()
    with Store(path) as store:
        heads = store.articles()
        assert [a.id for a in heads] == [2, 7, 3, 1]
        assert {a.id: a.story_sources for a in heads} == {2: 1, 7: 1, 3: 3, 1: 1}
        assert heads[0].content == "long text" and heads[0].published is None and heads[0].fetched is not None
        assert [a.id for a in store.articles(limit=2, offset=1)] == [7, 3]
        assert [a.id for a in store.articles(unread_only=True)] == [2, 7, 1]
        assert [a.id for a in store.articles(since=datetime(2026, 1, 2, tzinfo=UTC))] == [2, 7, 3]
        assert [a.id for a in store.articles(relevant_only=False)] == [6, 2, 7, 3, 1]
        assert [a.id for a in store.articles(query="T3")] == [3]
        assert store.count_articles() == 4 and store.count_articles(unread_only=True) == 3
        # the page comes from the index: no sort of the whole history per page
        plan = " ".join(r[3] for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE a.relevant != '[]' "
            "AND (a.story_id IS NULL OR a.story_id = a.id) ORDER BY COALESCE(a.published, a.fetched) DESC, a.id DESC"))
        assert "articles_heads" in plan and "TEMP B-TREE" not in plan


def test_a_store_under_a_file_is_a_clear_store_error(tmp_path: Path) -> None:
    """The folder cannot be made (a file stands in the way): one StoreError, not an OSError traceback."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the store's folder"):
        Store(blocker / "sub" / "store.db")


def test_rows_stored_by_a_fetch_are_searchable_in_the_same_commit(store: Store) -> None:
    # the index is filled in the insert's own transaction: a reader sees rows and index together
    ids = store.upsert_entries("http://a/f", "A", [entry("1", "Shelling near Saraqib"), entry("2", "Talks in Ankara")],
                               NOW).new_ids
    upto = store.db.execute("SELECT value FROM meta WHERE key = 'fts_upto'").fetchone()[0]
    assert int(upto) == max(ids)
    with Store(store.path, readonly=True) as reader:
        assert [a.id for a, _ in reader.search("saraqib")] == ids[:1]
        assert [a.id for a in reader.articles(query="ankara")] == ids[1:]
    store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_rows_written_without_upsert_are_indexed_before_a_search(store: Store) -> None:
    store.upsert_entries("http://a/f", "A", [entry("1", "Shelling near Saraqib")], NOW)
    _raw_article(store.db, 50, None, "2026-01-05T00:00:00+00:00")
    store.db.execute("UPDATE articles SET title = 'Convoy reaches Sarmada' WHERE id = 50")  # not yet indexed
    assert [a.id for a, _ in store.search("sarmada")] == [50]
    assert [a.id for a in store.articles(query="sarmada")] == [50]
    store.db.execute("UPDATE articles SET title = 'Convoy reaches Atmeh' WHERE id = 50")  # indexed: trigger follows
    assert store.search("sarmada") == [] and [a.id for a, _ in store.search("atmeh")] == [50]
    store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_deleting_the_newest_rows_lets_a_reused_id_be_indexed(store: Store) -> None:
    a, b = store.upsert_entries("http://a/f", "A", [entry("1", "Shelling near Saraqib"), entry("2", "Talks in Ankara")],
                                NOW).new_ids
    store.db.execute("DELETE FROM articles WHERE id = ?", (b,))
    assert store.search("ankara") == []
    (c,) = store.upsert_entries("http://a/f", "A", [entry("3", "Floods in Atmeh camps")], NOW).new_ids
    assert c == b  # SQLite hands the id out again
    assert [x.id for x, _ in store.search("atmeh")] == [c] and [x.id for x, _ in store.search("saraqib")] == [a]
    store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_a_store_of_schema_4_keeps_its_index_and_search_after_migrating(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    old = sqlite3.connect(path, isolation_level=None)
    for script in _MIGRATIONS[:4]:
        old.executescript(script)
    old.execute("PRAGMA user_version=4")
    _raw_article(old, 1, "2026-01-01T10:00:00+00:00", "2026-01-05T00:00:00+00:00")  # indexed by the old trigger
    old.execute("UPDATE articles SET title = 'Shelling near Saraqib' WHERE id = 1")
    old.close()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(_MIGRATIONS)
        assert [a.id for a, _ in store.search("saraqib")] == [1]
        (new,) = store.upsert_entries("http://b/f", "B", [entry("9", "Aid convoy reaches Saraqib")], NOW).new_ids
        assert sorted(a.id for a, _ in store.search("saraqib")) == [1, new]
        store.db.execute("UPDATE articles SET title = 'Calm in Idlib' WHERE id = 1")
        assert [a.id for a, _ in store.search("saraqib")] == [new]
        store.db.execute("DELETE FROM articles WHERE id = 1")
        assert store.search("idlib") == []
        store.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_a_transaction_inside_another_is_a_savepoint(store: Store) -> None:
    with store.transaction():
        store.set_meta("kept", "1")
        with pytest.raises(RuntimeError), store.transaction():
            store.db.execute("INSERT INTO meta (key, value) VALUES ('undone', '1')")
            raise RuntimeError("this write fails")
        store.set_meta("also kept", "1")
        assert store.db.in_transaction  # the outer transaction goes on
    assert (store.meta("kept"), store.meta("undone"), store.meta("also kept")) == ("1", None, "1")
