"""Runs service commands for the widgets and tells every screen what changed.

Widgets call ``runner.run(service_fn, *args)``; the :class:`Changes` it returns is also
broadcast through ``changed`` so that each screen refreshes only what it shows. Errors the
user can act on are shown in one message box; bugs keep their traceback. An edit the
database refuses for environmental reasons (locked, read-only, disk full:
:class:`StorageEnvironmentError`) is kept in :class:`PendingEdits` and retried later;
``pendingChanged`` tells the banner how many edits wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConflictError, SanadError, StorageEnvironmentError
from app.services.changes import Changes
from app.services.core import Workspace
from app.services.retry import PendingEdits, RetryReport
from ui.background import CallWorker
from ui.labels import command_label
from ui.workers import start


class CommandRunner(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)
    pendingChanged = Signal(int, str)  # noqa: N815 - edits waiting, why the first one waits

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.window = parent
        self.show_errors = True
        self.pending = PendingEdits()
        self._retrying: CallWorker | None = None

    def report(self, message: str) -> None:
        self.failed.emit(message)
        if self.show_errors:
            QMessageBox.warning(self.window, self.tr("Sanad"), message)

    def run(self, fn: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes | None:
        """Run a command; ``ConflictError`` propagates (the caller resolves it), others are shown."""
        label = command_label(getattr(fn, "command_name", getattr(fn, "__name__", "")))
        try:
            changes = self.pending.run(label, fn, self.ws, *args, **kwargs)
        except ConflictError:
            raise
        except StorageEnvironmentError as exc:  # kept in the queue: not lost, retried later
            self.failed.emit(exc.message)
            self.pendingChanged.emit(len(self.pending), exc.message)
            return None
        except SanadError as exc:
            self.report(exc.message)
            return None
        if not changes.empty:
            self.changed.emit(changes)
        return changes

    def run_quietly(self, fn: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes | None:
        """Like :meth:`run` but a conflict is also just reported (list and keyboard actions)."""
        try:
            return self.run(fn, *args, **kwargs)
        except ConflictError as exc:
            self.report(exc.message)
            return None

    def retry_pending(self) -> int:
        """Replay the refused edits in order, here; the number still waiting."""
        if not self.pending:
            return 0
        try:
            report = self.pending.retry()
        except Exception as exc:  # noqa: BLE001 - a bug in a replayed edit: report it, keep going
            self._retry_failed(str(exc))
            return len(self.pending)
        self._retried(report)
        return report.still_pending

    def retry_pending_in_background(self) -> None:
        """The same on the thread pool: a still-locked database waits out its busy timeout there,
        not in the GUI (edits made meanwhile queue behind, in order)."""
        if not self.pending or self._retrying is not None:
            return
        worker = CallWorker(self.pending.retry)
        worker.signals.done.connect(self._retried)
        worker.signals.failed.connect(self._retry_failed)
        self._retrying = worker
        start(worker)

    def _retried(self, report: RetryReport) -> None:
        self._retrying = None
        for _edit, changes in report.saved:
            if isinstance(changes, Changes) and not changes.empty:
                self.changed.emit(changes)
        for edit, error in report.dropped:
            self.report(f"{edit.label}: {error.message}")
        self.pendingChanged.emit(len(self.pending), report.error)

    def _retry_failed(self, message: str) -> None:
        self._retrying = None
        self.report(message)
        self.pendingChanged.emit(len(self.pending), "")

    def undo(self) -> Changes | None:
        return self._replay(self.ws.undo)

    def redo(self) -> Changes | None:
        return self._replay(self.ws.redo)

    def _replay(self, fn: Callable[[], Changes]) -> Changes | None:
        try:
            changes = fn()
        except SanadError as exc:
            self.report(exc.message)
            return None
        self.changed.emit(changes)
        return changes
