"""Conflicting figures inside one article.

Two claims conflict when they count the same thing — the same unit, refined by the event
next to the figure (``25 شخصاً لقوا حتفهم`` counts قتيل like ``27 قتيلاً``) — about comparable
events (same event class, both forecasts or both not, no different years), with values that
cannot both be true once qualifiers are applied (``أكثر من 25`` does not contradict ``27``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from app.analysis.lexicon import past_forms, table
from app.analysis.normalize import normalize_key
from app.analysis.segment import sentences
from app.analysis.tokens import Token, clitic_variants, tokenize
from app.analysis.types import Conflict, DateMention, Quantity, Unit

ABOUT_TOLERANCE = 0.1
WINDOW_AFTER, WINDOW_BEFORE = 4, 3
REFINED_UNIT = {"death": "قتيل", "injury": "جريح", "displacement": "نازح", "arrest": "معتقل"}
FUTURE_KEYS = frozenset("سوف المقبل المقبله القادم القادمه مستقبلا".split())


@dataclass(frozen=True, slots=True)
class Figure:
    quantity: Quantity
    unit: str  # what is counted (a unit key, refined by the event)
    event: str | None
    future: bool
    years: frozenset[str]


@cache
def _event_classes() -> dict[str, str]:
    out = {}
    for word, cls in table("figure_events.tsv").items():
        out.update(dict.fromkeys(past_forms(word), cls))
    return out


@cache
def _person_units() -> frozenset[str]:
    return frozenset(normalize_key(w) for w in table("person_units.txt"))


def _event_of(tok: Token) -> str | None:
    classes = _event_classes()
    for v in clitic_variants(tok.key):
        if v in classes:
            return classes[v]
    return None


def _nearest_event(tokens: Sequence[Token], q: Quantity) -> str | None:
    after = [t for t in tokens if t.start >= q.end][:WINDOW_AFTER]
    before = [t for t in tokens if t.end <= q.start][-WINDOW_BEFORE:]
    inside = [t for t in tokens if q.start <= t.start and t.end <= q.end]
    for tok in [*inside, *after, *reversed(before)]:
        cls = _event_of(tok)
        if cls:
            return cls
    return None


def figures(text: str, unit: Unit, years: frozenset[str] = frozenset()) -> list[Figure]:
    """The figures of ``unit``; ``years`` are the years its sentence mentions."""
    tokens = tokenize(text, unit.start, unit.end)
    future = any(t.key in FUTURE_KEYS for t in tokens)
    out = []
    for q in unit.quantities:
        base = q.unit_key
        if base is None:
            nxt = [t for t in tokens if t.start >= q.end][:1]
            base = nxt[0].key if nxt and nxt[0].key in _person_units() else None
        event = _nearest_event(tokens, q)
        if base in _person_units() and event in REFINED_UNIT:
            base = REFINED_UNIT[event]
        if base is None:
            continue
        event = event or next((c for c, u in REFINED_UNIT.items() if normalize_key(u) == base), None)
        out.append(Figure(q, base, event, future, years))
    return out


def _interval(q: Quantity) -> tuple[float, float]:
    v = q.value
    if q.qualifier == "about":
        return v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)
    if q.qualifier in ("more_than", "at_least"):
        return v, math.inf
    if q.qualifier in ("less_than", "up_to"):
        return -math.inf, v
    return v, v


def _comparable(a: Figure, b: Figure) -> bool:
    if a.unit != b.unit or a.quantity.is_percent != b.quantity.is_percent or a.future != b.future:
        return False
    if a.event and b.event and a.event != b.event:
        return False
    return not (a.years and b.years and not a.years & b.years) and bool(a.years) == bool(b.years)


def _clash(a: Figure, b: Figure) -> bool:
    lo_a, hi_a = _interval(a.quantity)
    lo_b, hi_b = _interval(b.quantity)
    return hi_a < lo_b or hi_b < lo_a


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _label(f: Figure) -> str:
    if f.quantity.is_percent:
        return "%"
    refined = REFINED_UNIT.get(f.event or "")
    if refined and normalize_key(refined) == f.unit:
        return refined
    return f.quantity.unit or f.unit


def _sentence_years(text: str, claims: Sequence[Unit], dates: Sequence[DateMention]) -> list[frozenset[str]]:
    """Past years (before the article's latest year) that each claim's sentence mentions."""
    absolute = [(d.start, d.value[:4]) for d in dates if d.value and not d.relative]
    latest = max((d.value[:4] for d in dates if d.value), default="9999")
    spans = sentences(text)
    out = []
    for u in claims:
        s, e = next(((s, e) for s, e in spans if s <= u.start < e), (u.start, u.end))
        out.append(frozenset(year for at, year in absolute if s <= at < e and year < latest))
    return out


def find_conflicts(text: str, claims: Sequence[Unit], dates: Sequence[DateMention] = ()) -> list[Conflict]:
    """Conflicts between ``claims`` (indices into it); ``dates`` are all the article's dates."""
    years = _sentence_years(text, claims, dates)
    figs = [figures(text, u, y) for u, y in zip(claims, years, strict=True)]
    out = []
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            reason = _first_clash(figs[i], figs[j])
            if reason:
                out.append(Conflict(i, j, reason))
    return out


def _first_clash(fa: Sequence[Figure], fb: Sequence[Figure]) -> str | None:
    for a in fa:
        same = [b for b in fb if _comparable(a, b)]
        if same and all(_clash(a, b) for b in same):
            return f"{_fmt(a.quantity.value)} ≠ {_fmt(same[0].quantity.value)} {_label(a)}"
    return None


