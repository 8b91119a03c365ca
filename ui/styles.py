"""How claims look in the article: a colour (verdict, else status) plus a second, non-colour cue.

Each status has its own underline style so that colour is never the only signal; the
speaker is bold in a teal ink and figures bold in a dark blue ink.
"""

from __future__ import annotations

import functools

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


SELECTED_ALPHA, NORMAL_ALPHA, DISMISSED_ALPHA = 150, 60, 30
MIN_INK_CONTRAST = 3.0  # WCAG's minimum for bold text: the speaker's and figures' inks on a claim's colour


def _luminance(red: int, green: int, blue: int) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def linear(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


@functools.lru_cache(maxsize=64)
def selected_alpha(color: str) -> int:
    """The strongest fill up to SELECTED_ALPHA over white on which the lightest ink keeps its contrast."""
    c, ink = QColor(color), QColor(SPEAKER_INK)
    ink_l = _luminance(ink.red(), ink.green(), ink.blue())
    for alpha in range(SELECTED_ALPHA, NORMAL_ALPHA, -5):
        a = alpha / 255
        bg = [round(255 - a * (255 - v)) for v in (c.red(), c.green(), c.blue())]
        if (_luminance(*bg) + 0.05) / (ink_l + 0.05) >= MIN_INK_CONTRAST:
            return alpha
    return NORMAL_ALPHA + 20


def claim_color(claim: ClaimRow, ratings: dict[str, RatingInfo]) -> QColor:
    rating = ratings.get(claim.verdict or "")
    return QColor(rating.color if rating else STATUS_COLORS.get(claim.status, "#F6D55C"))


def claim_format(claim: ClaimRow, ratings: dict[str, RatingInfo], selected: bool) -> QTextCharFormat:
    color = claim_color(claim, ratings)
    fmt = QTextCharFormat()
    background = QColor(color)
    # The selected claim stronger, yet light enough that the speaker's and figures' inks stay readable
    # on the darkest verdict colours (red, purple); a line above it too, so it stands out in any colour.
    background.setAlpha(selected_alpha(color.name()) if selected
                        else DISMISSED_ALPHA if claim.status == "dismissed" else NORMAL_ALPHA)
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
