"""The summary chart: claims by verdict and by status, as bars Sanad draws itself.

:func:`summary_rows` gives the numbers; :func:`svg_chart` draws them as an inline SVG
(HTML); the PDF and DOCX writers draw the same rows as shaded table cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from app.exports.common import NO_VERDICT_COLOR
from app.exports.labels import Labels
from app.exports.report import Report

STATUS_COLORS = {
    "new": "#90A4AE",
    "in_progress": "#42A5F5",
    "needs_second_review": "#FFB300",
    "done": "#43A047",
    "dismissed": "#BDBDBD",
}


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    color: str


@dataclass(frozen=True)
class BarGroup:
    title: str
    bars: list[Bar]

    @property
    def biggest(self) -> int:
        return max((b.count for b in self.bars), default=0)


def summary_rows(report: Report, L: Labels) -> list[BarGroup]:
    verdicts = [Bar(r.label(L.lang) if r else L("no_verdict"), n, r.color if r else NO_VERDICT_COLOR)
                for r, n in report.verdict_counts()]
    statuses = [Bar(L.status(s), n, STATUS_COLORS.get(s, NO_VERDICT_COLOR)) for s, n in report.status_counts()]
    return [BarGroup(L("by_verdict"), verdicts), BarGroup(L("by_status"), statuses)]


def svg_chart(groups: list[BarGroup], *, rtl: bool, width: int = 640) -> str:
    """An SVG bar chart; right-to-left charts put labels on the right and grow bars leftwards."""
    bar_h, gap, label_w, count_w, title_h = 18, 6, 190, 40, 26
    track = width - label_w - count_w - 16
    biggest = max((g.biggest for g in groups), default=0) or 1
    parts: list[str] = []
    y = 0
    for group in groups:
        y += title_h
        tx, anchor = (width - 4, "end") if rtl else (4, "start")
        parts.append(f'<text x="{tx}" y="{y - 8}" text-anchor="{anchor}" font-weight="bold" '
                     f'font-size="14">{escape(group.title)}</text>')
        for bar in group.bars:
            length = max(2, round(track * bar.count / biggest))
            mid = y + bar_h - 5
            if rtl:
                label_x, bar_x, count_x = width - 4, width - label_w - length, width - label_w - length - 6
                label_anchor, count_anchor = "end", "end"
            else:
                label_x, bar_x, count_x = 4, label_w, label_w + length + 6
                label_anchor, count_anchor = "start", "start"
            parts.append(
                f'<text x="{label_x}" y="{mid}" text-anchor="{label_anchor}" font-size="13">{escape(bar.label)}</text>'
                f'<rect x="{bar_x}" y="{y}" width="{length}" height="{bar_h}" rx="2" fill="{escape(bar.color)}"/>'
                f'<text x="{count_x}" y="{mid}" text-anchor="{count_anchor}" font-size="13">{bar.count}</text>'
            )
            y += bar_h + gap
        y += gap
    height = max(y, 10)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" style="direction:ltr" '
            f'font-family="\'Noto Sans Arabic\', \'DejaVu Sans\', sans-serif">' + "".join(parts) + "</svg>")
