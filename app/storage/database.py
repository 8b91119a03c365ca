"""The one database wrapper: engine, pragmas, migrations on open, error translation.

Errors from the environment (locked, read-only, disk full, unreachable server) become
:class:`~app.errors.StorageEnvironmentError` with a clear message; anything else is a bug
and keeps its traceback (the qutebrowser ``misc/sql.py`` distinction).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app import paths
from app.errors import ConflictError, InputError, SchemaTooNewError, StorageEnvironmentError
from app.storage import backup as backups
from app.storage import revisions
from app.storage.credentials import with_password
from app.storage.models import Rating
from app.storage.seed import DEFAULT_RATINGS

MIGRATIONS_DIR = revisions.MIGRATIONS_DIR
BUSY_TIMEOUT_MS = 10_000  # SANAD_BUSY_TIMEOUT_MS overrides
SERVER_TIMEOUT_S = 10  # a database server that does not answer for this long is reported, not waited for
UNREACHABLE = "the database server cannot be reached"
# Once the server was found unreachable, other calls are refused at once for this long (unless
# a probe, the team-mode poll, finds it back first) instead of each waiting the timeout again.
UNREACHABLE_RETRY_S = 30.0
CHANGES_CHANNEL = "sanad_changes"  # PostgreSQL NOTIFY channel, one message per committed command
# PostgreSQL errors meaning "someone changed the same rows at the same moment": serialization
# failure and deadlock. They become ConflictError (retry), never a silent lost update.
_CONFLICT_SQLSTATES = {"40001", "40P01"}
# PostgreSQL advisory lock held while one client migrates and seeds (any fixed number: "SANAD").
_SCHEMA_LOCK_KEY = 0x53414E4144

_ENVIRONMENT_MARKERS = (
    ("database is locked", "the database is locked by another program; try again in a moment"),
    ("database table is locked", "the database is locked by another program; try again in a moment"),
    ("readonly database", "the database file is read-only"),
    ("attempt to write a readonly", "the database file is read-only"),
    ("database or disk is full", "the disk is full"),
    ("disk i/o error", "the disk could not be read or written"),
    ("unable to open database", "the database file cannot be opened"),
    ("lock timeout", "the data is locked by another reviewer's unfinished change; try again in a moment"),
    ("could not connect", UNREACHABLE),
    ("connection refused", UNREACHABLE),
    ("connection failed", UNREACHABLE),
    ("server closed the connection", "the database server closed the connection"),
    # The network to the server went away under an open connection (libpq's and psycopg's words).
    ("could not receive data from server", UNREACHABLE),
    ("could not send data to server", UNREACHABLE),
    ("connection timed out", UNREACHABLE),
    ("no route to host", UNREACHABLE),
    ("network is unreachable", UNREACHABLE),
    ("ssl syscall error", UNREACHABLE),
    ("terminating connection", "the database server closed the connection"),
    ("the connection is lost", "the database server closed the connection"),
    ("no space left", "the disk is full"),
    ("file is not a database", "the file is not a database, or it is damaged"),
    ("database disk image is malformed", "the database file is damaged; restore a backup (sanad restore)"),
)


def environment_problem(exc: BaseException) -> str | None:
    """A user-facing description if ``exc`` comes from the environment, else None (a bug)."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    for marker, message in _ENVIRONMENT_MARKERS:
        if marker in text:
            return message
    return None


def server_connect_args(url: URL) -> dict[str, Any]:
    """libpq settings that make a server which stops answering an error instead of a hang.

    A connection whose network goes away (Wi-Fi lost, a VPN dropped, the server's machine
    switched off) gets no reset: without these, a query on it waits for the operating system
    to give up retransmitting, a quarter of an hour on Linux. ``tcp_user_timeout`` ends a
    request the server has not acknowledged within :data:`SERVER_TIMEOUT_S`, and keepalives find
    a connection that died while idle in the pool. Settings given in the URL win.
    """
    wanted: dict[str, Any] = {
        "connect_timeout": SERVER_TIMEOUT_S,
        "tcp_user_timeout": SERVER_TIMEOUT_S * 1000,  # milliseconds
        "keepalives": 1,
        "keepalives_idle": SERVER_TIMEOUT_S,
        "keepalives_interval": max(1, SERVER_TIMEOUT_S // 3),
        "keepalives_count": 3,
    }
    return {key: value for key, value in wanted.items() if key not in url.query}


def default_busy_timeout_ms() -> int:
    raw = os.environ.get("SANAD_BUSY_TIMEOUT_MS", "")
    return int(raw) if raw.isdigit() else BUSY_TIMEOUT_MS


def normalize_url(db: str | None) -> URL:
    """``--db`` accepts a SQLAlchemy URL or a path to a SQLite file."""
    raw = db or paths.default_db_url()
    if "://" not in raw:
        return make_url(f"sqlite:///{Path(raw).expanduser().resolve()}")
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config  # only when a migration really runs

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return revisions.head_revision()


class Database:
    """An open, migrated Sanad database.

    SQLite: WAL, foreign keys, a busy timeout, writers take the lock up front (BEGIN
    IMMEDIATE); opening makes the day's automatic backup (see :mod:`app.storage.backup`).
    PostgreSQL: REPEATABLE READ, so two reviewers writing the same row at once cannot
    both win — the second gets :class:`ConflictError`; the password comes from
    :mod:`app.storage.credentials` and is never part of :attr:`display_name`.
    """

    def __init__(self, url: str | None = None, *, migrate: bool = True, backup: bool = True,
                 busy_timeout_ms: int | None = None) -> None:
        self.url = with_password(normalize_url(url))
        self.busy_timeout_ms = default_busy_timeout_ms() if busy_timeout_ms is None else busy_timeout_ms
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.path: Path | None = Path(self.url.database) if self.is_sqlite and self.url.database else None
        if self.path is not None:
            if self.path.is_dir():
                raise InputError(f"--db {self.path}: is a folder, not a database file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path is not None and self.path.is_file() and self.path.stat().st_size > 0
        self.engine = self._create_engine(immediate=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_engine = self._create_engine(immediate=False) if self.is_sqlite else self.engine
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.backup_path: Path | None = None  # the copy made before a schema upgrade
        self.daily_backup_path: Path | None = None  # today's automatic copy, if this open made it
        self.backup_problem: str | None = None  # why today's automatic copy failed (for the GUI)
        self.unreachable_since: float | None = None  # monotonic time the server was last found unreachable
        self._probing = threading.local()
        if migrate:
            with self.translate_errors(), self._schema_lock():
                self.migrate(backup=backup)
                self._seed()
        if backup and existed and self.path is not None:  # a database created just now has nothing to save
            try:
                self.daily_backup_path = backups.daily_backup(self.path)
            except (OSError, sqlite3.Error) as exc:  # keep working; the GUI shows the problem
                self.backup_problem = environment_problem(exc) or str(exc)

    # -- engine ---------------------------------------------------------------------------

    def _create_engine(self, *, immediate: bool) -> Engine:
        if self.is_sqlite:
            # The timeout argument is SQLite's busy timeout (PRAGMA busy_timeout).
            engine = create_engine(
                self.url,
                connect_args={"timeout": self.busy_timeout_ms / 1000, "check_same_thread": False},
            )

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
                dbapi_conn.isolation_level = None  # let SQLAlchemy issue BEGIN itself
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                if self.path is not None:
                    cur.execute("PRAGMA journal_mode=WAL")
                    cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()

            @event.listens_for(engine, "begin")
            def _begin(conn: Any) -> None:
                # Writers take the write lock up front, so two writers queue on the busy
                # timeout instead of failing when a read transaction tries to upgrade.
                conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

            return engine
        # A row another reviewer keeps locked, or a server that does not answer, gives a clear
        # error after a while instead of a window that hangs forever.
        connect_args = server_connect_args(self.url)
        if "options" not in self.url.query:
            connect_args["options"] = f"-c lock_timeout={int(self.busy_timeout_ms)}"
        engine = create_engine(self.url, pool_pre_ping=True, isolation_level="REPEATABLE READ",
                               connect_args=connect_args)

        @event.listens_for(engine, "after_cursor_execute")
        def _answered(*_args: Any) -> None:
            self.unreachable_since = None  # a statement went through: the server is back

        return engine

    @property
    def data_dir(self) -> Path:
        """Where attachments and backups live: beside a SQLite file, else the user data folder."""
        if self.path is not None:
            return self.path.parent / f"{self.path.stem}-files"
        return paths.data_dir() / "files"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    # -- migrations -----------------------------------------------------------------------

    @contextlib.contextmanager
    def _schema_lock(self) -> Iterator[None]:
        """One client at a time creates, upgrades and seeds a server database.

        Newsroom desktops started together after an update would otherwise all run the same
        migration. (SQLite needs nothing: migrations and seeding take the write lock first.)
        """
        if self.is_sqlite:
            yield
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            try:
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
            except DBAPIError as exc:
                if "lock timeout" not in str(exc.orig).lower():
                    raise
                raise StorageEnvironmentError(
                    f"{self.display_name}: another Sanad is creating or upgrading the database; "
                    "try again in a minute"
                ) from exc
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _SCHEMA_LOCK_KEY})

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return revisions.stored_revision(conn)

    def migrate(self, *, backup: bool = True) -> None:
        head = revisions.head_revision()
        current = self.current_revision()
        if current == head:
            return
        if current is not None and current not in revisions.known_revisions():
            raise SchemaTooNewError(
                f"{self.display_name} was written by a newer Sanad (schema {current}); "
                f"this version knows schema {head}. Nothing was changed: update Sanad to open it."
            )
        has_tables = bool(inspect(self.engine).get_table_names())
        if current is None and not has_tables:  # empty: the head schema directly, no Alembic needed
            with self.engine.begin() as conn:
                revisions.create_at_head(conn)  # unless another process has just created it
            return self.migrate(backup=backup)  # at head now (or check what the other process made)
        if backup and has_tables and self.path is not None and self.path.exists():
            self.backup_path = self.backup_copy(f"pre-{head}")
        from alembic import command

        with self.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")

    def backup_copy(self, label: str = "backup", dest: Path | None = None) -> Path:
        """A consistent copy of the SQLite file (the online backup API, safe under WAL)."""
        if self.path is None:
            raise InputError("backups of a server database are made with the server's own tools (pg_dump)")
        with self.translate_errors():
            return backups.copy_database(self.path, dest or backups.backup_name(self.path, label))

    def _seed(self) -> None:
        with self.session() as s:
            if s.scalar(select(Rating.id).limit(1)) is None:
                s.add_all(Rating(**row) for row in DEFAULT_RATINGS)  # type: ignore[arg-type]

    # -- sessions -------------------------------------------------------------------------

    def announce(self, session: Session, *, actor: str, command: str) -> None:
        """Tell other Sanad windows that this transaction changed data (PostgreSQL NOTIFY).

        Sent inside the transaction, so PostgreSQL delivers it only if and when it commits.
        On SQLite this does nothing: watchers notice ``PRAGMA data_version`` instead.
        """
        if self.is_sqlite:
            return
        # Short fields keep the message far below NOTIFY's 8000-byte limit.
        message = json.dumps({"actor": actor[:200], "command": command[:80]}, ensure_ascii=False)
        session.execute(text("SELECT pg_notify(:channel, :message)"), {"channel": CHANGES_CHANNEL, "message": message})

    @contextlib.contextmanager
    def translate_errors(self) -> Iterator[None]:
        self._refuse_while_unreachable()
        try:
            yield
        except (OperationalError, DBAPIError, sqlite3.OperationalError, OSError) as exc:
            if getattr(getattr(exc, "orig", None), "sqlstate", None) in _CONFLICT_SQLSTATES:
                raise ConflictError(
                    "someone else changed the same data at the same moment; nothing of yours was saved, try again"
                ) from exc
            problem = environment_problem(exc)
            if problem is None:
                raise
            if problem == UNREACHABLE and not self.is_sqlite:
                self.unreachable_since = time.monotonic()
            raise StorageEnvironmentError(f"{self.display_name}: {problem}") from exc

    # -- an unreachable server ------------------------------------------------------------

    @contextlib.contextmanager
    def probing(self) -> Iterator[None]:
        """Calls in this block try the server even while it is known to be unreachable.

        A server that stopped answering costs each query the whole timeout (some seconds).
        Once one call found it unreachable, the others are refused at once with the same
        message for :data:`UNREACHABLE_RETRY_S`, so a window reading on its own thread stays
        responsive; the team-mode poll (:class:`~app.storage.watch.ChangeWatcher`) probes with a
        real query on a thread of its own meanwhile and, as soon as a statement goes through
        again, so does everything else.
        """
        before = getattr(self._probing, "on", False)
        self._probing.on = True
        try:
            yield
        finally:
            self._probing.on = before

    def _refuse_while_unreachable(self) -> None:
        since = self.unreachable_since
        if since is None or getattr(self._probing, "on", False):
            return
        if time.monotonic() - since < UNREACHABLE_RETRY_S:
            raise StorageEnvironmentError(f"{self.display_name}: {UNREACHABLE}")

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.translate_errors():
            with self._sessions() as s, s.begin():
                yield s

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading (no write lock taken on SQLite)."""
        with self.translate_errors():
            with self._read_sessions() as s, s.begin():
                yield s

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()
