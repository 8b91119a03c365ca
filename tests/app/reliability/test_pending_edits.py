"""An edit the database refused stays in memory and is saved by a later retry, in order."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import ConflictError, StorageEnvironmentError
from app.services import claims
from app.services.core import Workspace
from app.services.retry import PendingEdits
from app.storage.database import Database


class Flaky:
    """A save that fails while ``down`` is set, recording what reached the 'database'."""

    def __init__(self) -> None:
        self.down = True
        self.saved: list[Any] = []

    def __call__(self, value: Any) -> Any:
        if self.down:
            raise StorageEnvironmentError("sanad.sqlite3: the disk is full")
        self.saved.append(value)
        return value


def test_refused_edits_are_kept_and_replayed_in_order() -> None:
    save = Flaky()
    pending = PendingEdits()
    with pytest.raises(StorageEnvironmentError):
        pending.run("first", save, 1)
    with pytest.raises(StorageEnvironmentError, match="earlier edits are waiting"):
        pending.run("second", save, 2)
    assert len(pending) == 2 and "2 edits not saved yet (first)" in pending.summary()
    report = pending.retry()
    assert not report.ok and report.still_pending == 2 and "disk is full" in report.error
    save.down = False
    report = pending.retry()
    assert report.ok and [r for _, r in report.saved] == [1, 2]
    assert save.saved == [1, 2] and not pending and pending.summary() == ""


def test_success_passes_through_without_queueing() -> None:
    save = Flaky()
    save.down = False
    pending = PendingEdits()
    assert pending.run("x", save, 5) == 5
    assert len(pending) == 0


def test_conflicts_are_dropped_and_reported_bugs_propagate() -> None:
    pending = PendingEdits()

    def conflict() -> None:
        raise ConflictError("claim #1 was changed by someone else")

    def bug() -> None:
        raise ZeroDivisionError

    pending.add("edit explanation", conflict, error="locked")
    pending.add("set verdict", bug, error="locked")
    with pytest.raises(ZeroDivisionError):
        pending.retry()
    assert len(pending) == 0
    pending.add("edit explanation", conflict)
    report = pending.retry()
    assert report.ok and [e.label for e, _ in report.dropped] == ["edit explanation"]


def test_discard_drops_one_edit() -> None:
    pending = PendingEdits()
    a = pending.add("a", print)
    pending.add("b", print)
    pending.discard(a)
    assert [e.label for e in pending] == ["b"]


def test_a_locked_database_edit_is_saved_on_retry(sqlite_db: Database, tmp_path: Any) -> None:
    """End to end: the real 'database is locked' error, then the same edit saved by retry."""
    import sqlite3

    from app.services.articles import NewArticle, import_article

    ws = Workspace(sqlite_db, "tester")
    article = int(import_article(ws, NewArticle(text="قال الوزير إن 25 شخصاً قتلوا.")).result)
    claim_id = int(claims.add_claim(ws, article, 0, 20).result)
    fast = Workspace(Database(str(sqlite_db.path), busy_timeout_ms=50), "tester")
    blocker = sqlite3.connect(str(sqlite_db.path), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    pending = PendingEdits()
    try:
        with pytest.raises(StorageEnvironmentError, match="locked"):
            pending.run("edit explanation", claims.set_explanation, fast, claim_id, "محفوظ", expected_version=1)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert pending.retry().ok
    with sqlite_db.read_session() as s:
        claim = claims.load_claim(s, claim_id)
        assert (claim.explanation, claim.version) == ("محفوظ", 2)
    fast.db.close()
