"""Archive search (Ctrl+Shift+F): a dock with a search box and the results grouped by article.

Typing runs ``app.search.search`` on the thread pool after a short pause; an answer that
arrives after a newer query was typed is dropped. Any text is a valid query (quotes,
brackets, SQL-looking text): the search layer escapes it, and a failure is shown in the
dock's status line, never in a dialog.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.errors import SanadError
from app.services import queries
from app.services.core import Workspace
from ui.workers import start

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 50
Index = QModelIndex | QPersistentModelIndex
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class Hit:
    kind: str
    article_id: int
    claim_id: int | None
    snippet: str
    verdict: str | None


@dataclass
class Group:
    article_id: int
    title: str
    hits: list[Hit] = field(default_factory=list)


def run_search(ws: Workspace, query: str, limit: int = RESULT_LIMIT) -> list[Group]:
    """The results of ``query`` grouped by article, in the order of each article's best hit."""
    from app.search import search

    groups: dict[int, Group] = {}
    results = search(ws.db, query, limit=limit)
    with ws.db.read_session() as s:
        for r in results:
            if r.article_id is None:
                continue
            group = groups.get(r.article_id)
            if group is None:
                try:
                    title = queries.get_article(s, r.article_id).title or ""
                except SanadError:
                    continue
                group = groups[r.article_id] = Group(r.article_id, title)
            group.hits.append(Hit(r.kind, r.article_id, r.claim_id, " ".join(r.snippet.split()), r.verdict))
    return list(groups.values())


class SearchSignals(QObject):
    done = Signal(int, object)  # generation, list[Group]
    failed = Signal(int, str)


class SearchWorker(QRunnable):
    def __init__(self, ws: Workspace, query: str, generation: int) -> None:
        super().__init__()
        self.ws, self.query, self.generation = ws, query, generation
        self.signals = SearchSignals()

    def run(self) -> None:
        try:
            groups = run_search(self.ws, self.query)
        except SanadError as exc:
            self.signals.failed.emit(self.generation, exc.message)
        except Exception:  # noqa: BLE001 - a bug: keep the traceback for the report
            self.signals.failed.emit(self.generation, traceback.format_exc().splitlines()[-1])
        else:
            self.signals.done.emit(self.generation, groups)


class SearchResultsModel(QAbstractItemModel):
    """Two levels: an article (its title and hit count), then its hits (snippet, verdict)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.kind_names: dict[str, str] = {}

    def set_groups(self, groups: list[Group]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)  # internal id 0: an article row
        return self.createIndex(row, column, parent.row() + 1)  # a hit: its group's row + 1

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 2

    def _hit(self, index: Index) -> Hit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[int(index.internalId()) - 1].hits[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hit(index)
        group = self.groups[index.row()] if hit is None else self.groups[int(index.internalId()) - 1]
        if role == ARTICLE_ROLE:
            return group.article_id
        if role == CLAIM_ROLE:
            return hit.claim_id if hit is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if hit is None:
            return (group.title or f"#{group.article_id}") if index.column() == 0 else str(len(group.hits))
        if index.column() == 0:
            return hit.snippet
        return self.kind_names.get(hit.kind, hit.kind)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("Match"), self.tr("Found in"))[section]
        return None


class SearchDock(QWidget):
    """The search box and the grouped results; ``openRequested(article_id, claim_id or 0)``."""

    openRequested = Signal(int, int)  # noqa: N815 - Qt signal naming
    searched = Signal()  # results (or an error) shown for the latest query

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.generation = 0
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.setMinimumWidth(420)  # room for a snippet around the match
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._open_first)
        self.tree.activated.connect(self.open_index)
        self._workers: dict[int, SearchWorker] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search the whole archive: claims, articles, evidence, sources…"))
        self.model.kind_names = {"claim": self.tr("claim"), "article": self.tr("article"),
                                 "evidence": self.tr("evidence"), "source": self.tr("source")}
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def search_now(self) -> None:
        self._timer.stop()
        self.generation += 1
        query = self.box.text().strip()
        if not query:
            self.model.set_groups([])
            self.status.clear()
            self.searched.emit()
            return
        worker = SearchWorker(self.ws, query, self.generation)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._workers[self.generation] = worker  # keeps the signals object alive until it reports
        self.status.setText(self.tr("Searching…"))
        start(worker)

    def _done(self, generation: int, groups: list[Group]) -> None:
        self._workers.pop(generation, None)
        if generation != self.generation:
            return  # an older query answered late
        self.model.set_groups(groups)
        self.tree.expandAll()
        self._show_count()
        self.searched.emit()

    def _failed(self, generation: int, message: str) -> None:
        self._workers.pop(generation, None)
        if generation == self.generation:
            self.model.set_groups([])
            self.status.setText(self.tr("The search failed: %1").replace("%1", message))
            self.searched.emit()

    def _show_count(self) -> None:
        if not self.box.text().strip():
            self.status.clear()
            return
        hits = sum(len(g.hits) for g in self.model.groups)
        if hits == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("%1 matches in %2 articles").replace("%1", str(hits))
                                .replace("%2", str(len(self.model.groups))))

    def _open_first(self) -> None:
        if self.model.groups:
            first = self.model.index(0, 0)
            self.open_index(self.model.index(0, 0, first) if self.model.rowCount(first) else first)

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(int(index.data(ARTICLE_ROLE)), int(index.data(CLAIM_ROLE) or 0))
