"""End-to-end figures on whole news articles written and annotated for Sanad.

``python -m benchmarks.articles [--split dev|test|test2|test3] [--details]`` analyses each article of
``benchmarks/articles/{dev,test,test2,test3}/`` with its publication date and prints, for each split
(``test`` has been studied since it was written, so it is no longer unseen; ``test2`` and
``test3`` were written and committed before the engine was run on them):

- claims: precision, recall and F1 of the highlighted units (score ≥ the highlight threshold).
  A gold claim is found when a highlighted unit overlaps it by at least half of the shorter of
  the two spans. A highlighted unit that overlaps no gold claim is a false positive, unless it
  overlaps an ``ignore`` span (a headline, an attributed opinion ...) that way: it is then not
  counted at all.
- AP: average precision of the ranking of every unit by score (ties in text order). A unit is a
  hit when it finds a gold claim not found by a higher-ranked unit; a second unit on an already
  found claim, or one on an ignore span, is left out of the ranking; the sum is divided by the
  number of gold claims (a claim never found adds 0).
- speaker accuracy over the found claims (the highlighted unit overlapping the claim most):
  exact (the speaker's text equals one of the gold spellings after ``normalize_key``, or both
  are absent) and lenient (one contains the other).
- figures: each gold figure is paired with the extracted figure (of any unit) overlapping it
  most. Recall of value / unit / qualifier: gold figures (with a unit / a qualifier) whose pair
  has the same value / unit / qualifier. Precision: over the extracted figures that start inside
  a gold claim (with a unit / a qualifier), those paired with a gold figure having the same one.
  Units compare by their lexicon key (``قتيلاً`` = ``قتلى``), else by normalised text; an
  extracted unit that is the counted noun as written in the gold figure's text also counts.
- dates: recall of gold dates by an overlapping extracted date with the same value and calendar.

Deterministic: no randomness, no timing. Exit code 2 when an annotation does not match its text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.analysis import analyze, normalize_key
from app.analysis.numwords import lookup_unit
from app.analysis.types import AnalysisResult, Quantity, Unit

ROOT = Path(__file__).resolve().parent / "articles"
SPLITS = ("dev", "test", "test2", "test3")
_PERCENT_KEYS = {normalize_key(w) for w in ("%", "٪", "في المئة", "بالمئة", "في المائة", "بالمائة")}


@dataclass
class Counts:
    gold_claims: int = 0
    found: int = 0
    detected: int = 0  # highlighted units counted for precision (not on an ignore span only)
    detected_ok: int = 0
    ap_sum: float = 0.0
    speaker_exact: int = 0
    speaker_lenient: int = 0
    fig: dict[str, list[int]] = field(default_factory=dict)  # name -> [hits, total]
    date_hits: int = 0
    date_total: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, name: str, hit: bool, n: int = 1) -> None:
        pair = self.fig.setdefault(name, [0, 0])
        pair[0] += int(hit)
        pair[1] += n

    def merge(self, other: Counts) -> None:
        for name in ("gold_claims", "found", "detected", "detected_ok", "ap_sum", "speaker_exact",
                     "speaker_lenient", "date_hits", "date_total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name, (hits, total) in other.fig.items():
            pair = self.fig.setdefault(name, [0, 0])
            pair[0] += hits
            pair[1] += total
        self.failures.extend(other.failures)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap of at least half the shorter span."""
    return _overlap(a, b) * 2 >= min(a[1] - a[0], b[1] - b[0]) > 0


def _span(text: str, needle: str, where: str, offset: int = 0, within: int | None = None) -> tuple[int, int]:
    i = text.find(needle, offset, within)
    if i < 0 or (within is None and text.count(needle) != 1):
        raise ValueError(f"{where}: annotation not found exactly once in the text: {needle!r}")
    return i, i + len(needle)


def _unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    key = normalize_key(unit)
    if key in _PERCENT_KEYS:
        return "%"
    entry = lookup_unit(key)
    if entry is not None:
        return entry.key
    return key[:-1] if len(key) > 3 and key.endswith("ا") else key


def _pred_unit_key(q: Quantity) -> str | None:
    if q.unit is None:
        return None
    return q.unit_key or _unit_key(q.unit)


def _unit_ok(q: Quantity, f: dict[str, Any]) -> bool:
    """The same counted noun: equal lexicon keys, or the extracted unit is the word written in the
    gold figure (``خمسة مراكز``: ``مراكز``, whatever singular the annotator gave)."""
    if _pred_unit_key(q) == _unit_key(f["unit"]):
        return True
    if q.unit is None or f["unit"] is None:
        return False
    return _unit_key(q.unit) in {_unit_key(w) for w in f["text"].split()}


def _speaker_keys(gold: str | list[str] | None) -> list[str]:
    if gold is None:
        return []
    return [normalize_key(s) for s in ([gold] if isinstance(gold, str) else gold)]


def _strip_conj(key: str) -> str:
    return key[1:] if key.startswith("و") and len(key) > 3 else key


def _speaker_ok(pred: Unit, gold: str | list[str] | None) -> tuple[bool, bool]:
    keys = [_strip_conj(k) for k in _speaker_keys(gold)]
    got = _strip_conj(normalize_key(pred.speaker.text)) if pred.speaker and pred.speaker.text else ""
    if not keys or not got:
        return (not keys and not got), (not keys and not got)
    exact = got in keys
    lenient = exact or any(k in got or got in k for k in keys)
    return exact, lenient


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def evaluate(text: str, gold: dict[str, Any], result: AnalysisResult, name: str) -> Counts:
    c = Counts()
    claims = [(_span(text, g["text"], name), g) for g in gold["claims"]]
    ignores = [_span(text, s, name) for s in gold.get("ignore", [])]
    c.gold_claims = len(claims)
    highlighted = result.claims

    # claims found, precision
    best: dict[int, Unit] = {}
    for u in highlighted:
        us = (u.start, u.end)
        hits = [k for k, (gs, _g) in enumerate(claims) if _matches(us, gs)]
        if hits:
            c.detected += 1
            c.detected_ok += 1
            for k in hits:
                if k not in best or _overlap(us, claims[k][0]) > _overlap((best[k].start, best[k].end), claims[k][0]):
                    best[k] = u
        elif not any(_matches(us, ig) for ig in ignores):
            c.detected += 1
            c.failures.append(f"{name}: FALSE POSITIVE {u.score:.2f} {u.kind} {u.text!r}")
    c.found = len(best)

    # AP over every unit
    ranked = sorted(result.units, key=lambda u: (-u.score, u.start))
    seen: set[int] = set()
    rank = hits_so_far = 0
    for u in ranked:
        us = (u.start, u.end)
        new = [k for k, (gs, _g) in enumerate(claims) if k not in seen and _matches(us, gs)]
        if not new:
            if any(_matches(us, gs) for gs, _g in claims) or any(_matches(us, ig) for ig in ignores):
                continue  # a second unit on a found claim, or on an ignore span
            rank += 1
            continue
        rank += 1
        seen.add(new[0])
        hits_so_far += 1
        c.ap_sum += hits_so_far / rank

    for k, ((_gs, g)) in enumerate(claims):
        if k not in best:
            unit_scores = [f"{u.score:.2f}" for u in result.units if _matches((u.start, u.end), claims[k][0])]
            c.failures.append(f"{name}: MISSED (unit scores {', '.join(unit_scores)}) {g['text']!r}")
            continue
        exact, lenient = _speaker_ok(best[k], g["speaker"])
        c.speaker_exact += exact
        c.speaker_lenient += lenient
        if not exact:
            sp = best[k].speaker
            c.failures.append(
                f"{name}: SPEAKER got {sp.text if sp else None!r} want {g['speaker']!r} in {g['text'][:60]!r}"
            )

    # figures
    all_q = [q for u in result.units for q in u.quantities]
    used: set[int] = set()
    pair_of: dict[int, dict[str, Any]] = {}  # index into all_q -> gold figure
    gold_figs: list[tuple[tuple[int, int], dict[str, Any]]] = []
    for (cs, g) in claims:
        for f in g["figures"]:
            gold_figs.append((_span(text, f["text"], name, cs[0], cs[1]), f))
    for fs, f in gold_figs:
        cands = [(i, _overlap(fs, (q.start, q.end))) for i, q in enumerate(all_q) if i not in used]
        cands = [(i, o) for i, o in cands if o > 0]
        if not cands:
            c.add("value_recall", False)
            if f["unit"] is not None:
                c.add("unit_recall", False)
            if f["qualifier"] is not None:
                c.add("qualifier_recall", False)
            c.failures.append(f"{name}: FIGURE MISSED {f['text']!r}")
            continue
        i = max(cands, key=lambda x: (x[1], -x[0]))[0]
        used.add(i)
        pair_of[i] = f
        q = all_q[i]
        c.add("value_recall", _same_value(q.value, f["value"]))
        if f["unit"] is not None:
            c.add("unit_recall", _unit_ok(q, f))
        if f["qualifier"] is not None:
            c.add("qualifier_recall", q.qualifier == f["qualifier"])
        if (
            not _same_value(q.value, f["value"])
            or not _unit_ok(q, f)
            or q.qualifier != f["qualifier"]
        ):
            c.failures.append(
                f"{name}: FIGURE {q.text!r} got ({q.value:g}, {q.unit!r}/{q.unit_key!r}, {q.qualifier}) "
                f"want ({f['value']:g}, {f['unit']!r}, {f['qualifier']})"
            )
    for i, q in enumerate(all_q):
        if not any(cs[0] <= q.start < cs[1] for cs, _g in claims):
            continue
        f = pair_of.get(i)
        c.add("value_precision", f is not None and _same_value(q.value, f["value"]))
        if f is None:
            c.failures.append(f"{name}: FIGURE EXTRA {q.text!r} ({q.value:g}, {q.unit!r})")
        if q.unit is not None:
            c.add("unit_precision", f is not None and _unit_ok(q, f))
        if q.qualifier is not None:
            c.add("qualifier_precision", f is not None and q.qualifier == f["qualifier"])

    # dates
    all_d = [d for u in result.units for d in u.dates]
    for (cs, g) in claims:
        for gd in g["dates"]:
            ds = _span(text, gd["text"], name, cs[0], cs[1])
            values = [gd["value"]] if isinstance(gd["value"], str) else gd["value"]
            ok = any(
                _overlap(ds, (d.start, d.end)) > 0 and d.value in values and d.calendar == gd["calendar"]
                for d in all_d
            )
            c.date_total += 1
            c.date_hits += ok
            if not ok:
                got = [(d.text, d.value, d.calendar) for d in all_d if _overlap(ds, (d.start, d.end)) > 0]
                c.failures.append(f"{name}: DATE {gd['text']!r} want {values} {gd['calendar']}, got {got}")
    return c


def articles(split: str) -> Iterable[tuple[str, str, dict[str, Any]]]:
    for path in sorted((ROOT / split).glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        yield path.stem, path.read_text(encoding="utf-8"), gold


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def report(split: str, counts: Counts, n_articles: int) -> list[str]:
    p = counts.detected_ok / counts.detected if counts.detected else 0.0
    r = counts.found / counts.gold_claims if counts.gold_claims else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    lines = [
        f"{split}: {n_articles} articles, {counts.gold_claims} gold claims",
        f"  claims: precision={p:.3f} ({counts.detected_ok}/{counts.detected}) "
        f"recall={r:.3f} ({counts.found}/{counts.gold_claims}) F1={f:.3f}",
        f"  ranking: AP={counts.ap_sum / counts.gold_claims if counts.gold_claims else 0.0:.3f}",
        f"  speaker accuracy on found claims: exact={_ratio(counts.speaker_exact, counts.found)} "
        f"lenient={_ratio(counts.speaker_lenient, counts.found)}",
    ]
    for what in ("value", "unit", "qualifier"):
        pr, rc = counts.fig.get(f"{what}_precision", [0, 0]), counts.fig.get(f"{what}_recall", [0, 0])
        lines.append(f"  figure {what}: precision={_ratio(*pr)} recall={_ratio(*rc)}")
    lines.append(f"  date value recall={_ratio(counts.date_hits, counts.date_total)}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.articles", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append", help="only this split (repeatable)")
    parser.add_argument("--details", action="store_true", help="list each miss, false positive and wrong field")
    args = parser.parse_args(argv)
    for split in args.split or SPLITS:
        total = Counts()
        n = 0
        for name, text, gold in articles(split):
            published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
            result = analyze(text, published)
            try:
                total.merge(evaluate(result_text(text), gold, result, f"{split}/{name}"))
            except ValueError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            n += 1
        print("\n".join(report(split, total, n)))
        if args.details:
            print("\n".join(f"    {line}" for line in total.failures))
    return 0


def result_text(text: str) -> str:
    """The text the engine's offsets index (``\\r\\n`` → ``\\n``)."""
    return text.replace("\r\n", "\n")


if __name__ == "__main__":
    raise SystemExit(main())
