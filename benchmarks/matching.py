"""“Checked before” matching quality: ``python -m benchmarks.matching``.

Reads ``benchmarks/data/paraphrase_pairs.tsv`` (label, claim A, claim B: 1 = the same claim
in other words, 0 = a different claim, many of them hard: same words, another figure or
place). Every claim B goes into an archive (one article each, plus filler claims so that
word frequencies are realistic); for every A, ``similar_claims`` runs end to end, and its
pair counts as matched when B comes back. Prints precision and recall per threshold and,
last, at the threshold Sanad uses.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from app.search import reindex_all
from app.services.articles import NewArticle, import_article
from app.services.checked_before import THRESHOLD, similar_claims
from app.services.claims import add_claim
from app.services.core import Workspace
from app.storage.database import Database
from benchmarks.arabic_corpus import ClaimMaker

DATA = Path(__file__).resolve().parent / "data" / "paraphrase_pairs.tsv"


def load_pairs(path: Path = DATA) -> list[tuple[int, str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, a, b = line.split("\t")[:3]
        pairs.append((int(label), a.strip(), b.strip()))
    return pairs


def _add(ws: Workspace, text: str) -> int:
    article_id = import_article(ws, NewArticle(text=text, title=text[:40])).result
    return int(add_claim(ws, article_id, 0, len(text)).result)


def run(filler: int = 300) -> list[tuple[int, float]]:
    """``(label, best score of B for A or 0)`` per pair."""
    pairs = load_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "matching.sqlite3"), backup=False)
        ws = Workspace(db, "benchmark")
        maker = ClaimMaker(seed=11, tail=200)
        for _ in range(filler):
            _add(ws, maker.claim()[0])
        b_ids = [_add(ws, b) for _, _, b in pairs]
        a_ids = [_add(ws, a) for _, a, _ in pairs]
        reindex_all(db)
        out = []
        for (label, _a, _b), a_id, b_id in zip(pairs, a_ids, b_ids, strict=True):
            found = {m.claim_id: m.score for m in similar_claims(db, a_id, limit=50, threshold=0.0)}
            out.append((label, found.get(b_id, 0.0)))
        db.close()
    return out


def precision_recall(scored: list[tuple[int, float]], threshold: float) -> tuple[float, float]:
    tp = sum(1 for label, s in scored if label == 1 and s >= threshold)
    fp = sum(1 for label, s in scored if label == 0 and s >= threshold)
    positives = sum(1 for label, _ in scored if label == 1)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / positives if positives else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="print every pair's score")
    args = parser.parse_args(argv)
    scored = run()
    if args.verbose:
        for (label, a, b), (_, s) in zip(load_pairs(), scored, strict=True):
            print(f"{label} {s:.3f}  {a}  |  {b}")
    print(f"{len(scored)} pairs ({sum(label for label, _ in scored)} same claim, "
          f"{sum(1 - label for label, _ in scored)} different)")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        p, r = precision_recall(scored, t)
        print(f"  threshold {t:.2f}: precision {p:.2f} recall {r:.2f}")
    p, r = precision_recall(scored, THRESHOLD)
    print(f"matching at threshold {THRESHOLD}: precision {p:.2f}, recall {r:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
