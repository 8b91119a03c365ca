"""Edits kept in memory when the database refused them, and retried later (Qt-free).

When saving fails because of the environment — the database is locked, read-only, the
disk is full, the server is unreachable (:class:`~app.errors.StorageEnvironmentError`) —
the reviewer's edit must not be lost. The GUI runs each save through
:meth:`PendingEdits.run`; a refused edit stays queued with its label ("edit explanation")
and the reason, the GUI shows "1 edit not saved yet — Retry", and :meth:`retry` replays
the queue in order once the problem is fixed::

    pending = PendingEdits()
    pending.run("edit explanation", claims.set_explanation, ws, claim_id, text, expected_version=v)
    ...
    report = pending.retry()          # on the Retry button or a timer
    for edit, error in report.dropped:
        show(f"{edit.label}: {error}")  # e.g. someone else changed the claim meanwhile

Retrying stops at the first edit that still fails for the environment, so later edits
never overtake earlier ones. An edit that fails for any other reason the user can act on
(a :class:`~app.errors.ConflictError` because someone else changed the claim meanwhile,
an :class:`~app.errors.InputError`) leaves the queue and is reported in ``dropped``;
a bug (any other exception) leaves the queue and propagates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.errors import SanadError, StorageEnvironmentError


@dataclass
class PendingEdit:
    """One refused edit: what to call again, a label for people, and why it failed last."""

    label: str
    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    attempts: int = 1
    queued_at: float = field(default_factory=time.time)

    def __call__(self) -> Any:
        return self.fn(*self.args, **self.kwargs)


@dataclass
class RetryReport:
    saved: list[tuple[PendingEdit, Any]] = field(default_factory=list)  # (edit, its result)
    dropped: list[tuple[PendingEdit, SanadError]] = field(default_factory=list)
    still_pending: int = 0
    error: str = ""  # why the first remaining edit still fails

    @property
    def ok(self) -> bool:
        return self.still_pending == 0


class PendingEdits:
    """A first-in first-out queue of edits the database refused for environmental reasons."""

    def __init__(self, retry_on: tuple[type[BaseException], ...] = (StorageEnvironmentError,)) -> None:
        self.retry_on = retry_on
        self._queue: list[PendingEdit] = []

    def __len__(self) -> int:
        return len(self._queue)

    def __iter__(self) -> Iterator[PendingEdit]:
        return iter(list(self._queue))

    def __bool__(self) -> bool:
        return bool(self._queue)

    def run(self, label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``fn(*args, **kwargs)``; if the environment refuses it, queue it and re-raise.

        While earlier edits wait, a new edit is queued behind them without being tried,
        so that edits reach the database in the order they were made.
        """
        edit = PendingEdit(label, fn, args, kwargs)
        if self._queue:
            edit.attempts = 0
            edit.error = self._queue[0].error
            self._queue.append(edit)
            raise StorageEnvironmentError(f"“{label}” was not saved yet: earlier edits are waiting ({edit.error})")
        try:
            return edit()
        except self.retry_on as exc:
            edit.error = str(exc)
            self._queue.append(edit)
            raise

    def add(self, label: str, fn: Callable[..., Any], *args: Any, error: str = "", **kwargs: Any) -> PendingEdit:
        """Queue an edit that already failed elsewhere."""
        edit = PendingEdit(label, fn, args, kwargs, error=error)
        self._queue.append(edit)
        return edit

    def discard(self, edit: PendingEdit) -> None:
        """Give up an edit (the user chose to drop it)."""
        self._queue.remove(edit)

    def clear(self) -> None:
        self._queue.clear()

    def summary(self) -> str:
        """One line for the status bar ("" when nothing waits)."""
        if not self._queue:
            return ""
        n = len(self._queue)
        first = self._queue[0]
        noun = "edit" if n == 1 else "edits"
        return f"{n} {noun} not saved yet ({first.label}): {first.error}"

    def retry(self) -> RetryReport:
        """Replay the queued edits in order; stop at the first one the environment still refuses."""
        report = RetryReport()
        while self._queue:
            edit = self._queue[0]
            edit.attempts += 1
            try:
                result = edit()
            except self.retry_on as exc:
                edit.error = str(exc)
                report.error = edit.error
                break
            except SanadError as exc:
                self._queue.pop(0)
                report.dropped.append((edit, exc))
                continue
            except BaseException:
                self._queue.pop(0)
                raise
            self._queue.pop(0)
            report.saved.append((edit, result))
        report.still_pending = len(self._queue)
        return report
