"""The legend under the article: what each colour and underline means."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QLabel, QWidget

from ui import styles
from ui.labels import status_labels
from ui.snapshot import RatingInfo

_LINE_CSS = {
    QTextCharFormat.UnderlineStyle.DotLine: "dotted",
    QTextCharFormat.UnderlineStyle.DashUnderline: "dashed",
    QTextCharFormat.UnderlineStyle.WaveUnderline: "wavy",
    QTextCharFormat.UnderlineStyle.SingleUnderline: "solid",
}


def _nbsp(label: str) -> str:
    """A chip's label kept on one line ("غير قابل للتحقق" broke between its words)."""
    return html.escape(label).replace(" ", "&nbsp;")


class Legend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(6, 4, 6, 4)  # not against the window's edge (the same on both sides: RTL too)
        self.ratings: list[RatingInfo] = []
        self.language = "ar"
        self.refresh_text()

    def set_ratings(self, ratings: list[RatingInfo], language: str) -> None:
        self.ratings, self.language = ratings, language
        self.refresh_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_text()
        super().changeEvent(event)

    def refresh_text(self) -> None:
        parts = []
        for key, label in status_labels().items():
            line = _LINE_CSS.get(styles.UNDERLINES[key])
            deco = f"text-decoration: underline {line};" if line else "color:#757575;"
            parts.append(f'<span style="background:{styles.STATUS_COLORS[key]}; {deco}">&nbsp;{_nbsp(label)}&nbsp;</span>')
        verdicts = " ".join(f'<span style="background:{r.color}; color:white">&nbsp;{_nbsp(r.label(self.language))}&nbsp;</span>'
                            for r in self.ratings)
        speaker, figure = self.tr("speaker"), self.tr("figure")
        status_title, verdict_title = self.tr("Status (underline):"), self.tr("Verdict (colour):")
        marks = (f'<b style="color:{styles.SPEAKER_INK}">{speaker}</b> · '
                 f'<b style="color:{styles.FIGURE_INK}">{figure}</b>')
        self.setText(f"{status_title} {' '.join(parts)}<br>{verdict_title} {verdicts}<br>{marks}")
