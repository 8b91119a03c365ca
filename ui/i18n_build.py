"""Compile the Qt translation sources (``resources/translations/*.ts``) to ``.qm`` files.

``python -m ui.i18n_build`` (the Makefile's ``translations`` target) runs the
``pyside6-lrelease`` that the venv's PySide6 ships. The ``.qm`` files are build output
(gitignored). ``--update`` first refreshes the sources from ``ui/`` with ``pyside6-lupdate``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n import translations_dir

UI_DIR = Path(__file__).resolve().parent


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"i18n_build: {name} not found (it comes with PySide6)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts_files: list[Path]) -> None:
    cmd = [tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-locations", "none", "-ts",
           *map(str, ts_files)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def build(ts_files: list[Path]) -> list[Path]:
    """Compile each ``.ts`` to its ``.qm``, replacing the old file whole.

    A running Sanad maps its ``.qm`` into memory: written over in place, the catalogue would
    change under it (garbled texts). The new one is written beside it and renamed over it, so
    a running program keeps reading the old one.
    """
    out = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        tmp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        try:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
            os.replace(tmp, qm)
        finally:
            tmp.unlink(missing_ok=True)
        out.append(qm)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_build", description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts sources from ui/ first")
    args = parser.parse_args(argv)
    ts_files = sorted(translations_dir().glob("*.ts"))
    if not ts_files:
        print("i18n_build: no .ts files in", translations_dir(), file=sys.stderr)
        return 1
    if args.update:
        update(ts_files)
    for qm in build(ts_files):
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
