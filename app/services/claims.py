"""Commands on claims: add, re-span, split, merge, review fields, tags, delete.

Every command that changes an existing claim takes ``expected_version``: the version the
caller last saw. If someone else changed the claim since, :class:`ConflictError` is raised
with both values, never a silent overwrite (optimistic locking).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, InputError
from app.services.core import Workspace, command
from app.services.queries import get_article, get_row
from app.services.sources import get_or_create_reviewer, get_or_create_source
from app.storage.models import (
    CLAIM_KINDS,
    CLAIM_STATUSES,
    Claim,
    ClaimLink,
    ClaimTag,
    Rating,
    Tag,
    utcnow,
)

CONTEXT_CHARS = 40
_TRIM = " \t\n\u00a0\u200f\u200e"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Clamp ``[start, end)`` to the text and strip surrounding white space and marks."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start > end:
        start, end = end, start
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def set_span(claim: Claim, text: str, start: int, end: int) -> None:
    start, end = trim_span(text, start, end)
    if start >= end:
        raise InputError("a claim needs some text: the span is empty")
    claim.start, claim.end = start, end
    claim.quote = text[start:end]
    claim.context_before = text[max(0, start - CONTEXT_CHARS):start]
    claim.context_after = text[end:end + CONTEXT_CHARS]


def load_claim(s: Session, claim_id: int, expected_version: int | None = None) -> Claim:
    claim = get_row(s, Claim, claim_id, "claim")
    if expected_version is not None and claim.version != expected_version:
        raise ConflictError(
            f"claim #{claim_id} was changed by someone else since you opened it "
            f"(your version {expected_version}, now {claim.version})",
            theirs=claim,
        )
    return claim


def touch(claim: Claim) -> None:
    claim.version = (claim.version or 0) + 1
    claim.updated_at = utcnow()


@command("add_claim", "add claim")
def add_claim(s: Session, ws: Workspace, article_id: int, start: int, end: int, *, kind: str = "other",
              origin: str = "manual", score: float | None = None, reasons: list[str] | None = None,
              details: dict[str, Any] | None = None) -> int:
    article = get_article(s, article_id)
    if kind not in CLAIM_KINDS:
        raise InputError(f"unknown claim kind {kind!r}")
    claim = Claim(article_id=article.id, origin=origin, kind=kind, score=score,
                  reasons=list(reasons or []), details=dict(details or {}))
    set_span(claim, article.text, start, end)
    s.add(claim)
    s.flush()
    return claim.id


@command("change_span", "change claim span")
def change_span(s: Session, ws: Workspace, claim_id: int, start: int, end: int, *,
                expected_version: int | None = None) -> None:
    claim = load_claim(s, claim_id, expected_version)
    set_span(claim, claim.article.text, start, end)
    touch(claim)


_COPIED_ON_SPLIT = ("origin", "kind", "score", "reasons", "details", "claim_as_checked", "speaker_id",
                    "speaker_start", "speaker_end", "status", "rating_id", "explanation", "reviewer_id")


@command("split_claim", "split claim")
def split_claim(s: Session, ws: Workspace, claim_id: int, at: int, *, expected_version: int | None = None) -> int:
    """Cut a claim in two at text offset ``at``; returns the new (second) claim's id."""
    claim = load_claim(s, claim_id, expected_version)
    text = claim.article.text
    if not claim.start < at < claim.end:
        raise InputError("split point must fall inside the claim")
    first_end, second_start = at, at
    if trim_span(text, claim.start, first_end)[0] >= trim_span(text, claim.start, first_end)[1] or \
            trim_span(text, second_start, claim.end)[0] >= trim_span(text, second_start, claim.end)[1]:
        raise InputError("both parts of a split claim need some text")
    second = Claim(article_id=claim.article_id, **{f: getattr(claim, f) for f in _COPIED_ON_SPLIT})
    set_span(second, text, second_start, claim.end)
    set_span(claim, text, claim.start, first_end)
    if second.speaker_start is not None and (second.speaker_start or 0) < second.start:
        second.speaker_start = second.speaker_end = None
    touch(claim)
    s.add(second)
    s.flush()
    return second.id


@command("merge_claims", "merge claims")
def merge_claims(s: Session, ws: Workspace, claim_ids: list[int]) -> int:
    """Merge claims of one article into the first; the others are deleted. Returns the kept id."""
    claims = sorted((load_claim(s, cid) for cid in set(claim_ids)), key=lambda c: c.start)
    if len(claims) < 2:
        raise InputError("choose at least two claims to merge")
    if len({c.article_id for c in claims}) != 1:
        raise InputError("only claims of the same article can be merged")
    keep, rest = claims[0], claims[1:]
    for other in rest:
        for ev in list(other.evidence):
            ev.claim = keep
        for field in ("explanation", "claim_as_checked"):
            if getattr(other, field) and getattr(other, field) != getattr(keep, field):
                joined = "\n".join(x for x in (getattr(keep, field), getattr(other, field)) if x)
                setattr(keep, field, joined)
        for name in ("speaker_id", "rating_id", "reviewer_id"):
            if getattr(keep, name) is None:
                setattr(keep, name, getattr(other, name))
    set_span(keep, keep.article.text, keep.start, max(c.end for c in claims))
    touch(keep)
    s.flush()
    for other in rest:
        delete_claim_rows(s, other)
    return keep.id


def _update(s: Session, claim_id: int, expected_version: int | None, **values: Any) -> Claim:
    claim = load_claim(s, claim_id, expected_version)
    changed = False
    for name, value in values.items():
        if getattr(claim, name) != value:
            setattr(claim, name, value)
            changed = True
    if changed:
        touch(claim)
    return claim


@command("set_status", "set status")
def set_status(s: Session, ws: Workspace, claim_id: int, status: str, *, expected_version: int | None = None) -> None:
    if status not in CLAIM_STATUSES:
        raise InputError(f"unknown status {status!r}; use one of: {', '.join(CLAIM_STATUSES)}")
    _update(s, claim_id, expected_version, status=status)


def rating_by_key(s: Session, key: str) -> Rating:
    rating = s.scalars(select(Rating).where(Rating.key == key)).first()
    if rating is None:
        keys = ", ".join(s.scalars(select(Rating.key).order_by(Rating.position)))
        raise InputError(f"unknown verdict {key!r}; use one of: {keys}")
    return rating


@command("set_verdict", "set verdict")
def set_verdict(s: Session, ws: Workspace, claim_id: int, key: str | None, *,
                expected_version: int | None = None) -> None:
    rating_id = rating_by_key(s, key).id if key else None
    _update(s, claim_id, expected_version, rating_id=rating_id)


@command("set_kind", "set claim kind")
def set_kind(s: Session, ws: Workspace, claim_id: int, kind: str, *, expected_version: int | None = None) -> None:
    if kind not in CLAIM_KINDS:
        raise InputError(f"unknown claim kind {kind!r}; use one of: {', '.join(CLAIM_KINDS)}")
    _update(s, claim_id, expected_version, kind=kind)


@command("set_claim_as_checked", "edit claim as checked")
def set_claim_as_checked(s: Session, ws: Workspace, claim_id: int, text: str, *,
                         expected_version: int | None = None) -> None:
    _update(s, claim_id, expected_version, claim_as_checked=text.strip() or None)


@command("set_explanation", "edit explanation")
def set_explanation(s: Session, ws: Workspace, claim_id: int, text: str, *,
                    expected_version: int | None = None) -> None:
    _update(s, claim_id, expected_version, explanation=text.strip() or None)


@command("set_reviewer", "set reviewer")
def set_reviewer(s: Session, ws: Workspace, claim_id: int, name: str, *, expected_version: int | None = None) -> None:
    reviewer = get_or_create_reviewer(s, name)
    _update(s, claim_id, expected_version, reviewer_id=reviewer.id if reviewer else None)


@command("set_speaker", "set speaker")
def set_speaker(s: Session, ws: Workspace, claim_id: int, name: str | None, *, kind: str | None = None,
                span: tuple[int, int] | None = None, expected_version: int | None = None) -> None:
    """Attribute the claim to a source (created if new); ``None`` or "" clears it."""
    source = get_or_create_source(s, name, kind) if name and name.strip() else None
    start, end = span if span else (None, None)
    _update(s, claim_id, expected_version, speaker_id=source.id if source else None,
            speaker_start=start, speaker_end=end)


@command("set_tags", "set tags")
def set_tags(s: Session, ws: Workspace, claim_id: int, names: list[str], *,
             expected_version: int | None = None) -> None:
    claim = load_claim(s, claim_id, expected_version)
    wanted = {" ".join(n.split()) for n in names if n.strip()}
    for link in list(claim.tag_links):
        if link.tag.name not in wanted:
            claim.tag_links.remove(link)
    have = {link.tag.name for link in claim.tag_links}
    for name in sorted(wanted - have):
        tag = s.scalars(select(Tag).where(Tag.name == name)).first() or Tag(name=name)
        s.add(tag)
        s.flush()
        claim.tag_links.append(ClaimTag(claim_id=claim.id, tag_id=tag.id, tag=tag))
    touch(claim)


@command("clear_flag", "resolve flag")
def clear_flag(s: Session, ws: Workspace, claim_id: int, *, expected_version: int | None = None) -> None:
    """The reviewer has looked at why the claim was flagged (e.g. by a bundle import): clear it."""
    _update(s, claim_id, expected_version, flagged=None)


@command("dismiss_claim", "dismiss claim")
def dismiss_claim(s: Session, ws: Workspace, claim_id: int, *, expected_version: int | None = None) -> None:
    _update(s, claim_id, expected_version, status="dismissed")


def delete_claim_rows(s: Session, claim: Claim) -> None:
    """Delete a claim with its links (loaded through the ORM so that undo restores them)."""
    with s.no_autoflush:  # a flush here would delete the claim twice when its article goes too
        links = s.scalars(select(ClaimLink).where(or_(ClaimLink.claim_a_id == claim.id,
                                                      ClaimLink.claim_b_id == claim.id)))
        for link in links:
            s.delete(link)
        s.delete(claim)


@command("delete_claim", "delete claim")
def delete_claim(s: Session, ws: Workspace, claim_id: int, *, expected_version: int | None = None) -> None:
    delete_claim_rows(s, load_claim(s, claim_id, expected_version))
