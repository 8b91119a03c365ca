"""Fit the check-worthiness weights on Sanad's own examples.

``python -m app.analysis.fit_weights`` reads ``resources/lexicons/checkworthy_examples.tsv``
(sentences written for Sanad, labelled by hand), computes each one's features exactly as
``score_text`` does, and fits a logistic regression whose weights are pulled towards the
hand-set prior in :mod:`app.analysis.scoring` (L2 towards the prior, deterministic batch
gradient descent). It writes ``resources/lexicons/scoring_weights.json``, which scoring
loads. A test refits and compares, so the committed weights are reproducible. The CLEF and
Wojood evaluation data are never used here.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from app.analysis.lexicon import LEXICONS, _read_rows, write_generated
from app.analysis.scoring import PRIOR_BIAS, PRIOR_WEIGHTS, WEIGHTS_FILE, line_features

EXAMPLES_FILE = LEXICONS / "checkworthy_examples.tsv"
L2 = 1.0
STEPS = 3000
RATE = 0.1


def examples(path: Path = EXAMPLES_FILE) -> list[tuple[frozenset[str], int]]:
    out = []
    for row in _read_rows(path):
        label, sentence = int(row[0]), row[1]
        out.append((line_features(sentence).present, label))
    return out


def fit(data: list[tuple[frozenset[str], int]]) -> tuple[float, dict[str, float]]:
    names = sorted(PRIOR_WEIGHTS)
    w = {k: PRIOR_WEIGHTS[k] for k in names}
    b = PRIOR_BIAS
    n = len(data)
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        grad_b = 0.0
        for present, y in data:
            z = b + sum(w[k] for k in present if k in w)
            p = 1.0 / (1.0 + math.exp(-z))
            err = p - y
            grad_b += err / n
            for k in present:
                if k in grad:
                    grad[k] += err / n
        for k in names:
            grad[k] += L2 * (w[k] - PRIOR_WEIGHTS[k]) / n
            w[k] -= RATE * grad[k]
        b -= RATE * (grad_b + L2 * (b - PRIOR_BIAS) / n)
    return round(b, 3), {k: round(v, 3) for k, v in w.items()}


def build_json() -> str:
    bias, weights = fit(examples())
    return json.dumps({"bias": bias, "weights": weights}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    return write_generated(argv, __doc__ or "", WEIGHTS_FILE, build_json)


if __name__ == "__main__":
    raise SystemExit(main())
