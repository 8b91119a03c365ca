"""Archive scale benchmark: ``python -m benchmarks.archive --claims N``.

Builds an archive of N synthetic Arabic claims in a temporary SQLite database (Core
executemany, then ``reindex_all``), runs ~200 varied searches through ``app.search.search``
and prints the timings; the last line is ``search p95 X ms over N claims``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from app.search import reindex_all, search
from app.services.checked_before import similar_claims
from app.storage.database import Database
from app.storage.models import Article, Claim, Evidence, Rating, Source
from benchmarks.arabic_corpus import ClaimMaker

CLAIMS_PER_ARTICLE = 10
STATUSES = ("new", "new", "in_progress", "done", "done", "needs_second_review", "dismissed")


def build(db: Database, n_claims: int, maker: ClaimMaker) -> None:
    now = dt.datetime(2026, 1, 1)
    with db.session() as s:
        rating_ids = list(s.scalars(select(Rating.id)))
        s.execute(insert(Source), [{"uuid": str(uuid.uuid4()), "name": name, "name_key": name, "kind": "person",
                                    "created_at": now, "updated_at": now} for name in maker.people[:2000]])
    article_id, claim_id = 0, 0
    rng = maker.rng
    while claim_id < n_claims:
        articles: list[dict[str, Any]] = []
        claims: list[dict[str, Any]] = []
        evidence: list[dict[str, Any]] = []
        for _ in range(1000):
            if claim_id >= n_claims:
                break
            article_id += 1
            quotes = [maker.claim()[0] for _ in range(min(CLAIMS_PER_ARTICLE, n_claims - claim_id))]
            text = "\n".join(quotes)
            articles.append({"id": article_id, "uuid": str(uuid.uuid4()), "title": quotes[0][:80], "text": text,
                             "text_sha256": uuid.uuid4().hex * 2, "language": "ar", "imported_at": now,
                             "updated_at": now})
            pos = 0
            for quote in quotes:
                claim_id += 1
                reviewed = rng.random() < 0.4
                claims.append({
                    "id": claim_id, "uuid": str(uuid.uuid4()), "article_id": article_id, "start": pos,
                    "end": pos + len(quote), "quote": quote, "context_before": "", "context_after": "",
                    "origin": "detector", "reasons": [], "details": {}, "kind": "statistic",
                    "status": rng.choice(STATUSES), "rating_id": rng.choice(rating_ids) if reviewed else None,
                    "explanation": "التحقق من الأرقام الرسمية يظهر أن الرقم مبالغ فيه" if reviewed else None,
                    "created_at": now, "updated_at": now, "version": 1,
                })
                if rng.random() < 0.1:
                    evidence.append({"uuid": str(uuid.uuid4()), "claim_id": claim_id, "kind": "url",
                                     "title": f"تقرير {maker.rng.choice(maker.places)} الرسمي",
                                     "excerpt": quote[:60], "stance": "context", "position": 1,
                                     "created_at": now, "updated_at": now})
                pos += len(quote) + 1
        with db.session() as s:
            s.execute(insert(Article), articles)
            s.execute(insert(Claim), claims)
            if evidence:
                s.execute(insert(Evidence), evidence)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--db", help="keep the archive in this SQLite file or PostgreSQL URL "
                                     "(default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    maker = ClaimMaker()
    with tempfile.TemporaryDirectory() as tmp:
        server = bool(args.db and "://" in args.db)  # a PostgreSQL URL: the same run on the server
        path = Path(args.db) if args.db and not server else Path(tmp) / "archive.sqlite3"
        db = Database(args.db if server else str(path), backup=False)
        have = 0
        with db.read_session() as s:
            have = s.scalar(select(Claim.id).order_by(Claim.id.desc()).limit(1)) or 0
        if have < args.claims:
            t0 = time.perf_counter()
            build(db, args.claims, maker)
            t1 = time.perf_counter()
            rows = reindex_all(db)
            t2 = time.perf_counter()
            print(f"inserted {args.claims} claims in {t1 - t0:.1f} s; indexed {rows} rows in {t2 - t1:.1f} s")
        if not server:
            print(f"database {path.stat().st_size / 2**20:.0f} MB")
        queries = maker.queries(args.queries)
        search(db, "وزارة الصحة")  # warm the page cache and the connection pool
        timings: list[float] = []
        hits = 0
        filters = [{}, {}, {}, {"kind": "claim"}, {"verdict": "false"}, {"status": "done"}, {"kind": "evidence"}]
        slowest: list[tuple[float, str]] = []
        for i, q in enumerate(queries):
            kw: dict[str, Any] = filters[i % len(filters)]
            t0 = time.perf_counter()
            results = search(db, q, **kw)
            ms = (time.perf_counter() - t0) * 1000
            timings.append(ms)
            slowest.append((ms, f"{q!r} {kw}"))
            hits += bool(results)
        similar_ms: list[float] = []
        for claim_id in maker.rng.sample(range(1, args.claims + 1), min(40, args.claims)):
            t0 = time.perf_counter()
            similar_claims(db, claim_id)
            similar_ms.append((time.perf_counter() - t0) * 1000)
        db.close()
        print(f"similar_claims: median {statistics.median(similar_ms):.1f} ms, "
              f"p95 {percentile(similar_ms, 0.95):.1f} ms over {len(similar_ms)} claims")
        slowest.sort(reverse=True)
        print(f"{len(queries)} queries, {hits} with results; median {statistics.median(timings):.1f} ms, "
              f"max {max(timings):.1f} ms")
        for ms, q in slowest[:5]:
            print(f"  slow: {ms:.1f} ms {q}")
        print(f"search p95 {percentile(timings, 0.95):.1f} ms over {args.claims} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
