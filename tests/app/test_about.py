"""app.about: what the About box shows, without Qt."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

from app import __version__
from app.about import APP_ID, BUNDLED_LIBRARIES, LICENSE, about_info, distribution_version, fonts

REQUIRED = {
    "PySide6_Essentials", "SQLAlchemy", "alembic", "camel_tools", "python-dateutil", "platformdirs",
    "hijridate", "psycopg", "python-docx", "openpyxl", "jsonschema", "regex",
}


def test_about_info_is_plain_data_with_the_version_and_licence() -> None:
    info = about_info()
    json.dumps(info)  # serialisable: the CLI or a report can print it
    assert info["version"] == __version__
    assert info["licence"] == LICENSE == "GPL-3.0-or-later"
    assert info["app_id"] == APP_ID == "org.sanad.Sanad"
    assert info["name_ar"] == "سند"
    licence = Path(info["licence_file"])
    assert licence.is_file()
    assert "GNU GENERAL PUBLIC LICENSE" in licence.read_text(encoding="utf-8")[:200]
    lgpl = Path(info["lgpl_file"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl.read_text(encoding="utf-8")[:200]


def test_every_required_library_is_listed_with_its_installed_version() -> None:
    libs = {lib["distribution"]: lib for lib in about_info()["libraries"]}
    assert REQUIRED <= set(libs)
    for name, lib in libs.items():
        assert lib["version"] == importlib.metadata.version(name), name
        assert lib["licence"], name
    assert libs["PySide6_Essentials"]["licence"] == "LGPL-3.0-only"


def test_licences_agree_with_the_libraries_own_metadata() -> None:
    for lib in BUNDLED_LIBRARIES:
        meta = importlib.metadata.metadata(lib.distribution)
        declared = meta.get("License-Expression") or meta.get("License") or ""
        classifiers = " ".join(meta.get_all("Classifier") or [])
        if not declared:
            continue  # older packages declare only classifiers
        # Sanad's SPDX expression is the library's own or one of the options it offers.
        first = lib.licence.split()[0]
        assert first in declared or first.split("-")[0] in declared or first in classifiers, (lib, declared)


def test_fonts_come_from_the_fonts_readme_with_their_licence_text() -> None:
    rows = fonts()
    assert rows, "resources/fonts/README.md lists the shipped fonts"
    for row in rows:
        assert row["licence"] == "OFL-1.1"
        assert row["files"]
        assert row["licence_file"] and Path(row["licence_file"]).is_file()
        for name in row["files"]:
            assert (Path(row["licence_file"]).parent / name).is_file(), name


def test_runtimes_name_qt_and_python() -> None:
    runtimes = {r["name"]: r for r in about_info()["runtimes"]}
    assert runtimes["Qt"]["version"] == distribution_version("PySide6_Essentials")
    assert runtimes["Python"]["licence"] == "PSF-2.0"


def test_a_missing_distribution_has_no_version() -> None:
    assert distribution_version("no-such-distribution-for-sanad") is None
