"""Analysing the start-up file in a separate process while the window is being built.

``sanad gui FILE`` spends most of its start importing: Qt, SQLAlchemy and the window on one
side, the analysis engine (camel-tools) on the other. A thread cannot overlap them (imports
hold the GIL), a process can: :func:`start`, called before Qt is imported, forks a process
that reads FILE and analyses its text, and the result (a picklable
:class:`~app.analysis.types.AnalysisResult`) comes back through a pipe.
:func:`app.services.analysis.analyze_article` asks :func:`take` first and stores that result
instead of analysing again — only if it is the analysis it would have made itself: the same
text, publication date and threshold. Anything else (another text, a failure or crash in the
worker, no ``fork`` on this platform) gives None and the analysis runs in-process as
before, so results and error messages are exactly those of the in-process path. A cancel
while waiting stops the worker and raises :class:`~app.errors.CancelledError`.

Nothing is kept between runs: the worker lives only for this start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.errors import CancelledError

if TYPE_CHECKING:
    from app.analysis.types import AnalysisResult

POLL_SECONDS = 0.02  # how often a wait looks at the cancel flag
JOIN_SECONDS = 2.0


class Prefetch:
    """One worker process analysing one file."""

    def __init__(self, process: Any, conn: Any) -> None:
        self.process, self.conn = process, conn
        self.lock = threading.Lock()
        self.answer: tuple[str, Any] | None = None

    def wait(self, cancel: Callable[[], bool] | None = None) -> tuple[str, Any]:
        """The worker's answer: ("ok", result) or ("failed", reason); waits (cancellable)."""
        with self.lock:
            if self.answer is None:
                self.answer = self._receive(cancel)
            return self.answer

    def _receive(self, cancel: Callable[[], bool] | None) -> tuple[str, Any]:
        try:
            while not self.conn.poll(POLL_SECONDS):
                if cancel is not None and cancel():
                    self.stop()
                    raise CancelledError("Analysis cancelled.")
                if not self.process.is_alive() and not self.conn.poll(0):
                    return ("failed", f"the analysis process ended (exit code {self.process.exitcode})")
            answer = self.conn.recv()
        except (EOFError, OSError) as exc:
            return ("failed", f"the analysis process stopped answering: {exc}")
        return answer if isinstance(answer, tuple) and len(answer) == 2 else ("failed", "unexpected answer")

    def stop(self) -> None:
        """End the worker (if still running) and close the pipe."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(JOIN_SECONDS)
        self.conn.close()


_pending: Prefetch | None = None


def supported() -> bool:
    """Fork is safe here: Linux, and nothing loaded yet that a fork would break (Qt, threads)."""
    return (sys.platform.startswith("linux") and "PySide6.QtCore" not in sys.modules
            and threading.active_count() == 1)


def start(path: str) -> Prefetch | None:
    """Start analysing ``path`` in a forked process; None where that is not possible."""
    global _pending
    discard()
    if not supported():
        return None
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_work, args=(path, sender), name="sanad-analysis", daemon=True)
    process.start()
    sender.close()
    _pending = Prefetch(process, receiver)
    return _pending


def _work(path: str, conn: Any) -> None:  # in the worker process
    try:
        from app.analysis.engine import analyze
        from app.importers import load_document

        doc = load_document(path)
        answer: tuple[str, Any] = ("ok", analyze(doc.text, doc.published_on))
    except BaseException as exc:  # noqa: BLE001 - reported back; the GUI then analyses in-process
        answer = ("failed", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(answer)
    except OSError:  # the window has gone (closed or killed): nobody left to tell
        pass
    except Exception:  # noqa: BLE001 - a result that does not pickle: the GUI analyses in-process
        with contextlib.suppress(OSError):
            conn.send(("failed", "the result could not be sent"))
    conn.close()


def take(text: str, published: dt.date | None, threshold: float | None = None,
         cancel: Callable[[], bool] | None = None) -> AnalysisResult | None:
    """The pending analysis if it is the one of ``text`` at ``published`` and ``threshold``, else None.

    Waits for the worker if it is still running (``cancel`` is polled meanwhile). The
    worker is used once: after this call it is gone, whatever the answer.
    """
    global _pending
    pending = _pending
    if pending is None:
        return None
    try:
        status, value = pending.wait(cancel)
    finally:
        _pending = None
        pending.stop()
    if status != "ok":
        return None
    from app.text import sha256_text

    # The worker used the engine's default threshold (what None means); its result says which.
    same = (value.text_sha256 == sha256_text(text) and (threshold is None or value.threshold == threshold)
            and value.published == (published.isoformat() if published else None))
    return value if same else None


def discard() -> None:
    """Forget a pending analysis nobody asked for (ends its process)."""
    global _pending
    pending, _pending = _pending, None
    if pending is not None:
        pending.stop()
