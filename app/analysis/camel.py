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

import hashlib
import importlib
import json
import os
import sys
import tempfile
import types
import unicodedata
from pathlib import Path
from typing import Any

from app.paths import data_dir, resources_dir

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


# -- camel-tools' character sets from a cache ---------------------------------------------
# Importing camel_tools.utils.charsets walks all 1.1 million Unicode code points in Python
# (0.4 s of every start). The first import writes the sets to a JSON file in the data folder
# (keyed by the camel-tools, emoji, Unicode-database and Python versions); later starts build
# the same module from it in milliseconds. Any problem falls back to the ordinary import.

CHARSETS_MODULE = "camel_tools.utils.charsets"


def charsets_cache_key() -> str:
    import importlib.metadata

    import camel_tools

    try:  # emoji's version from its metadata: importing emoji itself takes ~0.02 s
        emoji_version = importlib.metadata.version("emoji")
    except importlib.metadata.PackageNotFoundError:
        emoji_version = "?"
    parts = (getattr(camel_tools, "__version__", "?"), emoji_version,
             unicodedata.unidata_version, f"{sys.version_info[0]}.{sys.version_info[1]}", "1")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def dump_charsets(module: types.ModuleType) -> dict[str, Any]:
    """The module's character sets: a set of single characters as one string, others as lists."""
    sets: dict[str, str | list[str]] = {}
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, frozenset):
            items = sorted(value)
            sets[name] = "".join(items) if all(len(x) == 1 for x in items) else items
    return {"all": list(getattr(module, "__all__", [])), "sets": sets}


class CachedCharsets(types.ModuleType):
    """The module built from the cache; each set made when first used, emoji's table imported
    only if asked for (the two largest sets, 130,000 letters each, are used by nothing Sanad runs)."""

    def __getattr__(self, name: str) -> Any:
        pending = self.__dict__["_pending"]
        if name in pending:
            value: Any = frozenset(pending.pop(name))
        elif name == "EMOJI_DATA":
            from emoji import EMOJI_DATA as value
        else:
            raise AttributeError(f"module {CHARSETS_MODULE!r} has no attribute {name!r}")
        setattr(self, name, value)
        return value

    def __dir__(self) -> list[str]:
        return sorted({*self.__dict__, *self.__dict__["_pending"], "EMOJI_DATA"})


def build_charsets(data: dict[str, Any]) -> types.ModuleType:
    sets = data["sets"]
    for value in sets.values():  # a damaged cache fails here, while the import can still fall back
        if not isinstance(value, str) and not (isinstance(value, list) and all(isinstance(x, str) for x in value)):
            raise TypeError("not a character set")
    module = CachedCharsets(CHARSETS_MODULE, "camel-tools' character sets (from Sanad's cache).")
    module.__dict__.update(unicodedata=unicodedata, __all__=list(data["all"]), _pending=dict(sets))
    return module


def install_charsets_cache(cache_dir: Path) -> bool:
    """Make ``camel_tools.utils.charsets`` come from the cache; True if it did."""
    if CHARSETS_MODULE in sys.modules:
        return False
    try:
        import camel_tools.utils

        path = cache_dir / f"camel-charsets-{charsets_cache_key()}.json"
        if path.is_file():
            module = build_charsets(json.loads(path.read_text(encoding="ascii")))
            sys.modules[CHARSETS_MODULE] = module
            camel_tools.utils.charsets = module  # type: ignore[attr-defined]
            return True
        import camel_tools.utils.charsets as real

        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".charsets-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="ascii") as out:
            json.dump(dump_charsets(real), out)
        os.replace(tmp, path)
    except (OSError, ValueError, KeyError, TypeError, ImportError):
        return False
    return False


# -- camel-tools' data catalogue on first use -----------------------------------------------
# camel_tools.morphology.database imports camel_tools.data for its CATALOGUE, which loads the
# package downloader (requests, urllib3, tqdm, pyrsistent: ~0.07 s). Sanad names its morphology
# database by path and never uses the catalogue, so that module gets a stand-in that loads the
# real catalogue the first time anything asks it something.


class LazyCatalogue:
    """``camel_tools.data.CATALOGUE``, imported when first used."""

    def __getattr__(self, name: str) -> Any:
        from camel_tools.data import CATALOGUE

        return getattr(CATALOGUE, name)


def import_morphology_database() -> types.ModuleType:
    """``camel_tools.morphology.database``, imported with :class:`LazyCatalogue` as its CATALOGUE."""
    name = "camel_tools.morphology.database"
    if name in sys.modules or "camel_tools.data" in sys.modules:
        return importlib.import_module(name)
    import camel_tools

    stand_in = types.ModuleType("camel_tools.data", "Stand-in while camel_tools.morphology.database loads.")
    stand_in.CATALOGUE = LazyCatalogue()  # type: ignore[attr-defined]
    sys.modules["camel_tools.data"] = stand_in
    try:
        return importlib.import_module(name)
    finally:  # a later ``import camel_tools.data`` loads the real module
        del sys.modules["camel_tools.data"]
        camel_tools.__dict__.pop("data", None)


# Only now may camel_tools be imported; its character sets come from a cache when there is one.
install_charsets_cache(data_dir() / "cache")
import_morphology_database()
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
