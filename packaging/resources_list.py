"""What the bundle carries besides Python code: one list shared by the spec and its test.

``RESOURCE_FOLDERS`` names every folder under ``resources/``; ``tests/app/test_packaging_spec.py``
fails when a folder appears there that is not named here, so that nothing Sanad reads at run
time is left out of the application a journalist downloads.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Every folder under resources/, shipped as <bundle>/resources/<folder> (app.paths.resources_dir()).
RESOURCE_FOLDERS: tuple[str, ...] = (
    "camel_data",    # the offline camel-tools data folder Sanad owns (CAMELTOOLS_DATA)
    "fonts",         # Noto Sans Arabic and its OFL licence
    "icons",         # the application icon (SVG) and the GUI's icons
    "lexicons",      # word lists and the morphology database sanad-morph.db
    "samples",       # the sample article
    "templates",     # report templates and CSS
    "translations",  # compiled Qt catalogues (*.qm, made by `make translations`)
)

# Sources of resources that the application does not read: left out of the bundle.
SKIPPED_SUFFIXES = (".ts", ".pyc", ".pyo")
SKIPPED_DIRS = ("__pycache__",)

# Python source that is read as files at run time (Alembic loads migration scripts by path).
SOURCE_FOLDERS: tuple[str, ...] = ("app/storage/migrations",)

# Licence texts: (file in the checkout, folder inside the bundle). app.about finds them.
LICENCE_FILES: tuple[tuple[str, str], ...] = (
    ("LICENSE", "."),                                     # Sanad: GPL-3.0-or-later
    ("packaging/licenses/LGPL-3.0.txt", "licenses"),      # Qt, PySide6, Psycopg
)


def _files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix not in SKIPPED_SUFFIXES
        and not any(part in SKIPPED_DIRS for part in p.relative_to(folder).parts)
    )


def existing_resource_folders(root: Path = ROOT) -> list[str]:
    """The folders that exist under resources/ today."""
    return sorted(p.name for p in (root / "resources").iterdir() if p.is_dir() and p.name not in SKIPPED_DIRS)


def data_entries(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, destination folder inside the bundle)."""
    entries: list[tuple[str, str]] = []
    for name in RESOURCE_FOLDERS:
        folder = root / "resources" / name
        for path in _files(folder) if folder.is_dir() else []:
            entries.append((str(path), str(Path("resources", name, path.relative_to(folder)).parent)))
    for rel in SOURCE_FOLDERS:
        folder = root / rel
        for path in _files(folder):
            if path.suffix in (".py", ".mako", ".ini"):
                entries.append((str(path), str((Path(rel) / path.relative_to(folder)).parent)))
    for rel, dest in LICENCE_FILES:
        if (root / rel).is_file():
            entries.append((str(root / rel), dest))
    return entries


def missing_resource_folders(root: Path = ROOT) -> list[str]:
    """Folders under resources/ that the bundle would leave out."""
    return [name for name in existing_resource_folders(root) if name not in RESOURCE_FOLDERS]
