"""The report data model: everything a report shows, read from the database once.

:func:`gather` reads an article, its claims (with speakers, ratings, reviewers, evidence and
tags), its conflict links, the rating scale and the audit trail into plain dataclasses in
one read transaction. Every format (HTML, PDF, DOCX, CSV, XLSX, JSON, Markdown,
ClaimReview) renders from a :class:`Report`, never from the ORM.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.services import queries
from app.storage.models import CLAIM_STATUSES, AuditEvent, Claim, Evidence, Rating, Source

PARAGRAPH_CONTEXT_MAX = 600  # characters of paragraph kept on each side of a quote


@dataclass(frozen=True)
class RatingInfo:
    key: str
    label_ar: str
    label_en: str
    value: int
    color: str
    position: int
    active: bool

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_en


@dataclass(frozen=True)
class SourceInfo:
    uuid: str
    name: str
    kind: str
    url: str | None
    notes: str | None


@dataclass(frozen=True)
class EvidenceInfo:
    uuid: str
    kind: str
    url: str | None
    title: str | None
    publisher: str | None
    published_on: dt.date | None
    accessed_at: dt.date | None
    excerpt: str | None
    stance: str
    attachment_sha256: str | None
    attachment_name: str | None
    attachment_mime: str | None
    position: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class ClaimInfo:
    number: int  # 1-based, in text order
    id: int
    uuid: str
    start: int
    end: int
    quote: str
    context_before: str
    context_after: str
    paragraph_before: str  # the quote's paragraph, before and after the quote
    paragraph_after: str
    origin: str
    score: float | None
    reasons: list[Any]
    details: dict[str, Any]
    kind: str
    claim_as_checked: str | None
    speaker: SourceInfo | None
    speaker_start: int | None
    speaker_end: int | None
    status: str
    rating: RatingInfo | None
    explanation: str | None
    reviewer: str | None
    flagged: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    evidence: list[EvidenceInfo]
    tags: list[str]

    @property
    def checked_text(self) -> str:
        """What was checked: the reviewer's wording, else the quote."""
        return (self.claim_as_checked or "").strip() or self.quote


@dataclass(frozen=True)
class ConflictInfo:
    a: int  # claim numbers
    b: int
    a_uuid: str
    b_uuid: str
    kind: str
    reason: str


@dataclass(frozen=True)
class AuditInfo:
    at: dt.datetime
    actor: str
    command: str
    entity: str
    entity_uuid: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    uuid: str
    title: str
    outlet: str | None
    url: str | None
    author: str | None
    published_on: dt.date | None
    language: str
    text: str
    text_sha256: str
    source_filename: str | None
    imported_at: dt.datetime
    analyzed_at: dt.datetime | None
    updated_at: dt.datetime


@dataclass
class Report:
    article: ArticleInfo
    claims: list[ClaimInfo]
    conflicts: list[ConflictInfo]
    ratings: list[RatingInfo]  # the whole scale, in position order
    audit: list[AuditInfo]
    generated_at: dt.datetime
    reviewers: list[str] = field(default_factory=list)
    reviewed_from: dt.datetime | None = None
    reviewed_until: dt.datetime | None = None

    def verdict_counts(self) -> list[tuple[RatingInfo | None, int]]:
        """Claims per verdict, in scale order; ``None`` (no verdict yet) last, zeros left out."""
        counts = Counter(c.rating.key if c.rating else None for c in self.claims)
        rows: list[tuple[RatingInfo | None, int]] = [(r, counts[r.key]) for r in self.ratings if counts[r.key]]
        if counts[None]:
            rows.append((None, counts[None]))
        return rows

    def status_counts(self) -> list[tuple[str, int]]:
        counts = Counter(c.status for c in self.claims)
        known = [(s, counts[s]) for s in CLAIM_STATUSES if counts[s]]
        return known + [(s, n) for s, n in sorted(counts.items()) if s not in CLAIM_STATUSES]

    def ratings_used(self) -> list[RatingInfo]:
        used = {c.rating.key for c in self.claims if c.rating}
        return [r for r in self.ratings if r.key in used]

    def rating_bounds(self) -> tuple[int, int] | None:
        """(worst, best) of the active scale: best = max value, worst = min value above 0."""
        values = [r.value for r in self.ratings if r.active]
        positive = [v for v in values if v > 0]
        if not positive:
            return None
        return min(positive), max(values)


def _rating(r: Rating | None) -> RatingInfo | None:
    if r is None:
        return None
    return RatingInfo(r.key, r.label_ar, r.label_en, r.value, r.color, r.position, bool(r.active))


def _source(src: Source | None) -> SourceInfo | None:
    if src is None:
        return None
    return SourceInfo(src.uuid, src.name, src.kind, src.url, src.notes)


def _evidence(ev: Evidence) -> EvidenceInfo:
    return EvidenceInfo(ev.uuid, ev.kind, ev.url, ev.title, ev.publisher, ev.published_on, ev.accessed_at,
                        ev.excerpt, ev.stance, ev.attachment_sha256, ev.attachment_name, ev.attachment_mime,
                        ev.position, ev.created_at, ev.updated_at)


def paragraph_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the quote's paragraph before and after it (long paragraphs cut with …)."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    if p_end < 0:
        p_end = len(text)
    before, after = text[p_start:start], text[end:p_end]
    if len(before) > PARAGRAPH_CONTEXT_MAX:
        cut = before[-PARAGRAPH_CONTEXT_MAX:]
        before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    if len(after) > PARAGRAPH_CONTEXT_MAX:
        cut = after[:PARAGRAPH_CONTEXT_MAX]
        after = (cut[:cut.rfind(" ")] if " " in cut else cut) + "…"
    return before, after


def _claim(number: int, c: Claim, text: str) -> ClaimInfo:
    before, after = paragraph_context(text, c.start, c.end)
    evidence = sorted(c.evidence, key=lambda e: (e.position, e.id))
    return ClaimInfo(
        number=number, id=c.id, uuid=c.uuid, start=c.start, end=c.end, quote=c.quote,
        context_before=c.context_before, context_after=c.context_after,
        paragraph_before=before, paragraph_after=after, origin=c.origin, score=c.score,
        reasons=list(c.reasons or []), details=dict(c.details or {}), kind=c.kind,
        claim_as_checked=c.claim_as_checked, speaker=_source(c.speaker), speaker_start=c.speaker_start,
        speaker_end=c.speaker_end, status=c.status, rating=_rating(c.rating), explanation=c.explanation,
        reviewer=c.reviewer.name if c.reviewer else None, flagged=c.flagged, created_at=c.created_at,
        updated_at=c.updated_at, version=c.version, evidence=[_evidence(e) for e in evidence], tags=c.tags,
    )


def _audit(s: Session, article_id: int, article_uuid: str) -> list[AuditInfo]:
    """Audit events of the article, its claims and their evidence, oldest first."""
    claim_uuids = select(Claim.uuid).where(Claim.article_id == article_id)
    evidence_uuids = select(Evidence.uuid).join(Claim, Evidence.claim_id == Claim.id).where(
        Claim.article_id == article_id)
    rows = s.scalars(select(AuditEvent).where(or_(
        (AuditEvent.entity == "articles") & (AuditEvent.entity_uuid == article_uuid),
        (AuditEvent.entity == "claims") & AuditEvent.entity_uuid.in_(claim_uuids),
        (AuditEvent.entity == "evidence") & AuditEvent.entity_uuid.in_(evidence_uuids),
    )).order_by(AuditEvent.id))
    return [AuditInfo(e.at, e.actor, e.command, e.entity, e.entity_uuid, e.action, e.field, e.old_value,
                      e.new_value) for e in rows]


def _is_reviewed(c: ClaimInfo) -> bool:
    return c.status != "new" or c.rating is not None or c.reviewer is not None or bool(c.explanation)


def gather(s: Session, article_id: int, *, now: dt.datetime | None = None) -> Report:
    """Read one article and everything about it into a :class:`Report` (raises NotFoundError)."""
    a = queries.get_article(s, article_id)
    article = ArticleInfo(a.id, a.uuid, a.title, a.outlet, a.url, a.author, a.published_on, a.language,
                          a.text, a.text_sha256, a.source_filename, a.imported_at, a.analyzed_at, a.updated_at)
    rows = queries.article_claims(s, article_id)
    claims = [_claim(n, c, a.text) for n, c in enumerate(rows, start=1)]
    number = {c.id: c for c in claims}
    conflicts = [
        ConflictInfo(number[link.claim_a_id].number, number[link.claim_b_id].number,
                     number[link.claim_a_id].uuid, number[link.claim_b_id].uuid, link.kind, link.reason)
        for link in queries.conflict_links(s, article_id)
        if link.claim_a_id in number and link.claim_b_id in number
    ]
    ratings = [r for r in (_rating(r) for r in queries.ratings(s, active_only=False)) if r is not None]
    audit = _audit(s, a.id, a.uuid)
    reviewed = [c for c in claims if _is_reviewed(c)]
    reviewers = sorted({c.reviewer for c in claims if c.reviewer})
    if not reviewers:
        reviewers = sorted({e.actor for e in audit if e.entity != "articles" and e.actor})
    return Report(
        article=article, claims=claims, conflicts=conflicts, ratings=ratings, audit=audit,
        generated_at=now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        reviewers=reviewers,
        reviewed_from=min((c.updated_at for c in reviewed), default=None),
        reviewed_until=max((c.updated_at for c in reviewed), default=None),
    )
