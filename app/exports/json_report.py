"""The JSON report: full fidelity, versioned (``"schema": "sanad-report/1"``), importable.

Everything about the article is written: its text and metadata, every claim field, the
speakers (sources), evidence with attachment hashes, tags, the ratings used, conflict
links and the audit trail. ``sanad import-json`` (``app/services/json_import.py``) reads
it back; dates are ISO 8601, datetimes naive UTC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from typing import Any

from app import __version__
from app.exports.common import write_atomic
from app.exports.report import ClaimInfo, Report, SourceInfo

SCHEMA = "sanad-report/1"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _source(src: SourceInfo) -> dict[str, Any]:
    return _plain(dataclasses.asdict(src))


def _claim(c: ClaimInfo) -> dict[str, Any]:
    return {
        "id": c.id, "uuid": c.uuid, "number": c.number, "start": c.start, "end": c.end, "quote": c.quote,
        "context_before": c.context_before, "context_after": c.context_after, "origin": c.origin,
        "score": c.score, "reasons": _plain(c.reasons), "details": _plain(c.details), "kind": c.kind,
        "claim_as_checked": c.claim_as_checked, "speaker": c.speaker.uuid if c.speaker else None,
        "speaker_start": c.speaker_start, "speaker_end": c.speaker_end, "status": c.status,
        "verdict": c.rating.key if c.rating else None, "explanation": c.explanation, "reviewer": c.reviewer,
        "flagged": c.flagged, "created_at": _plain(c.created_at), "updated_at": _plain(c.updated_at),
        "version": c.version, "tags": list(c.tags),
        "evidence": [_plain(dataclasses.asdict(ev)) for ev in c.evidence],
    }


def report_dict(report: Report) -> dict[str, Any]:
    sources: dict[str, SourceInfo] = {}
    for claim in report.claims:
        if claim.speaker is not None:
            sources.setdefault(claim.speaker.uuid, claim.speaker)
    return {
        "schema": SCHEMA,
        "generator": f"Sanad {__version__}",
        "exported_at": _plain(report.generated_at),
        "article": _plain(dataclasses.asdict(report.article)),
        "ratings": [_plain(dataclasses.asdict(r)) for r in report.ratings_used()],
        "sources": [_source(s) for s in sources.values()],
        "claims": [_claim(c) for c in report.claims],
        "conflicts": [{"a": c.a_uuid, "b": c.b_uuid, "kind": c.kind, "reason": c.reason} for c in report.conflicts],
        "review": {
            "reviewers": report.reviewers,
            "reviewed_from": _plain(report.reviewed_from),
            "reviewed_until": _plain(report.reviewed_until),
        },
        "audit": [_plain(dataclasses.asdict(ev)) for ev in report.audit],
    }


def render_json(report: Report) -> bytes:
    return (json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json(report: Report, path: str | os.PathLike[str]) -> None:
    write_atomic(path, render_json(report))
