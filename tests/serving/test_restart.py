"""A restart with nothing changed skips collectstatic, migrate and the content load (config/prepare.py);
a new database at the same address still gets all of them; SIGTERM stops the server cleanly; a second
server on a port in use refuses to start."""

import re

import pytest

from tests.serving.app_server import AppServer, get

pytestmark = pytest.mark.serving


def ready_line(server: AppServer, run: int) -> str:
    lines = re.findall(r"^Ready in .*$", server.log, flags=re.M)
    assert len(lines) == run, server.log
    return lines[-1]


def test_restarts_skip_what_is_done_and_a_new_database_gets_everything(tmp_path):
    database = tmp_path / "db.sqlite3"
    server = AppServer(tmp_path / "serve.log", DATABASE_URL=f"sqlite:///{database}")

    server.start()
    line = ready_line(server, 1)
    assert "migrations applied" in line and "default content loaded" in line, line
    assert get(server.base + "/methods/creator-rewards/")[0] == 200
    server.stop()
    assert server.process.returncode == 0, server.log  # SIGTERM: a clean stop, not a crash

    seconds = server.start()
    line = ready_line(server, 2)
    assert line.endswith("static files unchanged, migrations unchanged, content present"), line
    assert get(server.base + "/methods/creator-rewards/")[0] == 200
    print(f"restart with nothing changed: /healthz answered {seconds:.1f} s after scripts/serve started")
    server.stop()

    # The same DATABASE_URL, a new empty database: migrated and filled again, not trusted to the stamp.
    for path in tmp_path.glob("db.sqlite3*"):
        path.unlink()
    server.start()
    line = ready_line(server, 3)
    assert "migrations applied" in line and "default content loaded" in line, line
    assert get(server.base + "/methods/creator-rewards/")[0] == 200
    server.stop()


def test_a_second_server_on_a_port_in_use_refuses_to_start(tmp_path):
    """granian listens with SO_REUSEPORT: without config/granian.py's check the second would share the port."""
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    first = AppServer(tmp_path / "first.log", DATABASE_URL=database)
    first.start()
    try:
        second = AppServer(tmp_path / "second.log", DATABASE_URL=database, PORT=str(first.port))
        second.launch()
        assert second.process.wait(timeout=60) != 0, second.log
        assert f"Cannot serve on 127.0.0.1:{first.port}" in second.log
        assert get(first.base + "/healthz")[0] == 200
    finally:
        first.stop()
