"""``sanad export`` and ``sanad import-json``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import open_workspace, require_file


def register(sub: Any) -> None:
    from app.exports import FORMATS

    p = sub.add_parser("export", help="write an article's review report (html, pdf, docx, csv, xlsx, json, md, "
                                      "claimreview)")
    p.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--format", "-f", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="the file to write (written atomically; an existing file only with --force)")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists (never a database)")
    p.add_argument("--lang", choices=("ar", "en"), default="ar", help="report language (default: ar, right-to-left)")
    p.add_argument("--annotated", action="store_true",
                   help="add a copy of the article with the claims highlighted and numbered (html, pdf, docx, md)")
    p.add_argument("--org-name", metavar="NAME", help="ClaimReview: the fact-checking organisation "
                                                     "(default: $SANAD_ORG_NAME)")
    p.add_argument("--org-url", metavar="URL", help="ClaimReview: its web site (default: $SANAD_ORG_URL)")
    p.add_argument("--page-url", metavar="URL",
                   help="ClaimReview: the page that publishes this review (default: the organisation's URL)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import-json", help="import a JSON report (sanad-report/1) as a new article; prints its id")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as-copy", action="store_true",
                   help="import even if the article is already here, with fresh uuids")
    p.set_defaults(func=cmd_import_json)


def check_output(path: str, *, force: bool) -> None:
    """Refuse, before anything is read or written, an output path that would replace a file or cannot be one."""
    from app.errors import InputError

    target = Path(path)
    try:
        exists, is_dir = target.exists(), target.is_dir()
        folder = target.parent
        folder_ok, folder_exists = folder.is_dir(), folder.exists()
    except OSError as exc:
        raise InputError(f"{path}: cannot write the report ({exc.strerror or exc})") from None
    if is_dir:
        raise InputError(f"{path}: is a folder; name the report file to write")
    if exists and not force:
        raise InputError(f"{path}: already exists; pass --force to replace it")
    if folder_exists and not folder_ok:
        raise InputError(f"{folder}: is a file, not a folder")


def cmd_export(args: argparse.Namespace) -> int:
    from app.exports import export_article

    check_output(args.output, force=args.force)
    ws = open_workspace(args)
    result = export_article(ws, args.article_id, args.format, args.output, args.lang, annotated=args.annotated,
                            org_name=args.org_name, org_url=args.org_url, page_url=args.page_url)
    for warning in result.warnings:
        print(f"sanad: warning: {warning}", file=sys.stderr)
    pages = f", {result.pages} pages" if result.pages else ""
    print(f"wrote {result.path} ({result.format}, {result.claims} claims{pages})", file=sys.stderr)
    return 0


def check_report_file(path: str) -> str:
    """``path`` if it is a file to read a report from; a pipe or a device (``/dev/zero``) was read forever."""
    import stat

    from app.errors import InputError

    require_file(path)
    try:
        mode = Path(path).stat().st_mode
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a folder, not a JSON report")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: is not a regular file (a pipe or a device), not a JSON report")
    return path


def cmd_import_json(args: argparse.Namespace) -> int:
    from app.services.attachments import store_path
    from app.services.json_import import import_json, read_report

    data = read_report(check_report_file(args.file))
    ws = open_workspace(args)
    print(import_json(ws, data, as_copy=args.as_copy).result)
    hashes = {ev["attachment_sha256"] for c in data["claims"] for ev in c.get("evidence") or []
              if ev.get("attachment_sha256")}
    missing = sorted(h for h in hashes if not store_path(ws.db.data_dir, h).is_file())
    if missing:
        print(f"sanad: warning: {len(missing)} attachment file(s) are not in this database's store "
              f"(the report holds their hashes only): {', '.join(h[:12] for h in missing)}", file=sys.stderr)
    return 0
