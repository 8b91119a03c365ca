"""Notice what other people (or other Sanad windows) changed, within seconds.

Every committed command writes ``audit_events`` rows (who, which command, which record,
which field). :class:`ChangeWatcher` reports the rows committed since it last looked.

Use from the GUI (a ``QTimer`` every 1–2 s; each call costs one tiny query when nothing
changed, so the 5-second promise holds with margin)::

    watcher = ChangeWatcher(db, ignore_actor=ws.actor)   # ignore my own edits
    def tick():
        notices = watcher.poll()                          # never blocks
        if notices:
            refresh({(n.entity, n.entity_uuid) for n in notices})
            status_bar.show(notices[-1].summary())
    timer.timeout.connect(tick)
    ...
    watcher.close()                                       # when the window closes

How it stays cheap:

* SQLite: ``PRAGMA data_version`` on the watcher's own connection changes only when
  another connection committed; then ``max(audit_events.id)`` tells whether to read rows.
* PostgreSQL: the watcher LISTENs on :data:`~app.storage.database.CHANGES_CHANNEL`
  (``sanad_changes``); every command NOTIFYs it inside its transaction (delivered on
  commit). Rows are read when a notification arrived, and every
  :data:`FALLBACK_SECONDS` in case one was lost (a dropped connection, a change made
  outside Sanad).

Ids from a PostgreSQL sequence can commit out of order (a long transaction takes id 100,
a short one takes 101 and commits first), so the watcher re-reads a window of
:data:`LOOKBACK` ids below the highest it has seen and reports each id once.

:meth:`ChangeWatcher.poll` raises :class:`~app.errors.StorageEnvironmentError` when the
database cannot be reached (the GUI shows it and keeps polling); the next successful
poll catches up on everything missed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.storage.database import CHANGES_CHANNEL, Database, server_connect_args
from app.storage.models import AuditEvent

LOOKBACK = 500  # ids below the highest seen that are read again (out-of-order commits)
FALLBACK_SECONDS = 30.0  # PostgreSQL: read rows at least this often even without NOTIFY
MAX_ROWS = 2000  # notices returned by one poll at most; the rest come with the next


@dataclass(frozen=True)
class ChangeNotice:
    """One committed change: who changed which field of which record, with which command."""

    id: int
    at: dt.datetime
    actor: str
    command: str
    entity: str  # table name: "claims", "articles", "evidence", ...
    entity_uuid: str  # the record's uuid (or key/name for tables without one)
    action: str  # insert | update | delete
    field: str | None  # for updates: the column changed

    def summary(self) -> str:
        who = self.actor or "someone"
        what = f"{self.entity} {self.field}" if self.field else self.entity
        return f"{who}: {self.command.replace('_', ' ')} ({self.action} {what})"


class ChangeWatcher:
    """Reports the changes committed to ``db`` since it was created (or last polled)."""

    def __init__(self, db: Database, *, ignore_actor: str | None = None) -> None:
        self.db = db
        self.ignore_actor = ignore_actor
        self._sqlite: sqlite3.Connection | None = None
        self._pg: Any = None  # a psycopg connection in autocommit mode, LISTENing
        self._data_version: int | None = None
        self._last_full_check = 0.0
        self._seen: set[int] = set()
        with db.translate_errors():
            self._connect()
            self._start = self._top = self._max_id()  # what existed before the watcher is not news

    # -- connections ----------------------------------------------------------------------

    def _connect(self) -> None:
        if self.db.is_sqlite:
            path = self.db.path if self.db.path is not None else self.db.url.database
            self._sqlite = sqlite3.connect(str(path), timeout=1, isolation_level=None, check_same_thread=False)
            self._data_version = self._sqlite.execute("PRAGMA data_version").fetchone()[0]
            return
        import psycopg
        from psycopg import sql

        url = self.db.url.set(drivername="postgresql")
        # The listening connection idles for hours: keepalives notice a server gone meanwhile.
        args = server_connect_args(url)
        if "connect_timeout" in args:  # not given in the URL: polling retries soon anyway
            args["connect_timeout"] = 5
        self._pg = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True, **args)
        self._pg.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANGES_CHANNEL)))
        self._last_full_check = time.monotonic()

    def close(self) -> None:
        for conn in (self._sqlite, self._pg):
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
        self._sqlite = self._pg = None

    def __enter__(self) -> ChangeWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- polling --------------------------------------------------------------------------

    def _max_id(self) -> int:
        with self.db.read_session() as s:
            return int(s.scalar(select(func.max(AuditEvent.id))) or 0)

    def _something_changed(self) -> bool:
        if self.db.is_sqlite:
            if self._sqlite is None:
                self._connect()
                return True
            assert self._sqlite is not None
            version = self._sqlite.execute("PRAGMA data_version").fetchone()[0]
            changed = version != self._data_version
            self._data_version = version
            return changed
        if self._pg is None or self._pg.closed:
            self._connect()
            return True
        notified = False
        for _ in self._pg.notifies(timeout=0):  # drain what arrived; never waits
            notified = True
        if notified or time.monotonic() - self._last_full_check >= FALLBACK_SECONDS:
            self._last_full_check = time.monotonic()
            return True
        return False

    def poll(self) -> list[ChangeNotice]:
        """The changes committed since the last call, oldest first (empty: nothing new).

        It is also the probe of a server found unreachable (:meth:`Database.probing`): it then
        reads the audit rows (a real query) whatever its listening connection says, so that
        the server's return is noticed at the next poll.
        """
        with self.db.probing(), self.db.translate_errors():
            down = self.db.unreachable_since is not None
            try:
                changed = self._something_changed()
            except Exception as exc:
                self.close()  # reconnect on the next poll
                if type(exc).__module__.startswith("psycopg"):
                    raise _as_dbapi_error(exc) from exc
                raise
            return self._read_new() if changed or down else []

    def _read_new(self) -> list[ChangeNotice]:
        floor = max(self._start, self._top - LOOKBACK)
        with self.db.read_session() as s:
            ids = [i for i in s.scalars(select(AuditEvent.id).where(AuditEvent.id > floor)) if i not in self._seen]
            ids = sorted(ids)[:MAX_ROWS]
            rows = list(s.scalars(select(AuditEvent).where(AuditEvent.id.in_(ids)).order_by(AuditEvent.id))) if ids else []
        notices: list[ChangeNotice] = []
        for row in rows:
            self._seen.add(row.id)
            if self.ignore_actor is not None and row.actor == self.ignore_actor:
                continue
            notices.append(ChangeNotice(id=row.id, at=row.at, actor=row.actor, command=row.command,
                                        entity=row.entity, entity_uuid=row.entity_uuid, action=row.action,
                                        field=row.field))
        if ids:
            self._top = max(self._top, ids[-1])
            if len(ids) == MAX_ROWS:  # more are waiting: make sure the next poll reads them
                self._data_version = None
                self._last_full_check = 0.0
        low = self._top - LOOKBACK
        self._seen = {i for i in self._seen if i > low}
        return notices


def _as_dbapi_error(exc: Exception) -> Exception:
    """A psycopg error raised outside SQLAlchemy, wrapped so that translate_errors recognises it."""
    from sqlalchemy.exc import OperationalError

    return OperationalError("watching for changes", None, exc)
