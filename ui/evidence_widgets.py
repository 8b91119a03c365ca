"""The evidence of a claim: a list model, an add/edit dialog and safe opening of links and files."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SanadError
from app.services import attachments, evidence
from app.services.articles import parse_date
from app.services.core import Workspace
from ui.dialogs import FormError
from ui.fonts import align_paragraphs
from ui.labels import evidence_kind_labels, isolate, isolate_ltr, stance_labels
from ui.runner import CommandRunner, VersionedCall
from ui.snapshot import EvidenceRow

SAFE_SCHEMES = ("http", "https")
Index = QModelIndex | QPersistentModelIndex


# The evidence fields by name, as the evidence dialog labels them (the claim's history uses them too).
FIELD_NAMES = {"url": QT_TRANSLATE_NOOP("EvidenceDialog", "Link"), "title": QT_TRANSLATE_NOOP("EvidenceDialog", "Title"),
               "publisher": QT_TRANSLATE_NOOP("EvidenceDialog", "Publisher"),
               "published_on": QT_TRANSLATE_NOOP("EvidenceDialog", "Published on"),
               "accessed_at": QT_TRANSLATE_NOOP("EvidenceDialog", "Accessed on"),
               "excerpt": QT_TRANSLATE_NOOP("EvidenceDialog", "Text"), "stance": QT_TRANSLATE_NOOP("EvidenceDialog", "Stance")}


def field_labels() -> dict[str, str]:
    return {key: QCoreApplication.translate("EvidenceDialog", text) for key, text in FIELD_NAMES.items()}


def is_safe_link(url: str | None) -> bool:
    return bool(url) and QUrl(url or "").scheme().lower() in SAFE_SCHEMES


class EvidenceModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EvidenceRow] = []

    def set_rows(self, rows: list[EvidenceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def refresh_labels(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = evidence_kind_labels().get(row.kind, row.kind)
            stance = stance_labels().get(row.stance, row.stance)
            what = row.title or row.url or row.attachment_name or (row.excerpt or "")[:80]
            # Each part isolated: an Arabic title in the English interface (or a link or date in
            # the Arabic one) keeps its place instead of pulling the parts around it out of order.
            published = isolate_ltr(str(row.published_on)) if row.published_on else None
            extra = " — ".join(x for x in (row.publisher and isolate(row.publisher), published) if x)
            return f"[{stance}] {kind}: {isolate(what)}" + (f" ({extra})" if extra else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(str(x) for x in (row.url, row.attachment_name, row.excerpt) if x) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class EvidenceDialog(QDialog):
    """Fields for one piece of evidence; ``kind`` decides which are shown."""

    def __init__(self, kind: str, parent: QWidget | None = None, row: EvidenceRow | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", evidence_kind_labels().get(kind, kind)))
        form = QFormLayout(self)
        self.url = QLineEdit(row.url or "" if row else "")
        self.url.setPlaceholderText("https://")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(browse)
        self.title = QLineEdit(row.title or "" if row else "")
        self.publisher = QLineEdit(row.publisher or "" if row else "")
        self.published = QLineEdit(str(row.published_on or "") if row else "")
        self.accessed = QLineEdit(str(row.accessed_at or "") if row else "")
        for date_box in (self.published, self.accessed):
            date_box.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.excerpt = QPlainTextEdit(row.excerpt or "" if row else "")
        self.excerpt.setTabChangesFocus(True)
        align_paragraphs(self.excerpt)
        self.stance = QComboBox()
        for key, label in stance_labels().items():
            self.stance.addItem(label, key)
        self.stance.setCurrentIndex(max(0, self.stance.findData(row.stance if row else "unclear")))
        if kind == "url":
            form.addRow(self.tr("Link"), self.url)
        if kind == "document" and row is None:
            form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Published on"), self.published)
        form.addRow(self.tr("Accessed on"), self.accessed)
        form.addRow(self.tr("Quote") if kind == "quote" else self.tr("Text"), self.excerpt)
        form.addRow(self.tr("Stance"), self.stance)
        self.error = FormError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 360)

    def accept(self) -> None:
        """OK: what saving would refuse (a bad date, nothing filled in, a missing or too large
        file) is said here and the dialog stays open with what was typed."""
        if self.error.check(lambda: evidence.check_new_evidence(self.values(), self.attachment())):
            super().accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.file.setText(path)

    def values(self) -> dict[str, Any]:
        """The service's keyword arguments (dates parsed by the service helper; InputError if bad)."""
        values: dict[str, Any] = {
            "kind": self.kind,
            "title": self.title.text().strip() or None,
            "publisher": self.publisher.text().strip() or None,
            "published_on": parse_date(self.published.text().strip() or None, self.tr("Published on")),
            "accessed_at": parse_date(self.accessed.text().strip() or None, self.tr("Accessed on")),
            "excerpt": self.excerpt.toPlainText().strip() or None,
            "stance": self.stance.currentData(),
        }
        if self.kind == "url":
            values["url"] = self.url.text().strip() or None
        return values

    def attachment(self) -> str | None:
        return self.file.text().strip() or None if self.kind == "document" else None


class EvidenceWidget(QWidget):
    """The evidence list of the selected claim with add, edit, open and remove."""

    opened = Signal(str)  # what was opened (a URL or a local file URL)
    ADD_KINDS = ("url", "document", "quote", "note")

    def __init__(self, ws: Workspace, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.claim: tuple[int, int] | None = None  # (id, version)
        self.conflict_handler: Callable[[VersionedCall], None] | None = None
        self.model = EvidenceModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.setMinimumHeight(70)
        # Edit, Open and Remove act on the selected evidence: off without one (they did nothing).
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.add_buttons = {kind: QPushButton() for kind in self.ADD_KINDS}
        for kind, button in self.add_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.add(k))
        self.edit_button, self.open_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        for buttons in (self.add_buttons.values(), (self.edit_button, self.open_button, self.remove_button)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        texts = {"url": self.tr("+ Link"), "document": self.tr("+ File"), "quote": self.tr("+ Quote"),
                 "note": self.tr("+ Note")}
        for kind, button in self.add_buttons.items():
            button.setText(texts[kind])
        self.edit_button.setText(self.tr("Edit"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.refresh_labels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_claim(self, claim_id: int | None, version: int, rows: list[EvidenceRow]) -> None:
        self.claim = (claim_id, version) if claim_id is not None else None
        self.model.set_rows(rows)
        self.setEnabled(claim_id is not None)

    def _update_buttons(self) -> None:
        selected = self.selected_row() is not None
        for button in (self.edit_button, self.open_button, self.remove_button):
            button.setEnabled(selected)

    def selected_row(self) -> EvidenceRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self, kind: str) -> None:
        if self.claim is None:
            return
        dialog = EvidenceDialog(kind, self)
        if not self.exec_dialog(dialog):
            return
        try:
            values, attachment = dialog.values(), dialog.attachment()
        except SanadError as exc:
            self.runner.report(exc.message)
            return
        claim_id = self.claim[0]
        self._versioned(lambda version, conflict: self.runner.run(
            evidence.add_evidence, claim_id, attachment=attachment, version=version, conflict=conflict, **values))

    def _versioned(self, call: VersionedCall) -> None:
        assert self.claim is not None
        if self.conflict_handler is not None:
            self.conflict_handler(call)
        else:
            version = self.claim[1]
            call(lambda: version, None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = EvidenceDialog(row.kind, self, row)
        if not self.exec_dialog(dialog):
            return
        try:
            values = dialog.values()
        except SanadError as exc:
            self.runner.report(exc.message)
            return
        values.pop("kind")
        self.runner.run(evidence.edit_evidence, row.id, **values)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.runner.run(evidence.delete_evidence, row.id)

    def confirm_open_file(self, row: EvidenceRow) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Open attachment"),
            self.tr("Open “%1” (%2) with the program your system uses for this type of file?")
            .replace("%1", row.attachment_name or "").replace("%2", row.attachment_mime or "?"))
        return answer == QMessageBox.StandardButton.Yes

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.attachment_sha256:
            if not self.confirm_open_file(row):
                return
            try:
                attachments.verified_path(self.ws.db.data_dir, row.attachment_sha256)
                folder = Path(tempfile.mkdtemp(prefix="sanad-open-"))
                local = attachments.export_copy(self.ws.db.data_dir, row.attachment_sha256,
                                                folder / Path(row.attachment_name or "attachment").name)
            except SanadError as exc:
                self.runner.report(exc.message)
                return
            url = QUrl.fromLocalFile(str(local))
        elif is_safe_link(row.url):
            url = QUrl(row.url or "")
        else:
            self.runner.report(self.tr("Only http and https links are opened."))
            return
        self.opened.emit(url.toString())
        QDesktopServices.openUrl(url)
