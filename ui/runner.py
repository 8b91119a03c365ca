"""Runs service commands for the widgets and tells every screen what changed.

Widgets call ``runner.run(service_fn, *args)``; the :class:`Changes` it returns is also
broadcast through ``changed`` so that each screen refreshes only what it shows. Errors the
user can act on are shown in one message box; bugs keep their traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConflictError, SanadError
from app.services.changes import Changes
from app.services.core import Workspace


class CommandRunner(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.window = parent
        self.show_errors = True

    def report(self, message: str) -> None:
        self.failed.emit(message)
        if self.show_errors:
            QMessageBox.warning(self.window, self.tr("Sanad"), message)

    def run(self, fn: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes | None:
        """Run a command; ``ConflictError`` propagates (the caller resolves it), others are shown."""
        try:
            changes = fn(self.ws, *args, **kwargs)
        except ConflictError:
            raise
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
