"""Production mode as `make serve` runs it: granian, collected static files, caching across processes."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.test_security import production_env

ROOT = Path(__file__).resolve().parent.parent
# scripts/serve collects static files into this checkout: run with the other servers, apart from the
# parallel workers (see `make test`).
pytestmark = pytest.mark.serving


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """scripts/serve on a free port with a scratch SQLite database: (base url, environment, server)."""
    port = free_port()
    database = tmp_path_factory.mktemp("serve") / "db.sqlite3"
    env = production_env(SECRET_KEY="serving-test-" + "k" * 50)
    env.update(
        ALLOWED_HOSTS="127.0.0.1",
        HTTPS="0",
        PORT=str(port),
        DATABASE_URL=f"sqlite:///{database}",
        WEB_CONCURRENCY="2",
    )
    server = subprocess.Popen(
        [str(ROOT / "scripts" / "serve")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if get(base + "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("scripts/serve did not answer within a minute")
        yield base, env, server
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_pages_answer_with_an_etag_and_a_repeat_gets_304(served):
    base, _, _ = served
    status, headers, _ = get(base + "/methods/live-gifts/")
    assert status == 200
    assert "public" in headers["Cache-Control"] and "no-cache" in headers["Cache-Control"]
    assert get(base + "/methods/live-gifts/", **{"If-None-Match": headers["ETag"]})[0] == 304


def test_hashed_static_files_are_cached_for_a_year_and_compressed(served):
    base, _, _ = served
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', get(base + "/")[2].decode()).group(1)
    status, headers, _ = get(base + css, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"] and "max-age=315360000" in headers["Cache-Control"]
    assert headers["Content-Encoding"] == "gzip"


def test_the_configured_number_of_workers_serve(served):
    _, _, server = served
    workers = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
    assert len(workers) == 2


def test_an_edit_made_elsewhere_shows_at_once_on_every_worker(served):
    """Each worker has its own in-memory cache; the content version in the database keeps them right."""
    base, env, _ = served
    for _ in range(6):  # fill the caches of both workers
        assert b"Edited in another process" not in get(base + "/tips/")[2]
    edit = (
        "from guide.models import Tip; tip = Tip.objects.published().first(); "
        "tip.title = 'Edited in another process'; tip.save()"
    )
    subprocess.run([sys.executable, "manage.py", "shell", "-c", edit], cwd=ROOT, env=env, check=True)
    for _ in range(6):
        assert b"Edited in another process" in get(base + "/tips/")[2]
