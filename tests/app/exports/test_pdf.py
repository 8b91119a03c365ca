"""PDF report: the Arabic text layer survives, pages are numbered, RTL tables are mirrored."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.exports import export_article
from app.services.core import Workspace

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return _MARKS.sub("", out)


def test_pdf_text_layer_holds_letters_not_presentation_forms(ws: Workspace, reviewed_article: int,
                                                              tmp_path: Path) -> None:
    """Copy and search in a viewer give the article's own letters (app.exports.pdf_text)."""
    out = tmp_path / "r.pdf"
    export_article(ws, reviewed_article, "pdf", out, "ar", annotated=True)
    text = pdf_text(out)
    forms = sorted({c for c in text if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF})
    assert not forms, [f"U+{ord(c):04X}" for c in forms]
    # Lam-alef and lam-yeh ligatures come back in reading order: "الأرصاد", not "األرصاد".
    for words in ("هيئة الأرصاد الجوية", "وهي الأعلى منذ عام", "لا أدلة بعد", "كمية الأمطار"):
        assert words in text, words
    assert text == unicodedata.normalize("NFKC", text)
    data = out.read_bytes()  # the rewritten file's cross-reference table still points at each object
    at = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    entries = re.findall(rb"(\d{10}) \d{5} n \n", data[at:])
    assert entries and all(re.match(rb"\d+ 0 obj", data[int(e):int(e) + 12]) for e in entries)


def test_pdf_keeps_the_arabic_text(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = export_article(ws, reviewed_article, "pdf", out, "ar", annotated=True)
    assert out.read_bytes().startswith(b"%PDF")
    assert result.pages and result.pages >= 2
    text = pdf_text(out)
    for words in ("تقرير التحقق", "فيضانات وادي السدرة", "وزارة الداخلية", "سامي العطار", "غير قابل للتحقق",
                  "تطابق الأرقام بيان الوزارة الرسمي", "نص المقال مع الادعاءات", "https://moi.example.gov/statement"):
        assert words in text, words
    n = result.pages
    assert re.search(rf"صفحة\s*{n}\s*من\s*{n}", text)  # pdftotext moves digits around in RTL lines
    assert text.count("تقرير التحقق — فيضانات وادي السدرة") == result.pages  # the header on every page


A4_WIDTH_PT = 595
LABEL_STRIP_PT = 160  # the 26 % label column of the metadata table lies within this strip, inside the margin


def _strip(path: Path, x: int, width: int) -> str:
    return pdf_text(path, "-f", "1", "-l", "1", "-x", str(x), "-y", "0", "-W", str(width), "-H", "842")


@pytest.mark.parametrize(("lang", "label", "value"), [("ar", "الوسيلة", "صحيفة النخيل"), ("en", "Outlet", "صحيفة النخيل")])
def test_table_columns_follow_the_direction(ws: Workspace, reviewed_article: int, tmp_path: Path,
                                            lang: str, label: str, value: str) -> None:
    out = tmp_path / f"r-{lang}.pdf"
    export_article(ws, reviewed_article, "pdf", out, lang)
    rest = A4_WIDTH_PT - LABEL_STRIP_PT
    # Arabic: the label column is the rightmost strip; English: the leftmost.
    labels, values = (_strip(out, rest, LABEL_STRIP_PT), _strip(out, 0, rest)) if lang == "ar" else \
        (_strip(out, 0, LABEL_STRIP_PT), _strip(out, LABEL_STRIP_PT, rest))
    assert label in labels and value not in labels
    assert value in values and label not in values


def test_app_reaches_qt_only_through_ui(tmp_path: Path) -> None:
    code = ("import sys, app.exports, app.exports.pdf, app.exports.cli, app.review_cli, app.services.json_import\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])


def test_pdf_links_only_for_http(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    from app.services.evidence import add_evidence
    from app.services.queries import article_claims

    with ws.db.read_session() as s:
        first = article_claims(s, reviewed_article)[0].id
    add_evidence(ws, first, url="javascript:alert(1)", title="رابط خبيث")
    out = tmp_path / "r.pdf"
    export_article(ws, reviewed_article, "pdf", out, "ar")
    raw = out.read_bytes()
    uris = set(re.findall(rb"/URI \(([^)]*)\)", raw))
    assert uris == {b"https://example.org/news/1", b"https://moi.example.gov/statement",
                    b"https://redcrescent.example.org/pr"}
    assert "javascript:alert(1)" in pdf_text(out)  # shown as text, not as a link



def _words(path: Path, page: int) -> list[tuple[float, float, str]]:
    """(left edge, vertical middle, text) of each word box on one page; pdftotext boxes Arabic glyph by glyph."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
                          check=True, capture_output=True, text=True).stdout
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(float(x), (float(y0) + float(y1)) / 2, unicodedata.normalize("NFKC", word)) for x, y0, y1, word in boxes]


def test_reviewer_names_in_two_scripts_keep_the_report_order(ws: Workspace, reviewed_article: int,
                                                            tmp_path: Path) -> None:
    from app.services import claims as claim_cmds
    from app.services.queries import article_claims

    with ws.db.read_session() as s:
        second = article_claims(s, reviewed_article)[1].id
    claim_cmds.set_reviewer(ws, second, "Sara Haddad")
    out = tmp_path / "r.pdf"
    export_article(ws, reviewed_article, "pdf", out, "ar")
    words = _words(out, 1)
    sara_x, sara_y, _ = next(w for w in words if w[2] == "Sara")
    # "Sara Haddad، مريم الكاتب" in an Arabic report: the first name is the rightmost of its cell.
    arabic = [x for x, y, text in words if abs(y - sara_y) < 6 and x < A4_WIDTH_PT - LABEL_STRIP_PT
              and re.search("[\u0600-\u06ff]", text) and text != "،"]
    assert arabic and max(arabic) < sara_x
