"""The HTML report: one self-contained, printable file (inline CSS and SVG chart).

Every piece of text that comes from the article, the reviewers or the evidence goes
through :func:`html.escape`; links are written only for http(s) URLs, anything else
(``javascript:``, ``data:``, ``file:``) is shown as plain text.
"""

from __future__ import annotations

from html import escape

from app import paths
from app.exports.chart import summary_rows, svg_chart
from app.exports.common import (
    annotated_paragraphs,
    article_fields,
    evidence_facts,
    evidence_title,
    fmt_date,
    safe_url,
    verdict_color,
    verdict_label,
)
from app.exports.labels import Labels
from app.exports.report import ClaimInfo, EvidenceInfo, Report


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def link(url: str | None, text: str | None = None) -> str:
    """An <a> for http(s) URLs; any other URL is shown, escaped, as text."""
    shown = e(text if text else url)
    safe = safe_url(url)
    if safe is None:
        return shown
    return f'<a href="{e(safe)}" rel="noopener noreferrer nofollow">{shown}</a>'


def _css() -> str:
    return (paths.resources_dir() / "templates" / "report.css").read_text(encoding="utf-8")


def _rows(rows: list[tuple[str, str]], *, isolated: frozenset[str] = frozenset()) -> str:
    # <bdi>: a value in the other direction (an English title in an Arabic report) keeps its own order.
    # A value whose parts are isolated already (``isolated`` labels) is left in the cell's direction.
    return "".join(f"<tr><th>{label}</th><td>{value if label in isolated else f'<bdi>{value}</bdi>'}</td></tr>"
                   for label, value in rows)


def _evidence(ev: EvidenceInfo, L: Labels) -> str:
    title = evidence_title(ev, L)
    head = link(ev.url, title) if ev.url else e(title)
    out = f'<strong>{head}</strong> <span class="tag">{e(L.stance(ev.stance))}</span>'
    # Each value isolated: a date after an Arabic label ("تاريخ النشر: 2024-03-10") was read as 10-03-2024.
    meta = [f"{e(label)}: <bdi>{link(url, value) if url else e(value)}</bdi>"
            for label, value, url in evidence_facts(ev, L)]
    if meta:
        out += f'<div class="muted">{" · ".join(meta)}</div>'
    if ev.excerpt:
        out += f'<blockquote dir="auto">{e(ev.excerpt)}</blockquote>'
    return f"<li>{out}</li>"


def _claim(c: ClaimInfo, L: Labels) -> str:
    color = e(verdict_color(c))
    head = (f'<h3 id="claim-{c.number}"><span>{e(L.claim_heading(c.number))}</span>'
            f'<span class="badge">{e(verdict_label(c, L))}</span>'
            f'<span class="status">{e(L.status(c.status))}</span></h3>')
    quote = (f'<blockquote dir="auto">{e(c.paragraph_before)}'
             f"<mark>{e(c.quote)}</mark>"
             f"{e(c.paragraph_after)}</blockquote>")
    speaker = L("none")
    if c.speaker:
        speaker = f"{e(c.speaker.name)} ({e(L.source_kind(c.speaker.kind))})"
        if c.speaker.url:
            speaker += " " + link(c.speaker.url)
    evidence = (f'<ol class="evidence">{"".join(_evidence(ev, L) for ev in c.evidence)}</ol>'
                if c.evidence else f'<p class="muted">{e(L("no_evidence"))}</p>')
    tags = "".join(f'<span class="tag">{e(t)}</span>' for t in c.tags) or e(L("none"))
    rows = [
        (e(L("claim_as_checked")), e(c.checked_text)),
        (e(L("speaker")), speaker),
        (e(L("kind")), e(L.kind(c.kind))),
        (e(L("verdict")), f'<span class="badge">{e(verdict_label(c, L))}</span>'),
        (e(L("explanation")), e(c.explanation or L("none")).replace("\n", "<br>")),
        (e(L("tags")), tags),
        (e(L("reviewer")), e(c.reviewer or L("none"))),
        (e(L("created_at")), e(fmt_date(c.created_at))),
        (e(L("updated_at")), e(fmt_date(c.updated_at))),
    ]
    return (f'<section class="claim" style="--verdict:{color}">{head}'
            f'<div class="muted">{e(L("quote"))}</div>{quote}<table>{_rows(rows)}</table>'
            f'<div><strong>{e(L("evidence"))}</strong></div>{evidence}</section>')


def _annotated(report: Report, L: Labels) -> str:
    paragraphs = []
    for para in annotated_paragraphs(report):
        out = []
        for seg in para:
            if seg.claim is None:
                out.append(e(seg.text))
                continue
            style = f' style="--verdict:{e(verdict_color(seg.claim))}"'
            number = f'<sup><a href="#claim-{seg.claim.number}">{seg.claim.number}</a></sup>' if seg.first else ""
            out.append(f"<mark{style} title=\"{e(verdict_label(seg.claim, L))}\">{number}{e(seg.text)}</mark>")
        paragraphs.append(f'<p dir="auto">{"".join(out)}</p>')
    return f'<h2>{e(L("annotated"))}</h2><div class="annotated">{"".join(paragraphs)}</div>'


def _conflicts(report: Report, L: Labels) -> str:
    if not report.conflicts:
        return f'<p class="muted">{e(L("no_conflicts"))}</p>'
    items = "".join(
        f'<li><a href="#claim-{c.a}">{e(L.claim_heading(c.a))}</a> ↔ '
        f'<a href="#claim-{c.b}">{e(L.claim_heading(c.b))}</a>: <bdi>{e(c.reason)}</bdi></li>'
        for c in report.conflicts
    )
    return f"<ul>{items}</ul>"


def _summary(report: Report, L: Labels) -> str:
    groups = summary_rows(report, L)
    tables = []
    for group in groups:
        rows = "".join(f"<tr><td>{e(b.label)}</td><td>{b.count}</td></tr>" for b in group.bars)
        tables.append(f"<table><tr><th>{e(group.title)}</th><th>{e(L('count'))}</th></tr>{rows}</table>")
    return (f"<p>{e(L('claims_total'))}: <strong>{len(report.claims)}</strong></p>"
            f"{svg_chart(groups, rtl=L.rtl)}{''.join(tables)}")


def render_html(report: Report, lang: str = "ar", *, annotated: bool = False) -> str:
    L = Labels(lang)
    meta = [(e(label), link(url, value) if url else e(value)) for label, value, url in article_fields(report, L)]
    isolated: frozenset[str] = frozenset()
    if len(report.reviewers) > 1:  # each name isolated, not the list: "Sara، مريم" was one run, read backwards
        who = e(L("reviewed_by"))
        names = ("، " if L.rtl else ", ").join(f"<bdi>{e(name)}</bdi>" for name in report.reviewers)
        meta = [(label, names if label == who else value) for label, value in meta]
        isolated = frozenset({who})
    claims = "".join(_claim(c, L) for c in report.claims) or f'<p class="muted">{e(L("no_claims"))}</p>'
    body = (
        f"<h1>{e(L('report_title'))}: <bdi>{e(report.article.title)}</bdi></h1>"
        f'<table class="meta">{_rows(meta, isolated=isolated)}</table>'
        f"<h2>{e(L('summary'))}</h2>{_summary(report, L)}"
        f"<h2>{e(L('conflicts'))}</h2>{_conflicts(report, L)}"
        f"<h2>{e(L('claims'))}</h2>{claims}"
        + (_annotated(report, L) if annotated else "")
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{L.dir}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src 'none'\">\n"
        f'<meta name="generator" content="Sanad">\n<title>{e(L("report_title"))}: {e(report.article.title)}</title>\n'
        f"<style>\n{_css()}</style>\n</head>\n<body>\n<main>{body}</main>\n</body>\n</html>\n"
    )
