"""Changes committed by someone else reach a ChangeWatcher within 5 seconds (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from app.services import claims
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.storage import watch
from app.storage.database import Database
from app.storage.models import AuditEvent, utcnow
from app.storage.watch import ChangeNotice, ChangeWatcher

PROMISE_SECONDS = 5.0


def wait_for(watcher: ChangeWatcher, timeout: float = PROMISE_SECONDS) -> tuple[list[ChangeNotice], float]:
    """Poll like the GUI's timer would (every 100 ms) until something arrives or time runs out."""
    started = time.monotonic()
    while True:
        notices = watcher.poll()
        elapsed = time.monotonic() - started
        if notices or elapsed > timeout:
            return notices, elapsed
        time.sleep(0.1)


@pytest.fixture
def colleague(db: Database) -> Iterator[Workspace]:
    other = Database(db.url.render_as_string(hide_password=False) if not db.is_sqlite else str(db.path))
    yield Workspace(other, "colleague")
    other.close()


def test_a_colleagues_edit_appears_within_five_seconds(ws: Workspace, colleague: Workspace,
                                                        article_id: int) -> None:
    claim_id = int(claims.add_claim(ws, article_id, 0, 30).result)
    with ChangeWatcher(ws.db, ignore_actor="tester") as watcher:
        assert watcher.poll() == []  # what happened before the watcher is not news
        claims.set_status(ws, claim_id, "in_progress")  # my own edit: ignored
        assert wait_for(watcher, timeout=0.5)[0] == []
        claims.set_explanation(colleague, claim_id, "الرقم مأخوذ من بيان الوزارة", expected_version=2)
        notices, elapsed = wait_for(watcher)
        assert elapsed < PROMISE_SECONDS
        assert [(n.actor, n.command, n.entity, n.field) for n in notices] == [
            ("colleague", "set_explanation", "claims", "explanation")]
        with ws.db.read_session() as s:
            uuid = claims.load_claim(s, claim_id).uuid
        assert notices[0].entity_uuid == uuid
        assert "colleague" in notices[0].summary()
        assert watcher.poll() == []  # each change is reported once


def test_undo_by_a_colleague_is_noticed(ws: Workspace, colleague: Workspace, article_id: int) -> None:
    claim_id = int(claims.add_claim(colleague, article_id, 0, 30).result)
    with ChangeWatcher(ws.db) as watcher:
        colleague.undo()
        notices, elapsed = wait_for(watcher)
        assert elapsed < PROMISE_SECONDS
        assert [(n.command, n.action) for n in notices] == [("undo:add_claim", "delete")]
    with ws.db.read_session() as s:
        assert s.get(claims.Claim, claim_id) is None


def test_changes_committed_out_of_id_order_are_not_missed(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sequence id can commit after a higher one (PostgreSQL); the look-back window catches it."""
    monkeypatch.setattr(watch, "FALLBACK_SECONDS", 0.0)  # rows inserted by hand send no NOTIFY
    other = Database(db.url.render_as_string(hide_password=False) if not db.is_sqlite else str(db.path))
    row = {"at": utcnow(), "actor": "x", "command": "manual", "entity": "claims", "entity_uuid": "u",
           "action": "update", "field": "status"}
    try:
        with ChangeWatcher(db) as watcher:
            top = watcher._top
            with other.session() as s:
                s.add(AuditEvent(id=top + 5, **row))
            assert [n.id for n in wait_for(watcher)[0]] == [top + 5]
            with other.session() as s:
                s.add(AuditEvent(id=top + 3, **row))
            assert [n.id for n in wait_for(watcher)[0]] == [top + 3]
            assert watcher.poll() == []
    finally:
        other.close()


def test_nothing_changed_costs_no_row_reads(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with ChangeWatcher(sqlite_db) as watcher:
        def fail() -> list[ChangeNotice]:
            raise AssertionError("rows read although nothing changed")

        monkeypatch.setattr(watcher, "_read_new", fail)
        for _ in range(20):
            assert watcher.poll() == []


def test_a_large_batch_comes_over_several_polls(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watch, "MAX_ROWS", 2)
    colleague = Workspace(Database(str(sqlite_db.path)), "colleague")
    with ChangeWatcher(sqlite_db) as watcher:
        for title in ("أ", "ب", "ج"):
            import_article(colleague, NewArticle(text=f"نص المقال {title}.", title=title))
        first = wait_for(watcher)[0]
        second = watcher.poll()  # nothing new was committed, yet the rest must come now
        assert [n.entity for n in first + second] == ["articles"] * 3
        assert len(first) == 2 and len(second) == 1
        assert watcher.poll() == []
    colleague.db.close()
