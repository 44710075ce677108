"""config/granian.py's own decisions, without starting it."""

import pytest

from config import granian


def test_workers_drop_secrets_and_http_variables_from_what_requests_see():
    environ = {
        "SECRET_KEY": "k",
        "SECRET_KEY_FILE": "/run/key",
        "DATABASE_URL": "postgres://u:p@db/x",
        "REDIS_URL": "redis://r",
        "HTTP_PROXY": "http://proxy:3128",
        "https_proxy": "http://proxy:3128",
        "AWS_SECRET_ACCESS_KEY": "a",
        "API_TOKEN": "t",
        "PGPASSWORD": "kept: libpq reads it on every connect",
        "PATH": "/usr/bin",
        "HTTPS": "1",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "guide.example",
    }
    granian.drop_private(environ)
    assert sorted(environ) == ["ALLOWED_HOSTS", "DEBUG", "HTTPS", "PATH", "PGPASSWORD"]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ("127.0.0.1", 8000)),
        ({"PORT": "8123"}, ("127.0.0.1", 8123)),
        ({"BIND": "0.0.0.0:9000", "PORT": "8123"}, ("0.0.0.0", 9000)),
        ({"BIND": "[::1]:8001"}, ("::1", 8001)),
    ],
)
def test_bind_reads_bind_then_port(monkeypatch, env, expected):
    for name in ("BIND", "PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert granian.bind() == expected
