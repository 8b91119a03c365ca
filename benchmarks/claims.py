"""Check-worthiness and span-recall figures on the evaluation data (research licence).

``python -m benchmarks.claims --data ../shared/data`` prints, for ``checkthat/``: average
precision on the two debate files, macro-F1 and F1(yes) on CT22 1A, accuracy on CT22 1B;
and for ``wojood/``: the recall of gold DATE and CARDINAL spans by Sanad's date and quantity
spans (a gold span counts as found when a predicted span overlaps it). The data is read
from the folder given, never copied; nothing here is tuned on it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.analysis import HIGHLIGHT_THRESHOLD, score_text
from app.analysis.dates import extract_dates
from app.analysis.engine import CLAIM_THRESHOLD
from app.analysis.fit_weights import average_precision, f1
from app.analysis.quantities import extract_quantities

csv.field_size_limit(sys.maxsize)


def debate(path: Path) -> str:
    scores, labels = [], []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for raw in fh:
            parts = raw.rstrip("\r\n").split("\t")
            if len(parts) < 4:
                continue
            scores.append(score_text(parts[2]))
            labels.append(int(parts[3].strip()))
    ap = average_precision(scores, labels)
    return f"{path.name}: AP={ap:.3f} (n={len(labels)}, positives={sum(labels)})"


def _tweets(path: Path) -> tuple[list[float], list[int]]:
    scores, labels = [], []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            scores.append(score_text(row["tweet_text"]))
            labels.append(int(row["class_label"]))
    return scores, labels


def tweets_1a(path: Path) -> str:
    scores, labels = _tweets(path)
    pred = [1 if s >= HIGHLIGHT_THRESHOLD else 0 for s in scores]
    f_yes, f_no = f1(pred, labels, 1), f1(pred, labels, 0)
    return (
        f"{path.name}: macro-F1={(f_yes + f_no) / 2:.3f} F1(yes)={f_yes:.3f} "
        f"AP={average_precision(scores, labels):.3f} (n={len(labels)})"
    )


def tweets_1b(path: Path) -> str:
    scores, labels = _tweets(path)

    def accuracy(threshold: float) -> float:
        return sum(1 for s, g in zip(scores, labels, strict=True) if (s >= threshold) == bool(g)) / len(labels)

    majority = max(sum(labels), len(labels) - sum(labels)) / len(labels)
    return (
        f"{path.name}: accuracy={accuracy(HIGHLIGHT_THRESHOLD):.3f} at the highlight threshold, "
        f"{accuracy(CLAIM_THRESHOLD):.3f} at the claim threshold {CLAIM_THRESHOLD} "
        f"(n={len(labels)}, majority={majority:.3f})"
    )


def conll_sentences(path: Path) -> Iterator[list[list[str]]]:
    sent: list[list[str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split()
        if not parts:
            if sent:
                yield sent
            sent = []
        else:
            sent.append(parts)
    if sent:
        yield sent


def gold_spans(tags: list[list[str]], label: str) -> list[tuple[int, int]]:
    """Token spans of ``label`` in IOB2, from every tag column (nested entities)."""
    spans = []
    depth = max(len(t) for t in tags)
    for col in range(depth):
        start = None
        for i, row in enumerate([*tags, []]):
            tag = row[col] if col < len(row) else "O"
            if start is not None and tag != f"I-{label}":
                spans.append((start, i))
                start = None
            if tag == f"B-{label}":
                start = i
    return sorted(set(spans))


def wojood(path: Path) -> str:
    found = {"DATE": 0, "CARDINAL": 0}
    total = {"DATE": 0, "CARDINAL": 0}
    for sent in conll_sentences(path):
        words = [row[0] for row in sent]
        tags = [row[1:] for row in sent]
        offsets = []
        pos = 0
        for w in words:
            offsets.append((pos, pos + len(w)))
            pos += len(w) + 1
        text = " ".join(words)
        predicted = [(q.start, q.end) for q in extract_quantities(text)]
        predicted += [(d.start, d.end) for d in extract_dates(text)]
        for label in found:
            for a, b in gold_spans(tags, label):
                s, e = offsets[a][0], offsets[b - 1][1]
                total[label] += 1
                if any(ps < e and s < pe for ps, pe in predicted):
                    found[label] += 1
    parts = [f"{k} recall={found[k] / total[k]:.3f} ({found[k]}/{total[k]})" for k in found if total[k]]
    return f"{path.name}: " + " ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sanad claim-analysis figures on evaluation data")
    parser.add_argument("--data", type=Path, required=True, help="the evaluation data folder (../shared/data)")
    args = parser.parse_args(argv)
    ct = args.data / "checkthat"
    for p in sorted(ct.glob("Task1-*.txt")):
        print(debate(p))
    for p in sorted(ct.glob("CT22_arabic_1A_*.tsv")):
        print(tweets_1a(p))
    for p in sorted(ct.glob("CT22_arabic_1B_*.tsv")):
        print(tweets_1b(p))
    for p in sorted((args.data / "wojood").glob("*.txt")):
        print(wojood(p))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
