"""A server connection carries timeouts of its own; settings in the URL win over them."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app.storage.database import SERVER_TIMEOUT_S, environment_problem, server_connect_args


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


@pytest.mark.parametrize("said", [
    "consuming input failed: could not receive data from server: Connection timed out",
    "consuming input failed: could not receive data from server: No route to host",
    "could not send data to server: Broken pipe",
    "SSL SYSCALL error: EOF detected",
    "terminating connection due to administrator command",
    "the connection is lost",
])
def test_a_lost_network_is_an_error_of_the_environment_not_a_bug(said: str) -> None:
    assert environment_problem(OperationalError("SELECT 1", {}, Exception(said))) in (
        "the database server cannot be reached", "the database server closed the connection")


def test_a_programming_error_is_still_a_bug() -> None:
    assert environment_problem(OperationalError("SELECT 1", {}, Exception('column "x" does not exist'))) is None
