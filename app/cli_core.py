"""Core subcommands: gui, import, claims, undo, redo, history."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from typing import Any

from app.cli import open_workspace, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the review workstation")
    p.add_argument("file", nargs="?", help="an article to import (or re-open) and analyse")
    p.add_argument("--screenshot", metavar="PNG", help="save the window at 1400×900 once painted, then exit")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("import", help="import articles; prints each new article's id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--author")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--encoding", help="override the detected text encoding")
    p.add_argument("--analyze", action="store_true", help="also detect check-worthy claims")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("claims", help="list an article's claims")
    p.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("articles", help="list the articles in the database")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.set_defaults(func=cmd_articles)

    for name, help_text in (("undo", "undo your last change"), ("redo", "redo what you last undid")):
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(func=cmd_undo_redo, backwards=name == "undo")


# The core modules the window uses, imported by ``sanad gui`` before Qt: once PySide6 is
# loaded, it hooks every import and reads the imported module's source looking for "PySide6"
# (for its ``__feature__`` switches). Loaded first, SQLAlchemy and the core are spared that
# (some 300 modules, ~0.06 s).
GUI_CORE_MODULES = (
    "sqlalchemy.dialects.sqlite", "app.storage.database", "app.storage.probe", "app.storage.watch",
    "app.services.articles", "app.services.claims", "app.services.queries", "app.services.analysis",
    "app.services.checked_before", "app.services.retry", "app.search.indexer", "app.search.query",
    "app.importers", "app.about",
)


def cmd_gui(args: argparse.Namespace) -> int:
    # Start-up creates some half a million long-lived objects (Qt's and SQLAlchemy's modules,
    # the window): collecting garbage among them again and again while starting finds none.
    # ui.main.run turns the collector back on once the window is ready.
    gc.disable()
    if args.file:  # before anything else: a forked process analyses FILE while the window is built
        from app.analysis import prefetch

        prefetch.start(args.file)
    for name in GUI_CORE_MODULES:
        importlib.import_module(name)
    # The GUI lives in ui/ (PySide6); the core only names it, so that app/ stays Qt-free.
    gui = importlib.import_module("ui.main")
    return int(gui.run(args))


def cmd_import(args: argparse.Namespace) -> int:
    from app.importers import load_document
    from app.services.analysis import analyze_article
    from app.services.articles import NewArticle, find_by_text, import_article, parse_date

    published = parse_date(args.published)
    # Read and check every file before writing anything: bad input leaves the database as it was.
    docs = [load_document(path, encoding=args.encoding) for path in args.files]
    ws = open_workspace(args)
    for doc in docs:
        with ws.db.read_session() as s:
            existing = find_by_text(s, doc.text)
            existing_id = existing.id if existing is not None else None
        if existing_id is not None:  # the same text again: no duplicate article
            print(f"sanad: {doc.source_filename} is already imported as article {existing_id}", file=sys.stderr)
            print(existing_id)
            continue
        new = NewArticle(
            text=doc.text, title=args.title or doc.title or "", outlet=args.outlet or doc.outlet,
            url=args.url or doc.url, author=args.author or doc.author,
            published_on=published or doc.published_on, source_filename=doc.source_filename,
        )
        article_id = int(import_article(ws, new).result)
        if args.analyze:
            analyze_article(ws, article_id)
        print(article_id)
    return 0


def claim_row(claim: Any) -> dict[str, Any]:
    return {
        "id": claim.id, "uuid": claim.uuid, "start": claim.start, "end": claim.end, "text": claim.quote,
        "score": claim.score, "kind": claim.kind, "origin": claim.origin, "status": claim.status,
        "verdict": claim.rating.key if claim.rating else None,
        "speaker": claim.speaker.name if claim.speaker else None,
        "speaker_span": [claim.speaker_start, claim.speaker_end] if claim.speaker_start is not None else None,
        "claim_as_checked": claim.claim_as_checked, "explanation": claim.explanation,
        "reviewer": claim.reviewer.name if claim.reviewer else None, "reasons": claim.reasons,
        "tags": claim.tags, "evidence": len(claim.evidence), "version": claim.version,
    }


def article_row(article: Any) -> dict[str, Any]:
    return {
        "id": article.id, "uuid": article.uuid, "title": article.title, "outlet": article.outlet,
        "url": article.url, "author": article.author,
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "language": article.language, "text_sha256": article.text_sha256,
        "source_filename": article.source_filename, "imported_at": article.imported_at.isoformat(),
    }


def cmd_claims(args: argparse.Namespace) -> int:
    from app.services import queries

    ws = open_workspace(args)
    with ws.db.read_session() as s:
        article = queries.get_article(s, args.article_id)
        claims = [claim_row(c) for c in queries.article_claims(s, article.id)]
        head = article_row(article)
    if args.format == "json":
        print_json({"article": head, "claims": claims})
        return 0
    print(f"#{head['id']} {head['title']}  ({len(claims)} claims)")
    for c in claims:
        score = f"{c['score']:.2f}" if c["score"] is not None else "  — "
        excerpt = c["text"].replace("\n", " ")
        excerpt = excerpt if len(excerpt) <= 70 else excerpt[:69] + "…"
        print(f"{c['id']:>6}  {score}  {c['status']:<20} {c['verdict'] or '-':<15} {excerpt}")
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    from app.services import queries

    ws = open_workspace(args)
    with ws.db.read_session() as s:
        rows = queries.article_summaries(s)
    if args.format == "json":
        print_json({"articles": [r.__dict__ for r in rows]})
        return 0
    for r in rows:
        print(f"{r.id:>6}  {r.done}/{r.claims:<5} {r.title}")
    return 0


def cmd_undo_redo(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changes = ws.undo() if args.backwards else ws.redo()
    print(f"{'undid' if args.backwards else 'redid'}: {changes.label}", file=sys.stderr)
    return 0
