"""Sanad's Arabic claim-analysis engine (Qt-free).

``analyze(text)`` splits an article into sentences/clauses, finds figures and dates, who
said what (speaker, reporting verb, channel), scores each unit's check-worthiness with
reasons and a kind, and links claims that give conflicting figures.
"""

from __future__ import annotations

from app.analysis.engine import HIGHLIGHT_THRESHOLD, analyze, detect_language, score_text
from app.analysis.normalize import normalize_key
from app.analysis.scoring import REASON_LABELS
from app.analysis.segment import segment

__all__ = [
    "HIGHLIGHT_THRESHOLD",
    "REASON_LABELS",
    "analyze",
    "detect_language",
    "normalize_key",
    "score_text",
    "segment",
]
