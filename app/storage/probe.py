"""Trying a database before using it: "Test connection" in Preferences, and start-up fallbacks.

:func:`check_database` connects (with a short timeout), reads the schema revision and
changes nothing: no migration, no seeding, no backup, and a SQLite file that does not
exist yet is not created. :func:`failure_reason` turns any error from opening a database
into one line for the user; a password never appears in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.errors import SanadError, StorageEnvironmentError
from app.storage import revisions
from app.storage.credentials import with_password
from app.storage.database import Database, environment_problem, normalize_url

DEFAULT_TIMEOUT_S = 5
# What check_database found: a Sanad database this version uses as is, one it will upgrade,
# one written by a newer Sanad (refused), an empty database (tables created on first open),
# or a database with other programs' tables and no Sanad schema.
STATES = ("current", "older", "newer", "empty", "foreign")
_FATAL = re.compile(r"FATAL:\s*(.+)")


@dataclass(frozen=True)
class DatabaseCheck:
    backend: str  # "sqlite" or "postgresql"
    server_version: str | None  # "16.4" for a server, None for a SQLite file
    state: str  # one of STATES
    revision: str | None


def failure_reason(exc: BaseException) -> str:
    """One line saying why a database could not be opened (no password, no traceback)."""
    if isinstance(exc, SanadError):
        return exc.message.splitlines()[0] if exc.message else type(exc).__name__
    orig = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    text = str(orig if orig is not None else exc).strip()
    fatal = _FATAL.search(text)
    if fatal:  # the server answered and refused: its reason (unknown role, bad password...)
        return fatal.group(1).strip()
    problem = environment_problem(exc)
    if problem is not None:
        return problem
    return text.splitlines()[0] if text else type(exc).__name__


def open_failure_reason(db: str | None, exc: BaseException) -> str:
    """:func:`failure_reason` for opening ``db``, without the "NAME: " that the storage layer puts
    first (the caller names the database itself)."""
    reason = failure_reason(exc)
    url = normalize_url(db)
    name = str(url.database) if url.get_backend_name() == "sqlite" else \
        with_password(url).render_as_string(hide_password=True)
    return reason[len(name) + 2:] if reason.startswith(f"{name}: ") else reason


def with_timeout(url: URL, timeout_s: int) -> URL:
    """A server URL that gives up connecting after ``timeout_s`` seconds (libpq's minimum is 2)."""
    if url.get_backend_name() == "sqlite" or "connect_timeout" in url.query:
        return url
    return url.update_query_dict({"connect_timeout": str(max(2, int(timeout_s)))})


def _state(revision: str | None, has_tables: bool) -> str:
    if revision is None:
        return "foreign" if has_tables else "empty"
    if revision == revisions.head_revision():
        return "current"
    return "older" if revision in revisions.known_revisions() else "newer"


def check_database(db: str | URL, *, password: str | None = None,
                   timeout_s: int = DEFAULT_TIMEOUT_S) -> DatabaseCheck:
    """Connect to ``db`` (a URL or a SQLite path) and say what is there; changes nothing.

    ``password``, when given, is used instead of the environment and the keyring. Raises
    :class:`StorageEnvironmentError` with a one-line reason (without the URL) when the database cannot be reached.
    """
    url = normalize_url(db.render_as_string(hide_password=False) if isinstance(db, URL) else db)
    if password:
        url = url.set(password=password)
    url = with_timeout(url, timeout_s)
    backend = url.get_backend_name()
    if backend == "sqlite" and url.database and not Path(url.database).is_file():
        return DatabaseCheck("sqlite", None, "empty", None)
    database: Database | None = None
    try:
        database = Database(url.render_as_string(hide_password=False), migrate=False, backup=False)
        with database.engine.connect() as conn:
            revision = revisions.stored_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
            info = conn.dialect.server_version_info if backend != "sqlite" else None
    except SanadError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        raise StorageEnvironmentError(failure_reason(exc)) from exc
    finally:
        if database is not None:
            database.close()
    version = ".".join(str(part) for part in info[:2]) if info else None
    return DatabaseCheck(backend, version, _state(revision, has_tables), revision)
