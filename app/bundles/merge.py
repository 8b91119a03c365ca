"""Importing a bundle: merge by uuid, never silently overwrite a reviewed claim.

* New articles, claims, evidence, sources and ratings are added (uuids kept).
* Things equal on both sides are skipped; importing the same bundle twice changes nothing.
* Where a claim (or its evidence) differs, the newer side (``updated_at``) wins only if the
  other side did not review it (status done / needs_second_review, or a verdict). Otherwise
  the local values stay and the incoming ones are written into the claim's ``flagged`` text
  ("bundle from X: verdict = false (theirs) vs true (yours)") for the reviewer.

The whole import is one undoable command in one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.analysis.normalize import normalize_key
from app.bundles.flags import Flag, flag_line
from app.bundles.format import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    EVIDENCE_FIELDS,
    Bundle,
    claim_record,
    evidence_record,
    read_bundle,
    record,
    source_record,
)
from app.services import attachments
from app.services.claims import touch
from app.services.core import Workspace, command
from app.services.sources import get_or_create_reviewer
from app.storage.models import (
    REVIEWED_STATUSES,
    Article,
    AuditEvent,
    Claim,
    ClaimLink,
    ClaimTag,
    Evidence,
    Rating,
    Source,
    Tag,
    utcnow,
)

# Claim fields compared and merged (identity, timestamps, version and flags are not content).
CLAIM_MERGED = ("start", "end", "quote", "context_before", "context_after", "origin", "score", "reasons", "details",
                "kind", "claim_as_checked", "speaker", "speaker_start", "speaker_end", "status", "verdict",
                "explanation", "reviewer", "tags")
EVIDENCE_MERGED = tuple(f for f in EVIDENCE_FIELDS if f not in ("uuid", "created_at", "updated_at", "position"))
ARTICLE_MERGED = ("title", "outlet", "url", "author", "published_on", "language")
SOURCE_MERGED = ("name", "kind", "url", "notes")
_DATES = {"published_on", "accessed_at"}
_TIMES = {"imported_at", "analyzed_at", "updated_at", "created_at", "at"}


@dataclass
class MergeSummary:
    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    step_id: int | None = None

    def totals(self) -> dict[str, int]:
        return {name: sum(getattr(self, name).values()) for name in ("added", "skipped", "updated", "flagged")}

    def to_dict(self) -> dict[str, Any]:
        return {**self.totals(), "by_kind": {name: dict(getattr(self, name)) for name in
                                             ("added", "skipped", "updated", "flagged")}, "notes": self.notes}

    def line(self) -> str:
        t = self.totals()
        return f"added {t['added']}, skipped {t['skipped']}, updated {t['updated']}, flagged {t['flagged']}"


def reviewed(rec: dict[str, Any]) -> bool:
    return rec.get("status") in REVIEWED_STATUSES or rec.get("verdict") is not None


def decode(name: str, value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    if name in _DATES:
        return dt.date.fromisoformat(value)
    if name in _TIMES:
        return dt.datetime.fromisoformat(value)
    return value


def _newer(theirs: dict[str, Any], mine: dict[str, Any]) -> bool:
    a, b = theirs.get("updated_at"), mine.get("updated_at")
    return bool(a) and (not b or decode("updated_at", a) > decode("updated_at", b))


def _show(value: Any) -> str:
    text = "—" if value in (None, "", []) else (", ".join(value) if isinstance(value, list) else str(value))
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


class Merger:
    def __init__(self, s: Session, bundle: Bundle, summary: MergeSummary) -> None:
        self.s, self.bundle, self.summary = s, bundle, summary
        self.sources: dict[str, Source] = {}  # bundle uuid → local source
        self.ratings: dict[str, Rating] = {r.key: r for r in s.scalars(select(Rating))}

    # -- shared things ----------------------------------------------------------------------

    def rating(self, rec: dict[str, Any]) -> None:
        if rec["key"] not in self.ratings:
            values = {k: rec[k] for k in ("key", "label_ar", "label_en", "value", "color", "position") if k in rec}
            rating = Rating(**{"label_ar": rec["key"], "label_en": rec["key"], "value": 0, "color": "#888888",
                               **values})
            self.s.add(rating)
            self.ratings[rating.key] = rating
            self.summary.added["ratings"] += 1
            self.summary.notes.append(f"verdict {rec['key']!r} added to the rating scale")

    def source(self, rec: dict[str, Any]) -> None:
        src = self.s.scalars(select(Source).where(Source.uuid == rec["uuid"])).first()
        if src is None:
            same_name = self.s.scalars(select(Source).where(Source.name_key == normalize_key(rec["name"]))).first()
            if same_name is not None:
                self.sources[rec["uuid"]] = same_name
                self.summary.skipped["sources"] += 1
                return
            src = Source(**{k: decode(k, rec.get(k)) for k in ("uuid", "name", "kind", "url", "notes", "created_at",
                                                                "updated_at") if rec.get(k) is not None})
            src.name_key = normalize_key(rec["name"])
            self.s.add(src)
            self.s.flush()
            self.summary.added["sources"] += 1
        else:
            mine = source_record(src)
            diff = [f for f in SOURCE_MERGED if rec.get(f) != mine[f]]
            clash = "name" in diff and self.s.scalars(select(Source.id).where(
                Source.name_key == normalize_key(rec["name"]), Source.id != src.id)).first() is not None
            if diff and _newer(rec, mine) and not clash:
                for f in diff:
                    setattr(src, f, rec.get(f))
                src.name_key = normalize_key(src.name)
                self.summary.updated["sources"] += 1
            else:
                self.summary.skipped["sources"] += 1
        self.sources[rec["uuid"]] = src

    # -- articles ---------------------------------------------------------------------------

    def article(self, payload: dict[str, Any]) -> None:
        rec = payload["article"]
        art = self.s.scalars(select(Article).where(Article.uuid == rec["uuid"])).first()
        if art is None:
            twin = self.s.scalars(select(Article.id).where(Article.text_sha256 == rec.get("text_sha256"))).first()
            if twin is not None:
                self.summary.notes.append(f"article “{rec.get('title')}” has the same text as local article {twin} "
                                          "(imported separately); it was added beside it")
            art = Article(**{k: decode(k, rec.get(k)) for k in ARTICLE_FIELDS if rec.get(k) is not None})
            self.s.add(art)
            self.s.flush()
            self.summary.added["articles"] += 1
        else:
            mine = record(art, ARTICLE_FIELDS)
            diff = [f for f in ARTICLE_MERGED if rec.get(f) != mine[f]]
            if diff and _newer(rec, mine):
                for f in diff:
                    setattr(art, f, decode(f, rec.get(f)))
                self.summary.updated["articles"] += 1
            else:
                self.summary.skipped["articles"] += 1
            if rec["text"] != art.text:
                self.summary.notes.append(f"article {art.id}: the bundle's text differs; the local text is kept")
        claims = {c["uuid"]: self.claim(art, c) for c in payload["claims"]}
        for link in payload["links"]:
            a, b = claims.get(link.get("claim_a")), claims.get(link.get("claim_b"))
            if a is not None and b is not None and self.s.scalars(select(ClaimLink.id).where(
                    ClaimLink.claim_a_id == a.id, ClaimLink.claim_b_id == b.id,
                    ClaimLink.kind == link.get("kind", "conflict"))).first() is None:
                self.s.add(ClaimLink(claim_a_id=a.id, claim_b_id=b.id, kind=link.get("kind", "conflict"),
                                     reason=link.get("reason") or ""))
        self.audit(payload["audit"])

    def audit(self, events: list[dict[str, Any]]) -> None:
        refs = sorted({str(e["entity_uuid"]) for e in events if e.get("entity_uuid")})
        have = {(a.at.isoformat(), a.entity_uuid, a.action, a.field, a.command) for a in self.s.scalars(
            select(AuditEvent).where(AuditEvent.entity_uuid.in_(refs)))} if refs else set()
        for e in events:
            key = (e.get("at"), e.get("entity_uuid"), e.get("action"), e.get("field"), e.get("command"))
            if None in key[:3] or key in have:
                continue
            have.add(key)  # type: ignore[arg-type]
            self.s.add(AuditEvent(**{k: decode(k, e.get(k)) for k in ("at", "actor", "command", "entity",
                                                                      "entity_uuid", "action", "field",
                                                                      "old_value", "new_value")}))

    # -- claims -----------------------------------------------------------------------------

    def _apply(self, claim: Claim, rec: dict[str, Any], names: list[str]) -> None:
        for name in names:
            value = rec.get(name)
            if name == "speaker":
                claim.speaker_id = self.sources[value].id if value in self.sources else None
            elif name == "verdict":
                claim.rating_id = self.ratings[value].id if value in self.ratings else None
            elif name == "reviewer":
                reviewer = get_or_create_reviewer(self.s, value) if value else None
                claim.reviewer_id = reviewer.id if reviewer else None
            elif name == "tags":
                self._tags(claim, value or [])
            else:
                setattr(claim, name, decode(name, value))

    def _tags(self, claim: Claim, names: list[str]) -> None:
        wanted = set(names)
        for link in list(claim.tag_links):
            if link.tag.name not in wanted:
                claim.tag_links.remove(link)
        have = {link.tag.name for link in claim.tag_links}
        for name in sorted(wanted - have):
            tag = self.s.scalars(select(Tag).where(Tag.name == name)).first()
            if tag is None:
                tag = Tag(name=name)
                self.s.add(tag)
                self.s.flush()
            claim.tag_links.append(ClaimTag(claim_id=claim.id, tag_id=tag.id, tag=tag))

    def _flag(self, claim: Claim, lines: list[str]) -> bool:
        new = [line for line in lines if line not in (claim.flagged or "")]
        if not new:
            return False
        claim.flagged = "\n".join(x for x in (claim.flagged, *new) if x)
        return True

    def claim(self, art: Article, rec: dict[str, Any]) -> Claim | None:
        claim = self.s.scalars(select(Claim).where(Claim.uuid == rec["uuid"])).first()
        if claim is None:
            return self._new_claim(art, rec)
        mine = claim_record(claim)
        diff = [f for f in CLAIM_MERGED if rec.get(f) != mine[f]]
        if not diff:
            self.summary.skipped["claims"] += 1
        elif _newer(rec, mine) and not reviewed(mine):
            self._apply(claim, rec, diff)
            touch(claim)
            self.summary.updated["claims"] += 1
        elif not _newer(rec, mine) and not reviewed(rec):
            self.summary.skipped["claims"] += 1  # ours is newer and theirs was not reviewed: ours wins
        else:
            lines = [flag_line(Flag(self.bundle.origin, f, _show(rec.get(f)), _show(mine[f]))) for f in diff]
            if self._flag(claim, lines):
                touch(claim)
                self.summary.flagged["claims"] += 1
            else:
                self.summary.skipped["claims"] += 1
        for ev in rec["evidence"]:
            self.evidence(claim, ev, reviewed(claim_record(claim)))
        return claim

    def deleted_here(self, table: str, uuid: str) -> bool:
        """Whether this database's history shows the row was deleted (and not restored since)."""
        last = self.s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == table, AuditEvent.entity_uuid == uuid, AuditEvent.action.in_(("insert", "delete")))
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(1)).first()
        return last == "delete"

    def _new_claim(self, art: Article, rec: dict[str, Any]) -> Claim | None:
        if self.deleted_here("claims", rec["uuid"]):
            self.summary.notes.append(f"claim “{_show(rec.get('quote'))}” was deleted here; not imported again")
            self.summary.skipped["claims"] += 1
            return None
        start, end = rec["start"], rec["end"]
        if art.text[start:end] != rec.get("quote"):
            found = art.text.find(rec.get("quote") or "\0")
            if found < 0:
                self.summary.notes.append(f"claim {rec['uuid']} not imported: its quote is not in article {art.id}")
                self.summary.skipped["claims"] += 1
                return None
            start, end = found, found + len(rec["quote"])
        values = {k: decode(k, rec.get(k)) for k in CLAIM_FIELDS if rec.get(k) is not None}
        claim = Claim(article_id=art.id, **{**values, "start": start, "end": end})
        self.s.add(claim)
        self.s.flush()
        self._apply(claim, rec, ["speaker", "verdict", "reviewer", "tags"])
        self.summary.added["claims"] += 1
        for ev in rec["evidence"]:
            self.evidence(claim, ev, False)
        return claim

    def evidence(self, claim: Claim, rec: dict[str, Any], claim_reviewed: bool) -> None:
        ev = self.s.scalars(select(Evidence).where(Evidence.uuid == rec["uuid"])).first()
        if ev is None and self.deleted_here("evidence", rec["uuid"]):
            self.summary.notes.append(f"evidence “{_show(rec.get('title') or rec.get('url'))}” was deleted here; "
                                      "not imported again")
            self.summary.skipped["evidence"] += 1
            return
        if ev is None:
            values = {k: decode(k, rec.get(k)) for k in EVIDENCE_FIELDS if rec.get(k) is not None}
            self.s.add(Evidence(claim_id=claim.id, **values))
            self.summary.added["evidence"] += 1
            return
        mine = evidence_record(ev)
        diff = [f for f in EVIDENCE_MERGED if rec.get(f) != mine[f]]
        if not diff or not _newer(rec, mine):
            self.summary.skipped["evidence"] += 1
        elif not claim_reviewed:
            for f in diff:
                setattr(ev, f, decode(f, rec.get(f)))
            ev.updated_at = utcnow()
            self.summary.updated["evidence"] += 1
        else:
            title = _show(mine.get("title") or mine.get("url") or mine.get("excerpt"))
            lines = [flag_line(Flag(self.bundle.origin, f, _show(rec.get(f)), _show(mine[f]), evidence=title))
                     for f in diff]
            if self._flag(ev.claim, lines):
                touch(ev.claim)
                self.summary.flagged["evidence"] += 1
            else:
                self.summary.skipped["evidence"] += 1


@command("import_bundle", "import bundle")
def _merge(s: Session, ws: Workspace, bundle: Bundle) -> MergeSummary:
    summary = MergeSummary()
    merger = Merger(s, bundle, summary)
    for payload in bundle.articles:
        for rating in payload["ratings"]:
            merger.rating(rating)
    s.flush()
    for payload in bundle.articles:
        for src in payload["sources"]:
            if src["uuid"] not in merger.sources:
                merger.source(src)
    for payload in bundle.articles:
        merger.article(payload)
    return summary


def import_bundle(ws: Workspace, path: str | os.PathLike[str]) -> MergeSummary:
    """Check the whole bundle, store its attachments, then merge it (one undoable command)."""
    bundle = read_bundle(path)
    for sha, data in bundle.attachments.items():
        if not attachments.store_path(ws.db.data_dir, sha).is_file():
            attachments.store_bytes(ws.db.data_dir, data, sha)
    changes = _merge(ws, bundle)
    summary = changes.result
    assert isinstance(summary, MergeSummary)
    summary.step_id = changes.step_id
    return summary
