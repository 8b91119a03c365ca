"""Typed access to Sanad's QSettings (organisation "Sanad").

Exports read the organisation details from the keys ``org/name`` and ``org/url``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Sanad"
APPLICATION = "Sanad"
LANGUAGES = ("ar", "en")
DEFAULT_THRESHOLD = 0.5
MAX_RECENT = 10


class Settings:
    """A thin typed layer over QSettings; every getter has a safe default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORGANISATION, APPLICATION)

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: object) -> None:
        self.store.sync()  # nothing to write: only picks up what another Sanad wrote meanwhile
        if self.store.contains(key) and self.store.value(key) == value:
            return  # unchanged: no write (each one rewrites the file, ~3 ms)
        self.store.setValue(key, value)
        self.store.sync()

    # -- preferences ----------------------------------------------------------------------

    def language(self) -> str:
        lang = self._str("ui/language", "ar")
        return lang if lang in LANGUAGES else "ar"

    def set_language(self, lang: str) -> None:
        self._set("ui/language", lang if lang in LANGUAGES else "ar")

    def reviewer(self) -> str:
        return self._str("review/reviewer")

    def set_reviewer(self, name: str) -> None:
        self._set("review/reviewer", " ".join(name.split()))

    def highlight_threshold(self) -> float:
        try:
            value = float(self._str("review/threshold", str(DEFAULT_THRESHOLD)))
        except ValueError:
            return DEFAULT_THRESHOLD
        return min(1.0, max(0.0, value))

    def set_highlight_threshold(self, value: float) -> None:
        self._set("review/threshold", f"{min(1.0, max(0.0, value)):.2f}")

    def org_name(self) -> str:
        return self._str("org/name")

    def org_url(self) -> str:
        return self._str("org/url")

    def set_org(self, name: str, url: str) -> None:
        self._set("org/name", name.strip())
        self._set("org/url", url.strip())

    def database_url(self) -> str:
        """The chosen database as a URL without password; "" means the local SQLite file."""
        return self._str("database/url")

    def set_database_url(self, url: str) -> None:
        """Remember the database; any password in ``url`` is dropped (it goes to the keyring)."""
        from sqlalchemy.engine import make_url

        from app.storage.credentials import settings_url

        self._set("database/url", settings_url(make_url(url)) if url else "")

    def zoom(self) -> int:
        try:
            return int(self._str("ui/zoom", "0"))
        except ValueError:
            return 0

    def set_zoom(self, steps: int) -> None:
        self._set("ui/zoom", int(steps))

    # -- session state --------------------------------------------------------------------

    def last_article(self) -> int | None:
        value = self._str("session/article")
        return int(value) if value.isdigit() else None

    def set_last_article(self, article_id: int | None) -> None:
        self._set("session/article", "" if article_id is None else str(article_id))

    def last_claim(self) -> int | None:
        value = self._str("session/claim")
        return int(value) if value.isdigit() else None

    def set_last_claim(self, claim_id: int | None) -> None:
        self._set("session/claim", "" if claim_id is None else str(claim_id))

    def recent_files(self) -> list[str]:
        value = self.store.value("session/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def add_recent_file(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files() if f != path]
        self._set("session/recent", files[:MAX_RECENT])

    def geometry(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._set(f"window/{name}", data)
