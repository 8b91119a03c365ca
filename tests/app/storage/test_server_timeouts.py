"""A server connection carries timeouts of its own; settings in the URL win over them."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from app.storage.database import SERVER_TIMEOUT_S, server_connect_args


def test_a_server_connection_gives_up_on_a_silent_network() -> None:
    args = server_connect_args(make_url("postgresql+psycopg://newsroom.example/sanad"))
    assert args["connect_timeout"] == SERVER_TIMEOUT_S
    assert args["tcp_user_timeout"] == SERVER_TIMEOUT_S * 1000
    assert args["keepalives"] == 1 and args["keepalives_count"] >= 1


def test_settings_in_the_url_are_kept() -> None:
    url = make_url("postgresql+psycopg://newsroom.example/sanad?tcp_user_timeout=30000&connect_timeout=3")
    args = server_connect_args(url)
    assert "tcp_user_timeout" not in args and "connect_timeout" not in args
    assert args["keepalives"] == 1
