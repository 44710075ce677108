"""Slow, idle and half-sent connections never stop the site (DESIGN.md, "Robust"; docs/decisions/013-*).

With gunicorn's threaded workers, 60 connections that sent half a request held every thread and the site
answered nothing for over 20 s. Here 200 such connections and 100 that send nothing stay open while a
visitor asks for the health check and the checker, and each answer comes within a second.
"""

import socket
import time

import pytest

from tests.serving.app_server import AppServer, get

pytestmark = pytest.mark.serving

HALF_SENT = 200
IDLE = 100
CHECKER = "/check/?followers=12500&age=24&country=US"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("slow-clients")
    server = AppServer(folder / "serve.log", DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}")
    server.start()
    yield server
    server.stop()


def half_request(number: int) -> bytes:
    """A request cut short: some in the request line, some in the headers."""
    whole = (
        f"GET /check/?followers={number}&age=24&country=US HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nUser-Agent: slow-client\r\nAccept: text/html\r\n\r\n"
    ).encode()
    return whole[: 10 + number % (len(whole) - 14)]


@pytest.fixture
def held_connections(server):
    """Every bad connection, open; closed again after the test."""
    sockets = []
    try:
        for number in range(HALF_SENT):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            sock.sendall(half_request(number))
            sockets.append(sock)
        for _ in range(IDLE):
            sockets.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
        time.sleep(0.5)  # the server has taken them all in
        yield sockets
    finally:
        for sock in sockets:
            sock.close()


def still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True  # nothing to read and not closed: the server is still waiting for the rest
    except OSError:
        return False


def timed_get(url: str) -> tuple[int, float, bytes]:
    started = time.monotonic()
    status, _, body = get(url, timeout=10)
    return status, time.monotonic() - started, body


def test_the_site_answers_within_a_second_while_bad_connections_are_held(server, held_connections):
    timings = {}
    for path in ["/healthz", CHECKER, "/healthz", CHECKER, "/"]:
        status, seconds, body = timed_get(server.base + path)
        assert status == 200, (path, body[:500])
        timings.setdefault(path, []).append(seconds)
    slowest = {path: max(seconds) for path, seconds in timings.items()}
    print(
        "slowest answers with the bad connections open:",
        {p: f"{s * 1000:.0f} ms" for p, s in slowest.items()},
    )
    assert all(seconds < 1 for seconds in slowest.values()), slowest
    assert b'data-method="creator-rewards"' in get(server.base + CHECKER)[2]

    # The bad connections were really there all along: the server neither answered nor dropped them.
    open_now = sum(still_open(sock) for sock in held_connections)
    assert open_now == len(held_connections), f"only {open_now} of {len(held_connections)} still open"


def test_many_visitors_at_once_with_bad_connections_held(server, held_connections):
    """Forty visitors arriving together all get the checker within a second or so each."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(lambda n: timed_get(f"{server.base}{CHECKER}&views_30d={n}"), range(40)))
    assert all(status == 200 for status, _, _ in results)
    slowest = max(seconds for _, seconds, _ in results)
    assert slowest < 3, f"slowest of 40 at once: {slowest:.2f} s"
