"""The main window: the article on the left; the claims list above the review panel on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError
from app.importers import SUPPORTED_SUFFIXES
from app.services.changes import Changes
from app.services.core import Workspace
from app.storage.watch import ChangeNotice
from ui.article_view import ArticleView
from ui.claims_list import ClaimsList
from ui.i18n import Translations
from ui.labels import command_label
from ui.legend import Legend
from ui.library import LibraryWidget
from ui.live import LiveUpdates
from ui.mainwindow.actions import VERDICT_SLOTS, ActionRegistry
from ui.mainwindow.archive import ArchiveController
from ui.mainwindow.claim_actions import ClaimEditor
from ui.mainwindow.documents import DocumentController
from ui.pending_banner import PendingBanner
from ui.review_panel import ReviewPanel
from ui.runner import CommandRunner
from ui.settings import Settings
from ui.snapshot import ArticleSnapshot, load_article, load_claims, load_ratings

FULL_RELOAD_OVER = 50  # changed claims beyond which the article is simply re-read


class MainWindow(QMainWindow):
    ready = Signal()  # an article is shown, highlighted and no analysis is running
    analysisFailed = Signal(str)  # noqa: N815 - the analysis of an article ended in an error (not a cancel)
    databaseChanged = Signal(object)  # noqa: N815 - a DatabaseChoice saved in Preferences (ui.database_switch)

    def __init__(self, ws: Workspace, settings: Settings, translations: Translations) -> None:
        super().__init__()
        self.ws, self.settings, self.translations = ws, settings, translations
        self.language = translations.language
        self.runner = CommandRunner(ws, self)
        self.live = LiveUpdates(ws.db, ws.actor, self)
        self.ratings_list = load_ratings(ws)
        self.ratings = {r.key: r for r in self.ratings_list}
        self.article: ArticleSnapshot | None = None
        self._closing = False  # waiting for the last edits to be saved before closing
        self._waiting = ""  # why refused edits wait, as the status bar said it
        self._error = ""  # the last refusal, as the status bar said it (cleared by the next success)
        self._resume_claim = settings.last_claim()  # the claim selected when Sanad was closed
        self.setAcceptDrops(True)
        self._build_widgets()
        self.editor = ClaimEditor(self)
        self.documents = DocumentController(self)
        self.archive = ArchiveController(self)
        self.registry = ActionRegistry(self, self.menuBar(), self._handlers())
        self.documents.build_recent_menu(self.registry.menus["file"])
        self.view.context_actions = [self.registry[a] for a in (
            "claim.add", "claim.span_to_selection", "claim.split", "status.done", "status.dismissed",
            "claim.delete")]
        self._wire()
        self.apply_language(self.language, reload=False)
        self.view.set_threshold(settings.highlight_threshold())
        self.view.set_zoom(settings.zoom())
        self._restore_state()
        self.update_actions()
        self.update_undo()

    # -- layout ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = ArticleView()
        self.legend = Legend()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = PendingBanner(self.runner)
        self.banner.show_backup_problem(self.ws.db.backup_problem)  # once, at start
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.legend)
        self.claims = ClaimsList()
        self.panel = ReviewPanel(self.ws, self.runner)
        self.claims.model.describe_flag = self.panel.flag_text
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.claims)
        self.right.addWidget(self.panel)
        self.right.setSizes([300, 500])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.library = LibraryWidget(self.ws)
        self.library_dock = QDockWidget(self)
        self.library_dock.setObjectName("library")
        self.library_dock.setWidget(self.library)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.library_dock)
        self.library_dock.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton()
        self.message = QLabel()
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _handlers(self) -> dict[str, object]:
        e, d, ar = self.editor, self.documents, self.archive
        handlers = {
            "file.import": d.choose_file, "file.paste": d.paste_new, "file.library": self.toggle_library,
            "file.analyze": d.analyze_current, "file.cancel": d.cancel_analysis,
            "file.delete_article": d.delete_current, "file.quit": self.close,
            "file.export": ar.export_report, "file.export_bundle": ar.export_bundle,
            "file.import_bundle": ar.import_bundle, "edit.search_archive": ar.show_search,
            "edit.undo": self.runner.undo, "edit.redo": self.runner.redo, "edit.find": self.focus_search,
            "edit.preferences": self.show_preferences,
            "claim.next": lambda: self.claims.step(1), "claim.previous": lambda: self.claims.step(-1),
            "claim.add": e.add_from_selection, "claim.span_to_selection": e.span_to_selection,
            "claim.extend_end": lambda: e.adjust("end", 1), "claim.shrink_end": lambda: e.adjust("end", -1),
            "claim.extend_start": lambda: e.adjust("start", -1), "claim.shrink_start": lambda: e.adjust("start", 1),
            "claim.split": e.split_at_cursor, "claim.merge": e.merge_selected, "claim.delete": e.delete_current,
            "verdict.clear": lambda: e.set_verdict(None),
            "view.zoom_in": lambda: self.zoom(1), "view.zoom_out": lambda: self.zoom(-1),
            "view.zoom_reset": lambda: self.zoom(None), "help.about": self.about,
            "help.shortcuts": self.show_shortcuts,
        }
        for status in ("new", "in_progress", "needs_second_review", "done", "dismissed"):
            handlers[f"status.{status}"] = lambda s=status: e.set_status(s)
        for n in range(1, VERDICT_SLOTS + 1):
            handlers[f"verdict.{n}"] = lambda n=n: e.set_verdict_slot(n)
        return handlers  # type: ignore[return-value]

    def _wire(self) -> None:
        self.runner.changed.connect(self.on_changes)
        self.runner.failed.connect(self._show_error)
        self.runner.savingChanged.connect(self._saving)
        self.runner.pendingChanged.connect(self._pending)
        self.live.changed.connect(self.on_changes_elsewhere)
        self.live.failed.connect(self.show_message)
        self.claims.claimSelected.connect(self._from_list)
        self.view.claimClicked.connect(self._from_view)
        self.view.spanDragged.connect(self.editor.drag_span)
        self.view.selectionChanged.connect(self.update_actions)
        self.library.openRequested.connect(self.documents.open_article)
        self.library.deleteRequested.connect(self.documents.delete_article)
        self.library.newRequested.connect(self.documents.paste_new)
        self.library.importRequested.connect(self.documents.choose_file)
        self.cancel_button.clicked.connect(self.documents.cancel_analysis)

    # -- language -------------------------------------------------------------------------

    def apply_language(self, language: str, *, reload: bool = True) -> None:
        if reload:
            self.translations.apply(language)
        self.language = language
        self.view.language = language
        self.registry.set_verdict_labels([r.label(language) for r in self.ratings_list][:VERDICT_SLOTS])
        self.legend.set_ratings(self.ratings_list, language)
        self.panel.set_ratings(self.ratings_list, language)
        self.claims.retranslate(language)
        self._clear_message(self._error)  # said in the other language
        self._error = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setPlaceholderText(self.tr(
            "Open an article (Ctrl+O), paste one (Ctrl+N) or drop a .txt, .md, .html or .docx file here."))
        self.library_dock.setWindowTitle(self.tr("Articles"))
        self.archive.retranslate()
        self.cancel_button.setText(self.tr("Cancel"))
        self.registry.retranslate()
        self.update_title()
        self.update_undo()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "registry"):
            self.retranslate()
        super().changeEvent(event)

    def show_preferences(self) -> None:
        from ui.preferences import PreferencesDialog  # dialogs load when first opened, not at start-up

        dialog = PreferencesDialog(self.settings, self, current_db=self.ws.db.display_name)
        if self.exec_dialog(dialog):
            dialog.save()
            self.apply_preferences()
            if dialog.database.changed is not None:
                self.databaseChanged.emit(dialog.database.changed)

    def apply_preferences(self) -> None:
        self.ws.actor = self.settings.reviewer() or self.ws.actor
        self.live.set_actor(self.ws.actor)
        self.view.set_threshold(self.settings.highlight_threshold())
        if self.settings.language() != self.language:
            self.apply_language(self.settings.language())
        self.update_actions()

    def confirm_discard_pending(self) -> bool:
        """True to close although edits the database refused are still waiting (they would be lost)."""
        from PySide6.QtWidgets import QMessageBox

        count = len(self.runner.pending)
        text = (self.tr("1 edit is not saved yet: the database refused it, and Sanad keeps retrying while "
                        "the window is open. Close anyway and lose it?") if count == 1 else
                self.tr("%1 edits are not saved yet: the database refused them, and Sanad keeps retrying "
                        "while the window is open. Close anyway and lose them?").replace("%1", str(count)))
        answer = QMessageBox.question(self, self.tr("Edits not saved"), text,
                                      QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close

    def exec_dialog(self, dialog: QWidget) -> bool:
        """Run a modal dialog (tests replace this to fill and accept it)."""
        return bool(dialog.exec())  # type: ignore[attr-defined]

    # -- article --------------------------------------------------------------------------

    def show_article(self, article_id: int | None, *, select_first: bool = True) -> bool:
        try:
            self.article = load_article(self.ws, article_id) if article_id is not None else None
        except NotFoundError:
            self.article = None
        if self.article is None:
            self.view.clear_article()
            self.claims.set_claims([], self.ratings)
            self.panel.show_claim(None)
        else:
            self.view.set_article(self.article.text, self.article.claims, self.ratings)
            self.claims.set_claims(self.article.claims, self.ratings)
            self.panel.refresh_sources()
            self.panel.show_claim(None)
            resume, self._resume_claim = self._resume_claim, None  # once: the first article shown
            if resume is not None and any(c.id == resume for c in self.article.claims) and select_first:
                self.select_claim(resume)  # where the reviewer was when Sanad was closed
            elif select_first:
                self.claims.step(1)
            self.settings.set_last_article(self.article.id)
        self.update_title()
        self.update_actions()
        return self.article is not None

    def update_title(self) -> None:
        title = self.tr("Sanad — fact-checking workstation")
        self.setWindowTitle(f"{self.article.title} — {title}" if self.article else title)

    def on_changes(self, changes: Changes) -> None:
        """Refresh only what the command changed."""
        self._clear_message(self._error)  # an earlier refusal no longer stands in the status bar
        self._error = ""
        if changes.articles or changes.claims:
            self.library.refresh()
        if self.article is None or self.article.id in changes.deleted.get("articles", set()):
            self.show_article(None)
            self.update_undo()
            return
        ids = changes.ids("claims") | changes.ids("claim_tags")
        if self.article.id in changes.ids("articles") or changes.touched("claim_links") \
                or len(ids) > FULL_RELOAD_OVER:
            current = self.current_claim_id()
            self.show_article(self.article.id, select_first=False)
            self.select_claim(current)
        elif ids:
            rows = load_claims(self.ws, self.article.id, ids)
            removed = {cid for cid in ids if cid not in rows}
            self.view.update_claims(rows, removed)
            self.claims.update_claims(rows, removed)
            self.panel.refresh(changes)
        elif changes.sources:
            self.panel.refresh(changes)
        self.update_actions()
        self.update_undo()

    def on_changes_elsewhere(self, notices: list[ChangeNotice]) -> None:
        """Another reviewer committed changes: repaint the claims that differ, keep my place."""
        self.library.refresh()
        last = notices[-1]
        self.show_message(self.tr("Changed by %1").replace("%1", f"{last.actor}: {command_label(last.command)}"))
        if self.article is None:
            return
        try:
            fresh = {c.id: c for c in load_article(self.ws, self.article.id).claims}
        except NotFoundError:
            self.show_article(None)
            return
        changed = {cid: row for cid, row in fresh.items() if self.view.claims.get(cid) != row}
        removed = set(self.view.claims) - set(fresh)
        if changed or removed:
            self.view.update_claims(changed, removed)
            self.claims.update_claims(changed, removed)
        self.panel.reload()
        self.update_undo()

    # -- selection ------------------------------------------------------------------------

    def current_claim_id(self) -> int | None:
        return self.panel.detail.id if self.panel.detail is not None else None

    def select_claim(self, claim_id: int | None) -> None:
        self.claims.select(claim_id, notify=False)
        self._show_claim(claim_id, scroll=True)

    def _from_list(self, claim_id: int | None) -> None:
        self._show_claim(claim_id, scroll=True)

    def _from_view(self, claim_id: int) -> None:
        self.claims.select(claim_id, notify=False)
        self._show_claim(claim_id, scroll=False)

    def _show_claim(self, claim_id: int | None, *, scroll: bool) -> None:
        self.view.select_claim(claim_id, scroll=scroll)
        self.panel.show_claim(claim_id)
        self.update_actions()

    # -- actions state --------------------------------------------------------------------

    def update_actions(self) -> None:
        a = self.registry.actions
        has_article, has_claim = self.article is not None, self.current_claim_id() is not None
        has_selection = self.view.textCursor().hasSelection()
        for key in ("claim.add",):
            a[key].setEnabled(has_article and has_selection)
        a["claim.span_to_selection"].setEnabled(has_claim and has_selection)
        for key, action in a.items():
            if key.startswith(("status.", "verdict.")) or key in (
                    "claim.split", "claim.delete", "claim.extend_end", "claim.shrink_end",
                    "claim.extend_start", "claim.shrink_start"):
                action.setEnabled(has_claim)
        for key in ("file.analyze", "file.delete_article", "file.export", "claim.merge"):
            a[key].setEnabled(has_article)
        has_claims = has_article and self.claims.model.rowCount() > 0
        for key in ("claim.next", "claim.previous"):
            a[key].setEnabled(has_claims)
        a["file.cancel"].setEnabled(self.documents.worker is not None)

    def update_undo(self) -> None:
        """Undo/redo labels from the shared history (after changes only: reading a step costs)."""
        a = self.registry.actions
        undo, redo = self.ws.undo_label(), self.ws.redo_label()
        a["edit.undo"].setEnabled(undo is not None)
        a["edit.redo"].setEnabled(redo is not None)
        a["edit.undo"].setText(self.tr("&Undo %1").replace("%1", command_label(undo)) if undo else self.tr("&Undo"))
        a["edit.redo"].setText(self.tr("&Redo %1").replace("%1", command_label(redo)) if redo else self.tr("&Redo"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _show_error(self, text: str) -> None:
        self._error = text
        self.show_message(text)

    def _clear_message(self, text: str) -> None:
        """Clear the status bar if it still says ``text`` (e.g. why an edit waited, now saved)."""
        if text and self.message.text() == text:
            self.message.clear()

    def _pending(self, count: int, why: str) -> None:
        """Once the refused edits are saved, the status bar no longer says why they waited."""
        if count:
            self._waiting = why or self._waiting
        else:
            self._clear_message(self._waiting)
            self._waiting = ""

    def _saving(self, saving: bool) -> None:
        """A save taking a while (a locked file, a slow server): say so, then take it back."""
        if saving:
            self.show_message(self.tr("Saving…"))
        else:
            self._clear_message(self.tr("Saving…"))

    def toggle_library(self) -> None:
        self.library.refresh()
        self.library_dock.setVisible(not self.library_dock.isVisible())

    def focus_search(self) -> None:
        self.claims.search.setFocus()
        self.claims.search.selectAll()

    def zoom(self, delta: int | None) -> None:
        self.view.set_zoom(0 if delta is None else self.view.zoom_steps + delta)
        self.settings.set_zoom(self.view.zoom_steps)

    def about(self) -> None:
        from ui.about_dialog import show_about

        show_about(self)

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(list(self.registry.menus.values()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- drag and drop, state -------------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in SUPPORTED_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.documents.import_path(files[0])

    def _restore_state(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # first run: most of the screen, the article a little wider
            self.resize(min(1400, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))
        self._split_on_show = self.settings.geometry("splitter") is None
        self.split_default()
        for name, restore in (("geometry", self.restoreGeometry), ("state", self.restoreState),
                              ("splitter", self.splitter.restoreState), ("right", self.right.restoreState)):
            data = self.settings.geometry(name)
            if data is not None:
                restore(data)

    def split_default(self) -> None:
        """The article a little wider than the claims and the review panel."""
        self.splitter.setSizes([self.width() * 11 // 20, self.width() * 9 // 20])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # No saved sizes: split the width the window has when it appears (on a small screen, or
        # resized before showing as --screenshot does, the width at start-up was another one and
        # the claims' minimum width took the article's share).
        if self._split_on_show:
            self._split_on_show = False
            self.split_default()
        super().showEvent(event)

    def save_state(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("state", self.saveState())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.set_geometry("right", self.right.saveState())
        self.settings.set_last_article(self.article.id if self.article else None)
        self.settings.set_last_claim(self.current_claim_id())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.panel.commit_pending()  # the last words typed, a speaker or tags without Enter
        if self.runner.busy:  # edits still being saved (on the thread pool): close once they are
            event.ignore()
            self.show_message(self.tr("Saving…"))
            if not self._closing:
                self._closing = True
                self.runner.idle.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            return
        self._closing = False
        # Edits the database refused are kept in memory only: closing would lose them, so ask
        # (not in a batch run such as --screenshot, where nobody could answer).
        if self.runner.pending and self.runner.show_errors and not self.confirm_discard_pending():
            event.ignore()
            return
        self.documents.cancel_analysis(wait=True)
        self.live.stop()
        self.save_state()
        super().closeEvent(event)
