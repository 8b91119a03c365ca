"""One function call on the thread pool, its result or error back on the GUI thread.

For read-only work that may take a moment (similar claims, non-PDF exports): the caller
keeps the worker until it reports, and ignores a result that is no longer wanted.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from app.errors import SanadError


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
            self.signals.failed.emit(exc.message)
        except Exception:  # noqa: BLE001 - a bug: the last line of its traceback
            self.signals.failed.emit(traceback.format_exc().strip().splitlines()[-1])
        else:
            self.signals.done.emit(result)
