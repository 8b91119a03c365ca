"""Helpers every report format shares: dates, safe links, the annotated text, atomic files."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.exports.labels import Labels
from app.exports.report import ClaimInfo, EvidenceInfo, Report

NO_VERDICT_COLOR = "#9E9E9E"


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) link with a host, else None (``javascript:``, ``data:``, ``file:``...)."""
    if not url:
        return None
    candidate = url.strip()
    if any(ch in candidate for ch in "\x00\r\n\t "):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def verdict_color(claim: ClaimInfo) -> str:
    return claim.rating.color if claim.rating else NO_VERDICT_COLOR


def verdict_label(claim: ClaimInfo, L: Labels) -> str:
    return claim.rating.label(L.lang) if claim.rating else L("no_verdict")


def reviewed_line(report: Report, L: Labels) -> tuple[str, str]:
    """(who reviewed, when) for the report's heading."""
    who = ("، " if L.rtl else ", ").join(report.reviewers) if report.reviewers else L("none")
    if report.reviewed_from is None or report.reviewed_until is None:
        return who, L("none")
    first, last = fmt_date(report.reviewed_from.date()), fmt_date(report.reviewed_until.date())
    return who, first if first == last else f"{first} – {last}"


def article_fields(report: Report, L: Labels) -> list[tuple[str, str, str | None]]:
    """(label, value, link or None) rows of the article's metadata and review."""
    a = report.article
    who, when = reviewed_line(report, L)
    return [
        (L("title"), a.title, None),
        (L("outlet"), a.outlet or L("none"), None),
        (L("url"), a.url or L("none"), safe_url(a.url)),
        (L("author"), a.author or L("none"), None),
        (L("published_on"), fmt_date(a.published_on) or L("none"), None),
        (L("reviewed_by"), who, None),
        (L("reviewed_at"), when, None),
        (L("generated_at"), fmt_date(report.generated_at) + " UTC", None),
    ]


@dataclass(frozen=True)
class Segment:
    text: str
    claim: ClaimInfo | None = None
    first: bool = False  # the segment where the claim starts (carries its number)


def annotated_paragraphs(report: Report) -> list[list[Segment]]:
    """The article split into paragraphs of plain and claim segments (overlaps clipped)."""
    text = report.article.text
    segments: list[Segment] = []
    pos = 0
    for claim in sorted(report.claims, key=lambda c: (c.start, c.end)):
        start, end = max(claim.start, pos), min(claim.end, len(text))
        if start >= end:
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], claim, first=True))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    paragraphs: list[list[Segment]] = [[]]
    for seg in segments:
        pieces = seg.text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Segment(piece, seg.claim, seg.first and i == 0))
    return [p for p in paragraphs if any(s.text.strip() for s in p)]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``; moved onto it only when the block succeeds.

    The file is created as any new file is (mode 0666 less the umask), not private as
    ``tempfile.mkstemp`` makes it: a report is written to be shared.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_file(target.parent, f".{target.name[:100]}.")  # room for the suffix in a long name
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _new_file(folder: Path, prefix: str) -> str:
    """A new empty file in ``folder`` with a random name (never an existing one)."""
    for _ in range(tempfile.TMP_MAX):
        name = str(folder / f"{prefix}{secrets.token_hex(6)}.part")
        try:
            fd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return name
    raise FileExistsError(f"{folder}: no free temporary file name")


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def evidence_title(ev: EvidenceInfo, L: Labels) -> str:
    return ev.title or ev.url or ev.attachment_name or L.evidence_kind(ev.kind)


def evidence_facts(ev: EvidenceInfo, L: Labels) -> list[tuple[str, str, str | None]]:
    """(label, value, link or None) of one evidence item, beside its title, stance and excerpt."""
    facts: list[tuple[str, str, str | None]] = []
    if ev.publisher:
        facts.append((L("publisher"), ev.publisher, None))
    if ev.published_on:
        facts.append((L("published_on"), fmt_date(ev.published_on), None))
    if ev.accessed_at:
        facts.append((L("accessed_on"), fmt_date(ev.accessed_at), None))
    if ev.url and ev.title:
        facts.append((L("link"), ev.url, safe_url(ev.url)))
    if ev.attachment_name:
        facts.append((L("attachment"), f"{ev.attachment_name} ({(ev.attachment_sha256 or '')[:12]})", None))
    return facts


_STRONG_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_STRONG_LTR = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def text_dir(text: str) -> str:
    """``"rtl"`` or ``"ltr"`` from the first strong letter (HTML's ``dir="auto"``); ``"rtl"`` if none."""
    rtl, ltr = _STRONG_RTL.search(text), _STRONG_LTR.search(text)
    if ltr and (not rtl or ltr.start() < rtl.start()):
        return "ltr"
    return "rtl"


def after_label(value: str, rtl: bool) -> str:
    """``value`` to follow an Arabic label in the same line (Word, Markdown), in its own order.

    Digits after Arabic letters are Arabic numbers, which "-" does not join: "تاريخ النشر: 2024-03-10"
    was laid out 10-03-2024 (LibreOffice, Chromium). A LEFT-TO-RIGHT MARK before a value that does
    not start with an Arabic letter keeps it one left-to-right run; every renderer reads the mark.
    """
    if rtl and (text_dir(value) == "ltr" or not any(ch.isalpha() for ch in value)):
        return "\u200e" + value
    return value


def isolate(text: str) -> str:
    """Text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: it keeps its own direction
    inside a paragraph of the other direction (``25 قتيلاً`` in an English line)."""
    return f"\u2068{text}\u2069"
