"""Reading back what the article view painted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from ui.article_view import ArticleView


def format_at(view: ArticleView, offset: int) -> QTextCharFormat | None:
    """The highlighter's format at a code-point offset (None if unformatted)."""
    position = view.offsets.to_qt(offset)
    block = view.document().findBlock(position)
    local = position - block.position()
    for rng in block.layout().formats():
        if rng.start <= local < rng.start + rng.length:
            return QTextCharFormat(rng.format)
    return None


def background_at(view: ArticleView, offset: int) -> QColor | None:
    fmt = format_at(view, offset)
    return fmt.background().color() if fmt is not None else None


def same_rgb(a: QColor | None, b: str) -> bool:
    return a is not None and a.name().lower() == QColor(b).name().lower()


def settle(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    """Wait until the commands asked for have run (they run on the thread pool, one at a time)."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
