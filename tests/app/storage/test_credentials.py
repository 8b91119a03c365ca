"""Server passwords come from the environment or the keyring, never from settings or logs."""

from __future__ import annotations

import sys
import types

import pytest
from sqlalchemy.engine import make_url

from app.errors import InputError
from app.storage import credentials
from app.storage.credentials import password_for, save_password, settings_url, with_password
from app.storage.database import Database

SERVER = make_url("postgresql+psycopg://maryam@newsroom-db:5433/sanad")


class FakeKeyring(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("keyring")
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.store.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.store[(service, account)] = password


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring → ImportError
    for name in (credentials.PASSWORD_ENV, credentials.LIBPQ_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    kr = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", kr)
    for name in (credentials.PASSWORD_ENV, credentials.LIBPQ_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    return kr


def test_sanad_variable_wins_over_libpq_variable(no_keyring: None) -> None:
    env = {"SANAD_DB_PASSWORD": "from-sanad", "PGPASSWORD": "from-libpq"}
    assert password_for(SERVER, env) == "from-sanad"
    assert password_for(SERVER, {"PGPASSWORD": "from-libpq"}) == "from-libpq"
    assert with_password(SERVER, env).password == "from-sanad"


def test_password_in_the_url_is_kept(no_keyring: None) -> None:
    url = SERVER.set(password="in-url")
    assert with_password(url, {"SANAD_DB_PASSWORD": "other"}).password == "in-url"


def test_no_password_anywhere_leaves_the_url_alone(no_keyring: None) -> None:
    assert password_for(SERVER, {}) is None
    assert with_password(SERVER, {}).password is None


def test_sqlite_urls_never_get_a_password(no_keyring: None) -> None:
    url = make_url("sqlite:////tmp/x.sqlite3")
    assert with_password(url, {"SANAD_DB_PASSWORD": "secret"}) == url


def test_keyring_is_used_when_installed(fake_keyring: FakeKeyring) -> None:
    assert password_for(SERVER, {}) is None
    save_password(SERVER, "from-keyring")
    assert fake_keyring.store == {("Sanad", "maryam@newsroom-db:5433/sanad"): "from-keyring"}
    assert with_password(SERVER, {}).password == "from-keyring"
    assert password_for(SERVER, {"PGPASSWORD": "env"}) == "env"  # the environment comes first


def test_a_broken_keyring_backend_is_not_fatal(fake_keyring: FakeKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(service: str, account: str) -> str:
        raise RuntimeError("no backend")

    monkeypatch.setattr(fake_keyring, "get_password", broken)
    assert password_for(SERVER, {}) is None


def test_saving_without_keyring_says_what_to_do(no_keyring: None) -> None:
    with pytest.raises(InputError, match="SANAD_DB_PASSWORD"):
        save_password(SERVER, "x")


def test_settings_url_has_no_password() -> None:
    url = SERVER.set(password="hunter2")
    saved = settings_url(url)
    assert "hunter2" not in saved
    assert saved == "postgresql+psycopg://maryam@newsroom-db:5433/sanad"


def test_display_name_hides_an_environment_password(monkeypatch: pytest.MonkeyPatch, no_keyring: None) -> None:
    monkeypatch.setenv("SANAD_DB_PASSWORD", "hunter2")
    db = Database(SERVER.render_as_string(), migrate=False)
    try:
        assert db.url.password == "hunter2"  # it is used to connect...
        assert "hunter2" not in db.display_name  # ...but never shown
        assert db.display_name == "postgresql+psycopg://maryam:***@newsroom-db:5433/sanad"
    finally:
        db.close()
