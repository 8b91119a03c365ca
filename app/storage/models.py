"""Sanad's data model (SQLAlchemy 2 typed declarative).

Every table that users edit carries a ``uuid`` (stable across databases, used by bundles
and audit) besides its integer ``id``. Text offsets are code-point offsets into
``Article.text``, which is stored exactly as imported after ``\\r\\n`` → ``\\n``.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CLAIM_STATUSES = ("new", "in_progress", "needs_second_review", "done", "dismissed")
# A claim in one of these statuses (or with a verdict) counts as reviewed.
REVIEWED_STATUSES = ("done", "needs_second_review")
CLAIM_KINDS = ("statistic", "attributed", "event", "historical", "causal", "comparison", "opinion", "other")
CLAIM_ORIGINS = ("detector", "manual")
SOURCE_KINDS = ("person", "organisation", "government", "media", "document", "social", "other")
EVIDENCE_KINDS = ("url", "document", "quote", "note", "dataset", "interview")
STANCES = ("supports", "refutes", "context", "unclear")


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Rating(Base):
    """One step of the editable verdict scale (seeded Arabic-first)."""

    __tablename__ = "ratings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    label_ar: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    value: Mapped[int] = mapped_column(Integer)  # ClaimReview ratingValue
    color: Mapped[str] = mapped_column(String(9))  # "#RRGGBB"
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def label(self, lang: str = "ar") -> str:
        return self.label_ar if lang == "ar" else self.label_en


class Reviewer(Base):
    __tablename__ = "reviewers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Source(Base):
    """Who said or published something; unique by normalised name."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    url: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(500), default="")
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="ar")
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    source_filename: Mapped[str | None] = mapped_column(String(500))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    analyzed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Claim.start"
    )


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_article_start", "article_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    context_before: Mapped[str] = mapped_column(Text, default="")
    context_after: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    score: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # quantities, dates, verb, channel
    kind: Mapped[str] = mapped_column(String(20), default="other")
    claim_as_checked: Mapped[str | None] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(24), default="new", index=True)
    rating_id: Mapped[int | None] = mapped_column(ForeignKey("ratings.id", ondelete="SET NULL"))
    explanation: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    flagged: Mapped[str | None] = mapped_column(Text)  # why the claim needs the reviewer's eye
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[Article] = relationship(back_populates="claims")
    speaker: Mapped[Source | None] = relationship(lazy="joined")
    rating: Mapped[Rating | None] = relationship(lazy="joined")
    reviewer: Mapped[Reviewer | None] = relationship(lazy="joined")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="Evidence.position"
    )
    tag_links: Mapped[list[ClaimTag]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def tags(self) -> list[str]:
        return sorted(link.tag.name for link in self.tag_links)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class ClaimTag(Base):
    __tablename__ = "claim_tags"
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[Tag] = relationship(lazy="joined")


class ClaimLink(Base):
    """A relation between two claims of an article; today: conflicting figures."""

    __tablename__ = "claim_links"
    __table_args__ = (UniqueConstraint("claim_a_id", "claim_b_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_a_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    claim_b_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="conflict")
    reason: Mapped[str] = mapped_column(Text, default="")

    # Declared so that the unit of work deletes links before the claims they point to.
    claim_a: Mapped[Claim] = relationship(foreign_keys=[claim_a_id], passive_deletes=True)
    claim_b: Mapped[Claim] = relationship(foreign_keys=[claim_b_id], passive_deletes=True)


class Evidence(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="url")
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(300))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    accessed_at: Mapped[dt.date | None] = mapped_column(Date)
    excerpt: Mapped[str | None] = mapped_column(Text)
    stance: Mapped[str] = mapped_column(String(20), default="unclear")
    attachment_sha256: Mapped[str | None] = mapped_column(String(64))
    attachment_name: Mapped[str | None] = mapped_column(String(500))
    attachment_mime: Mapped[str | None] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="evidence")


class AuditEvent(Base):
    """One recorded change: who, when, which command, which field, old and new value."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_uuid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    command: Mapped[str] = mapped_column(String(80))
    step_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    field: Mapped[str | None] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class UndoStep(Base):
    """One undoable command: the row changes it made, enough to revert and re-apply them."""

    __tablename__ = "undo_steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    command: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    undone: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    ops: Mapped[list[Any]] = mapped_column(default=list)


# Tables whose rows are captured for audit and undo (order = dependency order).
TRACKED_MODELS: tuple[type[Base], ...] = (
    Rating, Reviewer, Source, Tag, Article, Claim, ClaimTag, ClaimLink, Evidence,
)
