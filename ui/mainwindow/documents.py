"""Opening, importing, analysing and deleting articles for the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.errors import SanadError
from app.importers import SUPPORTED_SUFFIXES, load_document
from app.services import articles
from app.services.articles import NewArticle
from app.services.changes import Changes
from ui.dialogs import ArticleDialog
from ui.encoding_preview import import_dialog
from ui.labels import isolate
from ui.workers import AnalysisWorker, start

if TYPE_CHECKING:
    from ui.mainwindow.window import MainWindow


class DocumentController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.worker: AnalysisWorker | None = None
        self.recent_menu: QMenu | None = None

    # -- recent files ---------------------------------------------------------------------

    def build_recent_menu(self, file_menu: QMenu) -> None:
        self.recent_menu = QMenu(file_menu)
        file_menu.insertMenu(file_menu.actions()[1], self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.setTitle(self.tr("Recent files"))
        self.recent_menu.clear()
        for path in self.w.settings.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.import_path(p))
        self.recent_menu.setEnabled(bool(self.w.settings.recent_files()))

    # -- importing ------------------------------------------------------------------------

    def choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Open an article"), "",
                                              self.tr("Articles (%1)").replace("%1", patterns))
        if path:
            self.import_path(path)

    def import_path(self, path: str, *, ask: bool = True) -> bool:
        """Import a file (or re-open the stored article with the same text), then show it.

        False if nothing is being opened (an unreadable file, the dialog cancelled); else
        ``ready`` follows once the article is shown (or its import was refused).
        """
        try:
            doc = load_document(path)
        except SanadError as exc:
            self.w.runner.report(exc.message)
            return False
        self.w.settings.add_recent_file(str(Path(path).resolve()))
        with self.w.ws.db.read_session() as s:
            existing = articles.find_by_text(s, doc.text)
            existing_id = existing.id if existing is not None else None
        if existing_id is not None:
            return self.open_article(existing_id)
        if ask:
            return self._import_from(import_dialog(self.w, path, doc))
        return self._import(NewArticle(
            text=doc.text, title=doc.title or "", outlet=doc.outlet, url=doc.url, author=doc.author,
            published_on=doc.published_on, source_filename=doc.source_filename))

    def paste_new(self) -> bool:
        return self._import_from(ArticleDialog(self.w, editable_text=True))

    def _import_from(self, dialog: ArticleDialog) -> bool:
        """Ask for the article's details (and text), then import it."""
        if not self.w.exec_dialog(dialog):
            return False
        try:
            new = dialog.new_article()
        except SanadError as exc:
            self.w.runner.report(exc.message)
            return False
        return self._import(new)

    def _import(self, new: NewArticle) -> bool:
        """Import on the thread pool, then open the new article (refused: reported, and ``ready``)."""
        def imported(changes: Changes | None) -> None:
            if changes is None or not isinstance(changes.result, int) or not self.open_article(changes.result):
                self.w.ready.emit()

        self.w.runner.run(articles.import_article, new, done=imported, always=True)
        return True

    def open_startup(self, path: str | None) -> None:
        """At start: import FILE (no questions), else re-open the last article, else show the library."""
        if path:
            if not self.import_path(path, ask=False):
                self.w.ready.emit()
            return
        last = self.w.settings.last_article()
        if last is None or not self.open_article(last):
            self.w.library_dock.show()
            self.w.ready.emit()

    def open_article(self, article_id: int) -> bool:
        if not self.w.show_article(article_id) or self.w.article is None:
            return False
        if not self.w.article.analyzed:
            self.start_analysis(article_id)
        else:
            self.w.ready.emit()
        return True

    def _title_of(self, article_id: int) -> str:
        if self.w.article is not None and self.w.article.id == article_id:
            return self.w.article.title
        return next((row.title for row in self.w.library.model.rows if row.id == article_id), "")

    def delete_article(self, article_id: int) -> None:
        title = self._title_of(article_id)
        question = (self.tr("Delete “%1” and all its claims? (Edit → Undo brings it back.)").replace(
            "%1", isolate(title)) if title else
            self.tr("Delete this article and all its claims? (Edit → Undo brings it back.)"))
        answer = QMessageBox.question(self.w, self.tr("Delete article"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.w.runner.run(articles.delete_article, article_id)

    def delete_current(self) -> None:
        if self.w.article is not None:
            self.delete_article(self.w.article.id)

    # -- analysis -------------------------------------------------------------------------

    def analyze_current(self) -> None:
        if self.w.article is not None:
            self.start_analysis(self.w.article.id)

    def start_analysis(self, article_id: int) -> None:
        if self.worker is not None:
            return
        worker = AnalysisWorker(self.w.ws, article_id, self.w.settings.highlight_threshold())
        worker.signals.progress.connect(lambda f: self.w.progress.setValue(int(f * 100)))
        worker.signals.finished.connect(lambda changes: self._analysis_done(article_id, changes))
        worker.signals.failed.connect(lambda message: self._analysis_failed(article_id, message))
        worker.signals.cancelled.connect(
            lambda: self._analysis_done(article_id, None, self.tr("Analysis cancelled.")))
        self.worker = worker
        self.w.progress.setValue(0)
        self.w.progress.show()
        self.w.cancel_button.show()
        self.w.show_message(self.tr("Looking for check-worthy claims…"))
        self.w.update_actions()
        start(worker)

    def cancel_analysis(self, wait: bool = False) -> None:
        worker = self.worker
        if worker is not None:
            worker.cancel()
            if wait:
                worker.done.wait(10)

    def _analysis_failed(self, article_id: int, message: str) -> None:
        self.w.analysisFailed.emit(message.splitlines()[-1] if message else "")
        self._analysis_done(article_id, None, message)

    def _analysis_done(self, article_id: int, changes: object, message: str | None = None) -> None:
        self.worker = None
        self.w.progress.hide()
        self.w.cancel_button.hide()
        self.w.library.refresh()
        if message is None:
            result = getattr(changes, "result", None) or {}
            self.w.show_message(found_message(int(result.get("added", 0))))
        else:
            self.w.show_message(message.splitlines()[-1] if message else "")
        if self.w.article is not None and self.w.article.id == article_id:
            self.w.show_article(article_id)
        self.w.update_actions()
        self.w.ready.emit()


def found_message(count: int) -> str:
    """What an analysis found, in words that agree with the number."""
    if count == 0:
        return QCoreApplication.translate("DocumentController", "No check-worthy claims found.")
    if count == 1:
        return QCoreApplication.translate("DocumentController", "1 claim found.")
    return QCoreApplication.translate("DocumentController", "%1 claims found.").replace("%1", str(count))
