"""One function call off the GUI thread, its result or error back on the GUI thread.

:class:`CallWorker`: on the thread pool, for work that may take a moment (similar claims,
non-PDF exports, the export preview): the caller keeps the worker until it reports, and
ignores a result that is no longer wanted.

:func:`in_thread` and :func:`when_done`: on a thread of its own, for a call that may hang on
the network for seconds (connecting to a database server) and must not wait behind a running
analysis on the pool; the GUI polls the returned future, so no Qt object is touched off the
GUI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal

from app.errors import SanadError


def bug_line(exc: BaseException) -> str:
    """One line naming an unexpected error (not SQLAlchemy's closing "Background on this error" link)."""
    first = next((line for line in str(exc).splitlines() if line.strip()), "")
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


class CallSignals(QObject):
    progress = Signal(float)
    done = Signal(object)
    failed = Signal(str)


class CallWorker(QRunnable):
    """Runs ``fn(*args, **kwargs)``; a SanadError's message or a bug's last line goes to ``failed``."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = CallSignals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except SanadError as exc:
            self._emit(self.signals.failed, exc.message)
        except Exception as exc:  # noqa: BLE001 - a bug: its traceback on stderr, its first line shown
            traceback.print_exc()
            self._emit(self.signals.failed, bug_line(exc))
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # "Signal source has been deleted": the program is closing, nobody waits for it
            pass


T = TypeVar("T")
POLL_MS = 50


def in_thread(fn: Callable[..., T], *args: Any, name: str = "sanad-call", **kwargs: Any) -> Future[T]:
    """``fn(*args, **kwargs)`` on a daemon thread of its own; its result or exception in the future."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the caller, on the GUI thread
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future


def when_done(future: Future[T], context: QObject, callback: Callable[[Future[T]], None]) -> None:
    """Call ``callback(future)`` on the GUI thread once ``future`` is done, polling every POLL_MS.

    Each poll is a single-shot timer with ``context`` as its context (dropped if ``context``
    is deleted); no timer object is created and deleted from Python (that crashed the loop).
    """
    def check() -> None:
        if future.done():
            callback(future)
        else:
            QTimer.singleShot(POLL_MS, context, check)

    QTimer.singleShot(POLL_MS, context, check)
