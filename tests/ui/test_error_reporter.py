"""A slot that raises is told to the user (status bar and a box that does not block), never lost."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from app.errors import StorageEnvironmentError
from ui import review_panel
from ui.error_reporter import ErrorReporter
from ui.mainwindow.window import MainWindow


class _Host:
    def __init__(self, window: MainWindow) -> None:
        self.window = window


def _raise(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - handed to the hook as Python would
        return type(caught), caught, caught.__traceback__


def test_an_environment_error_shows_its_one_line_message(shown: MainWindow, capsys: pytest.CaptureFixture[str]) -> None:
    reporter = ErrorReporter(_Host(shown))
    reporter(*_raise(StorageEnvironmentError("newsroom-db: the database server cannot be reached")))  # type: ignore[arg-type]
    assert reporter.box is not None and reporter.box.isVisible()
    assert reporter.box.text() == "\u2066newsroom-db\u2069: the database server cannot be reached"
    assert reporter.box.detailedText() == ""
    assert "cannot be reached" in shown.message.text()
    first = reporter.box
    reporter(*_raise(StorageEnvironmentError("newsroom-db: the database server closed the connection")))  # type: ignore[arg-type]
    assert reporter.box is first and "closed the connection" in first.text()  # one box, not a pile
    assert "StorageEnvironmentError" in capsys.readouterr().err  # and the log has it all


def test_the_message_is_in_the_interface_language(shown: MainWindow, compiled_translations: list[object]) -> None:
    shown.translations.apply("ar")
    try:
        reporter = ErrorReporter(_Host(shown))
        reporter(*_raise(StorageEnvironmentError("newsroom-db: the database server cannot be reached")))  # type: ignore[arg-type]
        assert reporter.box is not None
        assert reporter.box.text() == "\u2066newsroom-db\u2069: لا يمكن الوصول إلى خادم قاعدة البيانات"
    finally:
        shown.translations.apply("en")


def test_a_bug_says_so_and_keeps_its_details(shown: MainWindow) -> None:
    reporter = ErrorReporter(_Host(shown))
    reporter(*_raise(ValueError("a bug in a slot")))  # type: ignore[arg-type]
    assert reporter.box is not None
    assert "unexpected problem" in reporter.box.text() and "saved is safe" in reporter.box.text()
    assert "ValueError: a bug in a slot" in reporter.box.detailedText()


def test_a_batch_run_reports_instead_of_showing(shown: MainWindow) -> None:
    said: list[str] = []
    reporter = ErrorReporter(_Host(shown), batch=said.append)
    reporter(*_raise(StorageEnvironmentError("db: the disk is full")))  # type: ignore[arg-type]
    assert said == ["db: the disk is full"] and reporter.box is None


@pytest.mark.qt_no_exception_capture
def test_selecting_a_claim_when_the_server_is_gone_shows_why(shown: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def gone(*_args: object) -> None:
        raise StorageEnvironmentError("newsroom-db: the database server cannot be reached")

    monkeypatch.setattr(review_panel, "load_detail", gone)
    reporter = ErrorReporter(_Host(shown))
    reporter.install()
    try:
        shown.claims.step(1)  # the user moves to the next claim: the panel's read fails in a slot
    finally:
        reporter.uninstall()
    assert sys.excepthook is sys.__excepthook__
    box = reporter.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "\u2066newsroom-db\u2069: the database server cannot be reached"
    qtbot.addWidget(box)


def test_team_mode_says_in_arabic_that_the_server_is_gone(shown: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         compiled_translations: list[object]) -> None:
    def gone() -> list[object]:
        raise StorageEnvironmentError("newsroom-db: the database server cannot be reached")

    monkeypatch.setattr(shown.live.watcher, "poll", gone)
    shown.translations.apply("ar")
    try:
        with qtbot.waitSignal(shown.live.failed, timeout=5000) as said:
            shown.live.poll()
        assert said.args == ["\u2066newsroom-db\u2069: لا يمكن الوصول إلى خادم قاعدة البيانات"]
        assert shown.message.text() == said.args[0]
    finally:
        shown.translations.apply("en")
