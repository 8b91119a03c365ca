"""A server found unreachable: other calls are refused at once instead of each waiting the timeout.

A query on a server whose network went away waits for the connection's timeout (some seconds);
a window that read on its own thread would freeze that long at every click. Once one call has
found the server unreachable, the others get the same message at once, until a probe (the
team-mode poll, on a thread of its own) or a call after the retry delay finds it answering.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from app.errors import StorageEnvironmentError
from app.storage import database as database_module
from app.storage.database import UNREACHABLE, Database
from app.storage.watch import ChangeWatcher
from tests.conftest import POSTGRES_URL, private_postgres_url

CLOSED_PORT_URL = "postgresql+psycopg://postgres@127.0.0.1:9/sanad?connect_timeout=2"  # discard: refused


@pytest.fixture
def server_db() -> Iterator[Database]:
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need SANAD_TEST_POSTGRES_URL (CI sets it)")
    db = Database(private_postgres_url())
    yield db
    db.close()


def _connects(db: Database) -> list[int]:
    attempts: list[int] = []
    event.listen(db.engine, "do_connect", lambda *_args: attempts.append(1))
    return attempts


def test_after_one_failure_the_next_calls_are_refused_without_trying() -> None:
    db = Database(CLOSED_PORT_URL, migrate=False, backup=False)
    attempts = _connects(db)
    try:
        with pytest.raises(StorageEnvironmentError, match=UNREACHABLE), db.read_session() as s:
            s.execute(text("SELECT 1"))
        assert db.unreachable_since is not None and len(attempts) == 1
        started = time.monotonic()
        for _ in range(5):
            with pytest.raises(StorageEnvironmentError, match=UNREACHABLE), db.session() as s:
                s.execute(text("SELECT 1"))
        assert len(attempts) == 1  # nobody tried the server again
        assert time.monotonic() - started < 0.5
        with db.probing(), pytest.raises(StorageEnvironmentError), db.read_session() as s:
            s.execute(text("SELECT 1"))  # a probe does try
        assert len(attempts) == 2
    finally:
        db.close()


def test_after_the_retry_delay_a_call_tries_again(monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(CLOSED_PORT_URL, migrate=False, backup=False)
    attempts = _connects(db)
    monkeypatch.setattr(database_module, "UNREACHABLE_RETRY_S", 0.0)
    try:
        for expected in (1, 2):
            with pytest.raises(StorageEnvironmentError), db.read_session() as s:
                s.execute(text("SELECT 1"))
            assert len(attempts) == expected
    finally:
        db.close()


@pytest.mark.postgres
def test_a_probe_that_gets_an_answer_lets_everything_through(server_db: Database) -> None:
    server_db.unreachable_since = time.monotonic()
    with pytest.raises(StorageEnvironmentError, match=UNREACHABLE), server_db.read_session() as s:
        s.execute(text("SELECT 1"))
    with server_db.probing(), server_db.read_session() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1
    assert server_db.unreachable_since is None
    with server_db.session() as s:
        assert s.execute(text("SELECT 2")).scalar() == 2


@pytest.mark.postgres
def test_the_team_poll_is_the_probe(server_db: Database) -> None:
    watcher = ChangeWatcher(server_db)
    try:
        server_db.unreachable_since = time.monotonic()
        assert watcher.poll() == []  # it read the audit rows although nothing was notified
        assert server_db.unreachable_since is None
    finally:
        watcher.close()


def test_sqlite_is_never_refused_ahead(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "s.sqlite3"))
    try:
        with db.read_session() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        with pytest.raises(StorageEnvironmentError), db.translate_errors():
            raise database_module.OperationalError("BEGIN", {}, Exception("database is locked"))
        assert db.unreachable_since is None  # a lock is not a lost server
        with db.read_session() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.close()
