"""The password of a server database, from anywhere but plain text in settings or logs.

``--db``/``SANAD_DB`` name the server without a password
(``postgresql+psycopg://maryam@newsroom-db/sanad``); :func:`with_password` then fills it
in, first found wins:

1. a password written in the URL itself (allowed, but never shown: see ``display_name``);
2. ``SANAD_DB_PASSWORD``;
3. ``PGPASSWORD`` (libpq's own variable);
4. the system keyring (service ``Sanad``, account ``user@host:port/database``), when the
   optional ``keyring`` package is installed — it is imported only when needed.

What Sanad writes to its settings is :func:`settings_url`: the URL with no password.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import ModuleType

from sqlalchemy.engine import URL

from app.errors import InputError

PASSWORD_ENV = "SANAD_DB_PASSWORD"
LIBPQ_PASSWORD_ENV = "PGPASSWORD"
KEYRING_SERVICE = "Sanad"


def keyring_account(url: URL) -> str:
    """The keyring account for a server: ``user@host:port/database``."""
    port = url.port or 5432
    return f"{url.username or ''}@{url.host or 'localhost'}:{port}/{url.database or ''}"


def _keyring() -> ModuleType | None:
    try:
        import keyring  # optional: not a dependency of Sanad
    except Exception:  # noqa: BLE001 - absent or broken: behave as if there were no keyring
        return None
    return keyring


def keyring_available() -> bool:
    """Whether :func:`save_password` can store a password (the ``keyring`` package imports)."""
    return _keyring() is not None


def keyring_password(url: URL) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(KEYRING_SERVICE, keyring_account(url))
    except Exception:  # noqa: BLE001 - a locked or missing keyring backend is not an error here
        return None
    return value or None


def password_for(url: URL, environ: Mapping[str, str] | None = None) -> str | None:
    """The password to use for ``url``, or None when no source has one."""
    if url.password:
        return str(url.password)
    env = os.environ if environ is None else environ
    for name in (PASSWORD_ENV, LIBPQ_PASSWORD_ENV):
        if env.get(name):
            return env[name]
    return keyring_password(url)


def with_password(url: URL, environ: Mapping[str, str] | None = None) -> URL:
    """``url`` with its password filled in from the environment or the keyring (SQLite: unchanged)."""
    if url.get_backend_name() == "sqlite" or url.password:
        return url
    password = password_for(url, environ)
    return url.set(password=password) if password else url


def save_password(url: URL, password: str) -> None:
    """Remember ``password`` for ``url`` in the system keyring."""
    kr = _keyring()
    if kr is None:
        raise InputError(
            f"no system keyring is available to store the password; set {PASSWORD_ENV} instead"
        )
    try:
        kr.set_password(KEYRING_SERVICE, keyring_account(url), password)
    except Exception as exc:  # noqa: BLE001 - keyring backends raise their own types
        raise InputError(f"the system keyring refused to store the password: {exc}") from exc


def settings_url(url: URL) -> str:
    """The URL as it may be written to settings: without any password."""
    return url._replace(password=None).render_as_string(hide_password=False)
