"""A reviewed article for the export tests: verdicts, speakers, evidence, tags, a conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import claims as claim_cmds
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.services.evidence import add_evidence
from app.storage.models import ClaimLink

ARTICLE_TEXT = (
    "فيضانات وادي السدرة: الحكومة تعلن حصيلة جديدة\n\n"
    "قالت وزارة الداخلية في بيان إن 25 شخصاً لقوا حتفهم وأصيب 138 آخرون جراء الفيضانات.\n"
    "وأضاف البيان أن فرق الدفاع المدني أجلت نحو 6500 شخص من 14 قرية.\n"
    "من جهته، قال المتحدث باسم الهلال الأحمر سامي العطار إن عدد القتلى ارتفع إلى 27 قتيلاً.\n"
    "وبحسب هيئة الأرصاد الجوية، بلغت كمية الأمطار 180 مليمتراً خلال 24 ساعة، وهي الأعلى منذ عام 1991.\n"
)

QUOTES = (
    "25 شخصاً لقوا حتفهم وأصيب 138 آخرون",
    "أجلت نحو 6500 شخص من 14 قرية",
    "عدد القتلى ارتفع إلى 27 قتيلاً",
    "بلغت كمية الأمطار 180 مليمتراً خلال 24 ساعة",
)


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def reviewed_article(ws: Workspace) -> int:
    """An article with four claims: three reviewed (true, false, unverifiable), one new."""
    aid = int(import_article(ws, NewArticle(
        text=ARTICLE_TEXT, title="فيضانات وادي السدرة", outlet="صحيفة النخيل",
        url="https://example.org/news/1", author="ليلى حداد", published_on=dt.date(2026, 11, 3),
    )).result)
    ids = [int(claim_cmds.add_claim(ws, aid, *span(ARTICLE_TEXT, q), kind="statistic").result) for q in QUOTES]
    c1, c2, c3, _c4 = ids
    claim_cmds.set_speaker(ws, c1, "وزارة الداخلية", kind="government")
    claim_cmds.set_verdict(ws, c1, "true")
    claim_cmds.set_status(ws, c1, "done")
    claim_cmds.set_explanation(ws, c1, "تطابق الأرقام بيان الوزارة الرسمي.")
    claim_cmds.set_claim_as_checked(ws, c1, "قُتل 25 شخصاً وأصيب 138 في فيضانات وادي السدرة")
    claim_cmds.set_reviewer(ws, c1, "مريم الكاتب")
    claim_cmds.set_tags(ws, c1, ["فيضانات", "ضحايا"])
    add_evidence(ws, c1, url="https://moi.example.gov/statement", title="بيان وزارة الداخلية",
                 publisher="وزارة الداخلية", published_on=dt.date(2026, 11, 2), stance="supports",
                 excerpt="ارتفاع عدد الضحايا إلى 25")
    claim_cmds.set_speaker(ws, c3, "سامي العطار", kind="person")
    claim_cmds.set_verdict(ws, c3, "false")
    claim_cmds.set_status(ws, c3, "done")
    claim_cmds.set_explanation(ws, c3, "الرقم 27 لم يرد في أي مصدر رسمي.")
    claim_cmds.set_reviewer(ws, c3, "مريم الكاتب")
    add_evidence(ws, c3, url="https://redcrescent.example.org/pr", title="بيان الهلال الأحمر",
                 stance="refutes", accessed_at=dt.date(2026, 11, 4))
    claim_cmds.set_verdict(ws, c2, "unverifiable")
    claim_cmds.set_status(ws, c2, "in_progress")
    with ws.db.session() as s:
        s.add(ClaimLink(claim_a_id=c1, claim_b_id=c3, kind="conflict", reason="25 قتيلاً مقابل 27 قتيلاً"))
    return aid
