"""Runs service commands for the widgets, off the GUI thread, and tells every screen what changed.

Widgets call ``runner.run(service_fn, *args, done=..., conflict=..., version=...)``. Every
command (edits, undo, redo, retries of refused edits) runs on the runner's own thread, one
at a time and in the order asked, never behind an analysis on the shared pool; the window
never waits for the database (a locked SQLite file waits out its busy timeout, a slow
server its round trip, on that thread). The :class:`Changes` a command returns is broadcast
through ``changed`` on the GUI thread, so that each screen refreshes only what it shows,
then handed to ``done``.

``version`` is called on the GUI thread just before the command starts and passed as
``expected_version``: an edit queued behind another edit of the same claim sees the version
that edit produced, not a stale one. If another reviewer changed the claim meanwhile, the
core refuses the edit with :class:`ConflictError`, handed to ``conflict`` (the review panel
asks keep mine / take theirs) or, without one, shown. Errors the user can act on are shown
in one message box. An edit the database refuses for environmental reasons (locked,
read-only, disk full: :class:`StorageEnvironmentError`) is kept in :class:`PendingEdits` and
retried later; ``pendingChanged`` tells the banner how many edits wait.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConflictError, SanadError, StorageEnvironmentError
from app.services.changes import Changes
from app.services.core import Workspace
from app.services.retry import PendingEdits, RetryReport
from ui.background import CallWorker
from ui.labels import command_label, error_text, storage_text

SLOW_MS = 700  # a command running longer than this is announced ("Saving…")
Done = Callable[[Any], None]  # the Changes (None when ``always`` and the command did not succeed)
OnConflict = Callable[[ConflictError], None]
# A save given the claim's version (read when it starts) and what to do on a conflict.
VersionedCall = Callable[[Callable[[], int], OnConflict | None], None]


@dataclass
class Job:
    """One command waiting its turn: what to call (with the workspace) and who hears back."""

    label: str
    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    kind: str = "edit"  # edit | replay (undo, redo) | retry (the refused edits) | call (anything else)
    version: Callable[[], int] | None = None
    done: Done | None = None
    conflict: OnConflict | None = None
    always: bool = False  # ``done(None)`` too when the command did not succeed


@dataclass
class Outcome:
    """What a command did, carried back from the thread pool (exceptions as values)."""

    result: Any = None
    conflict: ConflictError | None = None
    waiting: str = ""  # refused by the environment: kept in the queue
    refused: str = ""  # refused with a message for the user


class CommandRunner(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)
    pendingChanged = Signal(int, str)  # noqa: N815 - edits waiting, why the first one waits
    idle = Signal()  # every command asked for has run
    savingChanged = Signal(bool)  # noqa: N815 - a command has been running for a while (True), or no longer

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.window = parent
        self.show_errors = True
        self.pending = PendingEdits()
        self._jobs: deque[Job] = deque()
        self._running: tuple[Job, CallWorker] | None = None
        self._finished: CallWorker | None = None  # kept until the next one: its signals may still be delivering
        # A thread of the runner's own: an edit never waits behind an analysis or a search on the shared pool.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)  # then the window says "Saving…"
        self._slow.timeout.connect(lambda: self.savingChanged.emit(True))
        self._saying_saving = False
        self.savingChanged.connect(self._note_saving)

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._jobs)

    def report(self, message: str) -> None:
        message = error_text(message)  # the services speak English; the window speaks the interface's language
        self.failed.emit(message)
        if self.show_errors:
            QMessageBox.warning(self.window, self.tr("Sanad"), message)

    def run(self, fn: Callable[..., Changes], *args: Any, done: Done | None = None,
            conflict: OnConflict | None = None, version: Callable[[], int] | None = None,
            always: bool = False, **kwargs: Any) -> None:
        """Queue a command; ``done`` gets its Changes, ``conflict`` a ConflictError (else it is shown)."""
        label = command_label(getattr(fn, "command_name", getattr(fn, "__name__", "")))
        self._submit(Job(label, fn, args, kwargs, "edit", version, done, conflict, always))

    def call(self, fn: Callable[..., Any], *args: Any, done: Done | None = None, **kwargs: Any) -> None:
        """Queue any other call (a bundle written or merged): its result to ``done``; refused, it is
        shown and not kept for a retry (the user asked for it just now and can ask again)."""
        self._submit(Job(getattr(fn, "__name__", ""), fn, args, kwargs, "call", done=done))

    def undo(self) -> None:
        self._submit(Job("undo", self._workspace_call, ("undo",), kind="replay"))

    def redo(self) -> None:
        self._submit(Job("redo", self._workspace_call, ("redo",), kind="replay"))

    def retry_pending_in_background(self) -> None:
        """Replay the refused edits in order (a still-locked database waits out its busy timeout on
        the thread pool, not in the GUI); edits made meanwhile queue behind, in order."""
        waiting = [*self._jobs, *([self._running[0]] if self._running else [])]
        if self.pending and not any(job.kind == "retry" for job in waiting):
            self._submit(Job("retry", self.pending.retry, kind="retry"))

    # -- the queue ------------------------------------------------------------------------

    def _workspace_call(self, name: str) -> Changes:
        return getattr(self.ws, name)()  # type: ignore[no-any-return]

    def _submit(self, job: Job) -> None:
        self._jobs.append(job)
        self._next()

    def _note_saving(self, saying: bool) -> None:
        self._saying_saving = saying

    def _next(self) -> None:
        if self._running is not None:
            return
        if not self._jobs:
            self.idle.emit()
            return
        job = self._jobs.popleft()
        kwargs = dict(job.kwargs)
        if job.version is not None:  # read now: an edit queued behind another sees its result
            kwargs["expected_version"] = job.version()
        worker = CallWorker(self._attempt, job, kwargs)
        worker.signals.done.connect(self._answered)
        worker.signals.failed.connect(self._crashed)
        self._running = (job, worker)
        if job.kind != "retry":  # retries of refused edits have the banner
            self._slow.start()
        self._pool.start(worker)

    def _attempt(self, job: Job, kwargs: dict[str, Any]) -> Outcome:
        """On the thread pool: the command, its errors turned into an :class:`Outcome`."""
        try:
            if job.kind == "edit":
                return Outcome(self.pending.run(job.label, job.fn, self.ws, *job.args, **kwargs))
            return Outcome(job.fn(*job.args, **kwargs))
        except ConflictError as exc:
            return Outcome(conflict=exc)
        except StorageEnvironmentError as exc:
            return Outcome(waiting=exc.message)
        except SanadError as exc:
            return Outcome(refused=exc.message)

    def _answered(self, outcome: Outcome) -> None:
        assert self._running is not None
        job, self._finished = self._running
        succeeded = False
        try:
            if job.kind == "retry":
                self._retried(outcome.result)
            elif outcome.waiting:  # kept in the queue: not lost, retried later
                why = storage_text(outcome.waiting)
                self.failed.emit(why)
                self.pendingChanged.emit(len(self.pending), why)
            elif outcome.conflict is not None:
                if job.conflict is not None:
                    job.conflict(outcome.conflict)
                else:
                    self.report(outcome.conflict.message)
            elif outcome.refused:
                self.report(outcome.refused)
            else:
                changes = outcome.result
                if isinstance(changes, Changes) and (job.kind == "replay" or not changes.empty):
                    self.changed.emit(changes)
                succeeded = True
                if job.done is not None:
                    job.done(changes)
        finally:
            self._settle(job, succeeded)

    def _crashed(self, message: str) -> None:
        """A bug in the command: shown, and the queue goes on."""
        assert self._running is not None
        job, self._finished = self._running
        try:
            self.report(message)
            if job.kind == "retry":
                self.pendingChanged.emit(len(self.pending), "")
        finally:
            self._settle(job, False)

    def _settle(self, job: Job, succeeded: bool) -> None:
        self._slow.stop()
        if self._saying_saving:
            self.savingChanged.emit(False)
        try:
            if not succeeded and job.always and job.done is not None:
                job.done(None)
        finally:
            self._running = None
            self._next()

    def _retried(self, report: RetryReport) -> None:
        for _edit, changes in report.saved:
            if isinstance(changes, Changes) and not changes.empty:
                self.changed.emit(changes)
        for edit, error in report.dropped:
            self.report(f"{edit.label}: {error.message}")
        self.pendingChanged.emit(len(self.pending), storage_text(report.error) if report.error else "")
