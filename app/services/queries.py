"""Read-only queries for screens, the CLI and exports (no changes here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFoundError
from app.storage.models import Article, AuditEvent, Claim, ClaimLink, Evidence, Rating, Reviewer, Source

T = TypeVar("T")


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    outlet: str | None
    published_on: object
    imported_at: object
    claims: int
    done: int


def article_summaries(s: Session) -> list[ArticleSummary]:
    done = func.sum(case((Claim.status.in_(("done", "dismissed")), 1), else_=0))
    q = (
        select(Article.id, Article.title, Article.outlet, Article.published_on, Article.imported_at,
               func.count(Claim.id), func.coalesce(done, 0))
        .outerjoin(Claim, Claim.article_id == Article.id)
        .group_by(Article.id)
        .order_by(Article.imported_at.desc(), Article.id.desc())
    )
    return [ArticleSummary(*row) for row in s.execute(q)]


def get_row(s: Session, model: type[T], row_id: int, what: str) -> T:
    """The row ``row_id`` of ``model``, or a NotFoundError ("no article #12")."""
    row = s.get(model, row_id)
    if row is None:
        raise NotFoundError(f"no {what} #{row_id}")
    return row


def get_article(s: Session, article_id: int) -> Article:
    return get_row(s, Article, article_id, "article")


def article_claims(s: Session, article_id: int) -> list[Claim]:
    """The article's claims in text order, with evidence and tags loaded for detached use."""
    q = (select(Claim).where(Claim.article_id == article_id).order_by(Claim.start, Claim.id)
         .options(selectinload(Claim.evidence), selectinload(Claim.tag_links)))
    return list(s.scalars(q).unique())


def get_claim(s: Session, claim_id: int) -> Claim:
    q = select(Claim).where(Claim.id == claim_id).options(selectinload(Claim.evidence),
                                                          selectinload(Claim.tag_links))
    claim = s.scalars(q).unique().first()
    if claim is None:
        raise NotFoundError(f"no claim #{claim_id}")
    return claim


def conflict_links(s: Session, article_id: int) -> list[ClaimLink]:
    ids = select(Claim.id).where(Claim.article_id == article_id)
    return list(s.scalars(select(ClaimLink).where(ClaimLink.claim_a_id.in_(ids)).order_by(ClaimLink.id)))


# Claim fields whose audit values are row ids, and the table that names them.
AUDIT_REFERENCES: dict[str, type[Source] | type[Reviewer]] = {"speaker_id": Source, "reviewer_id": Reviewer}


def audit_reference_names(s: Session, events: list[AuditEvent]) -> dict[tuple[str, str], str]:
    """The names behind the ids an audit trail records, by (field, value): ("speaker_id", "6")
    → the source's name. An id whose row is gone has no entry."""
    wanted: dict[str, set[int]] = {}
    for event in events:
        if event.field in AUDIT_REFERENCES:
            for value in (event.old_value, event.new_value):
                if value and value.isdigit():
                    wanted.setdefault(event.field, set()).add(int(value))
    names: dict[tuple[str, str], str] = {}
    for field, ids in wanted.items():
        model = AUDIT_REFERENCES[field]
        for row_id, name in s.execute(select(model.id, model.name).where(model.id.in_(ids))):
            names[(field, str(row_id))] = name
    return names


def ratings(s: Session, *, active_only: bool = True) -> list[Rating]:
    q = select(Rating).order_by(Rating.position)
    if active_only:
        q = q.where(Rating.active.is_(True))
    return list(s.scalars(q))


def sources(s: Session) -> list[Source]:
    return list(s.scalars(select(Source).order_by(Source.name)))


def claim_history(s: Session, claim: Claim) -> list[AuditEvent]:
    """Audit events of the claim and of its evidence, oldest first."""
    evidence_uuids = select(Evidence.uuid).where(Evidence.claim_id == claim.id)
    q = select(AuditEvent).where(or_(
        (AuditEvent.entity == "claims") & (AuditEvent.entity_uuid == claim.uuid),
        (AuditEvent.entity == "evidence") & AuditEvent.entity_uuid.in_(evidence_uuids),
    )).order_by(AuditEvent.id)
    return list(s.scalars(q))
