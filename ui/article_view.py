"""The article: right-to-left, shaped Arabic in the shipped font, claims highlighted.

Hovering a claim shows its score and reasons; clicking one selects it; selecting a claim
elsewhere scrolls here. Offsets from the services are code points; this view converts
them to Qt positions with one :class:`~ui.offsets.OffsetMap`.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from ui import styles
from ui.fonts import align_paragraphs, arabic_font
from ui.highlighter import ClaimHighlighter, Span
from ui.labels import kind_labels, reason_label, status_labels
from ui.offsets import OffsetMap
from ui.snapshot import ClaimRow, RatingInfo

BASE_POINT_SIZE = 14.0
DOCUMENT_MARGIN = 14  # pixels around the article's text
ZOOM_STEP = 1.0
MIN_ZOOM, MAX_ZOOM = -6, 16


class ArticleView(QPlainTextEdit):
    claimClicked = Signal(int)  # noqa: N815 - Qt naming
    spanDragged = Signal(int, int, int)  # noqa: N815 - claim id, new start, new end (code points)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setFont(arabic_font(BASE_POINT_SIZE))
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        align_paragraphs(self)  # flush right, not flush left with ragged right ends
        self.document().setDocumentMargin(DOCUMENT_MARGIN)  # the text does not touch the pane's edges
        self.setMouseTracking(True)
        self.highlighter = ClaimHighlighter(self.document())
        self.offsets = OffsetMap("")
        self.text = ""
        self.claims: dict[int, ClaimRow] = {}
        self.ratings: dict[str, RatingInfo] = {}
        self.language = "ar"
        self.selected: int | None = None
        self.threshold = 0.0
        self.zoom_steps = 0
        self._drag: tuple[int, int] | None = None  # (claim id, the fixed end's Qt position) while dragging
        self._pressed_at = QPoint()  # where a drag started: a press and release in place is a click
        self.context_actions: list[QAction] = []  # the window's claim actions, for the right-click menu
        self._starts: list[tuple[int, int]] = []  # (qt start, claim id), sorted
        self._longest = 0

    # -- content --------------------------------------------------------------------------

    def set_article(self, text: str, claims: list[ClaimRow], ratings: dict[str, RatingInfo]) -> None:
        self.text = text
        self.offsets = OffsetMap(text)
        self.ratings = ratings
        self.selected = None
        self.claims = {c.id: c for c in claims}
        self.highlighter.detach()
        self.document().setPlainText(text)
        self._reindex()
        self.highlighter.set_all({c.id: self._spans(c) for c in self.claims.values() if self._shown(c)})

    def clear_article(self) -> None:
        self.set_article("", [], self.ratings)

    def set_threshold(self, threshold: float) -> None:
        self.threshold = threshold
        self.highlighter.set_all({c.id: self._spans(c) for c in self.claims.values() if self._shown(c)})

    def update_claims(self, rows: dict[int, ClaimRow], removed: set[int]) -> None:
        """Repaint only the claims that changed (and the blocks they cover)."""
        for cid in removed:
            self.claims.pop(cid, None)
        self.claims.update(rows)
        if self.selected in removed:
            self.selected = None
        self._reindex()
        hidden = {cid for cid, c in rows.items() if not self._shown(c)}
        self.highlighter.update({cid: self._spans(c) for cid, c in rows.items() if cid not in hidden},
                                removed=set(removed) | hidden)

    def _shown(self, claim: ClaimRow) -> bool:
        return claim.origin != "detector" or claim.score is None or claim.score >= self.threshold \
            or claim.status != "new" or claim.verdict is not None

    def _reindex(self) -> None:
        to_qt = self.offsets.to_qt
        self._starts = sorted((to_qt(c.start), c.id) for c in self.claims.values())
        self._longest = max((to_qt(c.end) - to_qt(c.start) for c in self.claims.values()), default=0)

    def _spans(self, claim: ClaimRow) -> list[Span]:
        """The claim's span, then its speaker and figures where they fall inside it.

        A speaker named in an earlier sentence ("وأضاف ...") is not painted: it belongs to another claim.
        """
        to_qt = self.offsets.to_qt
        base = styles.claim_format(claim, self.ratings, claim.id == self.selected)
        spans = [Span(to_qt(claim.start), to_qt(claim.end), base, 0)]
        marks = [(claim.speaker_span, styles.speaker_format(base), 1)] if claim.speaker_span else []
        marks += [(figure, styles.figure_format(base), 2) for figure in claim.figures]
        for (start, end), fmt, layer in marks:
            start, end = max(start, claim.start), min(end, claim.end)
            if start < end:
                spans.append(Span(to_qt(start), to_qt(end), fmt, layer))
        return spans

    # -- selection ------------------------------------------------------------------------

    def select_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        previous, self.selected = self.selected, claim_id
        changed = {cid: self.claims[cid] for cid in (previous, claim_id) if cid in self.claims}
        self.highlighter.update({cid: self._spans(c) for cid, c in changed.items() if self._shown(c)})
        claim = self.claims.get(claim_id) if claim_id is not None else None
        if claim is not None and scroll:
            cursor = self.textCursor()
            cursor.setPosition(self.offsets.to_qt(claim.end))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.setPosition(self.offsets.to_qt(claim.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def claim_at(self, position: int) -> int | None:
        """The shortest claim covering a Qt position."""
        best: tuple[int, int] | None = None
        to_qt = self.offsets.to_qt
        i = bisect_right(self._starts, (position, 1 << 62))
        while i > 0:
            i -= 1
            start, cid = self._starts[i]
            if position - start > self._longest:
                break
            claim = self.claims[cid]
            end = to_qt(claim.end)
            if start <= position < end and (best is None or end - start < best[0]):
                best = (end - start, cid)
        return best[1] if best else None

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def cursor_offset(self) -> int:
        return self.offsets.from_qt(self.textCursor().position())

    def select_offsets(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- mouse and tooltips ---------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """The standard menu (copy, select all) followed by the claim actions.

        A right click outside the selected text first puts the cursor there and selects the claim
        under it: the menu's actions (split at cursor, dismiss, delete) act on what was clicked,
        not on another claim selected earlier, perhaps out of sight.
        """
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            position = self.cursorForPosition(event.pos()).position()
            cursor = self.textCursor()
            if not (cursor.hasSelection() and cursor.selectionStart() <= position < cursor.selectionEnd()):
                cursor.setPosition(position)
                self.setTextCursor(cursor)
                claim_id = self.claim_at(position)
                if claim_id is not None and claim_id != self.selected:
                    self.claimClicked.emit(claim_id)
        menu = self.createStandardContextMenu(event.pos())
        # The menu is the interface's, not the article's: left to right in English (it took the
        # view's right-to-left direction, shortcuts on the left, as seen under Xvfb).
        menu.setLayoutDirection(QApplication.layoutDirection())
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _edge_at(self, point: QPoint) -> tuple[int, int] | None:
        """(claim id, fixed end) if ``point`` is on the start or end of the selected claim."""
        claim = self.claims.get(self.selected) if self.selected is not None else None
        if claim is None:
            return None
        position = self.cursorForPosition(point).position()
        start, end = self.offsets.to_qt(claim.start), self.offsets.to_qt(claim.end)
        if abs(position - start) <= 1:
            return claim.id, end
        if abs(position - end) <= 1:
            return claim.id, start
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Pressing on an end of the selected claim drags that end (the other stays)."""
        edge = self._edge_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if edge is None:
            super().mousePressEvent(event)
            return
        self._drag = edge
        self._pressed_at = event.position().toPoint()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = event.position().toPoint()
        if self._drag is not None:
            cursor = self.textCursor()
            cursor.setPosition(self._drag[1])
            cursor.setPosition(self.cursorForPosition(point).position(), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)  # the new span, previewed as a selection
            return
        super().mouseMoveEvent(event)
        over_edge = event.buttons() == Qt.MouseButton.NoButton and self._edge_at(point) is not None
        self.viewport().setCursor(Qt.CursorShape.SplitHCursor if over_edge else Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            claim_id, fixed = self._drag
            self._drag = None
            moved = self.cursorForPosition(event.position().toPoint()).position()
            cursor = self.textCursor()
            cursor.clearSelection()
            distance = (event.position().toPoint() - self._pressed_at).manhattanLength()
            if distance < QApplication.startDragDistance():  # a click on the claim's end: not a drag
                cursor.setPosition(moved)
                self.setTextCursor(cursor)
                self.claimClicked.emit(claim_id)
                return
            self.setTextCursor(cursor)
            start, end = sorted((fixed, moved))
            if end > start:
                self.spanDragged.emit(claim_id, self.offsets.from_qt(start), self.offsets.from_qt(end))
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            cid = self.claim_at(self.cursorForPosition(event.position().toPoint()).position())
            if cid is not None:
                self.claimClicked.emit(cid)

    def tooltip_text(self, claim_id: int) -> str:
        claim = self.claims[claim_id]
        lines = [self.tr("Status: %1").replace("%1", status_labels().get(claim.status, claim.status)),
                 self.tr("Kind: %1").replace("%1", kind_labels().get(claim.kind, claim.kind))]
        rating = self.ratings.get(claim.verdict or "")
        if rating:
            lines.append(self.tr("Verdict: %1").replace("%1", rating.label(self.language)))
        if claim.score is not None:
            lines.append(self.tr("Score: %1").replace("%1", f"{claim.score:.2f}"))
        if claim.reasons:
            reasons = ("، " if self.language == "ar" else ", ").join(reason_label(r, self.language) for r in claim.reasons)
            lines.append(self.tr("Reasons: %1").replace("%1", reasons))
        if claim.speaker:
            lines.append(self.tr("Speaker: %1").replace("%1", claim.speaker))
        if claim.conflicts:
            lines.append(self.tr("Conflicts with another figure: %1").replace("%1", "؛ ".join(claim.conflicts)))
        return "\n".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            pos: QPoint = event.pos()  # type: ignore[attr-defined]
            cid = self.claim_at(self.cursorForPosition(pos).position())
            if cid is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(cid), self)  # type: ignore[attr-defined]
            return True
        return super().viewportEvent(event)

    # -- zoom -----------------------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        self.zoom_steps = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        font = self.font()
        font.setPointSizeF(BASE_POINT_SIZE + self.zoom_steps * ZOOM_STEP)
        self.setFont(font)

    def zoom_by(self, delta: int) -> None:
        self.set_zoom(self.zoom_steps + delta)
