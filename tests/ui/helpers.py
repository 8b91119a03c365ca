"""Reading back what the article view painted."""

from __future__ import annotations

from pathlib import Path

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


def reviewed_elsewhere(bundle: Path, needle: str, verdict: str, folder: Path) -> Path:
    """``bundle`` imported in a second database where the claim quoting ``needle`` gets ``verdict``,
    and exported back: importing the returned bundle flags that claim (reviewed on both sides)."""
    from app.bundles import export_bundle, import_bundle
    from app.services import claims, queries
    from app.services.core import Workspace
    from app.storage.database import Database

    second = Workspace(Database(str(folder / "second.sqlite3")), "other")
    try:
        import_bundle(second, bundle)
        with second.db.read_session() as s:
            claim = next(c for c in queries.article_claims(s, queries.article_summaries(s)[0].id) if needle in c.quote)
        claims.set_verdict(second, claim.id, verdict)
        export_bundle(second.db, [claim.article_id], folder / "back.sanad")
    finally:
        second.db.close()
    return folder / "back.sanad"
