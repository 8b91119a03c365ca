"""The PyInstaller spec ships every resource folder; the Linux desktop files agree with Sanad.

Quick checks on text files only: the bundle itself is built and smoke-tested by
``make package`` (not part of ``make test``).
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from app import __version__
from app.about import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "sanad.spec"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def load(name: str, path: Path) -> ModuleType:
    # By path: a folder called `packaging` must not be imported in place of the library.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


resources_list = load("sanad_resources_list", PACKAGING / "resources_list.py")


def test_every_resource_folder_is_shipped() -> None:
    existing = resources_list.existing_resource_folders(ROOT)
    assert existing, "resources/ has folders"
    missing = resources_list.missing_resource_folders(ROOT)
    assert not missing, f"add {missing} to RESOURCE_FOLDERS in packaging/resources_list.py"


def test_the_spec_uses_the_resource_list_and_what_it_names_exists() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "resources_list.data_entries(ROOT)" in text
    for name in resources_list.RESOURCE_FOLDERS:
        assert (ROOT / "resources" / name).is_dir(), f"RESOURCE_FOLDERS names resources/{name}, which is gone"


def test_data_entries_carry_every_resource_file_into_the_bundle() -> None:
    entries = resources_list.data_entries(ROOT)
    shipped = {Path(dest) / Path(src).name for src, dest in entries}
    for name in resources_list.RESOURCE_FOLDERS:
        for path in (ROOT / "resources" / name).rglob("*"):
            if path.is_file() and path.suffix not in resources_list.SKIPPED_SUFFIXES \
                    and "__pycache__" not in path.parts:
                assert path.relative_to(ROOT) in shipped, path
    # Essentials the application cannot start without.
    for must in ("resources/lexicons/sanad-morph.db", "resources/camel_data/catalogue.json",
                 "resources/fonts/OFL.txt", "resources/icons/app/sanad.svg", "LICENSE",
                 "licenses/LGPL-3.0.txt"):
        assert Path(must) in shipped, must
    migrations = [dest for src, dest in entries if dest.startswith("app/storage/migrations")]
    assert "app/storage/migrations/versions" in migrations, "Alembic reads its scripts as files"


def test_the_spec_names_camel_tools_data_app_ui_and_the_mac_bundle() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files("camel_tools")' in text
    assert 'collect_submodules("app")' in text and 'collect_submodules("ui")' in text
    assert "bundle_rules.QT_MODULES_USED" in text and "bundle_rules.EXCLUDES" in text
    assert "bundle_identifier=APP_ID" in text and "CFBundleDocumentTypes" in text


def test_only_the_qt_sanad_uses_goes_in() -> None:
    rules = load("sanad_bundle_rules", PACKAGING / "bundle_rules.py")
    assert set(rules.QT_MODULES_USED) == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}
    assert not set(rules.QT_MODULES_USED) & set(rules.QT_MODULES_UNUSED)
    for unwanted in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtNetwork",
                     "torch", "scipy", "pandas", "numpy", "tkinter"):
        assert unwanted in rules.EXCLUDES
    # Every PySide6 module Sanad's code imports is one the bundle carries.
    imported = set()
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= set(rules.QT_MODULES_USED), imported - set(rules.QT_MODULES_USED)
    keep = ("PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/QtCore.framework/QtCore",
            "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
            "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/translations/qtbase_ar.qm",
            "PySide6\\plugins\\platforms\\qwindows.dll")
    drop = ("PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6QuickControls2.so.6",
            "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "PySide6/Qt6Network.dll",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "PySide6/Qt/translations/qtbase_de.qm")
    for dest in keep:
        assert rules.wanted(dest), dest
    for dest in drop:
        assert not rules.wanted(dest), dest


def test_windows_version_info_is_made_from_the_version() -> None:
    version_info = load("sanad_version_info", PACKAGING / "windows" / "version_info.py")
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2.3rc1+local") == (1, 2, 3, 0)
    text = version_info.render(__version__)
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    compile(text, "version_info.txt", "eval")  # PyInstaller evaluates it as a Python expression


def test_desktop_file_is_well_formed() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Sanad" and entry["Name[ar]"] == "سند"
    assert entry["Comment"] and entry["Comment[ar]"]
    assert entry["Exec"] == "sanad gui %f"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;"
    mimes = entry["MimeType"].split(";")
    assert mimes[-1] == ""  # lists end with a semicolon
    assert {"text/plain", "text/html", "text/markdown",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"} <= set(mimes)


def test_metainfo_is_well_formed_and_agrees_with_the_desktop_file_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert launchable.get("type") == "desktop-id"
    for tag in ("name", "summary"):
        langs = {el.get(XML_LANG) for el in root.findall(tag)}
        assert langs == {None, "ar"}, tag
    description = root.find("description")
    assert description is not None
    assert {p.get(XML_LANG) for p in description.findall("p")} == {None, "ar"}
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__, "add a <release> for the new version"
    image = root.findtext("screenshots/screenshot/image")
    assert image == "docs/screenshot.png"


def test_icon_svg_is_valid_xml_with_a_square_view_box() -> None:
    root = ET.parse(ROOT / "resources" / "icons" / "app" / "sanad.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"
