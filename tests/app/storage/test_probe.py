"""Trying a database before using it: what is there, and why it cannot be opened, in one line."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from app.errors import StorageEnvironmentError
from app.storage.database import Database, head_revision
from app.storage.probe import check_database, failure_reason, open_failure_reason, with_timeout


def test_a_migrated_database_is_current(db: Database) -> None:
    check = check_database(db.url)
    assert check.state == "current" and check.revision == head_revision()
    assert (check.server_version is None) == db.is_sqlite


def test_a_missing_sqlite_file_is_empty_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "team.sqlite3"
    assert check_database(str(path)).state == "empty"
    assert not path.exists() and not path.parent.exists()


def test_other_tables_and_a_newer_schema_are_told_apart(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER)")
    assert check_database(str(other)).state == "foreign"
    newer = tmp_path / "newer.sqlite3"
    Database(str(newer)).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'fffffffff999'")
    check = check_database(str(newer))
    assert check.state == "newer" and check.revision == "fffffffff999"


def test_a_closed_port_fails_in_one_line_without_the_password() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StorageEnvironmentError) as caught:
        check_database(f"postgresql+psycopg://maryam:hunter2-secret@127.0.0.1:{port}/sanad", timeout_s=2)
    assert caught.value.message == "the database server cannot be reached"
    assert "hunter2" not in str(caught.value)


def test_the_server_refusal_is_given_in_its_own_words() -> None:
    class Refused(Exception):
        pass

    exc = Refused('connection failed: connection to server at "db", port 5432 failed: '
                  'FATAL:  password authentication failed for user "maryam"')
    assert failure_reason(exc) == 'password authentication failed for user "maryam"'
    assert failure_reason(StorageEnvironmentError("the disk is full\nmore")) == "the disk is full"


def test_the_timeout_is_added_to_server_urls_only() -> None:
    from sqlalchemy.engine import make_url

    server = with_timeout(make_url("postgresql+psycopg://u@h/d"), 1)
    assert server.query["connect_timeout"] == "2"  # libpq's minimum
    assert with_timeout(make_url("postgresql+psycopg://u@h/d?connect_timeout=9"), 3).query["connect_timeout"] == "9"
    assert not with_timeout(make_url("sqlite:////tmp/x.sqlite3"), 3).query


def test_the_reason_a_database_did_not_open_leaves_out_its_name(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = f"postgresql+psycopg://maryam@127.0.0.1:{port}/sanad?connect_timeout=2"
    with pytest.raises(StorageEnvironmentError) as caught:
        Database(server)
    assert caught.value.message.startswith("postgresql+psycopg://maryam@127.0.0.1")
    assert open_failure_reason(server, caught.value) == "the database server cannot be reached"
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    reason = open_failure_reason(str(folder), StorageEnvironmentError(f"{folder}: the disk is full"))
    assert reason == "the disk is full"
