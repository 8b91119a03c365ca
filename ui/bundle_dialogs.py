"""File → Export bundle… / Import bundle…: exchanging articles with their reviews as ``.sanad`` files.

Export: tick the articles to send (the open one is ticked), choose the file. Import: one
undoable command (Edit → Undo takes the whole merge back); the summary says what was
added, skipped, updated and flagged. Flagged claims carry a ⚑ in the claims list and
their flag text in the review panel, with "Resolve".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import queries
from app.services.core import Workspace
from ui.fonts import align_paragraphs

COLUMNS = ("added", "skipped", "updated", "flagged")
BUNDLE_SUFFIX = ".sanad"


class BundleExportDialog(QDialog):
    """The articles to put in the bundle (the open one ticked)."""

    def __init__(self, ws: Workspace, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        self.list = QListWidget()
        with ws.db.read_session() as s:
            summaries = queries.article_summaries(s)
        for a in summaries:
            item = QListWidgetItem(a.title or f"#{a.id}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.id == current else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Articles to put in the bundle, with their claims, evidence and "
                                        "attachments:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def article_ids(self) -> list[int]:
        return [int(self.list.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]


class MergeSummaryDialog(QDialog):
    """What an import merged, by kind of record, and the notes (things not imported, texts kept)."""

    def __init__(self, summary: Any, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle imported"))
        totals = summary.totals()
        headline = self.tr("%1: %2 added, %3 skipped, %4 updated, %5 flagged for review.")
        for n, value in enumerate((Path(path).name, *(totals[c] for c in COLUMNS)), start=1):
            headline = headline.replace(f"%{n}", str(value))
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        kinds = sorted(set().union(*(getattr(summary, c).keys() for c in COLUMNS)))
        names = {"articles": self.tr("articles"), "claims": self.tr("claims"), "evidence": self.tr("evidence"),
                 "sources": self.tr("sources"), "ratings": self.tr("verdicts"), "tags": self.tr("tags"),
                 "reviewers": self.tr("reviewers"), "links": self.tr("links")}
        self.table = QTableWidget(len(kinds), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Added"), self.tr("Skipped"), self.tr("Updated"),
                                              self.tr("Flagged")])
        self.table.setVerticalHeaderLabels([names.get(k, k) for k in kinds])
        for row, kind in enumerate(kinds):
            for col, name in enumerate(COLUMNS):
                item = QTableWidgetItem(str(getattr(summary, name).get(kind, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        self.notes = QPlainTextEdit("\n".join(summary.notes))
        self.notes.setReadOnly(True)
        align_paragraphs(self.notes)
        self.notes.setVisible(bool(summary.notes))
        hint = QLabel(self.tr("Flagged claims are marked ⚑ in the claims list; the review panel says why. "
                              "Edit → Undo takes the whole import back."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table)
        layout.addWidget(self.notes)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 420)
