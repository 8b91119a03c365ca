"""What the About box says: Sanad's version and licence, the fonts and the libraries it ships.

Qt-free, so that the CLI, the tests and the packaging spec can read the same facts the
dialog (``ui/about_dialog.py``) shows. Versions come from the installed distributions
(``importlib.metadata``; the bundle carries their metadata); licences are the SPDX
expressions under which Sanad redistributes each library, checked against the metadata by
``tests/app/test_about.py``.
"""

from __future__ import annotations

import importlib.metadata
import platform
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import __version__
from app.paths import resources_dir

APP_ID = "org.sanad.Sanad"
NAME = "Sanad"
NAME_AR = "سند"
LICENSE = "GPL-3.0-or-later"
SUMMARY = "Fact-checking workstation for Arabic journalism"
SUMMARY_AR = "منصة لتدقيق الحقائق في الصحافة العربية"
COPYRIGHT = "© Sanad contributors"


@dataclass(frozen=True)
class Library:
    distribution: str  # the name importlib.metadata knows it by
    name: str          # the name shown
    licence: str       # SPDX expression under which Sanad redistributes it
    purpose: str


# Every third-party distribution the bundle carries, the direct dependencies first.
BUNDLED_LIBRARIES: tuple[Library, ...] = (
    Library("PySide6_Essentials", "Qt for Python (PySide6 Essentials)", "LGPL-3.0-only", "the desktop interface"),
    Library("shiboken6", "Shiboken6", "LGPL-3.0-only", "Qt for Python bindings runtime"),
    Library("SQLAlchemy", "SQLAlchemy", "MIT", "database access"),
    Library("alembic", "Alembic", "MIT", "database migrations"),
    Library("camel_tools", "CAMeL Tools", "MIT", "Arabic morphology and tokenisation"),
    Library("python-dateutil", "python-dateutil", "BSD-3-Clause", "dates"),
    Library("platformdirs", "platformdirs", "MIT", "user data folder"),
    Library("hijridate", "hijridate", "MIT", "Hijri calendar"),
    Library("psycopg", "Psycopg 3", "LGPL-3.0-only", "PostgreSQL access"),
    Library("psycopg-binary", "Psycopg 3 binary (with libpq)", "LGPL-3.0-only", "PostgreSQL client library"),
    Library("python-docx", "python-docx", "MIT", "DOCX import and export"),
    Library("openpyxl", "openpyxl", "MIT", "XLSX export"),
    Library("jsonschema", "jsonschema", "MIT", "JSON validation"),
    Library("regex", "regex", "Apache-2.0 AND CNRI-Python", "Unicode regular expressions"),
    # What those depend on.
    Library("Mako", "Mako", "MIT", "Alembic templates"),
    Library("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "Mako"),
    Library("lxml", "lxml", "BSD-3-Clause", "XML and HTML"),
    Library("et_xmlfile", "et_xmlfile", "MIT", "openpyxl"),
    Library("six", "six", "MIT", "python-dateutil"),
    Library("typing_extensions", "typing_extensions", "PSF-2.0", "typing"),
    Library("tzdata", "tzdata", "Apache-2.0", "time zones"),
    Library("attrs", "attrs", "MIT", "jsonschema"),
    Library("jsonschema-specifications", "jsonschema-specifications", "MIT", "jsonschema"),
    Library("referencing", "referencing", "MIT", "jsonschema"),
    Library("rpds-py", "rpds-py", "MIT", "jsonschema"),
    Library("pyrsistent", "pyrsistent", "MIT", "camel-tools"),
    Library("cachetools", "cachetools", "MIT", "camel-tools"),
    Library("docopt", "docopt", "MIT", "camel-tools"),
    Library("emoji", "emoji", "BSD-3-Clause", "camel-tools"),
    Library("muddler", "muddler", "MIT", "camel-tools"),
    Library("tqdm", "tqdm", "MPL-2.0 AND MIT", "camel-tools"),
    Library("requests", "Requests", "Apache-2.0", "camel-tools (never used: Sanad works offline)"),
    Library("urllib3", "urllib3", "MIT", "Requests"),
    Library("idna", "idna", "BSD-3-Clause", "Requests"),
    Library("charset-normalizer", "charset-normalizer", "MIT", "Requests"),
    Library("certifi", "certifi", "MPL-2.0", "Requests"),
)

FONTS_README = "fonts/README.md"
_FONT_ROW = re.compile(r"^\|\s*(?P<files>`[^|]+)\|\s*(?P<family>[^|]+?)\s*\|\s*(?P<licence>[^|]+?)\s*\|")


def licence_file() -> Path:
    """Sanad's licence text (the GPL): next to ``resources/`` in a checkout and in the bundle."""
    return resources_dir().parent / "LICENSE"


def lgpl_file() -> Path:
    """The LGPL-3.0 text (Qt, PySide6, Psycopg): ``licenses/`` in the bundle, ``packaging/licenses/`` in a checkout."""
    top = resources_dir().parent
    bundled = top / "licenses" / "LGPL-3.0.txt"
    return bundled if bundled.is_file() else top / "packaging" / "licenses" / "LGPL-3.0.txt"


def distribution_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def fonts() -> list[dict[str, Any]]:
    """The shipped fonts, read from the table in ``resources/fonts/README.md``."""
    folder = resources_dir() / "fonts"
    rows: list[dict[str, Any]] = []
    readme = resources_dir() / FONTS_README
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    for line in text.splitlines():
        match = _FONT_ROW.match(line)
        if not match:
            continue
        files = re.findall(r"`([^`]+)`", match["files"])
        licence = match["licence"].strip()
        spdx = "OFL-1.1" if "Open Font License" in licence or "OFL" in licence else licence
        licence_name = re.search(r"`([^`]+\.txt)`", licence)
        rows.append({
            "family": match["family"].strip(),
            "files": files,
            "licence": spdx,
            "licence_name": re.sub(r"\s*\(`[^`]+`\)", "", licence),
            "licence_file": str(folder / licence_name.group(1)) if licence_name else None,
        })
    return rows


def libraries() -> list[dict[str, Any]]:
    return [
        {"name": lib.name, "distribution": lib.distribution, "version": distribution_version(lib.distribution),
         "licence": lib.licence, "purpose": lib.purpose}
        for lib in BUNDLED_LIBRARIES
    ]


def about_info() -> dict[str, Any]:
    """Everything the About box shows, as plain data (JSON-serialisable)."""
    pyside = distribution_version("PySide6_Essentials")
    return {
        "name": NAME,
        "name_ar": NAME_AR,
        "app_id": APP_ID,
        "version": __version__,
        "summary": SUMMARY,
        "summary_ar": SUMMARY_AR,
        "copyright": COPYRIGHT,
        "licence": LICENSE,
        "licence_file": str(licence_file()),
        "lgpl_file": str(lgpl_file()),
        "fonts": fonts(),
        "libraries": libraries(),
        "runtimes": [
            {"name": "Qt", "version": pyside, "licence": "LGPL-3.0-only"},
            {"name": "Python", "version": platform.python_version(), "licence": "PSF-2.0"},
        ],
    }
