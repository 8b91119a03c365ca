"""The Markdown report, for pasting into chats and tickets.

Text from the article and the reviewers is escaped so that it cannot open a link, an
image, a heading or break a table; links are written only for http(s) URLs.
"""

from __future__ import annotations

import re

from app.exports.chart import summary_rows
from app.exports.common import (
    after_label,
    annotated_paragraphs,
    article_fields,
    evidence_facts,
    evidence_title,
    fmt_date,
    safe_url,
    verdict_label,
)
from app.exports.labels import Labels
from app.exports.report import ClaimInfo, Report

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
_SPACE = re.compile(r"\s+")


def md(text: object) -> str:
    """Escape Markdown syntax; newlines become spaces (one value, one line)."""
    flat = _SPACE.sub(" ", str(text or ""))
    return _SPECIAL.sub(r"\\\1", flat)


def md_link(url: str | None, text: str | None = None) -> str:
    safe = safe_url(url)
    shown = md(text if text else url)
    if safe is None:
        return shown
    return f"[{shown}](<{safe.replace('>', '%3E').replace('<', '%3C')}>)"


def _claim(c: ClaimInfo, L: Labels) -> list[str]:
    out = [f"### {md(L.claim_heading(c.number))} — {md(verdict_label(c, L))}", ""]
    out.append(f"> {md(c.paragraph_before)}**{md(c.quote)}**{md(c.paragraph_after)}")
    out.append("")
    speaker = f"{md(c.speaker.name)} ({md(L.source_kind(c.speaker.kind))})" if c.speaker else L("none")
    fields = [
        (L("claim_as_checked"), md(c.checked_text)),
        (L("speaker"), speaker),
        (L("kind"), md(L.kind(c.kind))),
        (L("status"), md(L.status(c.status))),
        (L("verdict"), md(verdict_label(c, L))),
        (L("explanation"), md(c.explanation or L("none"))),
        (L("tags"), ("، " if L.rtl else ", ").join(md(t) for t in c.tags) or L("none")),
        (L("reviewer"), md(c.reviewer or L("none"))),
        (f"{L('created_at')} / {L('updated_at')}", f"{fmt_date(c.created_at)} / {fmt_date(c.updated_at)}"),
    ]
    out += [f"- **{md(label)}:** {after_label(value, L.rtl)}" for label, value in fields]
    out += ["", f"**{md(L('evidence'))}:**" if c.evidence else f"*{md(L('no_evidence'))}*", ""]
    for i, ev in enumerate(c.evidence, start=1):
        title = md_link(ev.url, evidence_title(ev, L)) if ev.url else md(evidence_title(ev, L))
        facts = "; ".join(f"{md(label)}: {after_label(md_link(url, value) if url else md(value), L.rtl)}"
                          for label, value, url in evidence_facts(ev, L))
        line = f"{i}. {title} — {md(L.stance(ev.stance))}" + (f" ({facts})" if facts else "")
        out.append(line)
        if ev.excerpt:
            out.append(f"   > {md(ev.excerpt)}")
    out.append("")
    return out


def render_markdown(report: Report, lang: str = "ar", *, annotated: bool = False) -> str:
    L = Labels(lang)
    lines = [f"# {md(L('report_title'))}: {md(report.article.title)}", ""]
    lines += [f"- **{md(label)}:** {after_label(md_link(url, value) if url else md(value), L.rtl)}"
              for label, value, url in article_fields(report, L)]
    lines += ["", f"## {md(L('summary'))}", "", f"{md(L('claims_total'))}: **{len(report.claims)}**", ""]
    for group in summary_rows(report, L):
        lines += [f"| {md(group.title)} | {md(L('count'))} | |", "|---|---:|---|"]
        for bar in group.bars:
            blocks = "█" * max(1, round(12 * bar.count / (group.biggest or 1)))
            lines.append(f"| {md(bar.label)} | {bar.count} | {blocks} |")
        lines.append("")
    lines += [f"## {md(L('conflicts'))}", ""]
    lines += [f"- {md(L.claim_heading(c.a))} ↔ {md(L.claim_heading(c.b))}: {md(c.reason)}" for c in report.conflicts]
    if not report.conflicts:
        lines.append(md(L("no_conflicts")))
    lines += ["", f"## {md(L('claims'))}", ""]
    for claim in report.claims:
        lines += _claim(claim, L)
    if not report.claims:
        lines += [md(L("no_claims")), ""]
    if annotated:
        lines += [f"## {md(L('annotated'))}", ""]
        for para in annotated_paragraphs(report):
            parts = []
            for seg in para:
                if seg.claim is None:
                    parts.append(md(seg.text))
                else:
                    number = f"**\\[{seg.claim.number}\\]** " if seg.first else ""
                    parts.append(f"{number}**{md(seg.text)}**")
            lines += ["".join(parts), ""]
    return "\n".join(lines).rstrip() + "\n"
