"""Plain, immutable copies of what the screens show, read through the services' queries.

Widgets never hold ORM objects: a read session builds these snapshots and closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.errors import NotFoundError
from app.services import queries
from app.services.core import Workspace


@dataclass(frozen=True)
class RatingInfo:
    id: int
    key: str
    label_ar: str
    label_en: str
    color: str
    position: int

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_en


@dataclass(frozen=True)
class ClaimRow:
    id: int
    version: int
    start: int
    end: int
    quote: str
    status: str
    kind: str
    origin: str
    score: float | None
    verdict: str | None
    speaker: str
    speaker_span: tuple[int, int] | None
    figures: tuple[tuple[int, int], ...]
    reasons: tuple[str, ...]
    conflicts: tuple[str, ...] = ()
    evidence_count: int = 0
    flagged: str = ""  # why a bundle import flagged the claim (cleared by Resolve)


@dataclass
class ArticleSnapshot:
    id: int
    title: str
    text: str
    outlet: str | None
    url: str | None
    author: str | None
    published_on: Any
    analyzed: bool
    claims: list[ClaimRow] = field(default_factory=list)


def _figures(details: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    out = []
    for q in details.get("quantities") or []:
        try:
            out.append((int(q["start"]), int(q["end"])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(out)


def claim_row(claim: Any, conflicts: tuple[str, ...] = ()) -> ClaimRow:
    span = None
    if claim.speaker_start is not None and claim.speaker_end is not None:
        span = (int(claim.speaker_start), int(claim.speaker_end))
    return ClaimRow(
        id=claim.id, version=claim.version, start=claim.start, end=claim.end, quote=claim.quote,
        status=claim.status, kind=claim.kind, origin=claim.origin, score=claim.score,
        verdict=claim.rating.key if claim.rating else None,
        speaker=claim.speaker.name if claim.speaker else "", speaker_span=span,
        figures=_figures(claim.details or {}), reasons=tuple(claim.reasons or ()),
        conflicts=conflicts, evidence_count=len(claim.evidence), flagged=claim.flagged or "",
    )


def _conflicts_by_claim(links: list[Any]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for link in links:
        for cid in (link.claim_a_id, link.claim_b_id):
            out.setdefault(cid, []).append(link.reason or "")
    return {k: tuple(v) for k, v in out.items()}


def load_article(ws: Workspace, article_id: int) -> ArticleSnapshot:
    with ws.db.read_session() as s:
        article = queries.get_article(s, article_id)
        conflicts = _conflicts_by_claim(queries.conflict_links(s, article_id))
        rows = [claim_row(c, conflicts.get(c.id, ())) for c in queries.article_claims(s, article_id)]
        return ArticleSnapshot(
            id=article.id, title=article.title, text=article.text, outlet=article.outlet, url=article.url,
            author=article.author, published_on=article.published_on, analyzed=article.analyzed_at is not None,
            claims=rows,
        )


def load_claims(ws: Workspace, article_id: int, claim_ids: set[int]) -> dict[int, ClaimRow]:
    """Fresh rows for the given claims (missing ids were deleted)."""
    with ws.db.read_session() as s:
        conflicts = _conflicts_by_claim(queries.conflict_links(s, article_id))
        rows: dict[int, ClaimRow] = {}
        for cid in claim_ids:
            try:
                claim = queries.get_claim(s, cid)
            except NotFoundError:
                continue
            if claim.article_id == article_id:
                rows[cid] = claim_row(claim, conflicts.get(cid, ()))
        return rows


def load_ratings(ws: Workspace) -> list[RatingInfo]:
    with ws.db.read_session() as s:
        return [RatingInfo(r.id, r.key, r.label_ar, r.label_en, r.color, r.position) for r in queries.ratings(s)]


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    kind: str
    url: str | None
    title: str | None
    publisher: str | None
    published_on: Any
    accessed_at: Any
    excerpt: str | None
    stance: str
    attachment_sha256: str | None
    attachment_name: str | None
    attachment_mime: str | None


@dataclass(frozen=True)
class HistoryRow:
    at: Any
    actor: str
    command: str
    entity: str
    action: str
    field: str | None
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ClaimDetail:
    row: ClaimRow
    claim_as_checked: str
    explanation: str
    tags: tuple[str, ...]
    reviewer: str
    evidence: tuple[EvidenceRow, ...]
    history: tuple[HistoryRow, ...]

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


def load_detail(ws: Workspace, claim_id: int) -> ClaimDetail:
    with ws.db.read_session() as s:
        claim = queries.get_claim(s, claim_id)
        conflicts = _conflicts_by_claim(queries.conflict_links(s, claim.article_id)).get(claim.id, ())
        evidence = tuple(
            EvidenceRow(e.id, e.kind, e.url, e.title, e.publisher, e.published_on, e.accessed_at, e.excerpt,
                        e.stance, e.attachment_sha256, e.attachment_name, e.attachment_mime)
            for e in claim.evidence)
        events = queries.claim_history(s, claim)
        names = queries.audit_reference_names(s, events)  # a speaker's or reviewer's name, not its id
        history = tuple(HistoryRow(h.at, h.actor, h.command, h.entity, h.action, h.field,
                                   names.get((h.field or "", h.old_value or ""), h.old_value),
                                   names.get((h.field or "", h.new_value or ""), h.new_value))
                        for h in events)
        return ClaimDetail(
            row=claim_row(claim, conflicts), claim_as_checked=claim.claim_as_checked or "",
            explanation=claim.explanation or "", tags=tuple(claim.tags),
            reviewer=claim.reviewer.name if claim.reviewer else "", evidence=evidence, history=history,
        )


def source_names(ws: Workspace) -> list[str]:
    with ws.db.read_session() as s:
        return [src.name for src in queries.sources(s)]
