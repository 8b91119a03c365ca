"""The claim-editing actions of the main window: add, re-span, split, merge, status, verdict, delete.

Each calls one service command through the window's :class:`~ui.runner.CommandRunner`, so
each is one step of the shared undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.services import claims

if TYPE_CHECKING:
    from ui.mainwindow.window import MainWindow
    from ui.snapshot import ClaimRow


def word_step(text: str, pos: int, direction: int) -> int:
    """The offset one word away from ``pos`` (forward if ``direction`` > 0), skipping spaces first."""
    n = len(text)
    if direction > 0:
        while pos < n and text[pos].isspace():
            pos += 1
        while pos < n and not text[pos].isspace():
            pos += 1
    else:
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        while pos > 0 and not text[pos - 1].isspace():
            pos -= 1
    return pos


class ClaimEditor(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def _claim(self) -> ClaimRow | None:
        cid = self.w.current_claim_id()
        return self.w.view.claims.get(cid) if cid is not None else None

    def _select_result(self, changes: object) -> None:
        result = getattr(changes, "result", None)
        if isinstance(result, int):
            self.w.select_claim(result)

    def _version(self, claim: ClaimRow) -> Callable[[], int]:
        """The claim's version when its edit starts (an edit queued behind another sees its result)."""
        return lambda: getattr(self.w.view.claims.get(claim.id), "version", claim.version)

    def add_from_selection(self) -> None:
        span = self.w.view.selection_span()
        if self.w.article is None or span is None:
            self.w.show_message(self.tr("Select some text of the article first."))
            return
        self.w.runner.run(claims.add_claim, self.w.article.id, *span, done=self._select_result)

    def span_to_selection(self) -> None:
        claim, span = self._claim(), self.w.view.selection_span()
        if claim is not None and span is not None:
            self.w.runner.run(claims.change_span, claim.id, *span, version=self._version(claim))

    def drag_span(self, claim_id: int, start: int, end: int) -> None:
        """An end of the claim dragged with the mouse (the service trims the spaces)."""
        claim = self.w.view.claims.get(claim_id)
        if claim is not None and (start, end) != (claim.start, claim.end):
            self.w.runner.run(claims.change_span, claim_id, start, end, version=self._version(claim))

    def adjust(self, end: str, direction: int) -> None:
        """Move the claim's start or end by one word (direction +1 = later in the text)."""
        claim = self._claim()
        if claim is None or self.w.article is None:
            return
        text = self.w.article.text
        start, stop = claim.start, claim.end
        if end == "end":
            stop = word_step(text, stop, direction)
        else:
            start = word_step(text, start, direction)
        if (start, stop) != (claim.start, claim.end):
            self.w.runner.run(claims.change_span, claim.id, start, stop, version=self._version(claim))

    def split_at_cursor(self) -> None:
        claim = self._claim()
        if claim is None:
            return
        self.w.runner.run(claims.split_claim, claim.id, self.w.view.cursor_offset(),
                          version=self._version(claim), done=self._select_result)

    def merge_selected(self) -> None:
        ids = self.w.claims.selected_ids()
        if len(ids) < 2:
            self.w.show_message(self.tr("Select two or more claims in the list to merge them."))
            return
        self.w.runner.run(claims.merge_claims, ids, done=self._select_result)

    def delete_current(self) -> None:
        claim = self._claim()
        if claim is not None:
            self.w.runner.run(claims.delete_claim, claim.id, version=self._version(claim))

    def set_status(self, status: str) -> None:
        self.w.panel.set_status(status)  # the panel shows the current claim and resolves conflicts

    def set_verdict(self, key: str | None) -> None:
        self.w.panel.set_verdict(key)

    def set_verdict_slot(self, slot: int) -> None:
        if 1 <= slot <= len(self.w.ratings_list):
            self.set_verdict(self.w.ratings_list[slot - 1].key)
