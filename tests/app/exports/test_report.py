"""The report data model gathered from the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from app.errors import NotFoundError
from app.exports.common import annotated_paragraphs, safe_url
from app.exports.report import gather, paragraph_context
from app.services.core import Workspace
from tests.app.exports.conftest import ARTICLE_TEXT, QUOTES


def test_gather_reads_everything(ws: Workspace, reviewed_article: int) -> None:
    with ws.db.read_session() as s:
        report = gather(s, reviewed_article)
    assert report.article.title == "فيضانات وادي السدرة"
    assert [c.quote for c in report.claims] == list(QUOTES)
    assert [c.number for c in report.claims] == [1, 2, 3, 4]
    first = report.claims[0]
    assert first.speaker is not None and first.speaker.kind == "government"
    assert first.rating is not None and first.rating.key == "true"
    assert first.tags == ["ضحايا", "فيضانات"]
    assert first.evidence[0].publisher == "وزارة الداخلية"
    assert first.paragraph_before.startswith("قالت وزارة الداخلية")
    assert first.paragraph_after == " جراء الفيضانات."
    assert [(c.a, c.b) for c in report.conflicts] == [(1, 3)]
    assert report.reviewers == ["مريم الكاتب"]
    assert report.reviewed_from is not None and report.reviewed_until is not None
    verdicts = {(r.key if r else None): n for r, n in report.verdict_counts()}
    assert verdicts == {"true": 1, "unverifiable": 1, "false": 1, None: 1}
    assert dict(report.status_counts()) == {"done": 2, "in_progress": 1, "new": 1}
    assert report.rating_bounds() == (1, 6)
    assert any(e.entity == "claims" and e.field == "rating_id" for e in report.audit)


def test_unknown_article(ws: Workspace) -> None:
    with ws.db.read_session() as s, pytest.raises(NotFoundError):
        gather(s, 9999)


def test_paragraph_context_is_cut_in_long_paragraphs() -> None:
    text = "كلمة " * 400 + "الادعاء هنا" + " كلمة" * 400 + "\nفقرة أخرى"
    start = text.index("الادعاء")
    before, after = paragraph_context(text, start, start + len("الادعاء هنا"))
    assert before.startswith("…") and len(before) <= 602
    assert after.endswith("…") and "فقرة أخرى" not in after


def test_annotated_paragraphs_number_each_claim_once(ws: Workspace, reviewed_article: int) -> None:
    with ws.db.read_session() as s:
        report = gather(s, reviewed_article)
    paragraphs = annotated_paragraphs(report)
    assert "".join(seg.text for seg in paragraphs[0]) == ARTICLE_TEXT.split("\n")[0]
    marked = [seg for para in paragraphs for seg in para if seg.claim is not None]
    assert [seg.claim.number for seg in marked if seg.first and seg.claim] == [1, 2, 3, 4]
    assert [seg.text for seg in marked] == list(QUOTES)


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), ("data:text/html,<b>", False), ("file:///etc/passwd", False),
    ("https:///nohost", False), ("//example.org", False), ("https://exa mple.org", False), (None, False),
])
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok
