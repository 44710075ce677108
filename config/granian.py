"""The app server of production mode: scripts/serve runs `python -m config.granian`.

granian reads and writes HTTP in Rust (hyper on tokio), outside Python: a client that sends half a request,
or nothing at all, costs a few kilobytes in its event loop and never holds one of the Python threads that
run Django's views. Why granian: docs/decisions/013-serving-stack.md. Everything comes from the
environment, like config/settings.py (see the README's table).

This process makes the site ready first, skipping what is already done (config/prepare.py), then loads
Django once and forks the workers from itself: a new or replaced worker is ready at once and shares this
process's memory. Code changes therefore need a restart, not a HUP.
"""

import gc
import multiprocessing
import os
import re
import resource
import socket
import sys

# Values the settings have already read and a request must never see: granian copies the whole process
# environment into every request's WSGI environ (request.META), and an `HTTP_*` variable there (HTTP_PROXY)
# would pass for a header the client sent. libpq's own variables (PGPASSWORD...) are read on each connect.
PRIVATE = re.compile(r"^(?!PG)(.*(KEY|SECRET|PASS|TOKEN|CREDENTIAL)|.*_URL$|HTTPS?_)", re.IGNORECASE)


def drop_private(environ) -> None:
    """Remove what a request must not see from a process environment (os.environ, in each worker)."""
    for name in [name for name in environ if PRIVATE.search(name)]:
        del environ[name]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def bind() -> tuple[str, int]:
    """BIND (`host:port`, `[::1]:8000`), else 127.0.0.1 and PORT."""
    value = os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT') or '8000'}"
    host, _, port = value.rpartition(":")
    return host.strip("[]") or "127.0.0.1", int(port)


def refuse_a_port_in_use(host: str, port: int) -> None:
    """granian's workers listen with SO_REUSEPORT, so a second server on a port in use would quietly share it
    with the first: try the port without that option first, and stop if anything listens there."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            sys.exit(
                f"Cannot serve on {host}:{port}: {error.strerror} (another server? give each its own PORT)"
            )


def allow_many_connections() -> None:
    """Each connection is a file descriptor: lift the soft limit (often 1,024) to the hard one, so idle
    connections by the thousand cannot leave a worker unable to accept more."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else hard
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def load_django():
    """Django, its apps, middleware and URLs, loaded once in this process before the workers fork."""
    from django.db import connections
    from django.urls import get_resolver

    from config.wsgi import application

    get_resolver().url_patterns  # noqa: B018 (imports every view now, once, rather than in each worker)
    # Connections belong to threads and none of this one's serves a request; a worker must never inherit
    # an open one.
    connections.close_all()
    return application


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from config import prepare

    prepare.run()
    application = load_django()

    from granian import Granian
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings
    from granian.log import LogLevels

    def worker_app(_target: str):
        """Runs in each worker as it starts, before granian reads the environment into its WSGI environ."""
        drop_private(os.environ)
        return application

    workers = env_int("WEB_CONCURRENCY", os.cpu_count() or 1)
    threads = env_int("WEB_THREADS", 2)
    host, port = bind()
    max_rss = env_int("WORKER_MAX_RSS_MB", 0)
    refuse_a_port_in_use(host, port)
    allow_many_connections()
    server = Granian(
        "config.wsgi:application",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        websockets=False,
        workers=workers,
        # Python threads per worker running views. Connections are held by the Rust side, whatever
        # their number; these threads only ever run complete requests.
        blocking_threads=threads,
        # Connections a worker holds at once (granian's "backpressure"), idle and half-sent ones included:
        # past it, new ones wait in the listen queue. About 13 KB each, so 4,096 cost at most ~55 MB; its
        # default (backlog / workers, 512 here) let 600 idle connections stop the site.
        backpressure=env_int("WEB_BACKPRESSURE", 4096),
        # A client that has started a request gets 10 s to finish its headers, then it is disconnected.
        # (One that sends nothing is never timed out by granian 2.8: only the limit above bounds those.)
        http1_settings=HTTP1Settings(header_read_timeout=10_000, keep_alive=True),
        log_level=LogLevels.info,
        log_access=os.environ.get("ACCESS_LOG", "").strip() not in ("", "0"),
        respawn_failed_workers=True,
        # SIGTERM: stop accepting, finish the requests in flight, and after 10 s stop anyway.
        workers_kill_timeout=10,
        # A worker grown past this (a leak) is replaced, gracefully, by a fresh fork of this process.
        workers_max_rss=max_rss or None,
    )
    print(f"Serving on http://{host}:{port} ({workers} workers x {threads} threads)", flush=True)
    # Django's start-up objects live as long as the process: move them out of the garbage collector's sight.
    # A full collection then takes about 1 ms instead of about 40 ms (it showed in p99 latency), and the
    # forked workers keep sharing those pages with this process instead of copying them.
    gc.collect()
    gc.freeze()
    server.serve(target_loader=worker_app)


if __name__ == "__main__":
    # Fork, so workers start from this process's loaded Django (3.14's default, forkserver, would not).
    multiprocessing.set_start_method("fork", force=True)
    sys.exit(main())
