"""The article's claims as a table (excerpt, speaker, status, verdict, score) and its filter proxy."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.labels import status_labels
from ui.snapshot import ClaimRow, RatingInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 5
SORT_ROLE = Qt.ItemDataRole.UserRole + 6
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7

EXCERPT, SPEAKER, STATUS, VERDICT, SCORE = range(5)
EXCERPT_CHARS = 90
Index = QModelIndex | QPersistentModelIndex


def is_rtl(text: str) -> bool:
    """Whether the first strong character is right-to-left (Unicode bidi classes R and AL)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ClaimRow] = []
        self.ratings: dict[str, RatingInfo] = {}
        self.language = "ar"
        self._status = status_labels()
        self._swatches: dict[str, QIcon] = {}
        self._warning: QIcon | None = None
        # Why a bundle import flagged a claim, in the interface's words (the review panel's, set
        # by the window); as the merge wrote it until then.
        self.describe_flag: Callable[[str], str] = lambda flagged: flagged

    # -- content --------------------------------------------------------------------------

    def set_claims(self, rows: list[ClaimRow], ratings: dict[str, RatingInfo]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (r.start, r.id))
        self.ratings = ratings
        self._swatches = {key: swatch(r.color) for key, r in ratings.items()}
        self.endResetModel()

    def retranslate(self, language: str) -> None:
        self.language = language
        self._status = status_labels()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, SCORE))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SCORE)

    def row_of(self, claim_id: int) -> int:
        for n, row in enumerate(self.rows):
            if row.id == claim_id:
                return n
        return -1

    def update_claims(self, changed: dict[int, ClaimRow], removed: set[int]) -> None:
        """Apply fresh rows: updates in place, removals and insertions in text order."""
        for cid in removed:
            n = self.row_of(cid)
            if n >= 0:
                self.beginRemoveRows(QModelIndex(), n, n)
                del self.rows[n]
                self.endRemoveRows()
        for cid, row in changed.items():
            n = self.row_of(cid)
            if n >= 0 and (self.rows[n].start, self.rows[n].id) == (row.start, row.id):
                self.rows[n] = row
                self.dataChanged.emit(self.index(n, 0), self.index(n, SCORE))
                continue
            if n >= 0:
                self.beginRemoveRows(QModelIndex(), n, n)
                del self.rows[n]
                self.endRemoveRows()
            at = bisect_left([(r.start, r.id) for r in self.rows], (row.start, row.id))
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, row)
            self.endInsertRows()

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section <= SCORE:
            return None
        return (self.tr("Claim"), self.tr("Speaker"), self.tr("Status"), self.tr("Verdict"), self.tr("Score"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.quote
            if row.conflicts:
                tip += "\n⚠ " + self.tr("Conflicting figures: %1").replace("%1", "؛ ".join(row.conflicts))
            if row.flagged:
                tip += "\n⚑ " + self.tr("Flagged: %1").replace("%1", self.describe_flag(row.flagged))
            return tip
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, col)
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == VERDICT_ROLE:
            return row.verdict or ""
        if role == KIND_ROLE:
            return row.kind
        if role == SPEAKER_ROLE:
            return row.speaker
        if role == SEARCH_ROLE:
            return f"{row.quote}\n{row.speaker}".casefold()
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: ClaimRow, col: int) -> str:
        if col == EXCERPT:
            text = " ".join(row.quote.split())
            text = text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "…"
            return f"⚑ {text}" if row.flagged else text  # flagged by a bundle import: needs a look
        if col == SPEAKER:
            return row.speaker
        if col == STATUS:
            return self._status.get(row.status, row.status)
        if col == VERDICT:
            rating = self.ratings.get(row.verdict or "")
            return rating.label(self.language) if rating else "—"
        return f"{row.score:.2f}" if row.score is not None else "—"

    def _decoration(self, row: ClaimRow, col: int) -> Any:
        if col == EXCERPT and row.conflicts:
            if self._warning is None:
                style = QApplication.style()
                self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning
        if col == VERDICT and row.verdict:
            return self._swatches.get(row.verdict)
        return None

    def _sort_key(self, row: ClaimRow, col: int) -> Any:
        if col == EXCERPT:
            return row.start
        if col == SCORE:
            return row.score if row.score is not None else -1.0
        if col == VERDICT:
            rating = self.ratings.get(row.verdict or "")
            return rating.position if rating else 99
        return self._display(row, col)


class BidiDelegate(QStyledItemDelegate):
    """Lays each cell out in its own text's direction: Arabic cells are right-to-left paragraphs
    (aligned and elided from the right) in the English interface too, without AlignRight."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:  # type: ignore[attr-defined]
            option.direction = (Qt.LayoutDirection.RightToLeft if is_rtl(option.text)  # type: ignore[attr-defined]
                                else Qt.LayoutDirection.LeftToRight)


class ClaimsFilter(QSortFilterProxyModel):
    """Text search plus filters on status, verdict, kind and speaker ("" = any)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""
        self.criteria: dict[int, str] = {STATUS_ROLE: "", VERDICT_ROLE: "", KIND_ROLE: "", SPEAKER_ROLE: ""}

    def set_search(self, text: str) -> None:
        search = " ".join(text.split()).casefold()
        if search == self.search:
            return
        self.beginFilterChange()
        self.search = search
        self.endFilterChange()

    def set_criterion(self, role: int, value: str) -> None:
        if self.criteria.get(role) == value:
            return
        self.beginFilterChange()
        self.criteria[role] = value
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.search and not any(self.criteria.values()):
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        for role, wanted in self.criteria.items():
            if wanted and index.data(role) != wanted:
                return False
        return not self.search or self.search in index.data(SEARCH_ROLE)
