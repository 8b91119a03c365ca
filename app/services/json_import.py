"""Importing a JSON report (``sanad-report/1``) back into Sanad: one audited, undoable command.

The article, its claims, evidence, tags and conflict links are created again with new ids.
Uuids are kept when this database does not have them yet; an article whose uuid is already
here is refused unless ``as_copy``, which gives every row fresh uuids. Speakers are matched
by their normalised name (as everywhere in Sanad), reviewers and tags by name, ratings by
key (a rating the database lacks is added to its scale).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import paths
from app.analysis.normalize import normalize_key
from app.errors import InputError
from app.services.core import Workspace, command
from app.services.sources import find_source, get_or_create_reviewer
from app.storage.models import (
    Article,
    Base,
    Claim,
    ClaimLink,
    ClaimTag,
    Evidence,
    Rating,
    Source,
    Tag,
    new_uuid,
    utcnow,
)
from app.text import normalize_newlines, sha256_text

SCHEMA = "sanad-report/1"
_EVIDENCE_FIELDS = ("kind", "url", "title", "publisher", "excerpt", "stance", "attachment_sha256",
                    "attachment_name", "attachment_mime", "position")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def validate(data: Any, where: str = "the file") -> dict[str, Any]:
    """Check a parsed report against the schema; raises InputError naming the first problem."""
    import jsonschema

    if not isinstance(data, dict):
        raise InputError(f"{where} is not a Sanad JSON report (expected a JSON object)")
    if data.get("schema") != SCHEMA:
        raise InputError(f"{where} is not a Sanad JSON report of schema {SCHEMA!r} "
                         f"(it says {data.get('schema')!r})")
    schema = json.loads((paths.resources_dir() / "templates" / "sanad-report.schema.json").read_text("utf-8"))
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is not None:
        at = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise InputError(f"{where}: invalid report at {at}: {error.message}")
    article = data["article"]
    text = normalize_newlines(article["text"])
    if article.get("text_sha256") and sha256_text(text) != article["text_sha256"]:
        raise InputError(f"{where}: the article text does not match its SHA-256 (the file was altered or damaged)")
    for claim in data["claims"]:
        if not 0 <= claim["start"] < claim["end"] <= len(text) or text[claim["start"]:claim["end"]] != claim["quote"]:
            raise InputError(f"{where}: claim {claim['uuid']} does not match the article text at "
                             f"{claim['start']}–{claim['end']}")
    known = {c["uuid"] for c in data["claims"]}
    for link in data["conflicts"]:
        if link["a"] not in known or link["b"] not in known:
            raise InputError(f"{where}: a conflict link names a claim that is not in the report")
    return data


def read_report(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate a JSON report file (one-line InputError on any problem)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{p}: not valid UTF-8 JSON ({exc})") from None
    return validate(data, str(p))


class _Uuids:
    def __init__(self, s: Session, as_copy: bool) -> None:
        self.s, self.as_copy = s, as_copy

    def __call__(self, model: type[Base], value: str) -> str:
        if self.as_copy:
            return new_uuid()
        taken = self.s.scalar(select(model.id).where(model.uuid == value))  # type: ignore[attr-defined]
        return new_uuid() if taken is not None else value


def _ratings(s: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row in rows:
        rating = s.scalars(select(Rating).where(Rating.key == row["key"])).first()
        if rating is None:
            rating = Rating(key=row["key"], label_ar=row["label_ar"], label_en=row["label_en"], value=row["value"],
                            color=row["color"], position=row.get("position", 0), active=row.get("active", True))
            s.add(rating)
            s.flush()
        ids[row["key"]] = rating.id
    return ids


def _sources(s: Session, rows: list[dict[str, Any]], uuids: _Uuids) -> dict[str, int]:
    ids: dict[str, int] = {}
    for row in rows:
        source = find_source(s, row["name"])
        if source is None:
            source = Source(uuid=uuids(Source, row["uuid"]), name=row["name"], name_key=normalize_key(row["name"]),
                            kind=row["kind"], url=row.get("url"), notes=row.get("notes"))
            s.add(source)
            s.flush()
        ids[row["uuid"]] = source.id
    return ids


def _tag(s: Session, name: str, cache: dict[str, Tag]) -> Tag:
    if name not in cache:
        tag = s.scalars(select(Tag).where(Tag.name == name)).first()
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
            s.flush()
        cache[name] = tag
    return cache[name]


def _claim(s: Session, article: Article, row: dict[str, Any], refs: dict[str, Any], uuids: _Uuids) -> Claim:
    now = utcnow()
    verdict = row.get("verdict")
    if verdict and verdict not in refs["ratings"]:
        raise InputError(f"claim {row['uuid']} has the verdict {verdict!r}, which the report's ratings lack")
    speaker = row.get("speaker")
    if speaker and speaker not in refs["sources"]:
        raise InputError(f"claim {row['uuid']} names a speaker that is not in the report's sources")
    reviewer = get_or_create_reviewer(s, row["reviewer"]) if row.get("reviewer") else None
    claim = Claim(
        uuid=uuids(Claim, row["uuid"]), article_id=article.id, start=row["start"], end=row["end"],
        quote=row["quote"], context_before=row.get("context_before", ""), context_after=row.get("context_after", ""),
        origin=row.get("origin", "manual"), score=row.get("score"), reasons=list(row.get("reasons") or []),
        details=dict(row.get("details") or {}), kind=row["kind"], claim_as_checked=row.get("claim_as_checked"),
        speaker_id=refs["sources"][speaker] if speaker else None, speaker_start=row.get("speaker_start"),
        speaker_end=row.get("speaker_end"), status=row["status"],
        rating_id=refs["ratings"][verdict] if verdict else None, explanation=row.get("explanation"),
        reviewer_id=reviewer.id if reviewer else None, flagged=row.get("flagged"),
        created_at=_datetime(row.get("created_at")) or now, updated_at=_datetime(row.get("updated_at")) or now,
        version=row.get("version") or 1,
    )
    s.add(claim)
    s.flush()
    for name in sorted(set(row.get("tags") or [])):
        tag = _tag(s, name, refs["tags"])
        s.add(ClaimTag(claim_id=claim.id, tag_id=tag.id))
    for ev in row.get("evidence") or []:
        s.add(Evidence(
            uuid=uuids(Evidence, ev["uuid"]), claim_id=claim.id, published_on=_date(ev.get("published_on")),
            accessed_at=_date(ev.get("accessed_at")), created_at=_datetime(ev.get("created_at")) or now,
            updated_at=_datetime(ev.get("updated_at")) or now,
            **{name: ev[name] for name in _EVIDENCE_FIELDS if name in ev},
        ))
    return claim


@command("import_json", "import JSON report")
def import_json(s: Session, ws: Workspace, data: dict[str, Any], *, as_copy: bool = False) -> int:
    """Create the report's article again; returns the new article's id."""
    validate(data)
    a = data["article"]
    existing = s.scalars(select(Article).where(Article.uuid == a["uuid"])).first()
    if existing is not None and not as_copy:
        raise InputError(f"article {a['uuid']} is already in this database (#{existing.id}); "
                         "use --as-copy to import it again with new uuids")
    uuids = _Uuids(s, as_copy)
    text = normalize_newlines(a["text"])
    article = Article(
        uuid=uuids(Article, a["uuid"]), title=a["title"], outlet=a.get("outlet"), url=a.get("url"),
        author=a.get("author"), published_on=_date(a.get("published_on")), language=a["language"], text=text,
        text_sha256=sha256_text(text), source_filename=a.get("source_filename"),
        imported_at=utcnow() if as_copy else (_datetime(a.get("imported_at")) or utcnow()),
        analyzed_at=_datetime(a.get("analyzed_at")),
        updated_at=_datetime(a.get("updated_at")) or utcnow(),
    )
    s.add(article)
    s.flush()
    refs: dict[str, Any] = {"ratings": _ratings(s, data["ratings"]), "sources": _sources(s, data["sources"], uuids),
                            "tags": {}}
    claim_ids = {row["uuid"]: _claim(s, article, row, refs, uuids).id for row in data["claims"]}
    s.flush()
    for link in data["conflicts"]:
        s.add(ClaimLink(claim_a_id=claim_ids[link["a"]], claim_b_id=claim_ids[link["b"]],
                        kind=link.get("kind") or "conflict", reason=link.get("reason") or ""))
    s.flush()
    return article.id
