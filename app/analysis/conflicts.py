"""Conflicting figures inside one article.

Two claims conflict when they count the same thing — the same unit, refined by the event
next to the figure (``25 شخصاً لقوا حتفهم`` counts قتيل like ``27 قتيلاً``) — about comparable
events (same event class, both forecasts or both not, no different years), with values that
cannot both be true once qualifiers are applied (``أكثر من 25`` does not contradict ``27``).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from app.analysis.lexicon import past_forms, table
from app.analysis.normalize import normalize_key
from app.analysis.tokens import Token, clitic_variants
from app.analysis.types import Conflict, DateMention, Quantity, Unit

ABOUT_TOLERANCE = 0.1
# Two accounts of one figure differ (25 or 27 dead, 138 or "more than 200" wounded); figures
# more than this many times apart count different things (a price and a budget, one village's
# dead and a war's) and are not set against each other.
SAME_THING_RATIO = 10.0
WINDOW_AFTER, WINDOW_BEFORE = 4, 3
MAX_LINKS, LOOKBACK = 3, 40
REFINED_UNIT = {"death": "قتيل", "injury": "جريح", "displacement": "نازح", "arrest": "معتقل"}


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


@lru_cache(maxsize=100_000)
def _event_of(key: str) -> str | None:
    """The event class of a token key (clitics peeled), memoised: words repeat in an article."""
    classes = _event_classes()
    for v in clitic_variants(key):
        if v in classes:
            return classes[v]
    return None


def _nearest_event(tokens: Sequence[Token], starts: Sequence[int], q: Quantity) -> str | None:
    """The event class of the words inside the figure, then just after it, then just before."""
    first_in = bisect.bisect_left(starts, q.start)
    first_after = bisect.bisect_left(starts, q.end)
    inside = tokens[first_in:first_after]
    after = tokens[first_after : first_after + WINDOW_AFTER]
    before = tokens[max(0, first_in - WINDOW_BEFORE) : first_in]
    for tok in [*inside, *after, *reversed(before)]:
        cls = _event_of(tok.key)
        if cls:
            return cls
    return None


def _percent_of(tokens: Sequence[Token], starts: Sequence[int], q: Quantity) -> str:
    """What a percentage is a share of: ``40% من الأطفال`` → %اطفال; a rate of change
    (``بنسبة 30%``) → %rate; otherwise % alone. Only the same kind of share is compared."""
    first_in = bisect.bisect_left(starts, q.start)
    after = bisect.bisect_left(starts, q.end)
    if any(t.key == "بنسبه" for t in tokens[max(0, first_in - 1) : after]):
        return "%rate"
    if after + 1 < len(tokens) and tokens[after].key == "من":
        return "%" + clitic_variants(tokens[after + 1].key)[-1]
    return "%"


@cache
def _unit_events() -> dict[str, str]:
    return {normalize_key(unit): event for event, unit in REFINED_UNIT.items()}


def figures(
    unit: Unit, tokens: Sequence[Token], years: frozenset[str] = frozenset(), future: bool = False
) -> list[Figure]:
    """The figures of ``unit`` (whose tokens are ``tokens``).

    ``years``: the past years its sentence mentions; ``future``: it speaks of what will be.
    """
    if not unit.quantities:
        return []
    starts = [t.start for t in tokens]
    persons = _person_units()
    out = []
    for q in unit.quantities:
        base = _percent_of(tokens, starts, q) if q.is_percent else q.unit_key
        if base is None:
            k = bisect.bisect_left(starts, q.end)
            base = tokens[k].key if k < len(tokens) and tokens[k].key in persons else None
        event = _nearest_event(tokens, starts, q)
        if base in persons and event in REFINED_UNIT:
            base = REFINED_UNIT[event]
        if base is None:
            continue
        out.append(Figure(q, base, event or _unit_events().get(base), future, years))
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
    va, vb = abs(a.quantity.value), abs(b.quantity.value)
    if va and vb and max(va, vb) / min(va, vb) > SAME_THING_RATIO:
        return False  # 18 dinars and 75 million dinars: two different things counted, not one told twice
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


def _sentence_years(
    claims: Sequence[Unit], sents: Sequence[tuple[int, int]], dates: Sequence[DateMention]
) -> list[frozenset[str]]:
    """Past years (before the article's latest year) that each claim's sentence mentions."""
    latest = max((d.value[:4] for d in dates if d.value), default="9999")
    absolute = sorted((d.start, d.value[:4]) for d in dates if d.value and not d.relative and d.value[:4] < latest)
    at = [a for a, _y in absolute]
    starts = [s for s, _e in sents]
    out = []
    for u in claims:
        k = bisect.bisect_right(starts, u.start) - 1
        s, e = sents[k] if k >= 0 else (u.start, u.end)
        out.append(frozenset(y for _a, y in absolute[bisect.bisect_left(at, s) : bisect.bisect_left(at, e)]))
    return out


def find_conflicts(
    claims: Sequence[Unit],
    tokens: Sequence[Sequence[Token]],
    sents: Sequence[tuple[int, int]],
    dates: Sequence[DateMention] = (),
    future: Sequence[bool] | None = None,
) -> list[Conflict]:
    """Conflicts between ``claims`` (indices into it).

    ``tokens[i]`` are claim i's tokens and ``future[i]`` whether it speaks of the future
    (``future.txt``), ``sents`` the article's sentence spans and ``dates`` all its dates. Only claims that count the same unit are compared; each claim is linked to
    at most MAX_LINKS earlier claims among the LOOKBACK nearest, so that a long document
    cannot produce a quadratic number of links.
    """
    futures = future if future is not None else [False] * len(claims)
    if len(tokens) != len(claims) or len(futures) != len(claims):
        raise ValueError("find_conflicts: claims, tokens and future differ in length")
    counted = [i for i, u in enumerate(claims) if u.quantities]  # only these have figures
    years = _sentence_years([claims[i] for i in counted], sents, dates)
    by_unit: dict[str, dict[int, list[Figure]]] = {}
    for i, y in zip(counted, years, strict=True):
        for f in figures(claims[i], tokens[i], y, futures[i]):
            by_unit.setdefault(f.unit, {}).setdefault(i, []).append(f)
    reasons: dict[tuple[int, int], str] = {}
    for per_claim in by_unit.values():
        order = sorted(per_claim)
        for pos, j in enumerate(order):
            found = 0
            for i in reversed(order[max(0, pos - LOOKBACK) : pos]):
                if found >= MAX_LINKS:
                    break
                if (i, j) in reasons:
                    continue
                reason = _pair_clash(per_claim[i], per_claim[j])
                if reason:
                    reasons[(i, j)] = reason
                    found += 1
    return [Conflict(i, j, r) for (i, j), r in sorted(reasons.items())]


def _pair_clash(fa: Sequence[Figure], fb: Sequence[Figure]) -> str | None:
    """A reason when some figure of ``fa`` contradicts every comparable figure of ``fb``."""
    for a in fa:
        same = [b for b in fb if _comparable(a, b)]
        if same and all(_clash(a, b) for b in same):
            return _reason(a, same[0])
    return None


def _reason(a: Figure, b: Figure) -> str:
    return f"{_fmt(a.quantity.value)} ≠ {_fmt(b.quantity.value)} {_label(a)}"
