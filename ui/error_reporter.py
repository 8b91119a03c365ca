"""Exceptions that reach Qt's event loop are told to the user, never dropped silently.

A slot that raises (a read on a database server that stopped answering, or a bug) would
otherwise only print a traceback on a console the journalist never sees: the click would
simply do nothing. :class:`ErrorReporter` becomes ``sys.excepthook`` while the window runs:

* an error of the environment or the input (:class:`~app.errors.SanadError`) shows its one-line
  message in the status bar and in a box that does not block the window (one box at a time:
  a second problem replaces the first one's text);
* anything else is a bug: the box says so, what was saved is safe, and the traceback is in
  its details and on stderr;
* in a batch run (``--screenshot``) nothing is shown: the message goes to ``batch``, which
  makes the exit status non-zero.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import SanadError, StorageEnvironmentError
from ui.labels import error_text, storage_text


class _Host(Protocol):
    @property
    def window(self) -> QWidget: ...


class ErrorReporter:
    def __init__(self, host: _Host, batch: Callable[[str], None] | None = None) -> None:
        self.host, self.batch = host, batch
        self.box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    @staticmethod
    def uninstall() -> None:
        sys.excepthook = sys.__excepthook__

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        print(details, file=sys.stderr, end="")  # the log keeps everything
        if self.batch is not None:  # stderr: the core's own words, as the command line says them
            self.batch(exc.message if isinstance(exc, SanadError) else f"{type(exc).__name__}: {exc}")
            return
        if isinstance(exc, SanadError):  # in the interface's language where Sanad knows the words
            message = storage_text(exc.message) if isinstance(exc, StorageEnvironmentError) else error_text(exc.message)
            details = ""
        else:
            message = QCoreApplication.translate(
                "ErrorReporter",
                "Sanad met an unexpected problem and could not finish what you asked. "
                "What was already saved is safe. The details below help us fix it.")
        self.show(message, details)

    def show(self, message: str, details: str = "") -> None:
        window = self.host.window
        show_message = getattr(window, "show_message", None)
        if callable(show_message):
            show_message(message)
        if self.box is not None and self.box.isVisible():
            self.box.setText(message)
            self.box.setDetailedText(details)
            return
        self.box = QMessageBox(QMessageBox.Icon.Warning, "Sanad", message, QMessageBox.StandardButton.Ok, window)
        if details:
            self.box.setDetailedText(details)
        self.box.open()
