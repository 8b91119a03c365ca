"""The default verdict scale, seeded Arabic-first (editable afterwards)."""

from __future__ import annotations

DEFAULT_RATINGS: tuple[dict[str, object], ...] = (
    {"key": "true", "label_ar": "صحيح", "label_en": "True", "value": 6, "color": "#2E7D32", "position": 1},
    {"key": "mostly_true", "label_ar": "صحيح جزئياً", "label_en": "Mostly true", "value": 5, "color": "#7CB342", "position": 2},
    {"key": "misleading", "label_ar": "مضلل", "label_en": "Misleading", "value": 4, "color": "#F9A825", "position": 3},
    {"key": "out_of_context", "label_ar": "خارج السياق", "label_en": "Out of context", "value": 3, "color": "#EF6C00", "position": 4},
    {"key": "false", "label_ar": "خاطئ", "label_en": "False", "value": 2, "color": "#C62828", "position": 5},
    {"key": "fabricated", "label_ar": "مفبرك", "label_en": "Fabricated", "value": 1, "color": "#6A1B9A", "position": 6},
    {"key": "unverifiable", "label_ar": "غير قابل للتحقق", "label_en": "Unverifiable", "value": 0, "color": "#607D8B", "position": 7},
)
RATING_BEST = 6
RATING_WORST = 1
