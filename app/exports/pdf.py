"""The PDF report: Qt rich-text HTML built here, laid out and painted by ``ui/pdf_render.py``.

Qt's rich text is a subset of HTML 4 with a little CSS; it does not mirror tables for
right-to-left text, so the cells of every table row are written in reverse order for
Arabic reports. The renderer is reached only through ``importlib`` so that ``app/``
never imports PySide6.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from html import escape

from app import paths
from app.exports.chart import BarGroup, summary_rows
from app.exports.common import (
    annotated_paragraphs,
    article_fields,
    atomic_path,
    evidence_facts,
    evidence_title,
    fmt_date,
    isolate,
    safe_url,
    text_dir,
    verdict_color,
    verdict_label,
)
from app.exports.labels import Labels
from app.exports.pdf_text import plain_letters
from app.exports.report import ClaimInfo, EvidenceInfo, Report

LINE = "#C8CED6"
SOFT = "#F2F4F7"


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


class _Html:
    """Small builders for Qt rich text in one direction."""

    def __init__(self, L: Labels) -> None:
        self.L = L
        self.align = "right" if L.rtl else "left"

    def p(self, inner: str, style: str = "", direction: str | None = None, tag: str = "p") -> str:
        d = direction or self.L.dir
        align = "right" if d == "rtl" else "left"
        return (f'<{tag} dir="{d}" align="{align}" style="margin-top:0px; margin-bottom:4px; {style}">'
                f"{inner}</{tag}>")

    def cells(self, cells: list[str]) -> list[str]:
        return list(reversed(cells)) if self.L.rtl else cells

    def table(self, rows: list[list[str]], widths: list[int], *, header: bool = False) -> str:
        out = []
        for i, row in enumerate(rows):
            tds = []
            for cell, width in zip(row, widths, strict=True):
                bg = f' bgcolor="{SOFT}"' if (header and i == 0) or (not header and cell is row[0]) else ""
                tds.append(f'<td width="{width}%"{bg}>{self.p(cell)}</td>')
            out.append("<tr>" + "".join(self.cells(tds)) + "</tr>")
        return (f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                f'style="border-color:{LINE}; border-style:solid; margin-top:4px; margin-bottom:8px">'
                + "".join(out) + "</table>")

    def fields(self, rows: list[tuple[str, str]]) -> str:
        return self.table([[f"<b>{label}</b>", value] for label, value in rows], [26, 74])

    def link(self, url: str | None, text: str | None = None) -> str:
        shown = e(text if text else url)
        safe = safe_url(url)
        return isolate(f'<a href="{e(safe)}">{shown}</a>' if safe else shown)

    @staticmethod
    def u(text: object) -> str:
        """User text (from the article, reviewers, evidence): escaped and direction-isolated."""
        return isolate(e(text))

    def badge(self, claim: ClaimInfo) -> str:
        return (f'<span style="background-color:{e(verdict_color(claim))}; color:#FFFFFF; font-weight:bold">'
                f"&nbsp;{e(verdict_label(claim, self.L))}&nbsp;</span>")


def _chart(groups: list[BarGroup], h: _Html) -> str:
    biggest = max((g.biggest for g in groups), default=0) or 1
    out = []
    for group in groups:
        rows = []
        for bar in group.bars:
            filled = max(1, round(100 * bar.count / biggest))
            parts = [f'<td width="{filled}%" bgcolor="{e(bar.color)}">&nbsp;</td>']
            if filled < 100:
                parts.append(f'<td width="{100 - filled}%">&nbsp;</td>')
            track = f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{"".join(h.cells(parts))}</tr></table>'
            cells = [f'<td width="30%">{h.p(e(bar.label))}</td>', f'<td width="60%">{track}</td>',
                     f'<td width="10%">{h.p(str(bar.count))}</td>']
            rows.append("<tr>" + "".join(h.cells(cells)) + "</tr>")
        out.append(h.p(f"<b>{e(group.title)}</b>", "margin-top:6px")
                   + f'<table width="100%" cellspacing="2" cellpadding="1">{"".join(rows)}</table>')
    return "".join(out)


def _evidence(ev: EvidenceInfo, h: _Html) -> str:
    L = h.L
    title = evidence_title(ev, L)
    head = f"<b>{h.link(ev.url, title) if ev.url else h.u(title)}</b> — {e(L.stance(ev.stance))}"
    facts = evidence_facts(ev, L)
    # A link starts a line of its own: at the end of a full line Qt broke it after a "/".
    plain = " · ".join(f"{e(label)}: {h.u(value)}" for label, value, url in facts if not url)
    lines = ([plain] if plain else []) + [f"{e(label)}: {h.link(url, value)}" for label, value, url in facts if url]
    out = head + "".join(f'<br><span style="color:#555555">{line}</span>' for line in lines)
    if ev.excerpt:
        out += f"<br><i>«{h.u(ev.excerpt)}»</i>"
    return out


def _claim(c: ClaimInfo, h: _Html) -> str:
    """One claim, kept compact: a 500-claim report must lay out and paint in seconds."""
    L = h.L
    grey = '<span style="color:#555555">'
    head = h.p(f'<span style="font-size:12pt; font-weight:bold">{e(L.claim_heading(c.number))}</span>'
               f"&nbsp;&nbsp;{h.badge(c)}&nbsp;&nbsp;{grey}{e(L.status(c.status))} · {e(L.kind(c.kind))}</span>",
               # A heading, so that the painter keeps it on the page of the claim it heads.
               "margin-top:14px; font-size:10pt; font-weight:normal", tag="h3")
    quote = h.p(f"{grey}{e(L('quote'))}:</span> " + isolate(
                f'{e(c.paragraph_before)}<span style="background-color:#FFF3B0">{e(c.quote)}</span>'
                f"{e(c.paragraph_after)}"), f"background-color:{SOFT}")
    speaker = f"{h.u(c.speaker.name)} ({e(L.source_kind(c.speaker.kind))})" if c.speaker else e(L("none"))
    evidence = ("<br>".join(f"{i}. {_evidence(ev, h)}" for i, ev in enumerate(c.evidence, start=1))
                if c.evidence else e(L("no_evidence")))
    review = (f"{h.u(c.reviewer or L('none'))} {grey}· {e(L('created_at'))} {e(fmt_date(c.created_at))}"
              f" · {e(L('updated_at'))} {e(fmt_date(c.updated_at))}</span>")
    rows = [
        (e(L("claim_as_checked")), h.u(c.checked_text)),
        (e(L("speaker")), speaker),
        (e(L("explanation")), h.u(c.explanation or L("none")).replace("\n", "<br>")),
        (e(L("evidence")), evidence),
    ]
    if c.tags:
        rows.append((e(L("tags")), ("، " if L.rtl else ", ").join(h.u(t) for t in c.tags)))
    rows.append((e(L("reviewer")), review))
    return head + quote + "".join(h.p(f"<b>{label}:</b> {value}") for label, value in rows)


def _annotated(report: Report, h: _Html) -> str:
    out = [f'<h2 dir="{h.L.dir}" align="{h.align}" style="page-break-before:always">{e(h.L("annotated"))}</h2>']
    direction = text_dir(report.article.text)
    for para in annotated_paragraphs(report):
        parts = []
        for seg in para:
            if seg.claim is None:
                parts.append(e(seg.text))
                continue
            color = e(verdict_color(seg.claim))
            number = (f'<span style="color:{color}; font-weight:bold; vertical-align:super">'
                      f"[{seg.claim.number}]</span>" if seg.first else "")
            parts.append(f'{number}<span style="background-color:#FFF3B0; text-decoration:underline; '
                         f'color:#000000">{e(seg.text)}</span>')
        out.append(h.p("".join(parts), "margin-bottom:6px", direction))
    return "".join(out)


def build_html(report: Report, lang: str = "ar", *, annotated: bool = False) -> str:
    """The Qt rich-text document of the report."""
    L = Labels(lang)
    h = _Html(L)
    meta = [(e(label), h.link(url, value) if url else h.u(value)) for label, value, url in article_fields(report, L)]
    if len(report.reviewers) > 1:  # each name isolated, not the list: "root، مريم" read left to right
        who = L("reviewed_by")
        names = ("، " if L.rtl else ", ").join(h.u(name) for name in report.reviewers)
        meta = [(label, names if label == e(who) else value) for label, value in meta]
    conflicts = "".join(
        h.p(f"• {e(L.claim_heading(c.a))} ↔ {e(L.claim_heading(c.b))}: {isolate(e(c.reason))}") for c in report.conflicts
    ) or h.p(e(L("no_conflicts")))
    claims = "".join(_claim(c, h) for c in report.claims) or h.p(e(L("no_claims")))

    def h2(text: str, style: str = "") -> str:
        return f'<h2 dir="{L.dir}" align="{h.align}" style="{style}">{e(text)}</h2>'

    return (
        f'<html><body dir="{L.dir}">'
        f'<h1 dir="{L.dir}" align="{h.align}">{e(L("report_title"))}: {isolate(e(report.article.title))}</h1>'
        + h.fields(meta)
        + h2(L("summary")) + h.p(f"{e(L('claims_total'))}: <b>{len(report.claims)}</b>")
        + _chart(summary_rows(report, L), h)
        + h2(L("conflicts")) + conflicts
        + h2(L("claims"), "page-break-before:always") + claims
        + (_annotated(report, h) if annotated else "")
        + "</body></html>"
    )


def write_pdf(report: Report, path: str | os.PathLike[str], lang: str = "ar", *, annotated: bool = False,
              progress: Callable[[float], None] | None = None) -> int:
    """Render the report to ``path`` (atomically); returns the number of pages."""
    L = Labels(lang)
    renderer = importlib.import_module("ui.pdf_render")
    header = f"{L('report_title')} — {report.article.title}"
    if len(header) > 110:
        header = header[:109] + "…"
    footer = f"Sanad · {L('page')} {{page}} {L('of')} {{pages}}"
    with atomic_path(path) as tmp:
        pages = renderer.render_pdf(build_html(report, lang, annotated=annotated), tmp, header=header,
                                    footer=footer, font_dir=paths.resources_dir() / "fonts", rtl=L.rtl,
                                    title=f"{L('report_title')}: {report.article.title}", progress=progress)
        tmp.write_bytes(plain_letters(tmp.read_bytes()))  # copy and search give letters, not glyph forms
    return int(pages)
