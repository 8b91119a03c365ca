"""How claims look in the article: a colour (verdict, else status) plus a second, non-colour cue.

Each status has its own underline style so that colour is never the only signal; the
speaker is bold in a teal ink and figures bold in a dark blue ink.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from ui.snapshot import ClaimRow, RatingInfo

STATUS_COLORS = {
    "new": "#F6D55C",
    "in_progress": "#64B5F6",
    "needs_second_review": "#FF8A65",
    "done": "#81C784",
    "dismissed": "#BDBDBD",
}
UNDERLINES = {
    "new": QTextCharFormat.UnderlineStyle.DotLine,
    "in_progress": QTextCharFormat.UnderlineStyle.DashUnderline,
    "needs_second_review": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "done": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dismissed": QTextCharFormat.UnderlineStyle.NoUnderline,
}
SPEAKER_INK = "#00695C"
FIGURE_INK = "#1A237E"


def claim_color(claim: ClaimRow, ratings: dict[str, RatingInfo]) -> QColor:
    rating = ratings.get(claim.verdict or "")
    return QColor(rating.color if rating else STATUS_COLORS.get(claim.status, "#F6D55C"))


def claim_format(claim: ClaimRow, ratings: dict[str, RatingInfo], selected: bool) -> QTextCharFormat:
    color = claim_color(claim, ratings)
    fmt = QTextCharFormat()
    background = QColor(color)
    # The selected claim stronger, yet light enough that the speaker's and figures' inks stay readable
    # on the darkest verdict colours (red, purple); a line above it too, so it stands out in any colour.
    background.setAlpha(150 if selected else (30 if claim.status == "dismissed" else 60))
    fmt.setFontOverline(selected)
    fmt.setBackground(background)
    fmt.setUnderlineStyle(UNDERLINES.get(claim.status, QTextCharFormat.UnderlineStyle.DotLine))
    fmt.setUnderlineColor(color.darker(150))
    if claim.status == "dismissed":
        fmt.setForeground(QColor("#757575"))
    return fmt


def speaker_format(base: QTextCharFormat) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QColor(SPEAKER_INK))
    return fmt


def figure_format(base: QTextCharFormat) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QColor(FIGURE_INK))
    return fmt
