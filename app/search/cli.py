"""``sanad search``: full-text search over the archive (and ``--reindex``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import LazyChoices, open_workspace, print_json
from app.errors import InputError


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="search claims, articles, evidence and sources")
    p.add_argument("query", nargs="?", metavar="QUERY", help="words to find (any text; the last word may be cut)")
    # Choices from the modules the command uses, read when first checked or shown (LazyChoices).
    p.add_argument("--kind").choices = LazyChoices("app.search.schema", "KINDS")
    p.add_argument("--verdict", metavar="KEY", help="only claims (and their evidence) with this verdict")
    p.add_argument("--status", help="only claims (and their evidence) in this status").choices = LazyChoices(
        "app.storage.models", "CLAIM_STATUSES")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.add_argument("--reindex", action="store_true", help="rebuild the search index first")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("similar", help="claims of other articles that say the same (checked before)")
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    p.add_argument("--limit", type=int, default=5, metavar="N")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(func=cmd_similar)


def cmd_search(args: argparse.Namespace) -> int:
    from app.search import reindex_all, search

    if args.query is None and not args.reindex:
        raise InputError("sanad search: give a QUERY (or --reindex)")
    ws = open_workspace(args)
    if args.reindex:
        shown = [0]

        def progress(kind: str, done: int) -> None:
            if done - shown[0] >= 50_000:
                shown[0] = done
                print(f"indexing… {done} rows ({kind})", file=sys.stderr)

        rows = reindex_all(ws.db, progress)
        print(f"indexed {rows} rows", file=sys.stderr)
        if args.query is None:
            return 0
    results = search(ws.db, args.query, kind=args.kind, verdict=args.verdict, status=args.status, limit=args.limit)
    if args.format == "json":
        print_json({"results": [{"kind": r.kind, "article_id": r.article_id, "claim_id": r.claim_id, "text": r.text,
                                 "snippet": r.snippet, "score": r.score, "verdict": r.verdict} for r in results]})
        return 0
    for r in results:
        ref = f"#{r.claim_id}" if r.claim_id else (f"a{r.article_id}" if r.article_id else "")
        print(f"{r.kind:<8} {ref:>8}  {r.verdict or '-':<14} {r.snippet}")
    return 0


def cmd_similar(args: argparse.Namespace) -> int:
    from app.services.checked_before import similar_claims

    ws = open_workspace(args)
    matches = similar_claims(ws.db, args.claim_id, limit=args.limit)
    if args.format == "json":
        print_json({"matches": [{"claim_id": m.claim_id, "article_id": m.article_id, "score": m.score,
                                 "quote": m.quote, "verdict": m.verdict_key, "status": m.status,
                                 "reviewed_at": m.reviewed_at, "reasons": m.reasons} for m in matches]})
        return 0
    for m in matches:
        print(f"#{m.claim_id:<7} {m.score:.2f}  {m.verdict_key or '-':<14} {m.quote}")
        print(f"          {'; '.join(m.reasons)}")
    return 0
