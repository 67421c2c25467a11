"""The knowledge base: one SQLite file. The only module that talks to SQLite.

Identity and versions: the file carries luxcli's `application_id` and its schema
version in `user_version`. A file that is not SQLite, or is another
application's database, is never written to; a newer schema is refused; an
older one is migrated in place.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from luxcli.errors import KnowledgeBaseError
from luxcli.text import fold

if TYPE_CHECKING:  # record types are only written here, never built: keep them off the query path
    from luxcli.model import Article, Evidence, Facts

APPLICATION_ID = 0x4C555843  # "LUXC"
SCHEMA_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    title TEXT,
    language TEXT,
    date TEXT,
    hash TEXT NOT NULL,
    size INTEGER,
    mtime REAL,
    words INTEGER,
    indexed_at REAL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
CREATE TABLE IF NOT EXISTS sentences(
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS sentences_article ON sentences(article_id, idx);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_vocab USING fts5vocab(sentences_fts, 'row');
-- No AFTER INSERT trigger: write_article fills the index from the rows it writes, in one
-- statement per article, about 14 times cheaper than FTS5 insertions fired row by row from a trigger.
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE IF NOT EXISTS topics(
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    topic TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS topics_topic ON topics(topic, article_id, sentence);
CREATE INDEX IF NOT EXISTS topics_article ON topics(article_id, sentence);
CREATE TABLE IF NOT EXISTS entities(
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL, norm TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT, mentions INTEGER,
    sentence INTEGER, start INTEGER, end INTEGER, rule TEXT
);
CREATE INDEX IF NOT EXISTS entities_norm ON entities(norm);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
-- Covers `SELECT DISTINCT norm, name, aliases`: the organisation names a query matches against,
-- read from this index alone (0.1 s instead of 1 s over a million mentions in 100,000 articles).
CREATE INDEX IF NOT EXISTS entities_names ON entities(norm, name, aliases);
CREATE TABLE IF NOT EXISTS people(
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL, norm TEXT NOT NULL, aliases TEXT,
    sentence INTEGER, start INTEGER, end INTEGER, rule TEXT
);
CREATE INDEX IF NOT EXISTS people_norm ON people(norm);
CREATE INDEX IF NOT EXISTS people_article ON people(article_id);
CREATE TABLE IF NOT EXISTS roles(
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT, role TEXT, org TEXT, org_norm TEXT, scope TEXT, current INTEGER,
    sentence INTEGER, start INTEGER, end INTEGER, rule TEXT
);
CREATE INDEX IF NOT EXISTS roles_org ON roles(org_norm);
CREATE INDEX IF NOT EXISTS roles_role ON roles(role, current);
CREATE INDEX IF NOT EXISTS roles_person ON roles(person_id);
CREATE INDEX IF NOT EXISTS roles_article ON roles(article_id);
CREATE TABLE IF NOT EXISTS figures(
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    value REAL, value_max REAL, unit TEXT, text TEXT, qualifier TEXT,
    subject TEXT, subject_norm TEXT,
    sentence INTEGER, start INTEGER, end INTEGER, rule TEXT
);
CREATE INDEX IF NOT EXISTS figures_unit ON figures(unit);
CREATE INDEX IF NOT EXISTS figures_subject ON figures(subject_norm);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE TABLE IF NOT EXISTS events(
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date TEXT, what TEXT, subject TEXT, subject_norm TEXT,
    sentence INTEGER, start INTEGER, end INTEGER, rule TEXT
);
CREATE INDEX IF NOT EXISTS events_subject ON events(subject_norm);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE TABLE IF NOT EXISTS relations(
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    subject TEXT, subject_norm TEXT, predicate TEXT, object TEXT, object_norm TEXT,
    sentence INTEGER, start INTEGER, end INTEGER, rule TEXT
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject_norm);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object_norm);
CREATE INDEX IF NOT EXISTS relations_article ON relations(article_id);
"""

BULK_CACHE_KIB = 256 * 1024  # page cache while a batch writes (see `KnowledgeBase.batch`)
BULK_WAL_PAGES = 10_000  # pages the write-ahead log may hold before a commit copies it into the file (default 1,000)
FACT_TABLES = ("entities", "people", "roles", "figures", "events", "relations")
ID_PREFIX = {"e": "entities", "p": "people", "r": "roles", "f": "figures", "v": "events", "l": "relations"}
# Each older schema version maps to the statements that bring it one version up;
# tables and indexes that are only new are then created from SCHEMA.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (  # 2 indexes figures by subject and roles by role, for `figures --subject` and `people --role`
        "CREATE INDEX IF NOT EXISTS figures_subject ON figures(subject_norm)",
        "CREATE INDEX IF NOT EXISTS roles_role ON roles(role, current)",
    ),
}


def fact_id(prefix: str, article_hash: str, *parts: object) -> str:
    """Stable across runs: the same fact in the same article text gets the same id."""
    import hashlib  # here and below, not at the top: queries never hash, and the import costs start-up

    digest = hashlib.sha1("\x1f".join([article_hash, *map(str, parts)]).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:10]}"


def _fact_ids(article_hash: str) -> Callable[..., str]:
    """`fact_id` for the facts of one article, its hash digested once instead of once per fact (same ids)."""
    import hashlib

    base = hashlib.sha1(f"{article_hash}\x1f".encode())

    def fact_id_in_article(prefix: str, *parts: object) -> str:
        digest = base.copy()
        digest.update("\x1f".join(map(str, parts)).encode())
        return f"{prefix}{digest.hexdigest()[:10]}"

    return fact_id_in_article


def _json_list(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False) if items else "[]"  # most facts have no aliases


class KnowledgeBase:
    def __init__(self, path: Path, conn: sqlite3.Connection, *, writable: bool) -> None:
        self.path = path
        self.conn = conn
        self.writable = writable
        self._batching = False  # inside `batch`: units are written straight into its transaction

    # --- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, write: bool = False) -> KnowledgeBase:
        path = Path(path).expanduser()
        _check_file(path, creating=write)
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
                raise KnowledgeBaseError(f"{path}: the knowledge base is read-only; choose another with --kb")
            conn = _connect(str(path), uri=False)
        elif path.exists():
            conn = _connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = _connect(":memory:", uri=False)  # nothing indexed yet: an empty, valid answer
        kb = cls(path, conn, writable=write)
        kb._prepare()
        if write:
            conn.execute("PRAGMA cache_size = -65536")  # 64 MB: index pages of a large knowledge base stay cached
            kb._upgrade_in_place()
        return kb

    def _upgrade_in_place(self) -> None:
        """Changes that need no new schema version, made when a knowledge base is opened for writing.

        Knowledge bases made before write_article filled the search index itself had a trigger
        doing it: with both, every sentence would be indexed twice. Indexes added since are built.
        """
        names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")}
        indexes = [s for s in (_uncommented(s) for s in _statements(SCHEMA)) if s.startswith("CREATE INDEX")]
        missing = [s for s in indexes if s.split()[5] not in names]  # CREATE INDEX IF NOT EXISTS <name>
        if "sentences_ai" in names or missing:
            with self.transaction() as c:
                c.execute("DROP TRIGGER IF EXISTS sentences_ai")
                for statement in missing:
                    c.execute(statement)

    def _prepare(self) -> None:
        try:
            # One statement, so one snapshot: read apart, another process creating the schema in between
            # made a new knowledge base look like another application's (tables, but no application id yet).
            app_id, version, tables = self.conn.execute(
                "SELECT a.application_id, v.user_version, (SELECT count(*) FROM sqlite_master) "
                "FROM pragma_application_id() AS a, pragma_user_version() AS v"
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            raise KnowledgeBaseError(
                f"{self.path}: not a readable knowledge base ({exc}); use `luxcli index --rebuild` or another --kb"
            ) from exc
        if tables and app_id != APPLICATION_ID:
            raise KnowledgeBaseError(
                f"{self.path}: another application's SQLite database; luxcli will not touch it (use another --kb)"
            )
        if version > SCHEMA_VERSION:
            raise KnowledgeBaseError(
                f"{self.path}: written by a newer luxcli (schema {version}, this one reads {SCHEMA_VERSION}); "
                "upgrade luxcli or use another --kb"
            )
        if version == SCHEMA_VERSION:
            return
        if not self.writable and tables:
            self._migrate_then_reopen()
            return
        if not self.writable:
            # A missing file, or one whose first indexing run has not created the schema yet:
            # answer from an empty in-memory stand-in rather than write to it.
            self.conn.close()
            self.conn = _connect(":memory:", uri=False)
            self.conn.executescript(SCHEMA)
            return
        self._create_or_migrate(version, bool(tables))

    def _migrate_then_reopen(self) -> None:
        """A query on an older knowledge base: upgrade it in place once, then read."""
        self.conn.close()
        if not os.access(self.path, os.W_OK):
            raise KnowledgeBaseError(
                f"{self.path}: written by an older luxcli and read-only, so it cannot be upgraded; "
                "make it writable once or use another --kb")
        KnowledgeBase.open(self.path, write=True).close()
        self.conn = _connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)

    def _create_or_migrate(self, version: int, has_tables: bool) -> None:
        with self.transaction():
            if has_tables:
                for v in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS.get(v, ()):
                        self.conn.execute(statement)
            for statement in _statements(SCHEMA):
                self.conn.execute(statement)
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            # Created for writing, so in use: a query from now on must not seed it.
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('initialised', '1')")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE: one writer at a time; others wait (busy timeout).

        Inside a `batch`, the unit is written into the batch's transaction, still all-or-nothing:
        a unit that fails half-way rolls back the batch's work since its last commit (see `batch`).
        Elsewhere inside a transaction, a savepoint.
        """
        if self._batching and self.conn.in_transaction:
            with self.guard():
                try:
                    yield self.conn
                except BaseException:
                    self._abandon_uncommitted()
                    raise
            return
        if self.conn.in_transaction:
            with self.guard():
                self.conn.execute("SAVEPOINT unit")
                try:
                    yield self.conn
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK TO unit")
                        self.conn.execute("RELEASE unit")
                    raise
                self.conn.execute("RELEASE unit")
            return
        with self.guard():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _abandon_uncommitted(self) -> None:
        """A unit failed half-way inside a batch: roll back everything since the batch's last commit (the
        units before it are not recorded, so the next run writes them again), then go on in a new transaction."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError:
            pass  # the error that got here is the one to report

    @contextmanager
    def batch(self, seconds: float = 1.0) -> Iterator[Callable[[], None]]:
        """Many units (articles) per transaction: FTS5 writes index segments at every commit,
        so committing each article costs more than writing it. Yields `checkpoint`, to call
        between units: it commits once `seconds` have passed, so readers see progress and an
        interruption loses at most that much work. The first unit is committed at once: a query
        meanwhile must not take the knowledge base for a never-used one (and index the seeds into it).

        Units are written without a savepoint each: a savepoint makes SQLite keep a copy of every
        page a unit changes, and FTS5 write out its pending index, which took half of the writing.
        Each unit stays all-or-nothing another way: one that fails half-way rolls back the work
        since the last commit (at most `seconds` of it; nothing of it is recorded, so the next run
        writes it again). An error between units commits the whole units written so far when
        SQLite can.

        While it lasts, the connection keeps more pages (BULK_CACHE_KIB) and lets the write-ahead log grow
        longer before copying it into the file (BULK_WAL_PAGES): every fact goes into indexes keyed by a hash,
        one random page each, and in a large knowledge base a 64 MB cache and a copy after every commit made
        SQLite read and write each such page again and again (twice the CPU time of a small one)."""
        last = float("-inf")

        def checkpoint() -> None:
            nonlocal last
            if time.monotonic() - last >= seconds:
                with self.guard():
                    if self.conn.in_transaction:
                        self.conn.execute("COMMIT")
                    self.conn.execute("BEGIN IMMEDIATE")
                last = time.monotonic()

        with self.guard():
            cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
            wal_pages = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            self.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_WAL_PAGES}")
        try:
            with self.guard():
                self.conn.execute("BEGIN IMMEDIATE")
            self._batching = True
            try:
                yield checkpoint
            except BaseException:
                if self.conn.in_transaction:
                    try:
                        self.conn.execute("COMMIT")
                    except sqlite3.DatabaseError:
                        self.conn.execute("ROLLBACK")
                raise
            finally:
                self._batching = False
            with self.guard():
                if self.conn.in_transaction:
                    self.conn.execute("COMMIT")
        finally:  # after the last commit: a smaller cache while pages wait to be written would spill them
            self.conn.execute(f"PRAGMA cache_size = {cache}")
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {wal_pages}")

    @contextmanager
    def guard(self) -> Iterator[None]:
        """SQLite's errors become one clear sentence naming the file and what to do."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise KnowledgeBaseError(explain(self.path, exc)) from exc

    # --- writing ---------------------------------------------------------------

    def known_files(self) -> dict[str, tuple[str, int | None, float | None]]:
        """path -> (hash, size, mtime) of every indexed article."""
        with self.guard():
            rows = self.conn.execute("SELECT path, hash, size, mtime FROM articles").fetchall()
        return {path: (h, size, mtime) for path, h, size, mtime in rows}

    def write_article(self, article: Article, facts: Facts, *, size: int, mtime: float) -> int:
        """Replace everything known about this file, in one transaction."""
        with self.transaction() as c:  # rows built inside: a failure there rolls back like one while inserting
            return _write_rows(c, article_rows(article, facts), size=size, mtime=mtime)

    def write_rows(self, rows: ArticleRows, *, size: int, mtime: float) -> int:
        """`write_article` for rows built beforehand (by `article_rows`, in a worker process)."""
        with self.transaction() as c:
            return _write_rows(c, rows, size=size, mtime=mtime)

    def touch(self, path: str, *, size: int, mtime: float) -> None:
        """Same content, new stat: remember it so the next run skips the file cheaply."""
        with self.transaction() as c:
            c.execute("UPDATE articles SET size = ?, mtime = ? WHERE path = ?", (size, mtime, path))

    def remove_paths(self, paths: Iterable[str]) -> int:
        removed = 0
        with self.transaction() as c:
            for path in paths:
                removed += c.execute("DELETE FROM articles WHERE path = ?", (path,)).rowcount
        return removed

    def initialised(self) -> bool:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'initialised'").fetchone()
        return bool(row)

    # --- reading ---------------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self.guard():
            cur = self.conn.execute(sql, tuple(params))
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur]

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        with self.guard():
            row = self.conn.execute(sql, tuple(params)).fetchone()
        return row[0] if row else None

    def article_count(self) -> int:
        return int(self.scalar("SELECT count(*) FROM articles") or 0)


def explain(path: Path, exc: sqlite3.DatabaseError) -> str:
    message = str(exc)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"{path}: busy: another luxcli has been writing to it for a minute; try again when it is done"
    if "full" in lowered or "i/o" in lowered:
        return (f"{path}: could not write ({message}); everything indexed before is kept, "
                "free some space and run the same command again")
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path}: the knowledge base is read-only; choose another with --kb"
    if "malformed" in lowered or "not a database" in lowered or "no such table" in lowered:
        return (f"{path}: the knowledge base is damaged ({message}); rebuild it with "
                "`luxcli --kb {path} index --rebuild PATH...` or use another --kb".replace("{path}", str(path)))
    return f"{path}: {message}"


def _uncommented(statement: str) -> str:
    return "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--")).strip()


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements (trigger bodies hold semicolons too)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""


def _connect(target: str, *, uri: bool) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(target, uri=uri, timeout=60, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        if not target.startswith("file:") and target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise KnowledgeBaseError(
            f"{target}: cannot open the knowledge base ({exc}); use `luxcli index --rebuild` or another --kb"
        ) from exc
    return conn


def _check_file(path: Path, *, creating: bool) -> None:
    if path.is_dir():
        raise KnowledgeBaseError(f"{path}: is a directory, not a knowledge base; give a file path with --kb")
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise KnowledgeBaseError(f"{path}: permission denied") from exc
    if head and head != SQLITE_MAGIC:
        raise KnowledgeBaseError(
            f"{path}: not a luxcli knowledge base (not an SQLite file); luxcli will not overwrite it, use another --kb"
        )


def is_own_or_empty(path: Path) -> bool:
    """May `--rebuild` delete this file? Only an empty file or a luxcli knowledge base."""
    if not path.exists():
        return True
    if path.is_dir():
        return False
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head:
        return True
    return head.startswith(SQLITE_MAGIC) and len(head) >= 72 and int.from_bytes(head[68:72], "big") == APPLICATION_ID


def _write_rows(c: sqlite3.Connection, rows: ArticleRows, *, size: int, mtime: float) -> int:
    """Replace the rows of this file with `rows`, inside the caller's transaction."""
    row = c.execute("SELECT id FROM articles WHERE path = ?", (rows.path,)).fetchone()
    values = (*rows.article[:5], size, mtime, rows.article[5], time.time(), rows.article[6])
    if row:
        article_id = row[0]
        for table in ("sentences", "topics", *FACT_TABLES):
            c.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        c.execute(
            "UPDATE articles SET file=?, title=?, language=?, date=?, hash=?, size=?, mtime=?, "
            "words=?, indexed_at=?, text=? WHERE id=?",
            (*values, article_id),
        )
    else:
        cur = c.execute(
            "INSERT INTO articles(file, title, language, date, hash, size, mtime, words, indexed_at, "
            "text, path) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*values, rows.path),
        )
        article_id = int(cur.lastrowid or 0)
    # Ids given as SQLite would give them (the largest plus one, in order), so the search index is
    # filled from the rows at hand instead of reading them back.
    first = (c.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1
    c.executemany("INSERT INTO sentences(id, article_id, idx, start, end, text) VALUES (?,?,?,?,?,?)",
                  [(first + i, article_id, *r) for i, r in enumerate(rows.sentences)])
    c.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?,?)",
                  [(first + i, r[3]) for i, r in enumerate(rows.sentences)])
    for sql, table_rows in zip(_INSERTS, rows[3:], strict=True):
        c.executemany(sql, [(article_id, *r) for r in table_rows])
    return article_id


class ArticleRows(NamedTuple):
    """An article and its facts as the rows `KnowledgeBase.write_rows` inserts, but for the article's id (known only
    when it is written). Built in the worker processes: the one process that writes only inserts, and plain
    tuples pass between processes for a fraction of what pickling the record objects costs."""

    path: str
    article: tuple[Any, ...]  # file, title, language, date, hash, words, text
    sentences: list[tuple[int, int, int, str]]  # idx, start, end, text
    topics: list[tuple[Any, ...]]  # then each table's rows, in the order of _INSERTS, without article_id
    entities: list[tuple[Any, ...]]
    people: list[tuple[Any, ...]]
    roles: list[tuple[Any, ...]]
    figures: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]
    relations: list[tuple[Any, ...]]


_INSERTS = (  # article_id first: the rows of ArticleRows follow it
    "INSERT INTO topics(article_id, sentence, topic) VALUES (?,?,?)",
    "INSERT OR IGNORE INTO entities(article_id, id, name, norm, kind, aliases, mentions, "
    "sentence, start, end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO people(article_id, id, name, norm, aliases, sentence, start, end, rule) "
    "VALUES (?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO roles(article_id, id, person_id, title, role, org, org_norm, scope, current, "
    "sentence, start, end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO figures(article_id, id, value, value_max, unit, text, qualifier, subject, subject_norm, "
    "sentence, start, end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO events(article_id, id, date, what, subject, subject_norm, sentence, start, end, rule) "
    "VALUES (?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO relations(article_id, id, subject, subject_norm, predicate, object, object_norm, "
    "sentence, start, end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
)


def article_rows(article: Article, facts: Facts) -> ArticleRows:
    """The rows that record `article` and its facts (pure: no database)."""

    def ev(e: Evidence) -> tuple[int, int, int, str]:
        return (e.sentence, e.start, e.end, e.rule)

    new_id = _fact_ids(article.content_hash)
    # All people, then all their roles: two statements per article instead of two per person.
    people, roles = [], []
    for person in facts.people:
        pid = new_id("p", person.name, person.evidence.start)
        people.append((pid, person.name, fold(person.name), _json_list(person.aliases), *ev(person.evidence)))
        roles += [
            (
                new_id("r", pid, r.title, r.org, r.evidence.start),
                pid,
                r.title,
                r.role,
                r.org,
                fold(r.org) if r.org else None,
                r.scope,
                int(r.current),
                *ev(r.evidence),
            )
            for r in person.roles
        ]
    return ArticleRows(
        path=article.path,
        article=(article.file, article.title, article.language, article.date, article.content_hash, article.words,
                 article.text),
        sentences=[(s.index, s.start, s.end, s.text) for s in article.sentences],
        topics=[(idx, t) for idx, ts in sorted(facts.topics.items()) for t in ts],
        entities=[
            (new_id("e", x.name, x.kind), x.name, fold(x.name), x.kind, _json_list(x.aliases), x.mentions,
             *ev(x.evidence))
            for x in facts.entities
        ],
        people=people,
        roles=roles,
        figures=[
            (
                new_id("f", x.value, x.unit, x.evidence.start, x.evidence.end),
                x.value,
                x.value_max,
                x.unit,
                x.text,
                x.qualifier,
                x.subject,
                fold(x.subject) if x.subject else None,
                *ev(x.evidence),
            )
            for x in facts.figures
        ],
        events=[
            (new_id("v", x.date, x.what, x.evidence.start), x.date, x.what, x.subject,
             fold(x.subject) if x.subject else None, *ev(x.evidence))
            for x in facts.events
        ],
        relations=[
            (new_id("l", x.subject, x.predicate, x.object), x.subject, fold(x.subject), x.predicate, x.object,
             fold(x.object), *ev(x.evidence))
            for x in facts.relations
        ],
    )
