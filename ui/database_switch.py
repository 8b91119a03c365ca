"""Which database the GUI opens, falling back to the local file, and reopening on another one.

At start-up ``--db`` wins, then ``SANAD_DB``, then the database chosen in Preferences, then
the local SQLite file. When the chosen one cannot be opened (server down, wrong password,
written by a newer Sanad) the window opens on the local file and says why, in one line.
Choosing another database in Preferences reopens the main window on it in place.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from app import paths
from app.errors import SanadError
from app.services.core import Workspace
from app.storage.database import Database, normalize_url
from app.storage.probe import open_failure_reason
from ui.database_prefs import DatabaseChoice, translated_reason
from ui.labels import isolate_ltr

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ui.mainwindow.window import MainWindow

OPEN_ERRORS = (SanadError, SQLAlchemyError, OSError)


def startup_database(cli_db: str | None, saved: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The database to open: ``--db``, else ``SANAD_DB``, else the Preferences choice, else None (local)."""
    env = os.environ if environ is None else environ
    return cli_db or env.get("SANAD_DB") or saved or None


def display_name(db: str | None) -> str:
    """``db`` for a message: no password, isolated left to right inside an Arabic sentence."""
    url = normalize_url(db) if db else None
    if url is None:
        name = str(paths.local_db_path())
    elif url.get_backend_name() == "sqlite" and url.database:
        name = url.database  # the file's path as the user knows it (not sqlite:/// with %-escapes)
    else:
        name = url.render_as_string(hide_password=True)
    return isolate_ltr(name)


def open_workspace_at(db: str | None, actor: str, password: str | None = None) -> Workspace:
    """A workspace on ``db`` (None: the local file), the password if given used instead of the keyring."""
    if db and password:
        db = make_url(db).set(password=password).render_as_string(hide_password=False)
    return Workspace(Database(db or str(paths.local_db_path())), actor)


def open_with_fallback(db: str | None, actor: str) -> tuple[Workspace, str | None]:
    """The workspace on ``db``, or on the local file with the one-line reason ``db`` failed."""
    try:
        return open_workspace_at(db, actor), None
    except OPEN_ERRORS as exc:
        return fall_back(db, actor, exc)


def fall_back(db: str | None, actor: str, exc: BaseException) -> tuple[Workspace, str]:
    """The workspace on the local file, with why ``db`` failed (``exc``); re-raised if ``db`` is that file."""
    local = normalize_url(str(paths.local_db_path()))
    if db is None or normalize_url(db) == local:
        raise exc
    reason = translated_reason(open_failure_reason(db, exc))
    ws = open_workspace_at(None, actor)
    message = QCoreApplication.translate(
        "WindowHost", "Could not open %1 (%2); working on this computer's file %3 instead.")
    return ws, message.replace("%1", display_name(db)).replace("%2", reason).replace("%3", isolate_ltr(ws.db.display_name))


def is_server(db: str | None) -> bool:
    """``db`` names a database server (PostgreSQL), not a file: opening it can wait on the network."""
    url = normalize_url(db) if db else None
    return url is not None and url.get_backend_name() != "sqlite"


def open_at_startup(db: str | None, actor: str) -> tuple[Workspace, str | None]:
    """:func:`open_with_fallback`, with a box while a server answers (no window exists yet).

    A server that does not answer can take its whole connect timeout: the box says which server
    Sanad is waiting for and offers to work on this computer's file at once. The connection goes
    on in its thread; if it succeeds after all, that workspace is closed unused. Only this (GUI)
    thread opens the local file.
    """
    if not is_server(db):
        return open_with_fallback(db, actor)
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from ui.background import in_thread, when_done

    future = in_thread(open_workspace_at, db, actor, name="sanad-open-database")
    box = QProgressDialog(QCoreApplication.translate("WindowHost", "Connecting to %1…").replace(
        "%1", display_name(db)), QCoreApplication.translate("WindowHost", "Work on this computer's file"), 0, 0)
    box.setWindowTitle("Sanad")
    QTimer.singleShot(400, box, box.show)  # a server that answers at once shows no box
    loop = QEventLoop()
    when_done(future, box, lambda _f: loop.quit())
    box.canceled.connect(loop.quit)
    if not future.done():
        loop.exec()  # a modal wait, as QDialog.exec(): the box repaints and its button answers
    box.reset()
    box.deleteLater()
    if future.done():
        try:
            return future.result(), None
        except OPEN_ERRORS as exc:
            return fall_back(db, actor, exc)
    future.add_done_callback(_close_unused)
    ws = open_workspace_at(None, actor)
    message = QCoreApplication.translate(
        "WindowHost", "Connecting to %1 was cancelled; working on this computer's file %2 instead.")
    return ws, message.replace("%1", display_name(db)).replace("%2", isolate_ltr(ws.db.display_name))


def _close_unused(future: Future[Workspace]) -> None:
    if not future.cancelled() and future.exception() is None:
        future.result().db.close()


class WindowHost(QObject):
    """Owns the main window; replaces it with one on another database when Preferences asks."""

    reopened = Signal(object)  # the new MainWindow

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self._opening = False  # a database is being opened for the window
        self._attach(window)

    def _attach(self, window: MainWindow) -> None:
        window.databaseChanged.connect(self.on_database_changed)

    def on_database_changed(self, choice: DatabaseChoice) -> None:
        w = self.window
        text = self.tr("Open %1 now? The window reopens on it; otherwise Sanad uses it the next time it "
                       "starts.").replace("%1", display_name(choice.url))
        if choice.notice:
            text = f"{choice.notice}\n\n{text}"
        answer = QMessageBox.question(w, self.tr("Switch database"), text)
        if answer != QMessageBox.StandardButton.Yes:
            w.show_message(self.tr("The new database will be used the next time Sanad starts."))
            return
        self.reopen(choice.url, choice.password)

    def reopen(self, db: str, password: str | None = None) -> None:
        """Open ``db`` on a thread of its own (an unreachable server can take the connect timeout,
        the window stays usable meanwhile), then replace the window; on failure keep the current one."""
        from ui.background import in_thread, when_done

        if self._opening:
            return
        old = self.window
        self._opening = True
        old.show_message(self.tr("Opening %1…").replace("%1", display_name(db)))
        future = in_thread(open_workspace_at, db, old.settings.reviewer() or old.ws.actor, password,
                           name="sanad-open-database")
        when_done(future, self, lambda f: self._opened(db, f))

    def _opened(self, db: str, future: Future[Workspace]) -> None:
        from ui.mainwindow.window import MainWindow

        self._opening = False
        old = self.window
        try:
            ws = future.result()
        except OPEN_ERRORS as exc:
            message = self.tr("Could not open %1: %2").replace("%1", display_name(db)).replace(
                "%2", translated_reason(open_failure_reason(db, exc)))
            old.show_message(message)
            if old.runner.show_errors:
                QMessageBox.warning(old, self.tr("Switch database"), message)
            return
        old.save_state()
        new = MainWindow(ws, old.settings, old.translations)
        new.runner.show_errors = old.runner.show_errors
        self.window = new
        self._attach(new)
        new.show()  # before the old one closes, so the application does not quit
        self._retire(old)
        old.settings.set_last_article(None)  # an article id of the old database means nothing here
        new.documents.open_startup(None)
        new.show_message(self.tr("Opened %1.").replace("%1", isolate_ltr(ws.db.display_name)))
        self.reopened.emit(new)

    @staticmethod
    def _retire(old: MainWindow) -> None:
        """Close the old window and its database (once its last edits are saved, if some still are)."""
        def finish() -> None:
            old.ws.db.close()
            old.deleteLater()

        if old.close():
            finish()
        else:  # it closes itself when its runner is idle; the database after it
            old.runner.idle.connect(finish, Qt.ConnectionType.SingleShotConnection)
