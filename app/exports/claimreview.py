"""schema.org ClaimReview (JSON-LD): one object per claim with a verdict, checked before writing.

The output is validated against ``resources/templates/claimreview.schema.json``: a missing
required field (organisation name, page URL...) refuses the export with the list of what
is missing (:class:`ClaimReviewError`, exit 2); a missing recommended field is a warning.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app import paths
from app.errors import InputError
from app.exports.common import safe_url, write_atomic
from app.exports.report import ClaimInfo, Report

CLAIM_REVIEWED_MAX = 75  # characters: longer text is cut in search results
_PERSON_KINDS = {"person", "social"}


class ClaimReviewError(InputError):
    """Required ClaimReview fields are missing; nothing was written."""


@dataclass
class Organisation:
    name: str | None = None
    url: str | None = None

    @classmethod
    def from_env(cls, name: str | None = None, url: str | None = None) -> Organisation:
        return cls(name or os.environ.get("SANAD_ORG_NAME") or None, url or os.environ.get("SANAD_ORG_URL") or None)


@dataclass
class ClaimReviewResult:
    items: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)


@cache
def schema() -> dict[str, Any]:
    path = paths.resources_dir() / "templates" / "claimreview.schema.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _rating(claim: ClaimInfo, lang: str, bounds: tuple[int, int] | None) -> dict[str, Any]:
    assert claim.rating is not None
    out: dict[str, Any] = {"@type": "Rating", "alternateName": claim.rating.label(lang)}
    if bounds is not None:
        worst, best = bounds
        if worst <= claim.rating.value <= best:
            out.update(ratingValue=int(claim.rating.value), bestRating=int(best), worstRating=int(worst))
    return out


def _item(report: Report, claim: ClaimInfo, lang: str, org: Organisation, page: str | None) -> dict[str, Any]:
    article = report.article
    reviewed: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker is not None:
        kind = "Person" if claim.speaker.kind in _PERSON_KINDS else "Organization"
        speaker: dict[str, Any] = {"@type": kind, "name": claim.speaker.name}
        if safe_url(claim.speaker.url):
            speaker["url"] = claim.speaker.url
        reviewed["author"] = speaker
    if article.published_on is not None:
        reviewed["datePublished"] = article.published_on.isoformat()
    if safe_url(article.url):
        reviewed["appearance"] = [{"@type": "CreativeWork", "url": safe_url(article.url)}]
    author: dict[str, Any] = {"@type": "Organization"}
    if org.name:
        author["name"] = org.name
    if safe_url(org.url):
        author["url"] = safe_url(org.url)
    item: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.checked_text,
        "reviewRating": _rating(claim, lang, report.rating_bounds()),
        "itemReviewed": reviewed,
        "author": author,
        "datePublished": claim.updated_at.date().isoformat(),
        "inLanguage": lang,
    }
    if page:
        item["url"] = f"{page}#claim-{claim.uuid}"
    return item


def _missing(error: Any, path: list[Any]) -> list[str]:
    """Dotted names of the fields a ``required`` error says are missing (``path`` inside one item)."""
    base = ".".join(str(p) for p in path if not isinstance(p, int))
    if error.validator in ("required", "dependentRequired") and isinstance(error.instance, dict):
        wanted = error.validator_value
        if error.validator == "dependentRequired":
            wanted = [name for deps in wanted.values() for name in deps]
        return [f"{base}.{name}" if base else name for name in wanted if name not in error.instance]
    return [f"{base or '(item)'}: {error.message}"]


def build(report: Report, lang: str, org: Organisation, *, page_url: str | None = None) -> ClaimReviewResult:
    """The ClaimReview objects, validated; raises ClaimReviewError if required fields are missing."""
    import jsonschema

    page = safe_url(page_url) or safe_url(org.url)
    reviewed = [c for c in report.claims if c.rating is not None]
    items = [_item(report, c, lang, org, page) for c in reviewed]
    full = schema()
    required = jsonschema.Draft202012Validator(full)
    problems: dict[str, list[int]] = {}
    for error in required.iter_errors(items):
        path = list(error.absolute_path)
        index = path[0] if path else None
        for name in _missing(error, path[1:]):
            problems.setdefault(name, []).append(reviewed[index].number if isinstance(index, int) else 0)
    if problems:
        hints = {"author.name": " (pass --org-name or set SANAD_ORG_NAME)",
                 "url": " (pass --org-url or set SANAD_ORG_URL: the page that publishes the review)"}
        listed = "; ".join(f"{name}{hints.get(name, '')}" for name in sorted(problems))
        raise ClaimReviewError(f"ClaimReview not written: required fields are missing or invalid: {listed}")
    warnings: list[str] = []
    recommended = jsonschema.Draft202012Validator(full["$defs"]["recommended"])
    for item, claim in zip(items, reviewed, strict=True):
        missing = sorted({name for error in recommended.iter_errors(item)
                          for name in _missing(error, list(error.absolute_path))})
        if missing:
            warnings.append(f"claim {claim.number}: recommended fields missing: {', '.join(missing)}")
        if len(item["claimReviewed"]) > CLAIM_REVIEWED_MAX:
            warnings.append(f"claim {claim.number}: claimReviewed has {len(item['claimReviewed'])} characters "
                            f"(more than {CLAIM_REVIEWED_MAX}; search results may cut it)")
    if not items:
        warnings.append("no claim has a verdict yet: the ClaimReview file is an empty list")
    return ClaimReviewResult(items, warnings)


def render_claimreview(report: Report, lang: str, org: Organisation, *,
                       page_url: str | None = None) -> tuple[bytes, list[str]]:
    result = build(report, lang, org, page_url=page_url)
    data = json.dumps(result.items, ensure_ascii=False, indent=2) + "\n"
    return data.encode("utf-8"), result.warnings


def write_claimreview(report: Report, path: str | os.PathLike[str], lang: str, org: Organisation, *,
                      page_url: str | None = None) -> list[str]:
    data, warnings = render_claimreview(report, lang, org, page_url=page_url)
    write_atomic(path, data)
    return warnings
