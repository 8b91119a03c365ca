"""Preferences → Database: this computer's SQLite file, or the team's PostgreSQL server.

The server's password goes to the system keyring (``app.storage.credentials``) when one
is available; Sanad's settings keep only the URL without it. "Test connection" runs on
a thread of its own with a timeout, polled from the GUI, and reports in one line.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from app import paths
from app.errors import SanadError
from app.storage import credentials
from app.storage.database import normalize_url
from app.storage.probe import DEFAULT_TIMEOUT_S, DatabaseCheck, check_database, failure_reason
from ui.background import in_thread
from ui.labels import isolate_ltr
from ui.settings import Settings

SERVER_DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
POLL_MS = 100
GUARD_MS = (DEFAULT_TIMEOUT_S + 10) * 1000  # a backstop past the connect timeout: say so, ignore a late answer
INDENT = 24  # the fields under their radio button
OK_STYLE, FAIL_STYLE = "color: #1b6e34;", "color: #b3261e;"
# The storage layer's one-line reasons (app.storage.database) that the GUI shows translated;
# a server's own words (unknown role, bad password...) are shown as it said them.
KNOWN_REASONS = (
    QT_TRANSLATE_NOOP("DatabaseReasons", "the database server cannot be reached"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the database server closed the connection"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the database file cannot be opened"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the database file is read-only"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the database is locked by another program; try again in a moment"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the disk is full"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the disk could not be read or written"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the file is not a database, or it is damaged"),
    QT_TRANSLATE_NOOP("DatabaseReasons", "the database file is damaged; restore a backup (sanad restore)"),
    QT_TRANSLATE_NOOP("DatabaseReasons",
                      "the data is locked by another reviewer's unfinished change; try again in a moment"),
)


def translated_reason(reason: str) -> str:
    return QCoreApplication.translate("DatabaseReasons", reason) if reason in KNOWN_REASONS else reason


@dataclass(frozen=True)
class DatabaseChoice:
    """A database newly chosen in Preferences: its URL (no password) and, for this session only,
    the password typed (when there was no keyring to keep it); ``notice`` is for the user."""

    url: str
    password: str | None = None
    notice: str | None = None


def probe(url: URL, password: str | None) -> Future[DatabaseCheck]:
    """``check_database`` on a thread of its own (not the Qt pool, where a running analysis would
    make it wait); the GUI polls the future, so no Qt object is touched off the GUI thread."""
    return in_thread(check_database, url, password=password, timeout_s=DEFAULT_TIMEOUT_S,
                     name="sanad-test-connection")


class DatabasePage(QWidget):
    tested = Signal(bool, str)  # ok, the line shown (tests wait for it)

    def __init__(self, settings: Settings, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._probe: tuple[Future[DatabaseCheck], float] | None = None
        self._poll = QTimer(self)  # a child: stops with the page
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_probe)
        self.changed: DatabaseChoice | None = None  # set by save()
        # The path or URL isolated left to right, so an Arabic sentence does not reorder its slashes.
        self.current = QLabel(self.tr("In use now: %1").replace("%1", isolate_ltr(current)) if current else "")
        self.current.setWordWrap(True)
        self.current.setVisible(bool(current))
        self.local = QRadioButton(self.tr("This computer (SQLite file)"))
        self.server = QRadioButton(self.tr("Team server (PostgreSQL)"))
        self.path = QLineEdit()
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_file)
        self.host, self.database, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setLocale(QLocale.c())  # 5432, not Arabic-Indic digits
        self.port.setGroupSeparatorShown(False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.host, self.port, self.database, self.user, self.password):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.host.setPlaceholderText("newsroom-db.example.org")
        self.password_note = QLabel(self._password_note())
        self.password_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self._load()
        self.local.toggled.connect(self._update_enabled)
        self._update_enabled()

    # -- layout ---------------------------------------------------------------------------

    def _layout(self) -> None:
        self.local_box, self.server_box = QWidget(), QWidget()
        row = QHBoxLayout(self.local_box)
        row.setContentsMargins(INDENT, 0, INDENT, 0)  # margins are not mirrored: indent on both sides
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self.server_box)
        form.setContentsMargins(INDENT, 0, INDENT, 0)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.password_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form.addRow(test_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.local)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addStretch(1)

    def _password_note(self) -> str:
        if credentials.keyring_available():
            return self.tr("The password is kept in the system keyring, never in Sanad's settings.")
        return self.tr("No system keyring is available, so the password is not saved: set the environment "
                       "variable SANAD_DB_PASSWORD before starting Sanad.")

    def _load(self) -> None:
        saved = self.settings.database_url()
        url = make_url(saved) if saved else None
        if url is None or url.get_backend_name() == "sqlite":
            self.local.setChecked(True)
            self.path.setText(url.database if url is not None and url.database else str(paths.local_db_path()))
            return
        self.server.setChecked(True)
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        if credentials.keyring_password(url):
            self.password.setPlaceholderText(self.tr("(saved in the system keyring)"))

    def _update_enabled(self) -> None:
        self.local_box.setEnabled(self.local.isChecked())
        self.server_box.setEnabled(self.server.isChecked())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text() or str(paths.local_db_path()),
            self.tr("SQLite databases (%1)").replace("%1", "*.sqlite3 *.sqlite *.db"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    # -- the chosen database --------------------------------------------------------------

    def problem(self) -> str | None:
        """What is missing before the choice can be used, or None."""
        if self.local.isChecked():
            return None if self.path.text().strip() else self.tr("Choose a database file.")
        if not self.host.text().strip() or not self.database.text().strip():
            return self.tr("Enter the server's host and the database name.")
        return None

    def chosen_url(self) -> URL:
        """The chosen database as a URL without password."""
        if self.local.isChecked():
            return normalize_url(str(Path(self.path.text().strip()).expanduser()))
        return URL.create(SERVER_DRIVER, username=self.user.text().strip() or None,
                          host=self.host.text().strip(), port=self.port.value(),
                          database=self.database.text().strip())

    def typed_password(self) -> str | None:
        return (self.password.text() or None) if self.server.isChecked() else None

    def save(self) -> DatabaseChoice | None:
        """Remember the choice (the password in the keyring only); what changed, or None."""
        self.changed = None
        if self.problem() is not None:
            return None
        url = self.chosen_url()
        stored = credentials.settings_url(url)
        password, notice = self.typed_password(), None
        if password is not None:
            try:
                credentials.save_password(url, password)
            except SanadError as exc:
                notice = self.tr("The password was not saved (%1); it is used for this session only. "
                                 "Set SANAD_DB_PASSWORD to start Sanad on this server.").replace("%1", exc.message)
            else:
                password = None  # the keyring has it now
        # Nothing saved yet means this computer's file: choosing it again changes nothing.
        previous = self.settings.database_url() or credentials.settings_url(
            normalize_url(str(paths.local_db_path())))
        if previous == stored and password is None and notice is None:
            return None
        self.settings.set_database_url(stored)
        self.changed = DatabaseChoice(stored, password, notice)
        return self.changed

    # -- test connection ------------------------------------------------------------------

    def test_connection(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._show_result(False, problem)
            return
        self._probe = (probe(self.chosen_url(), self.typed_password()), time.monotonic())
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting…"))
        self._poll.start()

    def _check_probe(self) -> None:
        if self._probe is None:
            self._poll.stop()
            return
        future, started = self._probe
        if not future.done():
            if time.monotonic() - started < GUARD_MS / 1000:
                return
            self._show_result(False, self.tr("No answer from the server within %1 seconds.")
                              .replace("%1", str(GUARD_MS // 1000)))
        elif future.exception() is not None:
            reason = failure_reason(future.exception())  # type: ignore[arg-type]
            self._show_result(False, self.tr("Cannot connect: %1").replace("%1", translated_reason(reason)))
        else:
            check = future.result()
            self._show_result(check.state != "newer", self.describe(check))
        self._probe = None  # a late answer is ignored
        self._poll.stop()
        self.test_button.setEnabled(True)

    def describe(self, check: DatabaseCheck) -> str:
        server = f"PostgreSQL {check.server_version}" if check.server_version else "SQLite"
        text = {
            "current": self.tr("Connected to %1: a Sanad database, ready to use."),
            "older": self.tr("Connected to %1: Sanad will upgrade this database when it opens it."),
            "newer": self.tr("Connected to %1, but a newer Sanad wrote this database: update Sanad to use it."),
            "empty": self.tr("Connected to %1: the database is empty; Sanad will create its tables."),
            "foreign": self.tr("Connected to %1: the database has other tables; Sanad will add its own beside them."),
        }[check.state]
        return text.replace("%1", server)

    def _show_result(self, ok: bool, line: str) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else FAIL_STYLE)
        self.result.setText(line)
        self.tested.emit(ok, line)
