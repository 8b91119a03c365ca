"""Sanad's Arabic claim-analysis engine (Qt-free).

``analyze(text)`` splits an article into sentences/clauses, finds figures and dates, who
said what (speaker, reporting verb, channel), scores each unit's check-worthiness with
reasons and a kind, and links claims that give conflicting figures.

The names below are loaded on first use (PEP 562): importing a submodule such as
``app.analysis.cli`` or ``app.analysis.types`` does not import the engine and camel-tools,
whose start-up builds Unicode tables for about a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Imported eagerly (it is light): the function shares its name with its module, and a
# later import of the module would otherwise shadow the function on this package.
from app.analysis.segment import segment
from app.lazy import lazy_exports

if TYPE_CHECKING:
    from app.analysis.engine import HIGHLIGHT_THRESHOLD, analyze, detect_language, score_text
    from app.analysis.normalize import normalize_key
    from app.analysis.scoring import REASON_LABELS

__all__ = [  # noqa: RUF022 - kept literal so that tools see the names
    "HIGHLIGHT_THRESHOLD", "REASON_LABELS", "analyze", "detect_language", "normalize_key", "score_text", "segment",
]
__getattr__ = lazy_exports(__name__, {
    "HIGHLIGHT_THRESHOLD": "app.analysis.engine", "analyze": "app.analysis.engine",
    "detect_language": "app.analysis.engine", "score_text": "app.analysis.engine",
    "normalize_key": "app.analysis.normalize", "REASON_LABELS": "app.analysis.scoring",
})
