"""A journalist's round: import, analyse, review on the command line, export every format in both languages."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import docx
import jsonschema
import openpyxl
from docx.oxml.ns import qn

from app import paths

ARTICLE = (
    "الحكومة ترفع أسعار الوقود للمرة الثالثة\n\n"
    "قال وزير الطاقة نبيل الحمدان في مؤتمر صحفي يوم 3 شباط/فبراير 2025 إن أسعار البنزين سترتفع بنسبة 12% "
    "اعتباراً من الشهر المقبل.\n\n"
    "وأضاف الوزير أن الدعم الحكومي للوقود كلّف الخزينة 410 ملايين دينار خلال العام الماضي.\n\n"
    "في المقابل، قالت جمعية حماية المستهلك إن الزيادة ستؤثر على أكثر من 600 ألف أسرة.\n"
)
NOTE = "=cmd|' /C calc'!A0 الرقم الرسمي 9% وفق نشرة الوزارة"


def _run(sanad, *args: str) -> str:  # type: ignore[no-untyped-def]
    done = sanad(*args)
    assert done.returncode == 0, (args, done.stderr)
    return str(done.stdout)


def test_every_format_in_both_languages(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "وقود.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    article = _run(sanad, "import", str(source), "--analyze", "--published", "2025-02-04",
                   "--url", "https://news.example/fuel").strip()
    claims = json.loads(_run(sanad, "claims", article, "--format", "json"))["claims"]
    assert len(claims) >= 2
    first, second = claims[0]["id"], claims[1]["id"]
    _run(sanad, "review", str(first), "--status", "done", "--verdict", "misleading", "--speaker", "نبيل الحمدان",
         "--speaker-kind", "person", "--note", NOTE, "--evidence", "https://energy.example.gov/bulletin",
         "--stance", "refutes", "--title", "نشرة وزارة الطاقة", "--reviewer", "ريم")
    _run(sanad, "review", str(second), "--verdict", "true", "--speaker", "وزارة الطاقة", "--speaker-kind", "government")
    out = tmp_path / "reports"
    out.mkdir()
    for lang in ("ar", "en"):
        for fmt, ext in (("html", "html"), ("pdf", "pdf"), ("docx", "docx"), ("csv", "csv"), ("xlsx", "xlsx"),
                         ("json", "json"), ("md", "md"), ("claimreview", "jsonld")):
            _run(sanad, "export", article, "-f", fmt, "-o", str(out / f"{lang}.{ext}"), "--lang", lang,
                 "--org-name", "سند للتحقق", "--org-url", "https://sanad.example/checks")

    html = (out / "ar.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html and "نشرة وزارة الطاقة" in html and "<script" not in html
    assert '<html lang="en" dir="ltr">' in (out / "en.html").read_text(encoding="utf-8")

    assert (out / "ar.pdf").read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out / "ar.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "نشرة وزارة الطاقة" in unicodedata.normalize("NFKC", text)  # a text layer, not pictures

    for lang, rtl in (("ar", True), ("en", False)):
        with zipfile.ZipFile(out / f"{lang}.docx") as z:
            assert ("<w:bidiVisual/>" in z.read("word/document.xml").decode("utf-8")) is rtl  # mirrored tables
        doc = docx.Document(str(out / f"{lang}.docx"))
        quote = [p for p in doc.paragraphs if "أسعار البنزين سترتفع" in p.text]
        assert quote  # the article's own paragraphs are right-to-left in both languages, runs too
        for p in quote:
            assert p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None
            assert all(r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in p.runs if r.text)

    raw = (out / "ar.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert "'" + NOTE in rows[1]  # the formula is text
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)

    book = openpyxl.load_workbook(out / "ar.xlsx")
    assert book.worksheets[0].sheet_view.rightToLeft
    assert not any(isinstance(c.value, str) and c.value.startswith("=") for row in book.worksheets[0].iter_rows()
                   for c in row)

    schema = json.loads((paths.resources_dir() / "templates" / "sanad-report.schema.json").read_text(encoding="utf-8"))
    report = json.loads((out / "ar.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["article"]["text"] == ARTICLE

    assert "نبيل الحمدان" in (out / "ar.md").read_text(encoding="utf-8")

    for lang, label in (("ar", "مضلل"), ("en", "Misleading")):
        items = json.loads((out / f"{lang}.jsonld").read_text(encoding="utf-8"))
        assert len(items) == 2
        item = next(i for i in items if i["reviewRating"]["alternateName"] == label)
        assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
        assert item["itemReviewed"]["@type"] == "Claim"
        assert item["itemReviewed"]["author"] == {"@type": "Person", "name": "نبيل الحمدان"}
        assert item["itemReviewed"]["datePublished"] == "2025-02-04"
        assert item["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": "https://news.example/fuel"}]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["datePublished"])
        assert item["url"].startswith("https://sanad.example/checks#claim-")
        assert item["author"] == {"@type": "Organization", "name": "سند للتحقق", "url": "https://sanad.example/checks"}
        assert item["claimReviewed"]
