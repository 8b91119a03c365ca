"""The main window's archive actions: search dock, File → Export…, bundles, refused edits banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog

from ui.search_dock import SearchDock

if TYPE_CHECKING:
    from app.bundles.merge import MergeSummary
    from ui.export_dialog import ExportDialog
    from ui.mainwindow.window import MainWindow


class ArchiveController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.search = SearchDock(window.ws)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("archive_search")
        self.dock.setWidget(self.search)
        # Beside the claims list: on the right in English, on the left in Arabic (Qt does not mirror docks).
        self.direction = window.layoutDirection()
        window.addDockWidget(self._beside_list(), self.dock)
        self.dock.hide()
        self.search.openRequested.connect(self.open_result)
        self.last_summary: object | None = None
        self.retranslate()

    def _beside_list(self) -> Qt.DockWidgetArea:
        rtl = self.direction == Qt.LayoutDirection.RightToLeft
        return Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Search the archive"))
        direction = self.w.layoutDirection()
        if direction != self.direction:  # the language's direction changed: mirror the dock's side
            self.direction = direction
            sides = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
                     Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}
            area = self.w.dockWidgetArea(self.dock)
            if area in sides:
                self.w.addDockWidget(sides[area], self.dock)

    # -- search ---------------------------------------------------------------------------

    def show_search(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.search.focus()

    def open_result(self, article_id: int, claim_id: int) -> None:
        if self.w.article is None or self.w.article.id != article_id:
            if not self.w.documents.open_article(article_id):
                return
        if claim_id:
            self.w.select_claim(claim_id)

    # -- reports --------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog | None:
        # The export and bundle dialogs load when first opened, not at start-up.
        from ui.export_dialog import ExportDialog

        if self.w.article is None:
            return None
        return ExportDialog(self.w.ws, self.w.article.id, self.w.article.title, self.w.settings,
                            self.w.language, self.w)

    def export_report(self) -> None:
        dialog = self.export_dialog()
        if dialog is None:
            self.w.show_message(self.tr("Open an article to export its report."))
            return
        self.w.exec_dialog(dialog)

    # -- bundles --------------------------------------------------------------------------

    def export_bundle(self) -> None:
        from ui.bundle_dialogs import BUNDLE_SUFFIX, BundleExportDialog

        dialog = BundleExportDialog(self.w.ws, self.w.article.id if self.w.article else None, self.w)
        if not self.w.exec_dialog(dialog) or not dialog.article_ids():
            return
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save the bundle as"), "",
                                              self.tr("Sanad bundles (*%1)").replace("%1", BUNDLE_SUFFIX))
        if path:
            self.write_bundle(dialog.article_ids(), path if path.endswith(BUNDLE_SUFFIX) else path + BUNDLE_SUFFIX)

    def write_bundle(self, article_ids: list[int], path: str) -> None:
        """Write the bundle on the thread pool; the status bar says where when it is done."""
        from app.bundles import export_bundle

        self.w.show_message(self.tr("Writing the bundle…"))
        self.w.runner.call(export_bundle, self.w.ws.db, article_ids, path, exported_by=self.w.ws.actor,
                           done=lambda written: self.w.show_message(
                               self.tr("Bundle saved: %1").replace("%1", str(written))))

    def import_bundle(self) -> None:
        from ui.bundle_dialogs import BUNDLE_SUFFIX

        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import a bundle"), "",
                                              self.tr("Sanad bundles (*%1)").replace("%1", BUNDLE_SUFFIX))
        if path:
            self.read_bundle(path)

    def read_bundle(self, path: str) -> None:
        """Merge the bundle on the thread pool (one undoable command), then refresh and show the summary."""
        from app.bundles import import_bundle

        self.w.show_message(self.tr("Merging the bundle…"))
        self.w.runner.call(import_bundle, self.w.ws, path, done=lambda summary: self._merged(summary, path))

    def _merged(self, summary: MergeSummary, path: str) -> None:
        self.last_summary = summary
        self.w.show_message("")
        self.w.library.refresh()
        if self.w.article is not None:
            current = self.w.current_claim_id()
            self.w.show_article(self.w.article.id, select_first=False)
            self.w.select_claim(current)
        self.w.update_undo()
        from ui.bundle_dialogs import MergeSummaryDialog

        self.w.exec_dialog(MergeSummaryDialog(summary, path, self.w))
