"""File → Export…: one article's review report in any of the eight formats.

The preview shows the report as rich text (the HTML report; the PDF is laid out from the
same rich text), never loading anything remote. The report behind the preview is gathered
and rendered on the thread pool (``previewReady`` when it is shown; a preview asked for
meanwhile wins over an older one still on its way). The other formats are written on the
thread pool. A PDF is painted with Qt, which only the GUI thread may do: its report model is
built on the thread pool first ("Building the report…", :func:`app.exports.build_report`),
then painted from it on the GUI thread ("Writing PDF…", a step of the progress bar per page).
The Export button stays disabled until the file is written or the export failed (one message).
When done: "Open the file" / "Open folder".
"""

from __future__ import annotations

import traceback
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
from ui.background import CallWorker, bug_line
from ui.labels import error_text
from ui.settings import Settings
from ui.workers import start

PREVIEWED = ("html", "pdf")


def preview_html(ws: Workspace, article_id: int, lang: str, annotated: bool) -> str:
    """The report as Qt's rich text shows it right: the PDF's layout (tables mirrored by hand for
    Arabic, isolation by FSI … PDI), not the web page's, whose <bdi>, dir="rtl" tables and SVG
    chart Qt ignores (a date read "UTC 18:26 2026-11-25", labels stood on the left)."""
    from app.exports.pdf import build_html
    from app.exports.report import gather

    with ws.db.read_session() as s:
        report = gather(s, article_id)
    return build_html(report, lang, annotated=annotated)


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
        self._worker: CallWorker | None = None  # the export under way
        self._finished: CallWorker | None = None
        self._pdf_choices: tuple[Path, str, dict[str, Any]] = (Path(), "ar", {})  # the PDF being exported
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
        if self._worker is None:  # "Saved x.pdf" belonged to the choices before this one
            self.message.clear()
            self.progress.hide()
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
        from app.exports import build_report, export_article

        self._show_done(False)
        self.message.clear()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        kwargs = {"annotated": self.annotated.isChecked(), "org_name": self.settings.org_name() or None,
                  "org_url": self.settings.org_url() or None}
        if self.fmt() == "pdf":  # the model on the thread pool, then painted with Qt on the GUI thread
            self.message.setText(self.tr("Building the report…"))
            self.progress.setRange(0, 0)  # busy: reading the database gives no fractions
            worker = CallWorker(build_report, self.ws, self.article_id)
            self._pdf_choices = (path, self.lang(), kwargs)  # as asked: the choices may change meanwhile
            worker.signals.done.connect(self._write_pdf)  # a bound slot: dropped if the dialog is deleted
        else:
            worker = CallWorker(export_article, self.ws, self.article_id, self.fmt(), path, self.lang(), **kwargs)
            worker.kwargs["progress"] = worker.signals.progress.emit
            worker.signals.done.connect(self._done)
        worker.signals.progress.connect(lambda f: self.progress.setValue(int(f * 100)))
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        start(worker)

    def _write_pdf(self, report: Any) -> None:
        """Paint the PDF from the report model built on the thread pool (Qt paints on the GUI thread only)."""
        from app.exports import export_article

        path, lang, kwargs = self._pdf_choices
        self.message.setText(self.tr("Writing PDF…"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        for widget in (self.message, self.progress):
            widget.repaint()  # shown now: the event loop waits until the last page is painted
        try:
            result = export_article(self.ws, self.article_id, "pdf", path, lang, self._painted, report=report,
                                    **kwargs)
        except SanadError as exc:
            self._failed(exc.message)
        except Exception as exc:  # noqa: BLE001 - a bug: its traceback on stderr, one line shown
            traceback.print_exc()
            self._failed(bug_line(exc))
        else:
            self._done(result)

    def _painted(self, fraction: float) -> None:
        value = int(fraction * 100)
        if value != self.progress.value():
            self.progress.setValue(value)
            self.progress.repaint()

    def _done(self, result: Any) -> None:
        self._settle()
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.result_path = Path(result.path)
        text = self.tr("Saved %1 (%2 claims).").replace("%1", self.result_path.name).replace("%2", str(result.claims))
        if result.warnings:
            text += "\n" + self.tr("Warnings: %1").replace("%1", "; ".join(result.warnings))
        self.message.setText(text)
        self._show_done(True)
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self._settle()
        self.progress.hide()
        if self.fmt() == "claimreview" and "--org-" in message:  # the CLI's words: say it the GUI's way
            text = self.tr("ClaimReview needs your organisation's name and website: set them in "
                           "Edit → Preferences, then export again.")
        else:
            text = self.tr("The report was not written: %1").replace("%1", error_text(message))
        self.message.setText(text)
        self.failed.emit(message)

    def _settle(self) -> None:
        self._finished, self._worker = self._worker, None  # kept: its signals may still be delivering
        self.export_button.setEnabled(True)

    def _show_done(self, done: bool) -> None:
        self.open_file.setVisible(done)
        self.open_folder.setVisible(done)

    @staticmethod
    def _open(path: Path | None) -> bool:
        return path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
