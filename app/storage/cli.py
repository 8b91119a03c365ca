"""Subcommands ``sanad backup`` and ``sanad restore`` (SQLite files)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.errors import InputError


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="save a consistent copy of the database (safe while Sanad runs)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write the copy (default: the backups folder beside the database)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is saved first)")
    p.add_argument("file", metavar="FILE", help="a backup made by Sanad")
    p.set_defaults(func=cmd_restore)


def _sqlite_path(db: str | None) -> Path:
    from app.storage.database import normalize_url

    url = normalize_url(db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise InputError("backups of a server database are made with the server's own tools (pg_dump)")
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    from app.storage.database import Database

    path = _sqlite_path(args.db)
    if not path.is_file():
        raise InputError(f"{path}: no such database")
    if args.output and Path(args.output).exists():
        raise InputError(f"{args.output}: already exists; choose another name")
    db = Database(str(path))
    try:
        made = db.backup_copy("manual", Path(args.output).expanduser().resolve() if args.output else None)
    finally:
        db.close()
    print(made)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    import sys

    from app.storage.backup import restore
    from app.storage.database import Database

    path = _sqlite_path(args.db)
    previous = restore(path, Path(args.file))
    Database(str(path), backup=False).close()  # brings an older backup up to the current schema
    if previous is not None:
        print(f"restored {args.file}; the replaced database was saved as {previous}", file=sys.stderr)
    print(path)
    return 0
