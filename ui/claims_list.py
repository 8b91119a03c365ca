"""The claims list: search, filters (status, verdict, kind, speaker) and the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import kind_labels, status_labels
from ui.models.claims_model import (
    EXCERPT,
    ID_ROLE,
    KIND_ROLE,
    SCORE,
    SPEAKER,
    SPEAKER_ROLE,
    STATUS,
    STATUS_ROLE,
    VERDICT,
    VERDICT_ROLE,
    BidiDelegate,
    ClaimsFilter,
    ClaimsModel,
)
from ui.snapshot import ClaimRow, RatingInfo

MIN_VISIBLE_ROWS = 5
SPEAKER_SHARE, SPEAKER_MIN, SPEAKER_MAX = 0.22, 70, 150  # the speaker column's width: its share of the table
MIN_SECTION = 36  # narrow columns (score, status) as wide as their content, not the style's ~100 px


class ClaimsTable(QTableView):
    """The claims table; when it has no row it says why, and what to do (an empty white box did not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # In a narrow pane the claim's own text keeps most of the width: the speaker column takes
        # its share (it was a fixed 150 px, and the narrow columns ~100 px each, so the claim
        # column shrank to nothing and the score went off to the side).
        super().resizeEvent(event)
        width = int(self.viewport().width() * SPEAKER_SHARE)
        self.horizontalHeader().resizeSection(SPEAKER, max(SPEAKER_MIN, min(SPEAKER_MAX, width)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(12, 8, -12, -8), int(flags), self.placeholder)
            painter.end()


class ClaimsList(QWidget):
    claimSelected = Signal(object)  # noqa: N815 - claim id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimsModel(self)
        self._quiet = False
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.filters = {role: QComboBox() for role in (STATUS_ROLE, VERDICT_ROLE, KIND_ROLE, SPEAKER_ROLE)}
        for role, combo in self.filters.items():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, r=role, c=combo: self.proxy.set_criterion(r, c.currentData() or ""))
        self.view = ClaimsTable()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(BidiDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the review panel (it went cell to cell, for ever)
        # At least five rows in view: in a small window the list was squeezed to two and a half.
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height()
                                   + MIN_VISIBLE_ROWS * self.view.verticalHeader().defaultSectionSize()
                                   + self.view.horizontalScrollBar().sizeHint().height()
                                   + 2 * self.view.frameWidth())
        # Text order (the model's own) until a header is clicked: no sorting pass on open.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(40)  # size columns from 40 rows, not all 2,000
        header.setMinimumSectionSize(MIN_SECTION)
        header.setSectionResizeMode(EXCERPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SPEAKER, SPEAKER_MAX)
        for col in (STATUS, VERDICT, SCORE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # The search on a row of its own and the four filters below it, each at least as wide as
        # its "Any …" label: on one row, in English or a small window, they were cut ("Any verdi").
        row = QHBoxLayout()
        for combo in self.filters.values():
            row.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.retranslate()

    # -- content --------------------------------------------------------------------------

    def set_claims(self, rows: list[ClaimRow], ratings: dict[str, RatingInfo]) -> None:
        self.model.set_claims(rows, ratings)
        self._fill_filters()
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if not self.model.rowCount():
            self.view.set_placeholder(self.tr(
                "No claims in this article. Select a sentence and press Ctrl+Return to add one."))
        else:
            self.view.set_placeholder(self.tr("No claim matches the search and filters."))

    def update_claims(self, changed: dict[int, ClaimRow], removed: set[int]) -> None:
        current = self.current_id()
        keep = current is not None and current not in removed
        # A changed span moves the claim's row (removed and inserted in text order): Qt makes a
        # neighbour current meanwhile, which is not the reviewer's choice (the panel showed it).
        self._quiet = keep
        try:
            self.model.update_claims(changed, removed)
            self._update_placeholder()
            if changed and any(r.speaker for r in changed.values()):
                self._fill_filters()
        finally:
            self._quiet = False
        if keep:
            self.select(current, notify=False)

    def retranslate(self, language: str | None = None) -> None:
        self.search.setPlaceholderText(self.tr("Search claims and speakers…"))
        self._update_placeholder()
        if language:
            self.model.retranslate(language)
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        ratings = sorted(self.model.ratings.values(), key=lambda r: r.position)
        speakers = sorted({r.speaker for r in self.model.rows if r.speaker})
        choices = {
            STATUS_ROLE: (self.tr("Any status"), list(status_labels().items())),
            VERDICT_ROLE: (self.tr("Any verdict"), [(r.key, r.label(self.model.language)) for r in ratings]),
            KIND_ROLE: (self.tr("Any kind"), list(kind_labels().items())),
            SPEAKER_ROLE: (self.tr("Any speaker"), [(s, s) for s in speakers]),
        }
        for role, (anything, items) in choices.items():
            combo = self.filters[role]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, "")
            for key, label in items:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
            combo.setMinimumWidth(self._width_for(combo, anything))
            self.proxy.set_criterion(role, combo.currentData() or "")

    @staticmethod
    def _width_for(combo: QComboBox, text: str) -> int:
        """The combo box's width that shows ``text`` whole (its arrow and frame included)."""
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        metrics = combo.fontMetrics()
        contents = QSize(metrics.horizontalAdvance(text), metrics.height())
        return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo).width()

    # -- selection ------------------------------------------------------------------------

    def _current_changed(self, current: object, _previous: object) -> None:
        if not self._quiet:
            self.claimSelected.emit(self.current_id())

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def visible_ids(self) -> list[int]:
        return [self.proxy.index(n, 0).data(ID_ROLE) for n in range(self.proxy.rowCount())]

    def select(self, claim_id: int | None, *, notify: bool = True) -> bool:
        if claim_id is None:
            self.view.selectionModel().clear()
            return False
        n = self.model.row_of(claim_id)
        index = self.proxy.mapFromSource(self.model.index(n, 0)) if n >= 0 else None
        if index is None or not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._quiet = not notify
        try:
            self.view.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        self.view.scrollTo(index)
        return True

    def step(self, delta: int) -> int | None:
        """Select the next (or previous) visible claim; returns its id."""
        count = self.proxy.rowCount()
        if not count:
            return None
        current = self.view.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta > 0 else count - 1)
        row = max(0, min(count - 1, row))
        claim_id = self.proxy.index(row, 0).data(ID_ROLE)
        self.select(claim_id)
        return claim_id
