"""Fit the check-worthiness weights on Sanad's own examples.

``python -m app.analysis.fit_weights`` reads every ``resources/lexicons/checkworthy_examples*.tsv``
(sentences written for Sanad, labelled by hand: news, speech, social media), computes each
one's features exactly as ``score_text`` does, and fits a logistic regression whose weights
are pulled towards the hand-set prior in :mod:`app.analysis.scoring` (L2 towards the prior,
deterministic batch gradient descent). It writes ``resources/lexicons/scoring_weights.json``,
which scoring loads. A test refits and compares, so the committed weights are reproducible.

``python -m app.analysis.fit_weights --report`` writes nothing: it prints, on these examples
only, 5-fold cross-validated figures and, for each example file, the figures of a fit on the
other files (does what is learnt on one genre carry over to another?). The CLEF and Wojood
evaluation data are never used here.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.analysis.lexicon import LEXICONS, _read_rows, write_generated
from app.analysis.scoring import (
    LENGTH_REF,
    PRIOR_BIAS,
    PRIOR_WEIGHTS,
    WEIGHTS_FILE,
    length_term,
    line_features,
    probability,
)

EXAMPLES_GLOB = "checkworthy_examples*.tsv"
L2 = 1.0
STEPS = 3000
RATE = 0.1
FOLDS = 5

# (features, label, words); words may be left out (LENGTH_REF: no length effect).
Example = tuple[frozenset[str], int] | tuple[frozenset[str], int, int]


def example_files() -> list[Path]:
    return sorted(LEXICONS.glob(EXAMPLES_GLOB))


def examples(paths: Sequence[Path] | None = None) -> list[Example]:
    """(features, label, words) of every example in ``paths`` (default: all example files)."""
    out: list[Example] = []
    for path in example_files() if paths is None else paths:
        for row in _read_rows(path):
            label, sentence = int(row[0]), row[1]
            feats = line_features(sentence)
            out.append((feats.present, label, feats.words))
    return out


def fit(data: Sequence[Example]) -> tuple[float, dict[str, float]]:
    names = sorted(PRIOR_WEIGHTS)
    w = {k: PRIOR_WEIGHTS[k] for k in names}
    b = PRIOR_BIAS
    n = len(data)
    # Examples with the same features, length and label are one weighted term of the gradient.
    counts = Counter((ex[0], ex[1], ex[2] if len(ex) > 2 else LENGTH_REF) for ex in data)
    groups = [
        (tuple(k for k in present if k in w), y, length_term(words), c / n)
        for (present, y, words), c in counts.items()
    ]
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        grad_b = 0.0
        for present, y, length, share in groups:
            z = b + sum(w[k] for k in present) + w["length"] * length
            err = (probability(z) - y) * share
            grad_b += err
            grad["length"] += err * length
            for k in present:
                grad[k] += err
        for k in names:
            grad[k] += L2 * (w[k] - PRIOR_WEIGHTS[k]) / n
            w[k] -= RATE * grad[k]
        b -= RATE * (grad_b + L2 * (b - PRIOR_BIAS) / n)
    return round(b, 3), {k: round(v, 3) for k, v in w.items()}


def predict(model: tuple[float, dict[str, float]], present: frozenset[str], words: int = LENGTH_REF) -> float:
    bias, w = model
    return probability(bias + sum(w.get(k, 0.0) for k in present) + w.get("length", 0.0) * length_term(words))


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Mean precision at each positive, best score first (ties in input order)."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda x: -x[0])
    hits = 0
    total = 0.0
    for rank, (_s, y) in enumerate(ranked, 1):
        if y:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def f1(pred: Sequence[int], gold: Sequence[int], positive: int) -> float:
    pairs = list(zip(pred, gold, strict=True))
    tp = sum(1 for p, g in pairs if p == positive and g == positive)
    wrong = sum(1 for p, g in pairs if (p == positive) != (g == positive))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def macro_f1(scores: Sequence[float], labels: Sequence[int], threshold: float) -> float:
    pred = [1 if s >= threshold else 0 for s in scores]
    return (f1(pred, labels, 1) + f1(pred, labels, 0)) / 2


def figures(scores: Sequence[float], labels: Sequence[int], threshold: float) -> str:
    return (
        f"AP={average_precision(scores, labels):.3f} macro-F1@{threshold:.2f}="
        f"{macro_f1(scores, labels, threshold):.3f} (n={len(labels)}, positives={sum(labels)})"
    )


def cross_validated(data: Sequence[Example], folds: int = FOLDS) -> tuple[list[float], list[int]]:
    """Each example scored by a fit on the other folds (example ``i`` is in fold ``i % folds``)."""
    scores = [0.0] * len(data)
    for k in range(folds):
        model = fit([ex for i, ex in enumerate(data) if i % folds != k])
        for i in range(k, len(data), folds):
            scores[i] = predict(model, *_features_and_words(data[i]))
    return scores, [ex[1] for ex in data]


def _features_and_words(ex: Example) -> tuple[frozenset[str], int]:
    return ex[0], ex[2] if len(ex) > 2 else LENGTH_REF


def report(threshold: float, out: TextIO = sys.stdout) -> None:
    files = example_files()
    by_file = {p: examples([p]) for p in files}
    scores, labels = cross_validated([ex for p in files for ex in by_file[p]])
    print(f"{FOLDS}-fold cross-validation, all files: {figures(scores, labels, threshold)}", file=out)
    best = max((t / 100 for t in range(20, 81, 5)), key=lambda t: macro_f1(scores, labels, t))
    print(f"  best threshold on these folds: {best:.2f} ({macro_f1(scores, labels, best):.3f})", file=out)
    from app.analysis.engine import CLAIM_THRESHOLD

    recall = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= CLAIM_THRESHOLD) / max(1, sum(labels))
    below = sum(1 for s, y in zip(scores, labels, strict=True) if not y and s < CLAIM_THRESHOLD)
    print(f"  at the claim threshold {CLAIM_THRESHOLD}: recall of the check-worthy {recall:.3f}, "
          f"{below}/{len(labels) - sum(labels)} of the others below", file=out)
    if len(files) < 2:
        return
    for held in files:
        model = fit([ex for p in files if p != held for ex in by_file[p]])
        data = by_file[held]
        held_scores = [predict(model, *_features_and_words(ex)) for ex in data]
        print(f"held out {held.name}: {figures(held_scores, [ex[1] for ex in data], threshold)}", file=out)


def build_json() -> str:
    bias, weights = fit(examples())
    return json.dumps({"bias": bias, "weights": weights}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--report" in args:
        from app.analysis.engine import HIGHLIGHT_THRESHOLD

        report(HIGHLIGHT_THRESHOLD)
        return 0
    return write_generated(argv, __doc__ or "", WEIGHTS_FILE, build_json)


if __name__ == "__main__":
    raise SystemExit(main())
