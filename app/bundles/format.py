"""The ``.sanad`` exchange bundle: a zip of versioned JSON plus attachments, hash-checked.

Layout::

    manifest.json            {"format": "sanad-bundle", "version": 1, "created_at", "exported_by",
                              "articles": [uuid, ...], "members": {name: sha256, ...}}
    articles/<uuid>.json     one article with its claims, sources, evidence, tags, the ratings
                             it uses and its audit events (see :func:`article_payload`)
    attachments/<sha256>     evidence files, named by the SHA-256 of their content

Reading checks everything before anything is written: a bad zip, a member missing from or
not listed in the manifest, a hash mismatch, bad JSON or an unknown version refuses the
whole bundle with :class:`~app.errors.InputError`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import InputError
from app.services import attachments
from app.services.queries import get_article
from app.storage.models import Article, AuditEvent, Claim, ClaimLink, Evidence, Rating, Source

FORMAT = "sanad-bundle"
VERSION = 1
MAX_MEMBER_BYTES = 512 * 1024 * 1024
_ARTICLE_NAME = re.compile(r"^articles/([0-9a-f-]{36})\.json$")
_ATTACHMENT_NAME = re.compile(r"^attachments/([0-9a-f]{64})$")

ARTICLE_FIELDS = ("uuid", "title", "outlet", "url", "author", "published_on", "language", "text", "text_sha256",
                  "source_filename", "imported_at", "analyzed_at", "updated_at")
CLAIM_FIELDS = ("uuid", "start", "end", "quote", "context_before", "context_after", "origin", "score", "reasons",
                "details", "kind", "claim_as_checked", "speaker_start", "speaker_end", "status", "explanation",
                "flagged", "created_at", "updated_at", "version")
EVIDENCE_FIELDS = ("uuid", "kind", "url", "title", "publisher", "published_on", "accessed_at", "excerpt", "stance",
                   "attachment_sha256", "attachment_name", "attachment_mime", "position", "created_at", "updated_at")
SOURCE_FIELDS = ("uuid", "name", "kind", "url", "notes", "created_at", "updated_at")
RATING_FIELDS = ("key", "label_ar", "label_en", "value", "color", "position")
AUDIT_FIELDS = ("at", "actor", "command", "entity", "entity_uuid", "action", "field", "old_value", "new_value")


def encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def record(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: encode(getattr(obj, name)) for name in names}


def claim_record(claim: Claim) -> dict[str, Any]:
    out = record(claim, CLAIM_FIELDS)
    out["speaker"] = claim.speaker.uuid if claim.speaker else None
    out["verdict"] = claim.rating.key if claim.rating else None
    out["reviewer"] = claim.reviewer.name if claim.reviewer else None
    out["tags"] = claim.tags
    out["evidence"] = [record(ev, EVIDENCE_FIELDS) for ev in claim.evidence]
    return out


def article_payload(s: Session, article: Article) -> dict[str, Any]:
    claims = list(article.claims)
    sources = {c.speaker.uuid: c.speaker for c in claims if c.speaker}
    ratings = {c.rating.key: c.rating for c in claims if c.rating}
    by_id = {c.id: c.uuid for c in claims}
    links = s.scalars(select(ClaimLink).where(ClaimLink.claim_a_id.in_(list(by_id)))).all() if by_id else []
    entity_refs = [article.uuid] + [c.uuid for c in claims] + [ev.uuid for c in claims for ev in c.evidence]
    audit = s.scalars(select(AuditEvent).where(or_(*(AuditEvent.entity_uuid.in_(entity_refs[i:i + 500])
                                                     for i in range(0, len(entity_refs), 500))))
                      .order_by(AuditEvent.id)).all()
    return {
        "format": FORMAT, "version": VERSION,
        "article": record(article, ARTICLE_FIELDS),
        "claims": [claim_record(c) for c in claims],
        "sources": [record(src, SOURCE_FIELDS) for src in sources.values()],
        "ratings": [record(r, RATING_FIELDS) for r in ratings.values()],
        "links": [{"claim_a": by_id[link.claim_a_id], "claim_b": by_id.get(link.claim_b_id), "kind": link.kind,
                   "reason": link.reason} for link in links if link.claim_b_id in by_id],
        "audit": [record(ev, AUDIT_FIELDS) for ev in audit],
    }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_bundle(db: Any, article_ids: list[int], path: str | os.PathLike[str], *, exported_by: str = "") -> Path:
    """Write the given articles (with everything attached to them) to a ``.sanad`` bundle."""
    if not article_ids:
        raise InputError("name at least one article to export")
    from app.exports import check_target

    check_target(Path(path), getattr(db, "path", None), what="bundle")  # never over a database
    members: dict[str, bytes] = {}
    uuids: list[str] = []
    shas: set[str] = set()
    with db.read_session() as s:
        for article_id in dict.fromkeys(article_ids):
            article = get_article(s, article_id)
            payload = article_payload(s, article)
            members[f"articles/{article.uuid}.json"] = json.dumps(payload, ensure_ascii=False, indent=1).encode()
            uuids.append(article.uuid)
            shas |= {ev["attachment_sha256"] for c in payload["claims"] for ev in c["evidence"]
                     if ev["attachment_sha256"]}
    for sha in sorted(shas):
        members[f"attachments/{sha}"] = attachments.verified_path(db.data_dir, sha).read_bytes()
    manifest = {"format": FORMAT, "version": VERSION, "created_at": dt.datetime.now(dt.UTC).isoformat(),
                "exported_by": exported_by, "articles": uuids,
                "members": {name: _sha(data) for name, data in members.items()}}
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".bundle-", suffix=".tmp")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in members.items():
                zf.writestr(name, data)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


@dataclass
class Bundle:
    manifest: dict[str, Any]
    articles: list[dict[str, Any]] = field(default_factory=list)
    attachments: dict[str, bytes] = field(default_factory=dict)

    @property
    def origin(self) -> str:
        return str(self.manifest.get("exported_by") or "another Sanad")


def _refuse(path: Path, why: str) -> InputError:
    return InputError(f"{path.name}: not imported, the bundle is damaged or not a Sanad bundle ({why})")


def _json(path: Path, name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _refuse(path, f"{name} is not valid JSON: {exc}") from None


_REQUIRED = {"article": dict, "claims": list, "sources": list, "ratings": list, "links": list, "audit": list}


def _check_article(path: Path, name: str, payload: Any) -> None:
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise _refuse(path, f"{name} is not a Sanad article")
    if payload.get("version") != VERSION:
        raise _refuse(path, f"{name} has version {payload.get('version')!r}; this Sanad reads version {VERSION}")
    for key, kind in _REQUIRED.items():
        if not isinstance(payload.get(key), kind):
            raise _refuse(path, f"{name}: {key!r} is missing or malformed")
    article = payload["article"]
    if not isinstance(article.get("uuid"), str) or not isinstance(article.get("text"), str):
        raise _refuse(path, f"{name}: the article has no uuid or text")
    for claim in payload["claims"]:
        if not (isinstance(claim, dict) and isinstance(claim.get("uuid"), str) and isinstance(claim.get("start"), int)
                and isinstance(claim.get("end"), int) and isinstance(claim.get("evidence"), list)
                and isinstance(claim.get("tags"), list)):
            raise _refuse(path, f"{name}: a claim is malformed")
        if not all(isinstance(ev, dict) and isinstance(ev.get("uuid"), str) for ev in claim["evidence"]):
            raise _refuse(path, f"{name}: an evidence item is malformed")
    for src in payload["sources"]:
        if not (isinstance(src, dict) and isinstance(src.get("uuid"), str) and isinstance(src.get("name"), str)):
            raise _refuse(path, f"{name}: a source is malformed")
    for rating in payload["ratings"]:
        if not (isinstance(rating, dict) and isinstance(rating.get("key"), str)):
            raise _refuse(path, f"{name}: a rating is malformed")


def read_bundle(path: str | os.PathLike[str]) -> Bundle:
    """Read and check a whole bundle; nothing is written anywhere."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        with zipfile.ZipFile(p) as zf:
            infos = {i.filename: i for i in zf.infolist() if not i.is_dir()}
            if "manifest.json" not in infos:
                raise _refuse(p, "no manifest.json")
            if any(i.file_size > MAX_MEMBER_BYTES for i in infos.values()):
                raise _refuse(p, "a member is too large")
            data = {name: zf.read(name) for name in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise _refuse(p, f"not a readable zip file: {exc}") from None
    manifest = _json(p, "manifest.json", data.pop("manifest.json"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(p, "the manifest does not describe a Sanad bundle")
    if manifest.get("version") != VERSION:
        raise _refuse(p, f"format version {manifest.get('version')!r}; this Sanad reads version {VERSION}")
    listed = manifest.get("members")
    if not isinstance(listed, dict) or not isinstance(manifest.get("articles"), list):
        raise _refuse(p, "the manifest lists no members")
    if set(listed) != set(data):
        extra = sorted(set(data) ^ set(listed))
        raise _refuse(p, f"members and manifest disagree: {extra[0]}")
    bundle = Bundle(manifest)
    for name, blob in sorted(data.items()):
        if _sha(blob) != listed[name]:
            raise _refuse(p, f"{name} does not match its SHA-256")
        if (m := _ATTACHMENT_NAME.match(name)) is not None:
            if _sha(blob) != m.group(1):
                raise _refuse(p, f"{name} is not named by its SHA-256")
            bundle.attachments[m.group(1)] = blob
        elif (m := _ARTICLE_NAME.match(name)) is not None:
            payload = _json(p, name, blob)
            _check_article(p, name, payload)
            if payload["article"]["uuid"] != m.group(1):
                raise _refuse(p, f"{name} holds another article")
            bundle.articles.append(payload)
        else:
            raise _refuse(p, f"unexpected member {name}")
    needed = {ev["attachment_sha256"] for a in bundle.articles for c in a["claims"] for ev in c["evidence"]
              if ev.get("attachment_sha256")}
    if needed - set(bundle.attachments):
        raise _refuse(p, f"attachment {sorted(needed - set(bundle.attachments))[0][:12]}… is missing")
    return bundle


def rating_record(r: Rating) -> dict[str, Any]:
    return record(r, RATING_FIELDS)


def source_record(src: Source) -> dict[str, Any]:
    return record(src, SOURCE_FIELDS)


def evidence_record(ev: Evidence) -> dict[str, Any]:
    return record(ev, EVIDENCE_FIELDS)
