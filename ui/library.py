"""The articles library: every article with its review progress (done of all claims)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import queries
from app.services.core import Workspace
from app.services.queries import ArticleSummary

Index = QModelIndex | QPersistentModelIndex
TITLE, OUTLET, PUBLISHED, PROGRESS = range(4)
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1


class ProgressDelegate(QStyledItemDelegate):
    """The review progress (done or dismissed of all claims) drawn as a progress bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        done, total = index.data(PROGRESS_ROLE)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        bar.minimum, bar.maximum, bar.progress = 0, max(total, 1), done  # type: ignore[attr-defined]
        bar.text, bar.textVisible = f"{done}/{total}", True  # type: ignore[attr-defined]
        bar.direction = option.direction  # type: ignore[attr-defined]
        bar.state = option.state  # type: ignore[attr-defined]
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class ArticlesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleSummary] = []

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Title"), self.tr("Outlet"), self.tr("Published"), self.tr("Reviewed"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, row.outlet or "", str(row.published_on or ""),
                    f"{row.done}/{row.claims}")[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == PROGRESS_ROLE:
            return row.done, row.claims
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PROGRESS:
            return self.tr("%1 of %2 claims done or dismissed").replace("%1", str(row.done)).replace(
                "%2", str(row.claims))
        return None


class LibraryWidget(QWidget):
    openRequested = Signal(int)  # noqa: N815
    deleteRequested = Signal(int)  # noqa: N815
    newRequested = Signal()  # noqa: N815
    importRequested = Signal()  # noqa: N815

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = ArticlesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons, not cell to cell
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.view))
        self.view.setColumnWidth(PROGRESS, 120)
        self.view.doubleClicked.connect(lambda index: self.openRequested.emit(index.data(Qt.ItemDataRole.UserRole)))
        self.open_button, self.new_button = QPushButton(), QPushButton()
        self.import_button, self.delete_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(lambda: self._emit_selected(self.openRequested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.deleteRequested))
        self.new_button.clicked.connect(self.newRequested.emit)
        self.import_button.clicked.connect(self.importRequested.emit)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.import_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        # Open and Delete act on the selected article: without one they are off (they did nothing).
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.new_button.setText(self.tr("Paste new…"))
        self.import_button.setText(self.tr("Import file…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PROGRESS)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        with self.ws.db.read_session() as s:
            self.model.set_rows(queries.article_summaries(s))

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _emit_selected(self, signal: Any) -> None:
        article_id = self.selected_id()
        if article_id is not None:
            signal.emit(article_id)
