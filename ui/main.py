"""``sanad gui [FILE] [--screenshot PNG]``: the review workstation's entry point."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from app.cli import default_actor, open_workspace
from ui.about_dialog import app_icon
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
    app = application()
    settings = settings or Settings()
    translations = Translations(app)
    translations.apply(settings.language())
    if not getattr(args, "reviewer", None):
        args.reviewer = settings.reviewer() or default_actor()
    return MainWindow(open_workspace(args), settings, translations)


def save_screenshot(window: MainWindow, path: str) -> bool:
    window.resize(SCREENSHOT_SIZE)
    return window.grab().save(path, "PNG")


def run(args: argparse.Namespace) -> int:
    app = application()
    window = build_window(args)
    if args.screenshot:
        window.resize(SCREENSHOT_SIZE)
        status = {"code": 1, "shot": 0, "failed": 0}
        # No modal boxes in a batch run: problems go to stderr and make the exit status 1.
        window.runner.show_errors = False
        window.runner.failed.connect(lambda message: (print(f"sanad: {message}", file=sys.stderr),
                                                      status.update(failed=1)))

        def shoot() -> None:
            if status["shot"]:
                return
            status["shot"] = 1
            status["code"] = 0 if save_screenshot(window, args.screenshot) and not status["failed"] else 1
            window.close()
            app.exit(status["code"])

        window.ready.connect(lambda: QTimer.singleShot(100, shoot))
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    QTimer.singleShot(0, lambda: window.documents.open_startup(args.file))
    code = app.exec()
    return status["code"] if args.screenshot else code
