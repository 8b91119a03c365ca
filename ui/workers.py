"""Background work on the thread pool: analysing an article, with progress and cancel.

The services open a new database session per call, so a worker may run a service
command; results come back to the GUI thread through queued signals.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import CancelledError, SanadError
from app.services.core import Workspace


class WorkerSignals(QObject):
    progress = Signal(float)
    finished = Signal(object)  # Changes
    failed = Signal(str)
    cancelled = Signal()


class AnalysisWorker(QRunnable):
    """Runs ``app.services.analysis.analyze_article`` off the GUI thread."""

    def __init__(self, ws: Workspace, article_id: int, threshold: float | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.ws, self.article_id, self.threshold = ws, article_id, threshold
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            from app.services.analysis import analyze_article

            changes = analyze_article(self.ws, self.article_id, threshold=self.threshold,
                                      progress=self.signals.progress.emit, cancel=self._cancel.is_set)
        except CancelledError:
            self.signals.cancelled.emit()
        except SanadError as exc:
            self.signals.failed.emit(exc.message)
        except ImportError as exc:
            self.signals.failed.emit(f"the analysis engine is not available: {exc}")
        except Exception:  # noqa: BLE001 - a bug: keep the traceback for the report
            self.signals.failed.emit(traceback.format_exc())
        else:
            self.signals.finished.emit(changes)
        finally:
            self.done.set()


def start(worker: QRunnable) -> None:
    QThreadPool.globalInstance().start(worker)
