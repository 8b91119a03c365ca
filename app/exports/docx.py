"""The Word report (python-docx): real headings, editable tables, right-to-left for Arabic.

Right-to-left needs three marks Word reads: ``w:bidi`` on each paragraph, ``w:rtl`` on
each run and ``w:bidiVisual`` on each table (which mirrors its columns). Arabic text also
gets the complex-script font and size (``w:cs``, ``w:szCs``) so Word shapes it with Noto
Sans Arabic when installed, else its own Arabic font.
"""

from __future__ import annotations

import os
import re
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from app.exports.chart import summary_rows
from app.exports.common import (
    annotated_paragraphs,
    article_fields,
    atomic_path,
    evidence_facts,
    evidence_title,
    fmt_date,
    verdict_color,
    verdict_label,
)
from app.exports.labels import Labels
from app.exports.report import ClaimInfo, Report

FONT = "Noto Sans Arabic"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _set(parent: Any, tag: str, **attrs: str) -> Any:
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for name, value in attrs.items():
        el.set(qn(name), value)
    return el


def _shade(cell: Any, color: str) -> None:
    _set(cell._tc.get_or_add_tcPr(), "w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": color.lstrip("#")})


class _Writer:
    def __init__(self, L: Labels) -> None:
        self.L = L
        self.doc = Document()
        styles = self.doc.styles
        for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
            rpr = styles[name].element.get_or_add_rPr()
            _set(rpr, "w:rFonts", **{"w:cs": FONT, "w:ascii": FONT, "w:hAnsi": FONT})
            _set(rpr, "w:lang", **{"w:bidi": "ar-SA", "w:val": "en-GB" if not L.rtl else "ar-SA"})
        styles["Normal"].font.size = Pt(10.5)
        _set(styles["Normal"].element.get_or_add_rPr(), "w:szCs", **{"w:val": "21"})
        if L.rtl:
            for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
                _set(styles[name].element.get_or_add_pPr(), "w:bidi")
        section = self.doc.sections[0]
        if L.rtl:
            _set(section._sectPr, "w:bidi")

    def _bidi(self, paragraph: Any) -> Any:
        if self.L.rtl:
            _set(paragraph._p.get_or_add_pPr(), "w:bidi")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return paragraph

    def run(self, paragraph: Any, text: str, *, bold: bool = False, color: str | None = None,
            highlight: str | None = None, size: float | None = None, superscript: bool = False) -> Any:
        run = paragraph.add_run(_XML_BAD.sub("", text))
        rpr = run._r.get_or_add_rPr()
        if self.L.rtl or _ARABIC.search(text):
            _set(rpr, "w:rtl")
        if bold:
            run.bold = True
            _set(rpr, "w:bCs")
        if color:
            run.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
        if highlight:
            _set(rpr, "w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": highlight.lstrip("#")})
        if size:
            run.font.size = Pt(size)
            _set(rpr, "w:szCs", **{"w:val": str(int(size * 2))})
        if superscript:
            run.font.superscript = True
        return run

    def para(self, text: str = "", *, style: str | None = None, bold: bool = False) -> Any:
        p = self._bidi(self.doc.add_paragraph(style=style))
        if text:
            self.run(p, text, bold=bold)
        return p

    def heading(self, text: str, level: int) -> Any:
        p = self._bidi(self.doc.add_heading("", level=level))
        self.run(p, text)
        return p

    def table(self, rows: list[list[str]], *, header: bool = False, widths: list[float] | None = None) -> Any:
        cols = len(rows[0])
        table = self.doc.add_table(rows=len(rows), cols=cols)
        table.style = "Table Grid"
        if self.L.rtl:
            _set(table._tbl.tblPr, "w:bidiVisual")
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                p = self._bidi(cell.paragraphs[0])
                strong = (header and r == 0) or (not header and c == 0 and cols == 2)
                self.run(p, value, bold=strong)
                if strong:
                    _shade(cell, "#F2F4F7")
        return table

    def link_line(self, p: Any, label: str, value: str) -> None:
        self.run(p, f"{label}: ", bold=True)
        self.run(p, value)


def _claim(w: _Writer, c: ClaimInfo) -> None:
    L = w.L
    w.heading(L.claim_heading(c.number), 2)
    p = w.para()
    w.run(p, f" {verdict_label(c, L)} ", bold=True, color="#FFFFFF", highlight=verdict_color(c))
    w.run(p, f"  {L.status(c.status)}", color="#555555")
    p = w.para()
    w.run(p, f"{L('quote')}: ", bold=True)
    w.run(p, c.paragraph_before)
    w.run(p, c.quote, bold=True, highlight="#FFF3B0")
    w.run(p, c.paragraph_after)
    speaker = f"{c.speaker.name} ({L.source_kind(c.speaker.kind)})" if c.speaker else L("none")
    tags = ("، " if L.rtl else ", ").join(c.tags) or L("none")
    w.table([
        [L("claim_as_checked"), c.checked_text],
        [L("speaker"), speaker],
        [L("kind"), L.kind(c.kind)],
        [L("verdict"), verdict_label(c, L)],
        [L("explanation"), c.explanation or L("none")],
        [L("tags"), tags],
        [L("reviewer"), c.reviewer or L("none")],
        [L("created_at"), fmt_date(c.created_at)],
        [L("updated_at"), fmt_date(c.updated_at)],
    ])
    w.heading(L("evidence"), 3)
    if not c.evidence:
        w.para(L("no_evidence"))
    for i, ev in enumerate(c.evidence, start=1):
        p = w.para()
        w.run(p, f"{i}. {evidence_title(ev, L)}", bold=True)
        w.run(p, f" — {L.stance(ev.stance)}")
        if ev.url and not ev.title:
            w.run(p, f" ({ev.url})")
        for label, value, _url in evidence_facts(ev, L):
            w.link_line(w.para(), label, value)
        if ev.excerpt:
            w.run(w.para(), f"«{ev.excerpt}»", color="#444444")


def _summary(w: _Writer, report: Report) -> None:
    L = w.L
    w.para(f"{L('claims_total')}: {len(report.claims)}", bold=True)
    for group in summary_rows(report, L):
        if not group.bars:
            continue
        table = w.table([[group.title, L("count"), ""]] + [[b.label, str(b.count), ""] for b in group.bars],
                        header=True)
        for r, bar in enumerate(group.bars, start=1):
            cell = table.cell(r, 2)
            w.run(w._bidi(cell.paragraphs[0]), "█" * max(1, round(20 * bar.count / (group.biggest or 1))),
                  color=bar.color)
        w.para()


def render_docx(report: Report, path: str | os.PathLike[str], lang: str = "ar", *, annotated: bool = False) -> None:
    L = Labels(lang)
    w = _Writer(L)
    w.heading(f"{L('report_title')}: {report.article.title}", 1)
    w.table([[label, value] for label, value, _url in article_fields(report, L)])
    w.heading(L("summary"), 1)
    _summary(w, report)
    w.heading(L("conflicts"), 1)
    if not report.conflicts:
        w.para(L("no_conflicts"))
    for conflict in report.conflicts:
        w.para(f"{L.claim_heading(conflict.a)} ↔ {L.claim_heading(conflict.b)}: {conflict.reason}")
    w.heading(L("claims"), 1)
    if not report.claims:
        w.para(L("no_claims"))
    for claim in report.claims:
        _claim(w, claim)
    if annotated:
        w.heading(L("annotated"), 1)
        for para in annotated_paragraphs(report):
            p = w.para()
            for seg in para:
                if seg.claim is None:
                    w.run(p, seg.text)
                    continue
                if seg.first:
                    w.run(p, f"[{seg.claim.number}]", bold=True, color=verdict_color(seg.claim), superscript=True)
                w.run(p, seg.text, highlight="#FFF3B0")
    with atomic_path(path) as tmp:
        w.doc.save(str(tmp))
