"""Every command the README shows works as typed once `make run` has run.

`make run` (scripts/serve) keeps a key of the machine's own in `.secret_key` when SECRET_KEY is unset;
`.venv/bin/python manage.py ...` typed later in another shell has neither SECRET_KEY nor DEBUG, so the
settings must find that key, and must still refuse to start with no key at all.
"""

import json
import os
import re
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
KEY = "readme-test-key-" + "q" * 50
# The key the settings end up with, printed by `manage.py shell`.
PRINT_KEY = ["shell", "--no-imports", "-c", "from django.conf import settings; print(settings.SECRET_KEY)"]


def shell_env(**extra):
    """A new shell on this machine: none of this process's development, test or production switches."""
    unset = {
        "DEBUG",
        "SECRET_KEY",
        "SECRET_KEY_FILE",
        "DJANGO_SETTINGS_MODULE",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "DATABASE_URL",
        "REDIS_URL",
        "ALLOWED_HOSTS",
        "HTTPS",
        "SECURE_SSL_REDIRECT",
        "PORT",
        "BIND",
    }
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(extra)
    return env


def manage(*args, env, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "secret_key"
    path.write_text(KEY + "\n")
    path.chmod(0o600)
    return path


def test_with_debug_off_manage_py_signs_with_the_key_file(key_file):
    env = shell_env(DEBUG="0", SECRET_KEY_FILE=str(key_file))
    result = manage("check", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout

    result = manage(*PRINT_KEY, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == KEY

    # SECRET_KEY, where production sets it, wins over the file.
    result = manage(*PRINT_KEY, env={**env, "SECRET_KEY": "from-the-environment-" + "e" * 40})
    assert result.stdout.strip() == "from-the-environment-" + "e" * 40, result.stderr


def test_with_debug_off_export_guide_runs_with_the_key_file(key_file, tmp_path):
    env = shell_env(
        DEBUG="0", SECRET_KEY_FILE=str(key_file), DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )
    for command in (["migrate", "--no-input", "-v0"], ["load_default_content"]):
        result = manage(*command, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    output = tmp_path / "guide.json"
    result = manage("export_guide", "--output", str(output), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "creator-rewards" in {method["slug"] for method in json.loads(output.read_text())["methods"]}


@pytest.mark.parametrize("contents", [None, "", " \n"], ids=["missing", "empty", "blank"])
def test_with_debug_off_and_no_key_anywhere_start_up_still_fails_clearly(tmp_path, contents):
    path = tmp_path / "secret_key"
    if contents is not None:
        path.write_text(contents)
    result = manage("check", env=shell_env(DEBUG="0", SECRET_KEY_FILE=str(path)))
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr
    assert str(path) in result.stderr  # says where else the key may be


# --- The README itself ------------------------------------------------------------------------------


def readme_commands() -> list[str]:
    """Shell commands the README shows: lines of ```sh blocks and `inline` spans running the venv."""
    text = README.read_text()
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        commands += [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]
    commands += re.findall(r"`([^`\n]*\.venv/bin/[^`\n]*)`", re.sub(r"```.*?```", "", text, flags=re.S))
    return commands


def runnable(command: str) -> bool:
    # `…` stands for any command; pip needs the network.
    return ".venv/bin/python " in command and "…" not in command


def test_readme_shows_every_manage_py_command_as_typed():
    text = README.read_text()
    bare = [
        text[m.start() - 40 : m.end() + 40] for m in re.finditer(r"(?<!\.venv/bin/python )manage\.py", text)
    ]
    assert not bare, bare
    commands = [c for c in readme_commands() if runnable(c)]
    for expected in ("createsuperuser", "export_guide --output", "import_guide", "check --deploy"):
        assert any(expected in command for command in commands), (expected, commands)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def after_make_run(tmp_path):
    """A copy of the project in which scripts/serve (what `make run` runs) has run once and stopped."""
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "node_modules",
            "staticfiles",
            "test-artifacts",
            "db.sqlite3*",
            ".secret_key",
            "__pycache__",
            ".*_cache",
            ".hypothesis",
            "*.egg-info",
        ),
    )
    (copy / ".venv").symlink_to(ROOT / ".venv")
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            ["./scripts/serve"],
            cwd=copy,
            env=shell_env(PORT=str(port), WEB_CONCURRENCY="1"),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        for _ in range(240):
            assert server.poll() is None, "scripts/serve stopped:\n" + log.read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("scripts/serve did not answer within two minutes:\n" + log.read_text())
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    return copy


def test_readme_commands_work_as_typed_after_make_run(after_make_run):
    key_file = after_make_run / ".secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    env = shell_env()
    key = subprocess.run(
        [".venv/bin/python", "manage.py", *PRINT_KEY],
        cwd=after_make_run,
        env=env,
        capture_output=True,
        text=True,
    )
    assert key.returncode == 0, key.stderr
    assert key.stdout.strip() == key_file.read_text().strip()

    ran = []
    for command in readme_commands():
        if not runnable(command) and not command.startswith("sqlite3 "):
            continue
        if command.startswith("sqlite3 ") and not shutil.which("sqlite3"):
            continue
        # createsuperuser asks its questions only on a terminal; without one it says so and stops cleanly.
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=after_make_run,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, (command, result.stdout + result.stderr)
        if "check" in shlex.split(command):
            assert "no issues" in result.stdout, (command, result.stdout + result.stderr)
        ran.append(command)
    for expected in ("createsuperuser", "export_guide --output", "import_guide", "check --deploy"):
        assert any(expected in command for command in ran), (expected, ran)
    assert json.loads((after_make_run / "guide.json").read_text())["methods"]
