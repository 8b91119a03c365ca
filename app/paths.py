"""Where Sanad finds its resources and keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Sanad"


def resources_dir() -> Path:
    """The read-only resources shipped with Sanad (fonts, lexicons, templates...)."""
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def data_dir() -> Path:
    """Sanad's per-user data folder (database, attachments, backups); ``SANAD_HOME`` overrides."""
    override = os.environ.get("SANAD_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def local_db_path() -> Path:
    """The SQLite file in the user data folder (the default database; the GUI's fallback)."""
    return data_dir() / "sanad.sqlite3"


def default_db_url() -> str:
    """``SANAD_DB`` if set, else a SQLite file in the data folder."""
    env = os.environ.get("SANAD_DB")
    if env:
        return env
    return f"sqlite:///{local_db_path()}"
