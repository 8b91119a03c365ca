"""One row a claim: CSV (UTF-8 with BOM, so Excel reads Arabic) and XLSX (right-to-left sheet).

Cells that a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first) are
prefixed with an apostrophe, so that a quote from an article never runs as a formula.
"""

from __future__ import annotations

import csv
import io
import os
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.exports.common import atomic_path, fmt_date, verdict_label, write_atomic
from app.exports.labels import Labels
from app.exports.report import ClaimInfo, Report

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

COLUMNS = ("number", "id", "uuid", "quote", "claim_as_checked", "speaker", "source_kind", "kind", "status",
           "verdict", "rating_value", "explanation", "evidence_count", "evidence_links", "tags", "reviewer",
           "created_at", "updated_at")


def headers(L: Labels) -> list[str]:
    return [L("claim") if name == "quote" else L(name) for name in COLUMNS]


def neutral(value: object) -> object:
    """Text cells that would start a formula get a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def claim_row(c: ClaimInfo, L: Labels) -> list[object]:
    sep = "، " if L.rtl else ", "
    return [
        c.number, c.id, c.uuid, c.quote, c.claim_as_checked or "",
        c.speaker.name if c.speaker else "", L.source_kind(c.speaker.kind) if c.speaker else "",
        L.kind(c.kind), L.status(c.status), verdict_label(c, L),
        c.rating.value if c.rating else "", c.explanation or "", len(c.evidence),
        " ".join(ev.url for ev in c.evidence if ev.url), sep.join(c.tags), c.reviewer or "",
        fmt_date(c.created_at), fmt_date(c.updated_at),
    ]


def render_csv(report: Report, lang: str = "ar") -> bytes:
    L = Labels(lang)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers(L))
    for claim in report.claims:
        writer.writerow([neutral(v) for v in claim_row(claim, L)])
    return buf.getvalue().encode("utf-8-sig")


def write_csv(report: Report, path: str | os.PathLike[str], lang: str = "ar") -> None:
    write_atomic(path, render_csv(report, lang))


_WIDTHS = {"quote": 60, "claim_as_checked": 45, "explanation": 50, "evidence_links": 40, "uuid": 38,
           "speaker": 22, "status": 16, "verdict": 16, "kind": 14, "tags": 20, "reviewer": 18}


def write_xlsx(report: Report, path: str | os.PathLike[str], lang: str = "ar") -> None:
    L = Labels(lang)
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = L("claims")[:31]
    sheet.sheet_view.rightToLeft = L.rtl
    sheet.append(headers(L))
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="F2F4F7")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, head_fill
    verdict_col = COLUMNS.index("verdict") + 1
    wrap = Alignment(wrap_text=True, vertical="top", horizontal="right" if L.rtl else "left")
    for claim in report.claims:
        sheet.append([neutral(_XML_BAD.sub("", v)) if isinstance(v, str) else v for v in claim_row(claim, L)])
        if claim.rating:
            sheet.cell(row=sheet.max_row, column=verdict_col).fill = PatternFill(
                "solid", fgColor=claim.rating.color.lstrip("#").upper()[:6])
            sheet.cell(row=sheet.max_row, column=verdict_col).font = Font(bold=True, color="FFFFFF")
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 11)
        if name in ("quote", "claim_as_checked", "explanation"):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    wb.properties.title = f"{L('report_title')}: {report.article.title}"[:250]
    wb.properties.creator = "Sanad"
    with atomic_path(path) as tmp:
        wb.save(str(tmp))
