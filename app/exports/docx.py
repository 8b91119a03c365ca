"""The Word report: real headings, editable tables, right-to-left for Arabic.

Right-to-left needs three marks Word reads: ``w:bidi`` on each paragraph, ``w:rtl`` on
each run and ``w:bidiVisual`` on each table (which mirrors its columns). Arabic text also
gets the complex-script font, bold and size (``w:cs``, ``w:bCs``, ``w:szCs``).

python-docx's paragraph-by-paragraph API is quadratic in the length of the body (a
500-claim report took 15 s), so the body is written as WordprocessingML text in schema
order and parsed once; python-docx provides the package, the styles and the saving.
"""

from __future__ import annotations

import os
import re
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from lxml import etree

from app.exports.chart import summary_rows
from app.exports.common import (
    after_label,
    annotated_paragraphs,
    article_fields,
    atomic_path,
    evidence_facts,
    evidence_title,
    fmt_date,
    text_dir,
    verdict_color,
    verdict_label,
)
from app.exports.labels import Labels
from app.exports.report import ClaimInfo, Report

FONT = "Noto Sans Arabic"
TABLE_WIDTH = 9600  # twentieths of a point: A4 less two 20 mm margins (9638)
LABEL_FILL = "F2F4F7"
MARK_FILL = "FFF3B0"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_HEX = re.compile("[0-9A-Fa-f]{6}")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Child order that WordprocessingML requires (ECMA-376 CT_RPr, CT_PPr, CT_SectPr), for the style edits.
_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
              "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
              "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange")
_SECT_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
               "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _ordered(parent: Any, tag: str, order: tuple[str, ...], **attrs: str) -> Any:
    """The child ``w:tag`` of ``parent`` (inserted in schema order if missing), with ``attrs`` set."""
    el = parent.find(qn(f"w:{tag}"))
    if el is None:
        el = OxmlElement(f"w:{tag}")
        later = {qn(f"w:{t}") for t in order[order.index(tag) + 1:]}
        successor = next((child for child in parent if child.tag in later), None)
        if successor is None:
            parent.append(el)
        else:
            successor.addprevious(el)
    for name, value in attrs.items():
        el.set(qn(name), value)
    return el


def _hex(color: str) -> str:
    """An RRGGBB colour for an XML attribute (anything else becomes grey)."""
    value = color.lstrip("#")[:6]
    return value.upper() if _HEX.fullmatch(value) else "9E9E9E"


def _text(value: str) -> str:
    return escape(_XML_BAD.sub("", value))


class _Body:
    """Writes body XML (paragraphs, runs, tables) for one report direction."""

    def __init__(self, L: Labels) -> None:
        self.L = L
        self.parts: list[str] = []

    def run(self, text: str, *, bold: bool = False, color: str | None = None, fill: str | None = None,
            superscript: bool = False) -> str:
        props = []
        if bold:
            props.append("<w:b/><w:bCs/>")
        if color:
            props.append(f'<w:color w:val="{_hex(color)}"/>')
        if fill:
            props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{_hex(fill)}"/>')
        if superscript:
            props.append('<w:vertAlign w:val="superscript"/>')
        if self.L.rtl or _ARABIC.search(text):
            props.append("<w:rtl/>")
        rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
        lines = text.split("\n")
        body = "<w:br/>".join(f'<w:t xml:space="preserve">{_text(line)}</w:t>' for line in lines)
        return f"<w:r>{rpr}{body}</w:r>"

    def para(self, runs: str | list[str] = "", *, style: str | None = None, rtl: bool | None = None) -> str:
        bidi = self.L.rtl if rtl is None else rtl
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if bidi else "")
        content = "".join(runs) if isinstance(runs, list) else runs
        return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{content}</w:p>"

    def add(self, xml: str) -> None:
        self.parts.append(xml)

    def p(self, text: str = "", **run: Any) -> None:
        self.add(self.para(self.run(text, **run) if text else ""))

    def heading(self, text: str, level: int) -> None:
        self.add(self.para(self.run(text), style=f"Heading{level}"))

    def table(self, rows: list[list[str]], widths: list[int], *, header: bool = False,
              strong_first: bool = False) -> None:
        """A table of runs-XML cells; ``widths`` in per cent of the text width."""
        twips = [TABLE_WIDTH * w // 100 for w in widths]
        grid = "".join(f'<w:gridCol w:w="{t}"/>' for t in twips)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>{"<w:bidiVisual/>" if self.L.rtl else ""}'
               f'<w:tblW w:w="{TABLE_WIDTH}" w:type="dxa"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for r, row in enumerate(rows):
            cells = []
            for c, (content, width) in enumerate(zip(row, twips, strict=True)):
                shade = (header and r == 0) or (strong_first and c == 0)
                fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{LABEL_FILL}"/>' if shade else ""
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>'
                             f"{self.para(content)}</w:tc>")
            out.append(f"<w:tr>{''.join(cells)}</w:tr>")
        self.add("".join(out) + "</w:tbl>")

    def fields(self, rows: list[tuple[str, str]]) -> None:
        self.table([[self.run(label, bold=True), self.run(value)] for label, value in rows], [28, 72],
                   strong_first=True)


def _claim(b: _Body, c: ClaimInfo, article_rtl: bool) -> None:
    L = b.L
    b.heading(L.claim_heading(c.number), 2)
    b.add(b.para([b.run(f" {verdict_label(c, L)} ", bold=True, color="#FFFFFF", fill=verdict_color(c)),
                  b.run(f"  {L.status(c.status)}", color="#555555")]))
    b.p(L("quote"), bold=True, color="#555555")
    b.add(b.para([b.run(c.paragraph_before), b.run(c.quote, bold=True, fill=MARK_FILL), b.run(c.paragraph_after)],
                 rtl=article_rtl))
    speaker = f"{c.speaker.name} ({L.source_kind(c.speaker.kind)})" if c.speaker else L("none")
    b.fields([
        (L("claim_as_checked"), c.checked_text),
        (L("speaker"), speaker),
        (L("kind"), L.kind(c.kind)),
        (L("verdict"), verdict_label(c, L)),
        (L("explanation"), c.explanation or L("none")),
        (L("tags"), ("، " if L.rtl else ", ").join(c.tags) or L("none")),
        (L("reviewer"), c.reviewer or L("none")),
        (L("created_at"), fmt_date(c.created_at)),
        (L("updated_at"), fmt_date(c.updated_at)),
    ])
    b.heading(L("evidence"), 3)
    if not c.evidence:
        b.p(L("no_evidence"))
    for i, ev in enumerate(c.evidence, start=1):
        runs = [b.run(f"{i}. {evidence_title(ev, L)}", bold=True), b.run(f" — {L.stance(ev.stance)}")]
        if ev.url and not ev.title:
            runs.append(b.run(f" ({ev.url})"))
        b.add(b.para(runs))
        for label, value, _url in evidence_facts(ev, L):
            b.add(b.para([b.run(f"{label}: ", bold=True), b.run(after_label(value, L.rtl))]))
        if ev.excerpt:
            b.p(f"«{ev.excerpt}»", color="#444444")


def _summary(b: _Body, report: Report) -> None:
    L = b.L
    b.p(f"{L('claims_total')}: {len(report.claims)}", bold=True)
    for group in summary_rows(report, L):
        if not group.bars:
            continue
        rows = [[b.run(group.title, bold=True), b.run(L("count"), bold=True), ""]]
        for bar in group.bars:
            blocks = "█" * max(1, round(20 * bar.count / (group.biggest or 1)))
            rows.append([b.run(bar.label), b.run(str(bar.count)), b.run(blocks, color=bar.color)])
        b.table(rows, [34, 12, 54], header=True)
        b.p()


def _annotated(b: _Body, report: Report, article_rtl: bool) -> None:
    b.heading(b.L("annotated"), 1)
    for para in annotated_paragraphs(report):
        runs = []
        for seg in para:
            if seg.claim is None:
                runs.append(b.run(seg.text))
                continue
            if seg.first:
                runs.append(b.run(f"[{seg.claim.number}]", bold=True, color=verdict_color(seg.claim),
                                  superscript=True))
            runs.append(b.run(seg.text, fill=MARK_FILL))
        b.add(b.para(runs, rtl=article_rtl))


def _document(L: Labels) -> Any:
    doc = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        style = doc.styles[name]
        rpr = style.element.get_or_add_rPr()
        fonts = _ordered(rpr, "rFonts", _RPR_ORDER, **{"w:cs": FONT, "w:ascii": FONT, "w:hAnsi": FONT})
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):  # a theme font would win over ours
            fonts.attrib.pop(qn(theme), None)
        _ordered(rpr, "lang", _RPR_ORDER, **{"w:val": "ar-SA" if L.rtl else "en-GB", "w:bidi": "ar-SA"})
        if L.rtl:
            _ordered(style.element.get_or_add_pPr(), "bidi", _PPR_ORDER)
    doc.styles["Normal"].font.size = Pt(10.5)
    _ordered(doc.styles["Normal"].element.get_or_add_rPr(), "szCs", _RPR_ORDER, **{"w:val": "21"})
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, like the PDF
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(20)
    if L.rtl:
        _ordered(section._sectPr, "bidi", _SECT_ORDER)
    return doc


def render_docx(report: Report, path: str | os.PathLike[str], lang: str = "ar", *, annotated: bool = False) -> None:
    L = Labels(lang)
    b = _Body(L)
    b.heading(f"{L('report_title')}: {report.article.title}", 1)
    b.fields([(label, value) for label, value, _url in article_fields(report, L)])
    b.heading(L("summary"), 1)
    _summary(b, report)
    b.heading(L("conflicts"), 1)
    if not report.conflicts:
        b.p(L("no_conflicts"))
    for conflict in report.conflicts:
        b.p(f"{L.claim_heading(conflict.a)} ↔ {L.claim_heading(conflict.b)}: {conflict.reason}")
    b.heading(L("claims"), 1)
    if not report.claims:
        b.p(L("no_claims"))
    article_rtl = text_dir(report.article.text) == "rtl"
    for claim in report.claims:
        _claim(b, claim, article_rtl)
    if annotated:
        _annotated(b, report, article_rtl)
    doc = _document(L)
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    # Plain lxml parses the large body several times faster than python-docx's classed parser;
    # the elements only need to be saved, not read back through python-docx's proxies.
    fragment = etree.fromstring(f"<w:body {nsdecls('w')}>{''.join(b.parts)}</w:body>".encode())
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
    body.extend(list(fragment))
    if sect is not None:
        body.append(sect)
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
