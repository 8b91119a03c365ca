"""The ``sanad`` command.

``sanad [--db PATH|URL] COMMAND``. Each feature package registers its own subcommands
(``register(subparsers)``) so that this module stays small. Errors caused by the input or
the environment print one line on stderr and exit non-zero; they never show a traceback.

Building the parser imports the command modules only, never what their commands use
(SQLAlchemy, the importers, the analysis engine, exports): each handler imports its own
dependencies, and choices that live in those modules are read when first needed
(:class:`LazyChoices`). So ``sanad gui`` loads only what the window uses, and ``--help``
stays complete.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import importlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn, overload

from app import __version__
from app.errors import CancelledError, InputError, SanadError

# Feature packages that add subcommands; each has register(subparsers).
COMMAND_MODULES = (
    "app.cli_core",
    "app.analysis.cli",
    "app.search.cli",
    "app.bundles.cli",
    "app.storage.cli",
    "app.exports.cli",
    "app.review_cli",
)


class LazyChoices(Sequence[str]):
    """``choices`` for argparse read from ``module.name`` when first checked or shown in --help.

    Set on the action after ``add_argument`` (``p.add_argument(...).choices = LazyChoices(...)``):
    ``add_argument`` itself formats the choices once, which would import the module.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    @functools.cached_property
    def values(self) -> tuple[str, ...]:
        return tuple(getattr(importlib.import_module(self.module), self.name))

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self.values[index]

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __contains__(self, value: object) -> bool:
        return value in self.values


class Parser(argparse.ArgumentParser):
    """argparse, its mistakes said in one line like every other error of ``sanad`` (exit 2).

    argparse's own form repeats the whole usage first; the line names the command and where
    its usage is.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def default_actor() -> str:
    env = os.environ.get("SANAD_REVIEWER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system
        return ""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="sanad",
        description="Sanad (سند): fact-checking workstation for Arabic journalism.",
    )
    parser.add_argument("--version", action="version", version=f"sanad {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", default=None,
                        help="database: a SQLite file or a URL (default: $SANAD_DB or the user data folder)")
    parser.add_argument("--reviewer", metavar="NAME", default=None,
                        help="who is working, for the audit trail (default: $SANAD_REVIEWER or the login name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def open_workspace(args: argparse.Namespace) -> Any:
    """The database and reviewer named on the command line (opened and migrated)."""
    from app.services.core import Workspace
    from app.storage.database import Database

    return Workspace(Database(args.db), args.reviewer or default_actor())


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except SanadError as exc:
        print(f"sanad: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("sanad: interrupted", file=sys.stderr)
        return CancelledError.exit_code
    except BrokenPipeError:
        return 0


def require_file(path: str) -> str:
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    return path


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
