"""Undo and redo live in the core: every command reverts and re-applies exactly."""

from __future__ import annotations

import pytest

from app.errors import ConflictError, InputError
from app.services import articles as art
from app.services import claims as cl
from app.services import evidence as ev
from app.services import queries
from app.services.core import Workspace
from app.storage.models import Article, Claim, Evidence


def _snapshot(ws: Workspace, article_id: int) -> list[tuple[object, ...]]:
    with ws.db.read_session() as s:
        return [(c.uuid, c.start, c.end, c.status, c.rating_id, c.explanation, c.speaker_id, tuple(c.tags),
                 tuple(e.uuid for e in c.evidence)) for c in queries.article_claims(s, article_id)]


def test_undo_redo_round_trip_of_many_commands(ws: Workspace, article_id: int) -> None:
    states = [_snapshot(ws, article_id)]
    cid = cl.add_claim(ws, article_id, 40, 90).result
    states.append(_snapshot(ws, article_id))
    for step in (
        lambda: cl.set_status(ws, cid, "done"),
        lambda: cl.set_verdict(ws, cid, "misleading"),
        lambda: cl.set_speaker(ws, cid, "الدفاع المدني"),
        lambda: cl.set_tags(ws, cid, ["فيضانات"]),
        lambda: ev.add_evidence(ws, cid, url="https://example.org/a", stance="refutes"),
        lambda: cl.change_span(ws, cid, 35, 95),
    ):
        step()
        states.append(_snapshot(ws, article_id))
    for expected in reversed(states[:-1]):
        ws.undo()
        assert _snapshot(ws, article_id) == expected
    for expected in states[1:]:
        ws.redo()
        assert _snapshot(ws, article_id) == expected
    with pytest.raises(InputError, match="nothing to redo"):
        ws.redo()


def test_a_new_command_clears_redo(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    cl.set_status(ws, cid, "done")
    ws.undo()
    assert ws.redo_label() == "set status"
    cl.set_verdict(ws, cid, "true")
    assert ws.redo_label() is None
    assert ws.undo_label() == "set verdict"


def test_undo_of_article_delete_restores_claims_and_evidence(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    ev.add_evidence(ws, cid, title="شهادة", excerpt="نص الشهادة", kind="quote")
    before = _snapshot(ws, article_id)
    art.delete_article(ws, article_id)
    with ws.db.read_session() as s:
        assert s.get(Article, article_id) is None and s.query(Evidence).count() == 0
    changes = ws.undo()
    assert changes.inserted["articles"] == {article_id}
    assert _snapshot(ws, article_id) == before


def test_undo_refuses_when_someone_else_changed_the_claim(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    cl.set_status(ws, cid, "in_progress")
    colleague = Workspace(ws.db, "زميل")
    cl.set_status(colleague, cid, "done")
    with pytest.raises(ConflictError):
        ws.undo()
    with ws.db.read_session() as s:
        assert s.get(Claim, cid).status == "done"  # type: ignore[union-attr]


def test_undo_histories_are_per_reviewer(ws: Workspace, article_id: int) -> None:
    colleague = Workspace(ws.db, "زميل")
    cid = cl.add_claim(colleague, article_id, 40, 90).result
    assert colleague.undo_label() == "add claim"
    assert ws.undo_label() == "import article"
    cl.set_status(colleague, cid, "done")
    colleague.undo()
    with ws.db.read_session() as s:
        assert s.get(Claim, cid).status == "new"  # type: ignore[union-attr]


def test_undo_bumps_the_version_so_stale_editors_notice(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    cl.set_status(ws, cid, "done")
    with ws.db.read_session() as s:
        seen = s.get(Claim, cid).version  # type: ignore[union-attr]
    ws.undo()
    with pytest.raises(ConflictError):
        cl.set_verdict(ws, cid, "true", expected_version=seen)


def test_deleting_an_analysed_article_with_conflicts_is_clean_and_undoable(ws: Workspace) -> None:
    import warnings

    from app.services.analysis import analyze_article
    from app.storage.models import ClaimLink

    text = ("قالت الوزارة إن 25 شخصاً قتلوا في الانفجار يوم الأحد.\n"
            "وقال الدفاع المدني إن 27 شخصاً قتلوا في الانفجار نفسه.\n")
    aid = art.import_article(ws, art.NewArticle(text=text, title="انفجار")).result
    analyze_article(ws, aid)
    with ws.db.read_session() as s:
        links = s.query(ClaimLink).count()
    before = _snapshot(ws, aid)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # SQLAlchemy's "expected to delete N rows" warning is a bug here
        art.delete_article(ws, aid)
    ws.undo()
    assert _snapshot(ws, aid) == before
    with ws.db.read_session() as s:
        assert s.query(ClaimLink).count() == links
