"""“Checked before” in the review panel: archived claims that say the same as the selected one.

Each row shows the archived claim's verdict, when it was reviewed, its article's title and
its text; "Copy evidence and source" copies that claim's evidence and speaker to the
selected claim (one undoable command). The matches are looked up on the thread pool.
Also the flag a bundle import put on a claim, with "Resolve" to clear it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SanadError
from app.services import claims, queries
from app.services.core import Workspace
from ui.background import CallWorker
from ui.models.claims_model import swatch
from ui.runner import CommandRunner
from ui.snapshot import RatingInfo
from ui.workers import start

LIMIT = 5


@dataclass(frozen=True)
class ArchivedMatch:
    claim_id: int
    article_id: int
    article_title: str
    quote: str
    verdict: str | None
    reviewed_on: str
    score: float


def load_matches(ws: Workspace, claim_id: int, limit: int = LIMIT) -> list[ArchivedMatch]:
    from app.services.checked_before import similar_claims

    matches = similar_claims(ws.db, claim_id, limit)
    out = []
    with ws.db.read_session() as s:
        for m in matches:
            try:
                title = queries.get_article(s, m.article_id).title or ""
            except SanadError:
                continue
            out.append(ArchivedMatch(m.claim_id, m.article_id, title, " ".join(m.quote.split()), m.verdict_key,
                                     m.reviewed_at.strftime("%Y-%m-%d") if m.reviewed_at else "", m.score))
    return out


class CheckedBefore(QWidget):
    """The similar archived claims of one claim; ``loaded`` after each lookup."""

    loaded = Signal()

    def __init__(self, ws: Workspace, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.claim_id: int | None = None
        self.ratings: dict[str, RatingInfo] = {}
        self.language = "ar"
        self.matches: list[ArchivedMatch] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.copy_button = QPushButton()
        self.copy_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self.copy_button.setEnabled(self.current() is not None))
        self.copy_button.clicked.connect(self.copy_selected)
        self._worker: CallWorker | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Verdict"), self.tr("Reviewed"), self.tr("Article"), self.tr("Claim")])
        self.copy_button.setText(self.tr("Copy evidence and source"))
        self.copy_button.setToolTip(self.tr("Copy the archived claim's evidence and speaker to this claim "
                                            "(Edit → Undo takes it back)"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_ratings(self, ratings: list[RatingInfo], language: str) -> None:
        self.ratings, self.language = {r.key: r for r in ratings}, language
        self._fill()

    def set_claim(self, claim_id: int | None) -> None:
        if claim_id == self.claim_id and claim_id is not None:
            return
        self.claim_id = claim_id
        self.refresh()

    def refresh(self) -> None:
        self.matches = []
        self._fill()
        if self.claim_id is None:
            return
        self.note.setText(self.tr("Looking in the archive…"))
        worker = CallWorker(load_matches, self.ws, self.claim_id)
        wanted = self.claim_id
        worker.signals.done.connect(lambda found: self._loaded(wanted, found))
        worker.signals.failed.connect(lambda message: self._loaded(wanted, [], message))
        self._worker = worker
        start(worker)

    def _loaded(self, claim_id: int, found: list[ArchivedMatch], error: str = "") -> None:
        if claim_id != self.claim_id:
            return  # another claim was selected meanwhile
        self.matches = found
        self._fill(error)
        self.loaded.emit()

    def _fill(self, error: str = "") -> None:
        self.list.clear()
        for m in self.matches:
            rating = self.ratings.get(m.verdict or "")
            item = QTreeWidgetItem([rating.label(self.language) if rating else "—", m.reviewed_on,
                                    m.article_title, m.quote])
            if rating is not None:
                item.setIcon(0, swatch(rating.color))
            item.setToolTip(3, m.quote)
            item.setData(0, Qt.ItemDataRole.UserRole, m.claim_id)
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(self.matches))
        self.copy_button.setVisible(bool(self.matches))
        self.copy_button.setEnabled(False)
        if error:
            self.note.setText(self.tr("The archive could not be searched: %1").replace("%1", error))
        elif self.claim_id is not None and not self.matches:
            self.note.setText(self.tr("No similar claim in the archive."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        if self.matches:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            rows = sum(self.list.sizeHintForRow(n) for n in range(len(self.matches)))
            self.list.setFixedHeight(min(160, self.list.header().sizeHint().height() + rows
                                         + 2 * self.list.frameWidth() + 4))

    def current(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def copy_selected(self) -> None:
        source = self.current()
        if self.claim_id is not None and source is not None:
            from app.services.checked_before import copy_evidence_and_sources

            self.runner.run(copy_evidence_and_sources, self.claim_id, source)


class FlagBar(QWidget):
    """Why the claim was flagged (by a bundle import), with "Resolve" to clear the flag."""

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.claim: tuple[int, int] | None = None  # id, version
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resolve_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resolve_button)
        self.resolve_button.clicked.connect(self.resolve)
        self.retranslate()
        self.set_flag(None, 0, "")

    def retranslate(self) -> None:
        self.resolve_button.setText(self.tr("Resolve"))
        self.resolve_button.setToolTip(self.tr("I have looked at this: clear the flag"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_flag(self, claim_id: int | None, version: int, flagged: str) -> None:
        self.claim = (claim_id, version) if claim_id is not None and flagged else None
        self.text.setText("⚑ " + flagged if flagged else "")
        self.setVisible(self.claim is not None)

    def resolve(self) -> None:
        if self.claim is not None:
            claim_id, version = self.claim
            self.runner.run(claims.clear_flag, claim_id, version=lambda: version)
