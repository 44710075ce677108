"""scripts/serve as a test starts it: on a free port, in a process group of its own, its output kept."""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.test_security import production_env

ROOT = Path(__file__).resolve().parents[2]
KEY = "serving-test-key-" + "s" * 50


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 10, **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class AppServer:
    """One scripts/serve; `log` holds everything it printed."""

    def __init__(self, log_path: Path, **env):
        self.port = int(env.pop("PORT", 0)) or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.env = production_env(SECRET_KEY=KEY)
        self.env.update(ALLOWED_HOSTS="127.0.0.1", HTTPS="0", PORT=str(self.port), WEB_CONCURRENCY="2")
        self.env.update(env)
        self.process = None

    @property
    def log(self) -> str:
        return self.log_path.read_text() if self.log_path.exists() else ""

    def launch(self) -> None:
        """Start it, and wait for nothing."""
        with self.log_path.open("a") as output:
            self.process = subprocess.Popen(
                [str(ROOT / "scripts" / "serve")],
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def start(self, wait: float = 120) -> float:
        """Start it and wait until /healthz answers 200; return the seconds that took."""
        started = time.monotonic()
        self.launch()
        while time.monotonic() - started < wait:
            if self.process.poll() is not None:
                raise AssertionError(f"scripts/serve stopped ({self.process.returncode}):\n{self.log}")
            try:
                if get(self.base + "/healthz", timeout=2)[0] == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"scripts/serve did not answer within {wait} s:\n{self.log}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, sig)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def kill(self) -> None:
        """As a crash or a pulled plug would: every process of it, at once, with no chance to finish."""
        self.stop(signal.SIGKILL)

    def pids(self) -> list[int]:
        """The server's processes: the main one and its workers."""
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True)
        return [self.process.pid, *(int(pid) for pid in children.stdout.split())]
