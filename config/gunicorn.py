"""gunicorn's settings for production mode (scripts/serve runs `gunicorn -c config/gunicorn.py`).

Everything comes from the environment, like config/settings.py; see the README's table.
"""

import gc
import os

bind = os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or (os.cpu_count() or 1) + 1)
# gthread workers keep client connections alive, so a visitor's next page skips the TCP handshake.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS") or 2)
keepalive = 5
graceful_timeout = 10
# Load Django once in the master and fork the workers from it: a new or recycled worker is ready at
# once and shares the master's memory. (Code changes then need a restart, not a HUP.)
preload_app = True
# Recycling a worker now and then keeps a slow leak from growing; rare enough to cost nothing.
max_requests = int(os.environ.get("MAX_REQUESTS") or 100_000)
max_requests_jitter = max_requests // 10
errorlog = "-"
accesslog = os.environ.get("ACCESS_LOG") or None  # e.g. ACCESS_LOG=- for stdout


def pre_fork(server, worker):
    # Django's start-up objects live as long as the process: move them out of the garbage collector's
    # sight. A full collection then takes about 1 ms instead of about 40 ms, which showed in p99
    # latency, and forked workers keep sharing those pages with the master instead of copying them.
    gc.freeze()


def post_fork(server, worker):
    # A database connection opened in the master (none is, today) must never be shared by workers.
    from django.db import connections

    connections.close_all()
