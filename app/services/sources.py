"""Commands on sources (who said or published something) and reviewers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.analysis.normalize import normalize_key
from app.errors import InputError
from app.services.core import Workspace, command
from app.services.queries import get_row
from app.storage.models import SOURCE_KINDS, Reviewer, Source


def find_source(s: Session, name: str) -> Source | None:
    return s.scalars(select(Source).where(Source.name_key == normalize_key(name))).first()


def get_or_create_source(s: Session, name: str, kind: str | None = None) -> Source:
    """The Source whose normalised name matches ``name``, created if there is none."""
    name = " ".join(name.split())
    if not name:
        raise InputError("a source needs a name")
    if kind is not None and kind not in SOURCE_KINDS:
        raise InputError(f"unknown source kind {kind!r}; use one of: {', '.join(SOURCE_KINDS)}")
    src = find_source(s, name)
    if src is None:
        src = Source(name=name, name_key=normalize_key(name), kind=kind or "other")
        s.add(src)
        s.flush()
    return src


def get_or_create_reviewer(s: Session, name: str) -> Reviewer | None:
    name = " ".join(name.split())
    if not name:
        return None
    rev = s.scalars(select(Reviewer).where(Reviewer.name == name)).first()
    if rev is None:
        rev = Reviewer(name=name)
        s.add(rev)
        s.flush()
    return rev


@command("add_source", "add source")
def add_source(s: Session, ws: Workspace, name: str, kind: str | None = None, url: str | None = None) -> int:
    src = get_or_create_source(s, name, kind)
    if url:
        src.url = url
    return src.id


@command("edit_source", "edit source")
def edit_source(s: Session, ws: Workspace, source_id: int, *, name: str | None = None, kind: str | None = None,
                url: str | None = None, notes: str | None = None) -> None:
    src = get_row(s, Source, source_id, "source")
    if name is not None:
        other = find_source(s, name)
        if other is not None and other.id != src.id:
            raise InputError(f"a source named {other.name!r} already exists")
        src.name, src.name_key = " ".join(name.split()), normalize_key(name)
    if kind is not None:
        if kind not in SOURCE_KINDS:
            raise InputError(f"unknown source kind {kind!r}")
        src.kind = kind
    if url is not None:
        src.url = url or None
    if notes is not None:
        src.notes = notes or None
