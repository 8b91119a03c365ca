"""Claim commands: spans, review fields, optimistic locking, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import ConflictError, InputError, NotFoundError
from app.services import claims as cl
from app.services import evidence as ev
from app.services import queries
from app.services.core import Workspace
from app.storage.models import AuditEvent, Claim, Source


def _claim(ws: Workspace, claim_id: int) -> Claim:
    with ws.db.read_session() as s:
        return queries.get_claim(s, claim_id)


def test_add_claim_trims_spaces_and_keeps_context(ws: Workspace, article_id: int, sample_text: str) -> None:
    start = sample_text.index("قالت وزارة")
    end = sample_text.index("في الحادث.") + len("في الحادث.")
    changes = cl.add_claim(ws, article_id, start - 2, end + 1)  # "\n\n" before, "\n" after
    claim = _claim(ws, changes.result)  # type: ignore[arg-type]
    assert sample_text[claim.start:claim.end] == claim.quote
    assert claim.quote.startswith("قالت وزارة") and claim.quote.endswith("في الحادث.")
    assert sample_text.endswith(claim.context_after) or claim.context_after in sample_text
    assert claim.context_before == sample_text[max(0, claim.start - 40):claim.start]
    assert changes.inserted == {"claims": {claim.id}}
    assert claim.origin == "manual" and claim.status == "new" and claim.version == 1


def test_empty_span_is_refused(ws: Workspace, article_id: int, sample_text: str) -> None:
    blank = sample_text.index("\n\n")
    with pytest.raises(InputError, match="empty"):
        cl.add_claim(ws, article_id, blank, blank + 2)


def test_unknown_article_and_claim(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        cl.add_claim(ws, 999, 0, 3)
    with pytest.raises(NotFoundError):
        cl.set_status(ws, 999, "done")


def test_review_fields_and_audit(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    cl.set_status(ws, cid, "in_progress")
    cl.set_verdict(ws, cid, "false")
    cl.set_speaker(ws, cid, "وزارة الصحة", kind="government")
    cl.set_explanation(ws, cid, "  الأرقام الرسمية تختلف  ")
    cl.set_tags(ws, cid, ["صحة", "أرقام"])
    claim = _claim(ws, cid)
    assert (claim.status, claim.rating.key, claim.speaker.name) == ("in_progress", "false", "وزارة الصحة")  # type: ignore[union-attr]
    assert claim.explanation == "الأرقام الرسمية تختلف"
    assert claim.tags == ["أرقام", "صحة"]
    assert claim.version == 6
    with ws.db.read_session() as s:
        events = queries.claim_history(s, claim)
    fields = [(e.command, e.field) for e in events if e.action == "update"]
    assert ("set_status", "status") in fields and ("set_verdict", "rating_id") in fields
    assert all(e.actor == "tester" for e in events)
    with pytest.raises(InputError, match="unknown verdict"):
        cl.set_verdict(ws, cid, "kinda_true")
    with pytest.raises(InputError, match="unknown status"):
        cl.set_status(ws, cid, "finished")


def test_speaker_names_match_by_normalised_key(ws: Workspace, article_id: int) -> None:
    a = cl.add_claim(ws, article_id, 40, 90).result
    b = cl.add_claim(ws, article_id, 100, 140).result
    cl.set_speaker(ws, a, "وزارة الصحة")
    cl.set_speaker(ws, b, "وزاره الصحّة")  # teh marbuta and shadda differ: same source
    with ws.db.read_session() as s:
        assert s.scalar(select(Source.id).where(Source.name == "وزارة الصحة")) is not None
        assert len(list(s.scalars(select(Source)))) == 1


def test_optimistic_locking_refuses_stale_writes(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    seen = _claim(ws, cid).version
    other = Workspace(ws.db, "زميل")
    cl.set_verdict(other, cid, "true", expected_version=seen)
    with pytest.raises(ConflictError) as info:
        cl.set_verdict(ws, cid, "false", expected_version=seen)
    assert info.value.exit_code == 3
    assert _claim(ws, cid).rating.key == "true"  # type: ignore[union-attr]


def test_split_and_merge(ws: Workspace, article_id: int, sample_text: str) -> None:
    start = sample_text.index("قالت وزارة")
    end = sample_text.index("في الحادث.") + len("في الحادث.")
    cid = cl.add_claim(ws, article_id, start, end).result
    cut = sample_text.index("وأصيب")
    second = cl.split_claim(ws, cid, cut).result
    first_claim, second_claim = _claim(ws, cid), _claim(ws, second)
    assert first_claim.end <= cut <= second_claim.start
    assert second_claim.quote.startswith("وأصيب")
    ev.add_evidence(ws, second, url="https://example.org/report", title="تقرير")
    kept = cl.merge_claims(ws, [cid, second]).result
    merged = _claim(ws, kept)
    assert (merged.start, merged.end) == (start, end)
    assert [e.title for e in merged.evidence] == ["تقرير"]
    with ws.db.read_session() as s:
        assert s.get(Claim, second) is None
    with pytest.raises(InputError):
        cl.split_claim(ws, kept, start)


def test_change_span_refreshes_quote(ws: Workspace, article_id: int, sample_text: str) -> None:
    cid = cl.add_claim(ws, article_id, 40, 60).result
    cl.change_span(ws, cid, 40, 80)
    claim = _claim(ws, cid)
    assert claim.quote == sample_text[claim.start:claim.end] and claim.end <= 80


def test_every_change_is_audited(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 40, 90).result
    cl.delete_claim(ws, cid)
    with ws.db.read_session() as s:
        actions = [(e.command, e.action) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert ("add_claim", "insert") in actions and ("delete_claim", "delete") in actions
    assert ("import_article", "insert") in actions


def test_clear_flag_is_audited_and_undoable(ws: Workspace, article_id: int) -> None:
    cid = cl.add_claim(ws, article_id, 0, 20).result
    with ws.db.session() as s:
        s.get(Claim, cid).flagged = "the bundle's verdict differs from yours"
    version = _claim(ws, cid).version
    cl.clear_flag(ws, cid, expected_version=version)
    claim = _claim(ws, cid)
    assert claim.flagged is None and claim.version == version + 1
    with pytest.raises(ConflictError):
        cl.clear_flag(ws, cid, expected_version=version)
    ws.undo()
    assert _claim(ws, cid).flagged == "the bundle's verdict differs from yours"
