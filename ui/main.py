"""``sanad gui [FILE] [--screenshot PNG]``: the review workstation's entry point."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.analysis import prefetch
from app.cli import default_actor
from app.errors import SanadError
from app.storage.probe import failure_reason
from ui.about_dialog import app_icon
from ui.database_switch import OPEN_ERRORS, WindowHost, open_at_startup, startup_database
from ui.error_reporter import ErrorReporter
from ui.fonts import arabic_font, load_fonts
from ui.i18n import Translations
from ui.mainwindow.window import MainWindow
from ui.settings import APPLICATION, ORGANISATION, Settings

SCREENSHOT_SIZE = QSize(1400, 900)
SCREENSHOT_TIMEOUT_MS = 180_000


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    load_fonts()
    app.setFont(arabic_font(10))
    app.setWindowIcon(app_icon())
    return app


def build_window(args: argparse.Namespace, settings: Settings | None = None) -> MainWindow:
    """The main window for ``args`` (``.db``, ``.reviewer``), not yet shown."""
    return open_window(args, settings)[0]


def open_window(args: argparse.Namespace, settings: Settings | None = None) -> tuple[MainWindow, str | None]:
    """The main window, and why it is on the local file instead of the chosen database (or None).

    ``--db`` and ``SANAD_DB`` win over the database chosen in Preferences.
    """
    app = application()
    settings = settings or Settings()
    translations = Translations(app)
    translations.apply(settings.language())
    if not getattr(args, "reviewer", None):
        args.reviewer = settings.reviewer() or default_actor()
    db = startup_database(getattr(args, "db", None), settings.database_url())
    ws, problem = open_at_startup(db, args.reviewer)
    window = MainWindow(ws, settings, translations)
    if problem:
        window.show_message(problem)
    return window, problem


def save_screenshot(window: MainWindow, path: str) -> bool:
    window.resize(SCREENSHOT_SIZE)
    return window.grab().save(path, "PNG")


def show_startup_problem(window: MainWindow, problem: str) -> QMessageBox:
    """Why the window is on the local file: a box over it that does not block it."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Sanad", problem, QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


def run(args: argparse.Namespace) -> int:
    app = application()
    try:
        window, problem = open_window(args)
    except OPEN_ERRORS as exc:  # not even the local file opens: say why, do not crash
        reason = failure_reason(exc)
        print(f"sanad: {reason}", file=sys.stderr)
        if not args.screenshot:
            QMessageBox.critical(None, "Sanad", reason)
        return exc.exit_code if isinstance(exc, SanadError) else 1
    host = WindowHost(window)  # keeps the window, and its successor on another database
    batch: Callable[[str], None] | None = None  # where a slot's error goes in a --screenshot run
    window.ready.connect(started)
    if args.screenshot:
        window.resize(SCREENSHOT_SIZE)
        status = {"code": 1, "shot": 0, "failed": 0}
        # No modal boxes in a batch run: problems go to stderr and make the exit status 1.
        window.runner.show_errors = False
        def failed(message: str) -> None:
            print(f"sanad: {message}", file=sys.stderr)
            status.update(failed=1)

        window.runner.failed.connect(failed)
        window.analysisFailed.connect(failed)  # the screenshot would show an article without its claims
        batch = failed  # a slot that raised: no picture of a half-done window

        def shoot() -> None:
            if status["shot"]:
                return
            status["shot"] = 1
            status["code"] = 0 if save_screenshot(window, args.screenshot) and not status["failed"] else 1
            window.close()
            app.exit(status["code"])

        # Ready: the article is shown with its highlights. grab() paints the window itself; the
        # zero timer only lets the layout and update events queued by that last show run first.
        window.ready.connect(lambda: QTimer.singleShot(0, shoot))
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    if problem:
        print(f"sanad: {problem}", file=sys.stderr)
        if not args.screenshot:
            QTimer.singleShot(0, lambda: show_startup_problem(host.window, problem))
    QTimer.singleShot(0, lambda: window.documents.open_startup(args.file))
    reporter = ErrorReporter(host, batch)
    reporter.install()
    try:
        code = app.exec()
    finally:
        reporter.uninstall()
    host.window.ws.db.close()
    # The process ends: its memory goes with it. A last garbage collection over everything Qt,
    # SQLAlchemy and the window hold (what Python's shutdown does) would only cost time.
    gc.freeze()
    return status["code"] if args.screenshot else code


def started() -> None:
    """The window is ready (the start-up file shown): end start-up's special measures."""
    prefetch.discard()  # an analysis process nobody used
    if not gc.isenabled():  # off while starting (app.cli_core.cmd_gui)
        # What start-up made (modules, classes, the window) lives as long as the program: the
        # collector leaves it out of its passes from now on (as Python's gc.freeze documentation
        # advises) instead of walking it all at once now and again at every full collection.
        gc.freeze()
        gc.enable()
