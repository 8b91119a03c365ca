"""``sanad bundle export|import``: exchange articles and their review work between databases."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import open_workspace, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("bundle", help="export or import .sanad exchange bundles")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    e = bsub.add_parser("export", help="write articles (claims, evidence, files, history) to a bundle")
    e.add_argument("article_ids", nargs="+", type=int, metavar="ARTICLE_ID")
    e.add_argument("-o", "--output", required=True, metavar="FILE.sanad")
    e.set_defaults(func=cmd_export)
    i = bsub.add_parser("import", help="merge a bundle into the database (one undoable step)")
    i.add_argument("file", metavar="FILE.sanad")
    i.add_argument("--format", choices=("json", "text"), default="text")
    i.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from app.bundles import export_bundle

    ws = open_workspace(args)
    path = export_bundle(ws.db, args.article_ids, args.output, exported_by=ws.actor)
    print(f"exported {len(set(args.article_ids))} article(s) to {path}", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.bundles import import_bundle

    ws = open_workspace(args)
    summary = import_bundle(ws, args.file)
    if args.format == "json":
        print_json(summary.to_dict())
        return 0
    print(summary.line())
    for kind in ("added", "updated", "flagged"):
        counts = getattr(summary, kind)
        if counts:
            print(f"  {kind}: " + ", ".join(f"{n} {name}" for name, n in sorted(counts.items())))
    for note in summary.notes:
        print(f"  note: {note}")
    return 0
