"""Markdown report: readable, and text cannot turn into links, images or table cells."""

from __future__ import annotations

from pathlib import Path

from app.exports import export_article
from app.services import claims as cmds
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.services.evidence import add_evidence


def test_markdown_report(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    export_article(ws, reviewed_article, "md", out, "ar", annotated=True)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# تقرير التحقق: فيضانات وادي السدرة\n")
    assert "### الادعاء 3 — خاطئ" in text
    assert "[بيان وزارة الداخلية](<https://moi.example.gov/statement>)" in text
    assert "| صحيح | 1 |" in text
    assert "**\\[1\\]** **25 شخصاً لقوا حتفهم وأصيب 138 آخرون**" in text  # the annotated article


def test_markdown_escapes_text(ws: Workspace, tmp_path: Path) -> None:
    text = "مقدمة\n![x](http://evil/x.png) | [click](javascript:alert(1)) قال إن 5 قتلى\n"
    aid = int(import_article(ws, NewArticle(text=text, title="# عنوان")).result)
    cid = int(cmds.add_claim(ws, aid, text.index("!"), len(text) - 1).result)
    add_evidence(ws, cid, url="javascript:alert(1)", title="[t](javascript:x)")
    out = tmp_path / "r.md"
    export_article(ws, aid, "md", out, "en")
    md = out.read_text(encoding="utf-8")
    assert "![x](" not in md and "](javascript" not in md and "](http://evil" not in md
    assert "\\!\\[x\\]\\(http://evil/x.png\\) \\|" in md
    assert md.startswith("# Fact-check report: \\# عنوان")


def test_dates_after_arabic_labels_keep_their_order(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    # Rendered (GitHub, chats), "- **تاريخ النشر:** 2026-11-03" showed 03-11-2026, in a right-to-left
    # or a left-to-right list alike (Chromium): the digits after Arabic letters are Arabic numbers.
    out = tmp_path / "r.md"
    export_article(ws, reviewed_article, "md", out, "ar")
    text = out.read_text(encoding="utf-8")
    assert "- **تاريخ النشر:** \u200e2026-11-03\n" in text  # the article's
    assert "تاريخ النشر: \u200e2026-11-02; " in text  # an evidence fact
    assert "- **الوسيلة:** صحيفة النخيل\n" in text  # Arabic values as they were
    assert "- **الوسوم:** ضحايا، فيضانات\n" in text  # the Arabic comma, as in the other formats
    english = tmp_path / "en.md"
    export_article(ws, reviewed_article, "md", english, "en")
    assert "- **Published:** 2026-11-03\n" in english.read_text(encoding="utf-8")
