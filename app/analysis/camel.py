"""The one door to camel-tools: every camel_tools import in Sanad goes through here.

``camel_tools.data`` loads a package catalogue when it is first imported and downloads it
when it is missing. Sanad works offline, so before anything imports camel_tools we point
``CAMELTOOLS_DATA`` at a folder Sanad ships (``resources/camel_data``, an empty catalogue)
unless the user already has a camel-tools data folder of their own with a catalogue.

The morphology database is Sanad's own small one (``resources/lexicons/sanad-morph.db``,
built by ``python -m app.analysis.morphdb_build``) unless the user installed camel-tools'
public ``calima-msa-r13`` database, which is then preferred.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import resources_dir

CALIMA_RELPATH = Path("data", "morphology_db", "calima-msa-r13", "morphology.db")


def user_camel_data(env: str | None, home: Path) -> Path | None:
    """The user's own camel-tools data folder (``$CAMELTOOLS_DATA`` or ``~/.camel_tools``) if it has a catalogue."""
    candidates = [Path(env).expanduser()] if env else []
    candidates.append(home / ".camel_tools")
    for folder in candidates:
        if (folder / "catalogue.json").is_file():
            return folder
    return None


def _sanad_camel_data() -> Path:
    return resources_dir() / "camel_data"


USER_CAMEL_DATA = user_camel_data(os.environ.get("CAMELTOOLS_DATA"), Path.home())
os.environ["CAMELTOOLS_DATA"] = str(USER_CAMEL_DATA or _sanad_camel_data())

# Only now may camel_tools be imported.
from camel_tools.morphology.analyzer import Analyzer  # noqa: E402
from camel_tools.morphology.database import MorphologyDB  # noqa: E402
from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402
from camel_tools.utils.charsets import AR_DIAC_CHARSET, AR_LETTERS_CHARSET  # noqa: E402
from camel_tools.utils.dediac import dediac_ar  # noqa: E402
from camel_tools.utils.normalize import (  # noqa: E402
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

SANAD_MORPH_DB = resources_dir() / "lexicons" / "sanad-morph.db"


def full_morph_db_path(user_data: Path | None = USER_CAMEL_DATA) -> Path | None:
    """camel-tools' public calima-msa-r13 database when the user has installed it."""
    if user_data is None:
        return None
    path = user_data / CALIMA_RELPATH
    return path if path.is_file() else None


def morph_db_path(user_data: Path | None = USER_CAMEL_DATA) -> Path:
    """The morphology database the analyser uses: calima-msa-r13 if present, else Sanad's."""
    return full_morph_db_path(user_data) or SANAD_MORPH_DB


__all__ = [
    "AR_DIAC_CHARSET",
    "AR_LETTERS_CHARSET",
    "Analyzer",
    "MorphologyDB",
    "dediac_ar",
    "morph_db_path",
    "normalize_alef_ar",
    "normalize_alef_maksura_ar",
    "normalize_teh_marbuta_ar",
    "simple_word_tokenize",
]
