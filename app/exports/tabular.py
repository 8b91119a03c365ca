"""One row a claim: CSV (UTF-8 with BOM, so Excel reads Arabic) and XLSX (right-to-left sheet).

Cells that a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first) are
prefixed with an apostrophe, so that a quote from an article never runs as a formula.
"""

from __future__ import annotations

import csv
import io
import os
import re
from copy import copy
from typing import Any

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
           "speaker": 22, "status": 16, "verdict": 16, "kind": 14, "tags": 20, "reviewer": 18,
           "title": 40, "url": 40, "publisher": 22, "excerpt": 60}
_WRAP = ("quote", "claim_as_checked", "explanation", "title", "excerpt")
EVIDENCE_COLUMNS = ("number", "title", "url", "publisher", "published_on", "accessed_on", "stance", "excerpt",
                    "attachment")
_HEX = re.compile("#?([0-9A-Fa-f]{6})")


def _cell(value: object) -> object:
    return neutral(_XML_BAD.sub("", value)) if isinstance(value, str) else value


def _sheet(sheet: Any, L: Labels, columns: tuple[str, ...], head: list[str], rows: list[list[object]]) -> None:
    """Fill one sheet: bold header, wrapped long text, frozen header row, filter, direction."""
    sheet.sheet_view.rightToLeft = L.rtl
    sheet.append(head)
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="F2F4F7")
    for row in rows:
        sheet.append([_cell(v) for v in row])
    wrap = Alignment(wrap_text=True, vertical="top", horizontal="right" if L.rtl else "left")
    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 12)
        if name in _WRAP and sheet.max_row > 1:
            first = sheet.cell(row=2, column=index)
            first.alignment = wrap
            for (cell,) in sheet.iter_rows(min_row=3, min_col=index, max_col=index):
                cell._style = copy(first._style)  # one style lookup per column, not per cell
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def evidence_rows(report: Report, L: Labels) -> list[list[object]]:
    return [[c.number, ev.title or "", ev.url or "", ev.publisher or "", fmt_date(ev.published_on),
             fmt_date(ev.accessed_at), L.stance(ev.stance), ev.excerpt or "",
             f"{ev.attachment_name} ({ev.attachment_sha256})" if ev.attachment_name else ""]
            for c in report.claims for ev in c.evidence]


def write_xlsx(report: Report, path: str | os.PathLike[str], lang: str = "ar") -> None:
    """Two sheets: the claims (one row a claim, verdicts in their colour) and their evidence."""
    L = Labels(lang)
    wb = Workbook()
    claims = wb.active
    assert claims is not None
    claims.title = L("claims")[:31]
    _sheet(claims, L, COLUMNS, headers(L), [claim_row(c, L) for c in report.claims])
    verdict_col = COLUMNS.index("verdict") + 1
    for row, claim in enumerate(report.claims, start=2):
        color = _HEX.fullmatch(claim.rating.color) if claim.rating else None
        if color:
            cell = claims.cell(row=row, column=verdict_col)
            cell.fill = PatternFill("solid", fgColor=color.group(1).upper())
            cell.font = Font(bold=True, color="FFFFFF")
    evidence = wb.create_sheet(L("evidence")[:31])
    head = [L("claim") if n == "number" else L("link") if n == "url" else L(n) for n in EVIDENCE_COLUMNS]
    _sheet(evidence, L, EVIDENCE_COLUMNS, head, evidence_rows(report, L))
    wb.properties.title = f"{L('report_title')}: {report.article.title}"[:250]
    wb.properties.creator = "Sanad"
    with atomic_path(path) as tmp:
        wb.save(str(tmp))
