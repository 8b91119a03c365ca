"""Running the Arabic engine on a stored article and storing its claims.

The analysis itself runs outside any transaction (in the GUI, on a worker thread, with
progress and cancel); storing its result is one undoable command. Re-analysing keeps
manual and reviewed claims untouched and only replaces untouched detector claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.analysis import prefetch
from app.analysis.types import AnalysisResult, Unit
from app.errors import ConflictError
from app.services.changes import Changes
from app.services.claims import delete_claim_rows, set_span
from app.services.core import Workspace, command
from app.services.queries import get_article
from app.services.sources import find_source, get_or_create_source
from app.storage.models import Claim, ClaimLink, utcnow
from app.text import sha256_text

_SOURCE_KIND = {"person": "person", "organisation": "organisation", "government": "government",
                "media": "media", "document": "document"}


def is_reviewed(claim: Claim) -> bool:
    """A claim someone has worked on: it survives re-analysis unchanged."""
    return (claim.origin != "detector" or claim.status != "new" or claim.rating_id is not None
            or bool(claim.explanation) or bool(claim.claim_as_checked) or bool(claim.evidence)
            or bool(claim.tag_links) or claim.reviewer_id is not None)


def unit_details(unit: Unit) -> dict[str, Any]:
    details: dict[str, Any] = {
        "quantities": [q.to_dict() for q in unit.quantities],
        "dates": [d.to_dict() for d in unit.dates],
    }
    if unit.speaker is not None:
        details["speaker"] = unit.speaker.to_dict()
        details["verb"] = unit.speaker.verb
        details["channel"] = unit.speaker.channel
    return details


def analyze_article(ws: Workspace, article_id: int, *, threshold: float | None = None,
                    progress: Callable[[float], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> Changes:
    """Analyse a stored article and store the claims found (one undoable command)."""
    with ws.db.read_session() as s:
        article = get_article(s, article_id)
        text, published = article.text, article.published_on
    # The start-up file may have been analysed already by a process of its own (app.analysis.prefetch).
    result = prefetch.take(text, published, threshold, cancel)
    if result is None:
        from app.analysis.engine import analyze  # the engine loads camel-tools: only when it runs

        result = analyze(text, published, threshold=threshold, progress=progress, cancel=cancel)
    return store_analysis(ws, article_id, result)


@command("analyze_article", "analyse article")
def store_analysis(s: Session, ws: Workspace, article_id: int, result: AnalysisResult) -> dict[str, int]:
    article = get_article(s, article_id)
    if sha256_text(article.text) != result.text_sha256:
        raise ConflictError("the article's text changed while it was being analysed; analyse it again")
    kept = [c for c in article.claims if is_reviewed(c)]
    removed = 0
    for claim in list(article.claims):
        if claim not in kept:
            delete_claim_rows(s, claim)
            removed += 1
    s.flush()
    taken = sorted((c.start, c.end) for c in kept)
    new_ids: dict[int, int] = {}  # index in result.claims → claim id
    for index, unit in enumerate(result.claims):
        if any(unit.start < end and start < unit.end for start, end in taken):
            continue
        claim = Claim(article_id=article.id, origin="detector", kind=unit.kind if unit.kind else "other",
                      score=float(unit.score), reasons=list(unit.reasons), details=unit_details(unit))
        set_span(claim, article.text, unit.start, unit.end)
        speaker = unit.speaker
        if speaker is not None and speaker.start >= 0 and speaker.text.strip():
            source = find_source(s, speaker.text) or get_or_create_source(
                s, speaker.text, _SOURCE_KIND.get(speaker.kind_hint or "", "other"))
            claim.speaker_id = source.id
            claim.speaker_start, claim.speaker_end = speaker.start, speaker.end
        s.add(claim)
        s.flush()
        new_ids[index] = claim.id
    for conflict in result.conflicts:
        a, b = new_ids.get(conflict.a), new_ids.get(conflict.b)
        if a is not None and b is not None:
            s.add(ClaimLink(claim_a_id=a, claim_b_id=b, kind="conflict", reason=conflict.reason))
    article.analyzed_at = utcnow()
    article.language = result.language
    return {"added": len(new_ids), "kept": len(kept), "removed": removed}

