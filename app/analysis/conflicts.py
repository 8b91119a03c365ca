"""Conflicting figures inside one article.

Two claims conflict when they give the same kind of figure (same ``unit_key``) about
comparable events (the same event verbs, or none in either) with values that cannot both be
true once qualifiers are taken into account (``أكثر من 25`` does not contradict ``27``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.analysis.lexicon import event_verb_keys
from app.analysis.tokens import Token, clitic_variants
from app.analysis.types import Conflict, Quantity, Unit

ABOUT_TOLERANCE = 0.1


def _interval(q: Quantity) -> tuple[float, float]:
    v = q.value
    if q.qualifier == "about":
        return v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)
    if q.qualifier in ("more_than", "at_least"):
        return v, math.inf
    if q.qualifier in ("less_than", "up_to"):
        return -math.inf, v
    return v, v


def _compatible(a: Quantity, b: Quantity) -> bool:
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def event_signature(tokens: Sequence[Token]) -> frozenset[str]:
    keys = event_verb_keys()
    out = set()
    for t in tokens:
        for v in clitic_variants(t.key):
            if v in keys:
                out.add(v.rstrip("ت").removesuffix("وا"))
    return frozenset(out)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def find_conflicts(claims: Sequence[Unit], signatures: Sequence[frozenset[str]]) -> list[Conflict]:
    """Conflicts between ``claims`` (indices into it); ``signatures[i]`` = event words of claim i."""
    out = []
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if signatures[i] and signatures[j] and not signatures[i] & signatures[j]:
                continue
            reason = _first_clash(claims[i].quantities, claims[j].quantities)
            if reason:
                out.append(Conflict(i, j, reason))
    return out


def _first_clash(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> str | None:
    for a in qa:
        if not a.unit_key:
            continue
        same = [b for b in qb if b.unit_key == a.unit_key and b.is_percent == a.is_percent]
        if same and not any(_compatible(a, b) for b in same):
            b = same[0]
            unit = "%" if a.is_percent else (a.unit or a.unit_key)
            return f"{_fmt(a.value)} ≠ {_fmt(b.value)} {unit}"
    return None
