"""CSV (UTF-8 with BOM) and XLSX (right-to-left sheet): one row a claim, read back."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl

from app.exports import export_article
from app.services import claims as cmds
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from tests.app.exports.conftest import QUOTES


def test_csv_has_bom_and_arabic(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    export_article(ws, reviewed_article, "csv", out, "ar")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["رقم", "المعرف", "المعرف الدائم", "الادعاء"]
    assert [r[3] for r in body] == list(QUOTES)
    first = dict(zip(header, body[0], strict=True))
    assert first["الحكم"] == "صحيح" and first["قيمة التقييم"] == "6" and first["القائل"] == "وزارة الداخلية"
    assert first["روابط الأدلة"] == "https://moi.example.gov/statement"
    assert first["الوسوم"] == "ضحايا، فيضانات"


def test_spreadsheet_formulas_are_neutralised(ws: Workspace, tmp_path: Path) -> None:
    text = "مقدمة\n=HYPERLINK(\"http://evil\") قال إن 5 قتلى\n"
    aid = int(import_article(ws, NewArticle(text=text, title="t")).result)
    cid = int(cmds.add_claim(ws, aid, text.index("="), len(text) - 1).result)
    cmds.set_explanation(ws, cid, "@SUM(A1)")
    export_article(ws, aid, "csv", tmp_path / "r.csv", "en")
    row = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))[1]
    assert row[3].startswith("'=HYPERLINK") and "'@SUM(A1)" in row
    export_article(ws, aid, "xlsx", tmp_path / "r.xlsx", "en")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    assert str(sheet.cell(row=2, column=4).value).startswith("'=HYPERLINK")
    assert sheet.cell(row=2, column=4).data_type == "s"


def load_workbook_sheets(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: ws for ws in wb.worksheets}


def test_xlsx_reads_back_right_to_left(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    export_article(ws, reviewed_article, "xlsx", out, "ar")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.sheet_view.rightToLeft is True
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][3] == "الادعاء" and [v[3] for v in values[1:]] == list(QUOTES)
    assert values[1][9] == "صحيح" and values[1][10] == 6
    assert sheet.freeze_panes == "A2"
    evidence = load_workbook_sheets(out)["الأدلة"]
    assert evidence.sheet_view.rightToLeft is True
    rows = list(evidence.iter_rows(values_only=True))
    assert rows[0][:3] == ("الادعاء", "العنوان", "الرابط")
    assert rows[1][:3] == (1, "بيان وزارة الداخلية", "https://moi.example.gov/statement") and rows[1][6] == "يؤيد"
    assert rows[2][0] == 3 and rows[2][6] == "يدحض" and len(rows) == 3
    export_article(ws, reviewed_article, "xlsx", out, "en")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and not sheet.sheet_view.rightToLeft
