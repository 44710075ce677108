"""Make the site ready to serve, doing only what has changed since it was last done.

Production mode used to run collectstatic, migrate and load_default_content on every start, five of the
5.6 s a restart took with nothing to do. Each still runs as its own manage.py command, exactly as before,
but only when it has something to do:

- collectstatic: when its inputs changed since it last ran into STATIC_ROOT (the files under static/, the
  installed packages, which bring the admin's and htmx's files, and config/settings.py), or when
  STATIC_ROOT's manifest is not the one it wrote (deleted, or written by someone else).
- migrate: when the migration files, the installed packages or the settings changed since this database
  was last migrated here, or when the database's own list of applied migrations is not what it was then:
  a new, emptied or restored database at the same DATABASE_URL is migrated again.
- load_default_content: when the database has no methods, the command's own test, asked directly (the
  command changes nothing in a database that has some, whatever the files say).

What was done is kept in `.serve-stamps/` (git-ignored): one stamp for the static files, one per database
(named by a hash of DATABASE_URL, which may hold a password); stamps unused for a month are removed. Two servers starting at the same moment on
one new database would both migrate it; start the first, then the others (README, "Running in production").
"""

import contextlib
import hashlib
import json
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection

ROOT = Path(__file__).resolve().parent.parent
STAMPS = ROOT / ".serve-stamps"


def digest(*parts) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(repr(part).encode())
        hasher.update(b"\0")
    return hasher.hexdigest()


def files_digest(paths) -> str:
    """The names and contents of these files."""
    hasher = hashlib.blake2b(digest_size=16)
    for path in sorted(paths):
        hasher.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def installed_packages() -> list[str]:
    """Every installed distribution with its version (the names of their .dist-info folders)."""
    site = Path(sysconfig.get_paths()["purelib"])
    return sorted(path.name for path in site.glob("*.dist-info"))


def static_inputs() -> str:
    sources = [
        path for folder in settings.STATICFILES_DIRS for path in Path(folder).rglob("*") if path.is_file()
    ]
    return digest(
        files_digest(sources), installed_packages(), files_digest([ROOT / "config" / "settings.py"])
    )


def static_output():
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.is_file():
        return None
    stat = manifest.stat()
    return [str(manifest), stat.st_size, stat.st_mtime_ns, stat.st_ino]


def migration_inputs() -> str:
    ours = list(ROOT.glob("*/migrations/*.py"))
    return digest(files_digest(ours), installed_packages(), files_digest([ROOT / "config" / "settings.py"]))


def applied_migrations():
    """What the database says has been applied: count and latest, or None when it has no such table."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*), MAX(id), MAX(applied) FROM django_migrations")
            count, last, when = cursor.fetchone()
    except DatabaseError:
        return None
    finally:
        connection.close()
    return [count, last, str(when)] if count else None


def has_content() -> bool:
    from guide.models import Method

    try:
        return Method.objects.exists()
    finally:
        connection.close()


class Stamp:
    """A small JSON file saying what inputs a step last ran with and what it left behind."""

    def __init__(self, name: str):
        self.path = STAMPS / f"{name}.json"

    def read(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}

    def write(self, **values) -> None:
        try:
            STAMPS.mkdir(exist_ok=True)
            partial = self.path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(values))
            partial.replace(self.path)
            # Scratch databases (tests, benchmarks) leave stamps behind: forget those unused for a month.
            month_ago = time.time() - 30 * 24 * 60 * 60
            for old in STAMPS.glob("*.json"):
                if old.stat().st_mtime < month_ago:
                    old.unlink(missing_ok=True)
        except OSError as error:  # a read-only checkout: every start does every step, as before
            print(f"Could not keep {self.path}: {error}", file=sys.stderr)

    def used(self) -> None:
        """Mark it as still in use (a start that found nothing to do), so it is not forgotten."""
        with contextlib.suppress(OSError):
            os.utime(self.path)


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True)


def run() -> None:
    started = time.monotonic()
    done = []

    stamp = Stamp("static")
    inputs = static_inputs()
    if stamp.read() != {"inputs": inputs, "output": static_output()}:
        manage("collectstatic", "--no-input", "-v0")
        stamp.write(inputs=inputs, output=static_output())
        done.append("static files collected")
    else:
        stamp.used()
        done.append("static files unchanged")

    stamp = Stamp("database-" + digest(settings.DATABASES["default"])[:16])
    inputs = migration_inputs()
    if stamp.read() != {"inputs": inputs, "applied": applied_migrations()}:
        manage("migrate", "--no-input", "-v0")
        stamp.write(inputs=inputs, applied=applied_migrations())
        done.append("migrations applied")
    else:
        stamp.used()
        done.append("migrations unchanged")

    if has_content():
        done.append("content present")
    else:
        manage("load_default_content")
        done.append("default content loaded")

    print(f"Ready in {time.monotonic() - started:.1f} s: {', '.join(done)}", flush=True)
