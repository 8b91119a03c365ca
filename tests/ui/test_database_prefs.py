"""Preferences → Database: a SQLite file or a PostgreSQL server, test connection, no password in settings."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import types
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from app import paths
from app.storage import credentials
from ui.database_prefs import DatabasePage
from ui.database_switch import WindowHost, startup_database
from ui.main import open_window
from ui.preferences import PreferencesDialog
from ui.settings import Settings

POSTGRES_URL = os.environ.get("SANAD_TEST_POSTGRES_URL")
SECRET = "s3cret-كلمة-Pässword"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeKeyring(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("keyring")
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, account: str, password: str) -> None:
        self.saved[(service, account)] = password

    def get_password(self, service: str, account: str) -> str | None:
        return self.saved.get((service, account))


def every_setting(store: QSettings) -> dict[str, str]:
    store.sync()
    return {key: repr(store.value(key)) for key in store.allKeys()}


def fill_server(page: DatabasePage, port: int, password: str = "", host: str = "127.0.0.1",
                database: str = "test", user: str = "postgres") -> None:
    page.server.setChecked(True)
    page.host.setText(host)
    page.port.setValue(port)
    page.database.setText(database)
    page.user.setText(user)
    page.password.setText(password)


def english() -> Settings:
    """Settings of a fresh start in English (a start in Arabic would leave its translator installed)."""
    settings = Settings()
    settings.set_language("en")
    return settings


def args(db: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(db=db, reviewer="tester", file=None, screenshot=None)


def test_choosing_a_sqlite_file_persists_and_reopens_the_window_on_it(window, tmp_path: Path, qtbot,
                                                                     monkeypatch, request) -> None:
    target = tmp_path / "غرفة الأخبار" / "فريق.sqlite3"
    host = WindowHost(window)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes)

    def fill(dialog: PreferencesDialog) -> bool:
        assert dialog.database.local.isChecked()  # nothing chosen yet: this computer's file
        assert dialog.database.path.text() == str(paths.local_db_path())
        assert window.ws.db.display_name in dialog.database.current.text()
        dialog.database.path.setText(str(target))
        return True

    window.exec_dialog = fill
    with qtbot.waitSignal(host.reopened, timeout=30_000) as reopened:
        window.registry["edit.preferences"].trigger()
    new = reopened.args[0]
    qtbot.addWidget(new)
    assert asked and f"\u2066{target}\u2069" in asked[0]  # the path as typed, isolated left to right
    assert host.window is new and new is not window and not window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # the old window is deleted
    request.node.qt_widgets = [(w, f) for w, f in request.node.qt_widgets if w() is not window]  # not closed again
    assert new.ws.db.path == target and target.is_file()
    assert new.library_dock.isVisible() and new.article is None
    assert make_url(window.settings.database_url()).database == str(target)
    # The next start opens it too; the dialog shows it.
    again, problem = open_window(args(), english())
    qtbot.addWidget(again)
    assert problem is None and again.ws.db.path == target
    dialog = PreferencesDialog(Settings())
    assert dialog.database.path.text() == str(target)
    for w in (new, again):
        w.ws.db.close()


def test_other_preferences_do_not_ask_to_switch_database(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked to switch database"))
    choices: list[object] = []
    window.databaseChanged.connect(choices.append)
    window.exec_dialog = lambda dialog: dialog.reviewer.setText("سلمى") or True
    window.registry["edit.preferences"].trigger()
    assert window.ws.actor == "سلمى" and choices == [] and window.settings.database_url() == ""


def test_keeping_the_current_window_when_the_user_says_later(window, tmp_path: Path, monkeypatch) -> None:
    host = WindowHost(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    window.exec_dialog = lambda dialog: dialog.database.path.setText(str(tmp_path / "later.sqlite3")) or True
    window.registry["edit.preferences"].trigger()
    assert host.window is window and "next time" in window.message.text()
    assert window.settings.database_url() == f"sqlite:///{tmp_path / 'later.sqlite3'}"


def test_the_server_form_builds_the_url_without_password(qtbot) -> None:
    page = DatabasePage(Settings())
    qtbot.addWidget(page)
    assert not page.server_box.isEnabled()
    fill_server(page, 6543, SECRET, host="db.newsroom.example", database="sanad", user="maryam")
    assert page.server_box.isEnabled() and not page.local_box.isEnabled()
    assert page.chosen_url().render_as_string(hide_password=False) == \
        "postgresql+psycopg://maryam@db.newsroom.example:6543/sanad"
    page.database.setText("")
    assert page.problem() is not None


@pytest.mark.skipif(not POSTGRES_URL, reason="SANAD_TEST_POSTGRES_URL is not set (no PostgreSQL server to test)")
def test_test_connection_reaches_the_test_server(qtbot) -> None:
    url = make_url(str(POSTGRES_URL))
    page = DatabasePage(Settings())
    qtbot.addWidget(page)
    fill_server(page, url.port or 5432, url.password or "", host=url.host or "127.0.0.1",
                database=url.database or "", user=url.username or "")
    assert page.chosen_url() == url._replace(password=None).set(drivername="postgresql+psycopg")
    with qtbot.waitSignal(page.tested, timeout=30_000) as result:
        page.test_button.click()
    ok, line = result.args
    assert ok, line
    assert line.startswith("Connected to PostgreSQL ") and "\n" not in line
    assert page.result.text() == line and page.test_button.isEnabled()


def test_test_connection_to_a_closed_port_fails_in_one_line(qtbot, caplog) -> None:
    page = DatabasePage(Settings())
    qtbot.addWidget(page)
    fill_server(page, closed_port(), SECRET)
    caplog.set_level(logging.DEBUG)
    with qtbot.waitSignal(page.tested, timeout=30_000) as result:
        page.test_button.click()
        assert page.result.text() == "Connecting…" and not page.test_button.isEnabled()
    ok, line = result.args
    assert not ok
    assert line == "Cannot connect: the database server cannot be reached"
    assert SECRET not in caplog.text


def test_the_password_goes_to_the_keyring_never_to_settings(window, monkeypatch, tmp_path: Path) -> None:
    fake = FakeKeyring()
    monkeypatch.setattr(credentials, "_keyring", lambda: fake)
    port = closed_port()
    window.exec_dialog = lambda dialog: fill_server(dialog.database, port, SECRET) or True
    choices = []
    window.databaseChanged.connect(choices.append)
    window.registry["edit.preferences"].trigger()
    expected = f"postgresql+psycopg://postgres@127.0.0.1:{port}/test"
    assert window.settings.database_url() == expected
    assert fake.saved == {("Sanad", f"postgres@127.0.0.1:{port}/test"): SECRET}
    assert choices and choices[0].url == expected and choices[0].password is None
    values = every_setting(window.settings.store)
    assert values and not [key for key, value in values.items() if SECRET in key or SECRET in value]
    for stored in (tmp_path / "settings").rglob("*"):
        if stored.is_file():
            assert SECRET.encode() not in stored.read_bytes()
    # Reopened, the dialog says the keyring has it and does not show it.
    dialog = PreferencesDialog(window.settings)
    page = dialog.database
    assert page.server.isChecked() and page.password.text() == "" and page.password.placeholderText()


def test_without_a_keyring_the_password_is_for_this_session_only(window, monkeypatch) -> None:
    monkeypatch.setattr(credentials, "_keyring", lambda: None)
    port = closed_port()
    dialog = PreferencesDialog(window.settings)
    assert "SANAD_DB_PASSWORD" in dialog.database.password_note.text()
    fill_server(dialog.database, port, SECRET)
    dialog.save()
    choice = dialog.database.changed
    assert choice is not None and choice.password == SECRET and "SANAD_DB_PASSWORD" in (choice.notice or "")
    assert not [v for v in every_setting(window.settings.store).values() if SECRET in v]


def test_an_unreachable_server_at_start_falls_back_to_the_local_file(qtbot) -> None:
    settings = english()
    settings.set_database_url(f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/test")
    window, problem = open_window(args(), settings)
    qtbot.addWidget(window)
    assert window.ws.db.path == paths.local_db_path()
    assert problem is not None and "\n" not in problem
    assert "cannot be reached" in problem and str(paths.local_db_path()) in problem
    assert problem.count("127.0.0.1") == 1  # the server named once, not again in the reason
    assert window.message.text() == problem
    window.ws.db.close()


def test_the_command_line_and_sanad_db_win_over_the_preference(qtbot, tmp_path: Path, monkeypatch) -> None:
    settings = english()
    settings.set_database_url(f"sqlite:///{tmp_path / 'chosen.sqlite3'}")
    assert startup_database(None, settings.database_url(), {}) == f"sqlite:///{tmp_path / 'chosen.sqlite3'}"
    assert startup_database(None, settings.database_url(), {"SANAD_DB": "env.db"}) == "env.db"
    assert startup_database("cli.db", settings.database_url(), {"SANAD_DB": "env.db"}) == "cli.db"
    assert startup_database(None, "", {}) is None
    cli = tmp_path / "cli.sqlite3"
    window, problem = open_window(args(str(cli)), settings)
    qtbot.addWidget(window)
    assert problem is None and window.ws.db.path == cli
    window.ws.db.close()
    monkeypatch.setenv("SANAD_DB", str(tmp_path / "env.sqlite3"))
    window, problem = open_window(args(), settings)
    qtbot.addWidget(window)
    assert problem is None and window.ws.db.path == tmp_path / "env.sqlite3"
    window.ws.db.close()


def test_the_database_tab_in_arabic_is_translated_and_mirrored(window, compiled_translations) -> None:
    from PySide6.QtCore import Qt

    window.settings.set_language("ar")
    window.apply_preferences()
    try:
        dialog = PreferencesDialog(window.settings, current_db="/data/sanad.sqlite3")
        page = dialog.database
        assert dialog.tabs.tabText(1) == "قاعدة البيانات"
        assert page.local.text() == "هذا الحاسوب (ملف SQLite)" and page.test_button.text() == "اختبار الاتصال"
        assert page.current.text() == "المستخدمة الآن: \u2066/data/sanad.sqlite3\u2069"
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.host.layoutDirection() == page.path.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert page.port.text() == "5432"  # Latin digits for a port number
    finally:
        window.settings.set_language("en")
        window.apply_preferences()


def test_a_server_that_never_answers_is_reported_after_the_timeout(qtbot, monkeypatch) -> None:
    import ui.database_prefs

    monkeypatch.setattr(ui.database_prefs, "GUARD_MS", 300)
    with socket.socket() as silent:  # accepts connections into its backlog, never speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        page = DatabasePage(Settings())
        qtbot.addWidget(page)
        fill_server(page, silent.getsockname()[1])
        with qtbot.waitSignal(page.tested, timeout=5_000) as result:
            page.test_button.click()
        ok, line = result.args
        assert not ok and line.startswith("No answer from the server within") and page.test_button.isEnabled()


def test_reopening_on_a_server_that_does_not_answer_keeps_the_window_usable(window, qtbot, monkeypatch) -> None:
    """The connect waits on a thread of its own; the window keeps working and says what it waits for."""
    import threading

    from PySide6.QtCore import QTimer
    from sqlalchemy.exc import OperationalError

    from ui import database_switch

    release, opened_on = threading.Event(), []

    def unanswered(db: str, actor: str, password: str | None = None) -> object:
        opened_on.append(threading.current_thread() is threading.main_thread())
        release.wait(10)  # a server that does not answer until its connect timeout
        raise OperationalError("connect", {}, Exception("connection timeout expired"))

    monkeypatch.setattr(database_switch, "open_workspace_at", unanswered)
    host = WindowHost(window)
    host.reopen("postgresql+psycopg://maryam@db.newsroom.example:5432/sanad")
    assert "Opening" in window.message.text() and "db.newsroom.example" in window.message.text()
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)  # the event loop runs while the server is silent
    window.registry["edit.find"].trigger()  # and the window's actions work
    host.reopen("postgresql+psycopg://maryam@db.newsroom.example:5432/sanad")  # asked again: not twice
    release.set()
    qtbot.waitUntil(lambda: "Could not open" in window.message.text(), timeout=5000)
    assert opened_on == [False]
    assert host.window is window and window.ws.db.display_name  # the current database is kept


def test_the_highlight_threshold_is_written_with_latin_digits_in_arabic(qtbot) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    try:
        dialog = PreferencesDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.threshold.setValue(0.5)
        assert dialog.threshold.text() == "0.50"  # like the scores in the claims list, not ٠٫٥٠
    finally:
        QLocale.setDefault(previous)


def test_a_server_that_does_not_answer_at_start_can_be_left_for_the_local_file(qtbot, monkeypatch) -> None:
    """No window yet: a box names the server Sanad waits for, and its button opens the local file at once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from ui import database_switch

    tries: list[object] = []
    real_open = database_switch.open_workspace_at
    monkeypatch.setattr(database_switch, "open_workspace_at",
                        lambda db, actor, password=None: tries.append(db) or real_open(db, actor, password))
    with socket.socket() as silent:  # accepts connections into its backlog, never speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"postgresql+psycopg://postgres@127.0.0.1:{silent.getsockname()[1]}/test?connect_timeout=5"
        shown: list[str] = []

        def leave() -> None:
            box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))
            assert box.isVisible()
            shown.append(box.labelText())
            box.findChild(QPushButton).click()  # "Work on this computer's file"

        QTimer.singleShot(900, leave)  # after the box's 400 ms delay: it is on screen
        ws, problem = database_switch.open_at_startup(url, "tester")
        try:
            assert ws.db.path == paths.local_db_path()
            assert shown and "Connecting to" in shown[0] and str(silent.getsockname()[1]) in shown[0]
            assert problem is not None and "cancelled" in problem and str(paths.local_db_path()) in problem
            assert tries == [url, None]  # the server once, on its own thread; then the local file
        finally:
            ws.db.close()


def test_a_local_file_at_start_opens_without_a_box(tmp_path: Path) -> None:
    from ui import database_switch

    assert not database_switch.is_server(str(tmp_path / "x.sqlite3")) and not database_switch.is_server(None)
    assert database_switch.is_server("postgresql+psycopg://postgres@127.0.0.1:5432/test")
    ws, problem = database_switch.open_at_startup(str(tmp_path / "x.sqlite3"), "tester")
    assert problem is None and ws.db.path == tmp_path / "x.sqlite3"
    ws.db.close()
