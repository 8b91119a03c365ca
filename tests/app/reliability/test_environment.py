"""Locked, read-only, full or unreachable databases: one clear line (exit 4), nothing lost."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.errors import StorageEnvironmentError
from app.services import claims
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.storage.database import Database
from app.storage.models import Article, AuditEvent, Claim

ROOT = Path(__file__).resolve().parents[3]
TEXT = "قالت وزارة الصحة إن 25 شخصاً قتلوا وأصيب 138 آخرون في الحادث."


def sanad(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, **env})


@pytest.fixture
def claim_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "sanad.sqlite3"
    db = Database(str(path))
    ws = Workspace(db, "tester")
    article = int(import_article(ws, NewArticle(text=TEXT)).result)
    claim_id = int(claims.add_claim(ws, article, 0, 30).result)
    db.close()
    return path, claim_id


def state(path: Path, claim_id: int) -> tuple[Any, ...]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT status, explanation, version FROM claims WHERE id = ?", (claim_id,)).fetchone(),
                con.execute("SELECT count(*) FROM audit_events").fetchone()[0])
    finally:
        con.close()


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holds the write lock (as a crashed tool or a long write would)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        con.execute("ROLLBACK")
        con.close()


def test_locked_database_cli_exits_4_with_one_line_and_keeps_everything(claim_db: tuple[Path, int]) -> None:
    path, claim_id = claim_db
    before = state(path, claim_id)
    with locked(path):
        result = sanad("--db", str(path), "review", str(claim_id), "--status", "done", SANAD_BUSY_TIMEOUT_MS="200")
    assert result.returncode == 4
    assert result.stderr == f"sanad: {path}: the database is locked by another program; try again in a moment\n"
    assert state(path, claim_id) == before
    retry = sanad("--db", str(path), "review", str(claim_id), "--status", "done")
    assert retry.returncode == 0, retry.stderr
    assert state(path, claim_id)[0] == ("done", None, 2)


def test_locked_database_in_a_session_raises_a_storage_error(claim_db: tuple[Path, int]) -> None:
    path, claim_id = claim_db
    db = Database(str(path), busy_timeout_ms=100)
    try:
        with locked(path), pytest.raises(StorageEnvironmentError, match="locked by another program"):
            claims.set_explanation(Workspace(db, "tester"), claim_id, "لن يحفظ الآن", expected_version=1)
        claims.set_explanation(Workspace(db, "tester"), claim_id, "محفوظ", expected_version=1)
    finally:
        db.close()
    assert state(path, claim_id)[0] == ("new", "محفوظ", 2)


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Make ``path`` read-only even for root (who ignores permission bits): ``chattr +i``."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: no way to make a file read-only for root")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"this file system cannot make a file immutable: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_file_can_be_read_not_written_and_is_untouched(claim_db: tuple[Path, int]) -> None:
    path, claim_id = claim_db
    Database(str(path)).close()  # checkpoint: the file alone holds everything
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with immutable(path):
        listing = sanad("--db", str(path), "claims", "1", "--format", "json")
        assert listing.returncode == 0, listing.stderr
        assert f'"id": {claim_id}' in listing.stdout
        result = sanad("--db", str(path), "review", str(claim_id), "--status", "done")
        assert result.returncode == 4
        assert result.stderr == f"sanad: {path}: the database file is read-only\n"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert state(path, claim_id)[0] == ("new", None, 1)


def _with_pragma(db: Database, pragma: str) -> None:
    """Every new connection of ``db`` runs ``pragma`` (to simulate the environment changing)."""

    def on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.execute(pragma)

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()


def test_file_turning_read_only_mid_session_rolls_the_command_back(claim_db: tuple[Path, int]) -> None:
    path, claim_id = claim_db
    db = Database(str(path))
    before = state(path, claim_id)
    _with_pragma(db, "PRAGMA query_only=ON")
    try:
        with pytest.raises(StorageEnvironmentError, match="read-only"):
            claims.set_explanation(Workspace(db, "tester"), claim_id, "لن يحفظ", expected_version=1)
    finally:
        db.close()
    assert state(path, claim_id) == before


def test_disk_full_refuses_the_import_whole_and_keeps_the_file_intact(claim_db: tuple[Path, int]) -> None:
    path, claim_id = claim_db
    db = Database(str(path))
    with db.read_session() as s:
        articles_before = s.scalar(select(func.count()).select_from(Article))
        audit_before = s.scalar(select(func.count()).select_from(AuditEvent))
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    _with_pragma(db, f"PRAGMA max_page_count={pages + 2}")  # the 'disk' has two pages left
    big = (TEXT + "\n") * 3000
    try:
        with pytest.raises(StorageEnvironmentError, match="the disk is full"):
            import_article(Workspace(db, "tester"), NewArticle(text=big, title="كبير"))
    finally:
        db.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == articles_before
        assert con.execute("SELECT count(*) FROM audit_events").fetchone()[0] == audit_before
    finally:
        con.close()
    db = Database(str(path))  # once there is room again, the same import works
    import_article(Workspace(db, "tester"), NewArticle(text=big, title="كبير"))
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 1
    db.close()


def test_unreachable_server_is_one_line_without_the_password() -> None:
    url = "postgresql+psycopg://maryam:hunter2@127.0.0.1:1/sanad?connect_timeout=3"
    with pytest.raises(StorageEnvironmentError, match="cannot be reached") as info:
        Database(url)
    assert "hunter2" not in str(info.value)
    result = sanad("--db", url, "articles")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "hunter2" not in result.stderr


@pytest.mark.postgres
def test_a_row_locked_on_the_server_gives_a_clear_error_not_a_hang() -> None:
    from tests.conftest import POSTGRES_URL, private_postgres_url

    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need SANAD_TEST_POSTGRES_URL (CI sets it)")
    url = private_postgres_url()
    db = Database(url, busy_timeout_ms=300)
    ws = Workspace(db, "tester")
    article = int(import_article(ws, NewArticle(text=TEXT)).result)
    claim_id = int(claims.add_claim(ws, article, 0, 30).result)
    holder = Database(url)
    try:
        with holder.session() as s:  # a colleague's transaction holds the row
            s.execute(select(Claim.id).where(Claim.id == claim_id).with_for_update()).one()
            with pytest.raises(StorageEnvironmentError, match="locked by another reviewer"):
                claims.set_explanation(ws, claim_id, "انتظار", expected_version=1)
        claims.set_explanation(ws, claim_id, "محفوظ", expected_version=1)  # once released, it works
        with db.read_session() as s:
            claim = s.get(Claim, claim_id)
            assert claim is not None and (claim.explanation, claim.version) == ("محفوظ", 2)
    finally:
        holder.close()
        db.close()
