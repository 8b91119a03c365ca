"""Time of each report format on one article with 500 reviewed claims.

``python -m benchmarks.exports [--claims N] [--keep DIR]`` builds the article in a temporary
SQLite database (fixed seed: speakers, verdicts, explanations, two evidence items and tags
per claim, conflict links), then times :func:`app.exports.export_article` for every format
(reading the database included; the best of ``--repeat`` runs, wall and CPU time). Budgets: PDF ≤ 5 s, every other format ≤ 1 s; the exit
status is 1 when a format is over its budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from app.analysis.normalize import normalize_key
from app.exports import EXTENSIONS, FORMATS, export_article
from app.services.core import Workspace
from app.storage.database import Database
from app.storage.models import Article, Claim, ClaimLink, ClaimTag, Evidence, Rating, Reviewer, Source, Tag
from app.text import sha256_text

BUDGET = {fmt: 5.0 if fmt == "pdf" else 1.0 for fmt in FORMATS}
SPEAKERS = [("وزارة الداخلية", "government"), ("سامي العطار", "person"), ("الهلال الأحمر", "organisation"),
            ("هيئة الأرصاد الجوية", "government"), ("وكالة الأنباء الرسمية", "media"), ("خالد المنصور", "person")]
SENTENCE = ("قال {who} في بيان يوم {day} إن {n} شخصاً لقوا حتفهم وأصيب {m} آخرون في {place}، "
            "مشيراً إلى أن فرق الإنقاذ أجلت نحو {k} شخص من القرى المجاورة.")
PLACES = ["وادي السدرة", "مدينة النخيل", "الساحل الشرقي", "جبل الريحان", "سهل الزيتون"]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس"]
EXPLANATIONS = ["تطابق الأرقام البيان الرسمي المنشور على موقع الوزارة.",
                "لم يرد هذا الرقم في أي مصدر رسمي، والأرقام المعلنة أقل بكثير.",
                "الرقم صحيح لكنه يعود إلى فيضانات عام 2019 وليس إلى الأحداث الأخيرة."]


def build_article(db: Database, claims: int, seed: int = 7) -> int:
    """An article of ``claims`` sentences, each one a reviewed claim; returns its id."""
    rnd = random.Random(seed)
    sentences = [SENTENCE.format(who=rnd.choice(SPEAKERS)[0], day=rnd.choice(DAYS), n=rnd.randint(2, 90),
                                 m=rnd.randint(10, 400), place=rnd.choice(PLACES), k=rnd.randint(100, 9000))
                 for _ in range(claims)]
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, claims, 4)]
    text = "فيضانات وادي السدرة: حصيلة جديدة\n\n" + "\n\n".join(paragraphs) + "\n"
    with db.session() as s:
        ratings = list(s.query(Rating).order_by(Rating.position))
        reviewers = [Reviewer(name=n) for n in ("مريم الكاتب", "نور الهدى", "يوسف حداد")]
        sources = [Source(name=n, name_key=normalize_key(n), kind=k) for n, k in SPEAKERS]
        tags = [Tag(name=n) for n in ("فيضانات", "ضحايا", "إحصاءات", "حكومة")]
        article = Article(title="فيضانات وادي السدرة: حصيلة جديدة", outlet="صحيفة النخيل",
                          url="https://example.org/news/500", author="ليلى حداد", published_on=dt.date(2026, 11, 3),
                          text=text, text_sha256=sha256_text(text))
        s.add_all([*reviewers, *sources, *tags, article])
        s.flush()
        rows: list[Claim] = []
        pos = 0
        for i, sentence in enumerate(sentences):
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            claim = Claim(article_id=article.id, start=start, end=pos, quote=sentence,
                          context_before=text[max(0, start - 40):start], context_after=text[pos:pos + 40],
                          origin="detector", score=rnd.random(), kind="statistic",
                          claim_as_checked=sentence[:70] if i % 3 == 0 else None,
                          speaker_id=rnd.choice(sources).id, status=rnd.choice(["done", "in_progress", "new"]),
                          rating_id=rnd.choice(ratings).id if i % 5 else None, explanation=rnd.choice(EXPLANATIONS),
                          reviewer_id=rnd.choice(reviewers).id)
            rows.append(claim)
        s.add_all(rows)
        s.flush()
        for i, claim in enumerate(rows):
            for j in range(2):
                s.add(Evidence(claim_id=claim.id, kind="url", url=f"https://source{j}.example.org/{i}",
                               title=f"مصدر رقم {j + 1} للادعاء {i + 1}", publisher="وكالة الأنباء",
                               published_on=dt.date(2026, 11, 2), accessed_at=dt.date(2026, 11, 4),
                               excerpt="مقتطف من المصدر يؤكد الأرقام المعلنة أو ينفيها.",
                               stance=rnd.choice(["supports", "refutes", "context"]), position=j + 1))
            for tag in rnd.sample(tags, 2):
                s.add(ClaimTag(claim_id=claim.id, tag_id=tag.id))
            if i % 25 == 1:
                s.add(ClaimLink(claim_a_id=rows[i - 1].id, claim_b_id=claim.id, kind="conflict",
                                reason="رقمان مختلفان للحصيلة نفسها"))
        return article.id


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.exports", description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3, help="runs per format; the fastest is reported")
    parser.add_argument("--keep", metavar="DIR", help="write the reports into DIR (default: a temporary folder)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(args.keep or tmp)
        db = Database(str(Path(tmp) / "bench.sqlite3"))
        t0 = time.perf_counter()
        article_id = build_article(db, args.claims)
        print(f"built an article with {args.claims} claims in {time.perf_counter() - t0:.2f} s")
        ws = Workspace(db, "bench")
        over = []
        # Warm up Qt and the fonts once: the GUI has them loaded already.
        export_article(ws, article_id, "pdf", out_dir / "warmup.pdf", "ar")
        for fmt in FORMATS:
            path = out_dir / f"report{EXTENSIONS[fmt]}"
            runs = []
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                result = export_article(ws, article_id, fmt, path, "ar", annotated=True, org_name="Sanad",
                                        org_url="https://sanad.example")
                runs.append((time.perf_counter() - t0, time.process_time() - c0))
            took, cpu = min(runs)
            ok = took <= BUDGET[fmt]
            if not ok:
                over.append(fmt)
            pages = f"  {result.pages} pages" if result.pages else ""
            print(f"{fmt:<12} {took:6.2f} s  (cpu {cpu:5.2f} s, budget {BUDGET[fmt]:.0f} s) {'ok' if ok else 'OVER'}  "
                  f"{path.stat().st_size / 1024:8.0f} KiB{pages}")
        db.close()
    if over:
        print(f"over budget: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
