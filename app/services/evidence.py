"""Commands on evidence: add, edit, delete (attachments are stored content-addressed)."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InputError
from app.services import attachments
from app.services.claims import load_claim, touch
from app.services.core import Workspace, command
from app.services.queries import get_row
from app.storage.models import EVIDENCE_KINDS, STANCES, Evidence

EVIDENCE_FIELDS = ("kind", "url", "title", "publisher", "published_on", "accessed_at", "excerpt", "stance")


def _check(values: dict[str, Any]) -> None:
    unknown = set(values) - set(EVIDENCE_FIELDS)
    if unknown:
        raise InputError(f"evidence has no field {sorted(unknown)[0]!r}")
    if "kind" in values and values["kind"] not in EVIDENCE_KINDS:
        raise InputError(f"unknown evidence kind {values['kind']!r}; use one of: {', '.join(EVIDENCE_KINDS)}")
    if "stance" in values and values["stance"] not in STANCES:
        raise InputError(f"unknown stance {values['stance']!r}; use one of: {', '.join(STANCES)}")
    for name in ("published_on", "accessed_at"):
        if values.get(name) is not None and not isinstance(values[name], dt.date):
            raise InputError(f"{name} must be a date")


def check_new_evidence(values: dict[str, Any], attachment: str | os.PathLike[str] | None = None) -> None:
    """The InputError :func:`add_evidence` would raise for these values, before anything is
    written (a form checks with it first and keeps what was typed)."""
    _check(values)
    if not any(values.get(k) for k in ("url", "title", "excerpt")) and attachment is None:
        raise InputError("evidence needs a link, a title, an excerpt or a file")
    if attachment is not None:
        attachments.check_file(attachment)


@command("add_evidence", "add evidence")
def add_evidence(s: Session, ws: Workspace, claim_id: int, *, attachment: str | os.PathLike[str] | None = None,
                 expected_version: int | None = None, **values: Any) -> int:
    claim = load_claim(s, claim_id, expected_version)
    values.setdefault("kind", "document" if attachment else ("url" if values.get("url") else "note"))
    values.setdefault("stance", "unclear")
    check_new_evidence(values, attachment)
    if values["kind"] == "url" and values.get("accessed_at") is None and values.get("url"):
        values["accessed_at"] = dt.date.today()
    position = (s.scalar(select(func.max(Evidence.position)).where(Evidence.claim_id == claim.id)) or 0) + 1
    ev = Evidence(claim_id=claim.id, position=position, **values)
    if attachment is not None:
        ev.attachment_sha256, ev.attachment_name, ev.attachment_mime = attachments.store(ws.db.data_dir, attachment)
        ev.title = ev.title or ev.attachment_name
    s.add(ev)
    touch(claim)
    s.flush()
    return ev.id


def _evidence(s: Session, evidence_id: int) -> Evidence:
    return get_row(s, Evidence, evidence_id, "evidence")


@command("edit_evidence", "edit evidence")
def edit_evidence(s: Session, ws: Workspace, evidence_id: int, **values: Any) -> None:
    _check(values)
    ev = _evidence(s, evidence_id)
    for name, value in values.items():
        setattr(ev, name, value)
    ev.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    touch(ev.claim)


@command("delete_evidence", "delete evidence")
def delete_evidence(s: Session, ws: Workspace, evidence_id: int) -> None:
    ev = _evidence(s, evidence_id)
    touch(ev.claim)
    s.delete(ev)
