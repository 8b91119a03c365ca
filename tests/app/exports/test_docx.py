"""Word report: right-to-left paragraphs, runs and tables; real headings; editable tables."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.exports import export_article
from app.services.core import Workspace


def _read(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def test_docx_is_rtl_with_headings_and_tables(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    export_article(ws, reviewed_article, "docx", out, "ar", annotated=True)
    doc = _read(out)
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style is not None
                and p.style.name.startswith("Heading")]
    assert ("Heading 1", "تقرير التحقق: فيضانات وادي السدرة") in headings
    assert ("Heading 2", "الادعاء 3") in headings
    assert ("Heading 1", "نص المقال مع الادعاءات") in headings
    texts = [p for p in doc.paragraphs if p.text.strip()]
    assert texts and all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in texts)
    runs = [r for p in texts for r in p.runs if r.text.strip()]
    assert runs and all(r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in runs)
    assert doc.tables and all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in doc.tables)
    section = doc.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.1)
    assert section._sectPr.find(qn("w:bidi")) is not None
    fonts = doc.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Noto Sans Arabic" and fonts.get(qn("w:cstheme")) is None
    meta = doc.tables[0]
    assert meta.cell(1, 0).text == "الوسيلة" and meta.cell(1, 1).text == "صحيفة النخيل"
    body = "\n".join(p.text for p in doc.paragraphs) + "".join(c.text for t in doc.tables for r in t.rows
                                                               for c in r.cells)
    for words in ("سامي العطار", "بيان وزارة الداخلية", "يدحض", "[1]", "25 قتيلاً مقابل 27 قتيلاً"):
        assert words in body


def test_docx_english_is_left_to_right(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    export_article(ws, reviewed_article, "docx", out, "en", annotated=True)
    doc = _read(out)
    title = doc.paragraphs[0]
    assert title.text.startswith("Fact-check report") and (title._p.pPr is None or title._p.pPr.find(qn("w:bidi")) is None)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is None for t in doc.tables)
    # Arabic values still get right-to-left runs inside English paragraphs.
    arabic = [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs
              if "النخيل" in r.text]
    assert arabic and arabic[0]._r.rPr.find(qn("w:rtl")) is not None
    # The article's own paragraphs (quotes in context, the annotated copy) keep the article's direction.
    quoted = [p for p in doc.paragraphs if "لقوا حتفهم" in p.text]
    assert len(quoted) == 2 and all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None
                                    for p in quoted)


def test_a_date_after_an_arabic_label_keeps_its_order(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    # "تاريخ النشر: 2026-11-02" in one right-to-left paragraph: the digits after the Arabic label are
    # Arabic numbers that "-" does not join, laid out 02-11-2026 (LibreOffice, by pdftotext -bbox).
    # A LEFT-TO-RIGHT MARK before the value keeps it one run; Arabic values stay as they are.
    out = tmp_path / "r.docx"
    export_article(ws, reviewed_article, "docx", out, "ar")
    lines = {p.text for p in _read(out).paragraphs}
    assert "تاريخ النشر: \u200e2026-11-02" in lines and "تاريخ الاطلاع: \u200e2026-11-04" in lines
    assert "الرابط: \u200ehttps://moi.example.gov/statement" in lines
    assert "الناشر: وزارة الداخلية" in lines
    english = tmp_path / "en.docx"
    export_article(ws, reviewed_article, "docx", english, "en")
    assert "Published: 2026-11-02" in {p.text for p in _read(english).paragraphs}
