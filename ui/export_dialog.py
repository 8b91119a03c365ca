"""File → Export…: one article's review report in any of the eight formats.

The preview shows the report as rich text (the HTML report; the PDF is laid out from the
same rich text), never loading anything remote. The report behind the preview is gathered
and rendered on the thread pool (``previewReady`` when it is shown; a preview asked for
meanwhile wins over an older one still on its way). PDF is written on the GUI thread (it
paints with Qt); the other formats on the thread pool. When done: "Open the file" / "Open folder".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import SanadError
from app.exports import EXTENSIONS, FORMATS
from app.services.core import Workspace
from ui.background import CallWorker
from ui.settings import Settings
from ui.workers import start

PREVIEWED = ("html", "pdf")
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL | re.IGNORECASE)  # Qt rich text would show its labels as text


def preview_html(ws: Workspace, article_id: int, lang: str, annotated: bool) -> str:
    from app.exports.html import render_html
    from app.exports.report import gather

    with ws.db.read_session() as s:
        report = gather(s, article_id)
    return _SVG.sub("", render_html(report, lang, annotated=annotated))


class LocalOnlyBrowser(QTextBrowser):
    """A QTextBrowser that loads no resource at all (no remote images, no local files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002, N802 - Qt override
        return None


class ExportDialog(QDialog):
    exported = Signal(object)  # app.exports.ExportResult
    failed = Signal(str)
    previewReady = Signal()  # noqa: N815 - the preview shows the current choices

    def __init__(self, ws: Workspace, article_id: int, article_title: str, settings: Settings,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.article_id, self.settings = ws, article_id, settings
        self.result_path: Path | None = None
        self._worker: CallWorker | None = None
        self._previewing: CallWorker | None = None  # the latest preview asked for
        self._previews: list[CallWorker] = []  # kept until each reports (a superseded one is ignored)
        self._last_preview: CallWorker | None = None
        self.setWindowTitle(self.tr("Export the review report"))
        self.format = QComboBox()
        names = {"html": self.tr("Web page (HTML)"), "pdf": self.tr("PDF document"),
                 "docx": self.tr("Word document (DOCX)"), "csv": self.tr("Table (CSV)"),
                 "xlsx": self.tr("Spreadsheet (XLSX)"), "json": self.tr("Sanad report (JSON)"),
                 "md": self.tr("Markdown"), "claimreview": self.tr("ClaimReview (schema.org JSON-LD)")}
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.language = QComboBox()
        self.language.addItem(self.tr("Arabic"), "ar")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.annotated = QCheckBox(self.tr("Annotated copy (the article with its claims marked)"))
        self.path = QLineEdit()
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path reads left to right
        safe = "".join(ch for ch in article_title if ch.isalnum() or ch in " -_").strip()[:60] or "report"
        self.path.setText(str(Path.home() / f"{safe}{EXTENSIONS['html']}"))
        browse = QPushButton(self.tr("Choose…"))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.annotated)
        form.addRow(self.tr("Save as"), where)
        self.preview = LocalOnlyBrowser()
        self.preview.setMinimumSize(560, 360)
        self.preview_note = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_file = QPushButton(self.tr("Open the file"))
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        done_row = QHBoxLayout()
        done_row.addWidget(self.message, 1)
        done_row.addWidget(self.open_file)
        done_row.addWidget(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addLayout(done_row)
        layout.addWidget(self.buttons)
        self._show_done(False)
        browse.clicked.connect(self.choose_path)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.language.currentIndexChanged.connect(self.update_preview)
        self.annotated.toggled.connect(self.update_preview)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.open_file.clicked.connect(lambda: self._open(self.result_path))
        self.open_folder.clicked.connect(lambda: self._open(self.result_path.parent if self.result_path else None))
        self.update_preview()

    # -- choices --------------------------------------------------------------------------

    def fmt(self) -> str:
        return str(self.format.currentData())

    def lang(self) -> str:
        return str(self.language.currentData())

    def _format_changed(self) -> None:
        path = Path(self.path.text().strip() or "report")
        self.path.setText(str(path.with_suffix(EXTENSIONS[self.fmt()])))
        self.update_preview()

    def choose_path(self) -> None:
        ext = EXTENSIONS[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.path.text(),
                                              self.tr("Report (*%1)").replace("%1", ext))
        if path:
            self.path.setText(path if path.endswith(ext) else path + ext)

    def update_preview(self) -> None:
        self._show_done(False)
        if self.fmt() not in PREVIEWED:
            self._previewing = None
            self.preview.clear()
            self.preview_note.setText(self.tr("No preview for this format."))
            self.preview.setEnabled(False)
            return
        self.preview.setEnabled(True)
        self.preview_note.setText(self.tr("Preparing the preview…"))
        worker = CallWorker(preview_html, self.ws, self.article_id, self.lang(), self.annotated.isChecked())
        worker.signals.done.connect(lambda html, w=worker: self._previewed(w, html, None))
        worker.signals.failed.connect(lambda message, w=worker: self._previewed(w, None, message))
        self._previewing = worker
        self._previews.append(worker)
        start(worker)

    def _previewed(self, worker: CallWorker, html: str | None, error: str | None) -> None:
        self._previews.remove(worker)
        self._last_preview = worker  # kept a little longer: its signals are still delivering
        if worker is not self._previewing or self.fmt() not in PREVIEWED:
            return  # the choices changed meanwhile: a newer preview is on its way
        self._previewing = None
        self.preview_note.setText(self.tr("Preview"))
        if html is not None:
            self.preview.setHtml(html)
        else:
            self.preview.setPlainText(error or "")
        self.previewReady.emit()

    def done(self, result: int) -> None:  # noqa: D102 - Qt override: a preview still on its way is dropped
        self._previewing = None
        super().done(result)

    # -- exporting ------------------------------------------------------------------------

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._failed(self.tr("Choose where to save the report."))
            return
        self.export_to(Path(text).expanduser())

    def export_to(self, path: Path) -> None:
        from app.exports import export_article

        self._show_done(False)
        self.message.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        kwargs = {"annotated": self.annotated.isChecked(), "org_name": self.settings.org_name() or None,
                  "org_url": self.settings.org_url() or None}
        if self.fmt() == "pdf":  # paints with Qt: on the GUI thread
            try:
                result = export_article(self.ws, self.article_id, "pdf", path, self.lang(),
                                        lambda f: self.progress.setValue(int(f * 100)), **kwargs)
            except SanadError as exc:
                self._failed(exc.message)
                return
            self._done(result)
            return
        worker = CallWorker(export_article, self.ws, self.article_id, self.fmt(), path, self.lang(), **kwargs)
        worker.kwargs["progress"] = worker.signals.progress.emit
        worker.signals.progress.connect(lambda f: self.progress.setValue(int(f * 100)))
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        start(worker)

    def _done(self, result: Any) -> None:
        self._worker = None
        self.export_button.setEnabled(True)
        self.progress.setValue(100)
        self.result_path = Path(result.path)
        text = self.tr("Saved %1 (%2 claims).").replace("%1", self.result_path.name).replace("%2", str(result.claims))
        if result.warnings:
            text += "\n" + self.tr("Warnings: %1").replace("%1", "; ".join(result.warnings))
        self.message.setText(text)
        self._show_done(True)
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self._worker = None
        self.export_button.setEnabled(True)
        self.progress.hide()
        if self.fmt() == "claimreview" and "--org-" in message:  # the CLI's words: say it the GUI's way
            text = self.tr("ClaimReview needs your organisation's name and website: set them in "
                           "Edit → Preferences, then export again.")
        else:
            text = self.tr("The report was not written: %1").replace("%1", message)
        self.message.setText(text)
        self.failed.emit(message)

    def _show_done(self, done: bool) -> None:
        self.open_file.setVisible(done)
        self.open_folder.setVisible(done)

    @staticmethod
    def _open(path: Path | None) -> bool:
        return path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
