#!/usr/bin/env python3
"""Measure throughput and latency of the site in production mode (scripts/serve) with wrk.

Runs, against one scripts/serve (granian) started here: two references (a bare Django view returning a fixed string,
and a static file through whitenoise) and the product's pages; prints requests per second, p50 and p99
latency, errors, and each page's ratio to the bare view. Then a long run at more connections, watching
the servers' memory. This is a benchmark, not a test: numbers depend on the machine.

    make benchmark                      # defaults: 16 connections, 5 rounds of 4 s per page, 60 s soak at 64
    .venv/bin/python scripts/benchmark.py --seconds 5 --soak-seconds 0
    .venv/bin/python scripts/benchmark.py --only "new profile" --soak-seconds 0   # some rows, with the bare view
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILE = "followers=12%2C500&age=24&country=US&views_30d=150k&niche=education&live=&account_type=personal"
# Each measured page's target, as a ratio to the bare view in the same run, and its p99 ceiling (ms).
CACHED = (1.0, 50)  # a page served from the cache: at least as fast as the bare view
TARGETS = {
    "cached": CACHED,
    "new profile, htmx": (0.5, 50),  # creators typing: a new profile on nearly every request
    "new profile, api": (0.8, None),
}


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        return shutil.which("wrk") or sys.exit("wrk did not install")
    sys.exit("wrk is needed: apt-get install wrk")


def start_server(port: int, workers: str, db_path: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "PORT": str(port),
        "BENCHMARK_ENDPOINTS": "1",
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{db_path}"),
    }
    if workers:
        env["WEB_CONCURRENCY"] = workers
    server = subprocess.Popen(
        [str(ROOT / "scripts" / "serve")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    sys.exit("the server did not start:\n" + server.stderr.read().decode())


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


# Every request a profile never asked before (followers counting up from a random start), so each one
# is computed and rendered: what a creator typing into the checker costs, with no cache to help.
NEW_PROFILE_EACH_TIME = """
local n = math.random(1, 1000000000)
request = function()
  n = n + 1
  return wrk.format(nil, (wrk.path:gsub("followers=[^&]*", "followers=" .. n)))
end
"""
# The soak: every other request a new profile, the rest the same one (served from the cache).
HALF_NEW_PROFILES = """
local n = math.random(1, 1000000000)
request = function()
  n = n + 1
  if n % 2 == 0 then return wrk.format(nil, wrk.path) end
  return wrk.format(nil, (wrk.path:gsub("followers=[^&]*", "followers=" .. n)))
end
"""


def run_wrk(
    wrk: str, url: str, connections: int, seconds: int, headers=(), script: Path | None = None
) -> dict:
    # One wrk thread is fast enough, and leaves the other core to the server being measured.
    args = [
        wrk,
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "--timeout",
        "5s",
    ]
    for header in headers:
        args += ["-H", header]
    if script:
        args += ["-s", str(script)]
    output = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def server_memory_mb(server: subprocess.Popen) -> float:
    """Resident memory of the server's main process and workers."""
    pids = [str(server.pid)] + subprocess.run(
        ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
    ).stdout.split()
    total_kb = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            total_kb += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
        except (OSError, AttributeError):
            pass
    return total_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--soak-connections", type=int, default=64)
    parser.add_argument("--soak-seconds", type=int, default=60)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", default="", help="WEB_CONCURRENCY for the server (default: by cores)")
    parser.add_argument("--show-rounds", action="store_true", help="print every round, not only medians")
    parser.add_argument(
        "--only",
        default="",
        help='measure only the rows whose name or kind holds this text, e.g. "new profile" '
        "(the bare view is always measured: every ratio is to it)",
    )
    options = parser.parse_args()

    wrk = ensure_wrk()
    base = f"http://127.0.0.1:{options.port}"
    with tempfile.TemporaryDirectory() as scratch:
        server = start_server(options.port, options.workers, f"{scratch}/bench.sqlite3")
        new_profile_script = Path(scratch) / "new-profile-each-time.lua"
        new_profile_script.write_text(NEW_PROFILE_EACH_TIME)
        half_new_script = Path(scratch) / "half-new-profiles.lua"
        half_new_script.write_text(HALF_NEW_PROFILES)
        try:
            home = urllib.request.urlopen(base + "/").read().decode()
            css = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', home).group(1)
            pages = [
                ("bare Django view", "reference", "/bench/bare", ()),
                ("static file (whitenoise)", "reference", css, ("Accept-Encoding: gzip",)),
                ("/", "cached", "/", ()),
                ("/methods/creator-rewards/", "cached", "/methods/creator-rewards/", ()),
                ("/check/ full profile", "cached", f"/check/?{PROFILE}", ()),
                ("/check/ full profile, HX-Request", "cached", f"/check/?{PROFILE}", ("HX-Request: true",)),
                ("/api/check", "cached", f"/api/check?{PROFILE}", ()),
                # Never the same profile twice: what creators typing into the checker cost.
                (
                    "/check/ new profile each time, HX",
                    "new profile, htmx",
                    f"/check/?{PROFILE}",
                    ("HX-Request: true",),
                ),
                ("/api/check new profile each time", "new profile, api", f"/api/check?{PROFILE}", ()),
            ]
            if options.only:
                pages = [row for row in pages if row[1] == "reference" and row[0].startswith("bare")] + [
                    row for row in pages if options.only in row[0] or options.only in row[1]
                ]
            print(
                f"wrk, {options.connections} connections, {options.rounds} rounds of {options.seconds} s per page, "
                f"against scripts/serve ({os.cpu_count()} cores); medians of the rounds\n"
            )
            # Rounds go through every page in turn, so drift on a shared machine hits all pages alike.
            runs = {label: [] for label, *_ in pages}
            for _ in range(options.rounds):
                for label, kind, path, headers in pages:
                    script = new_profile_script if kind.startswith("new profile") else None
                    run_wrk(wrk, base + path, options.connections, 1, headers, script)  # warm up workers
                    runs[label].append(
                        run_wrk(wrk, base + path, options.connections, options.seconds, headers, script)
                    )
            print(f"{'page':36} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'x bare':>7}  target")
            bare_rps, failures = None, []
            for label, kind, _path, _headers in pages:
                result = {
                    key: statistics.median(run[key] for run in runs[label]) for key in ("rps", "p50", "p99")
                }
                result["errors"] = sum(run["errors"] for run in runs[label])
                bare_rps = bare_rps or result["rps"]
                ratio = result["rps"] / bare_rps
                target, p99_max = TARGETS.get(kind, (None, None))
                latency_ok = p99_max is None or result["p99"] < p99_max
                ok = (target is None or ratio >= target) and latency_ok and result["errors"] == 0
                if not ok:
                    failures.append(label)
                wanted = (f">= {target:.1f}x" if target else "") + (f", p99 < {p99_max}" if p99_max else "")
                print(
                    f"{label:36} {result['rps']:9.0f} {result['p50']:8.2f} {result['p99']:8.2f} "
                    f"{result['errors']:7d} {ratio:7.2f}  {wanted:17} {'ok' if ok else 'MISSED'}"
                )
            if options.show_rounds:
                print("\nevery round (req/s, p99 ms):")
                for label, *_ in pages:
                    rounds = "  ".join(f"{run['rps']:6.0f} {run['p99']:7.2f}" for run in runs[label])
                    print(f"{label:36} {rounds}")
            if options.soak_seconds:
                before = server_memory_mb(server)
                result = run_wrk(
                    wrk,
                    f"{base}/check/?{PROFILE}",
                    options.soak_connections,
                    options.soak_seconds,
                    ("HX-Request: true",),
                    half_new_script,
                )
                after = server_memory_mb(server)
                print(
                    f"\nsoak: /check/ (htmx, half of them new profiles) at {options.soak_connections} "
                    f"connections for {options.soak_seconds} s: "
                    f"{result['rps']:.0f} req/s, p99 {result['p99']:.1f} ms, {result['errors']} errors; "
                    f"server memory {before:.0f} MB -> {after:.0f} MB"
                )
                if result["errors"] or after > before * 1.2 + 10:
                    failures.append("soak")
            print("\nall targets met" if not failures else f"\nmissed: {', '.join(failures)}")
            return 1 if failures else 0
        finally:
            os.killpg(server.pid, 15)
            server.wait(timeout=20)


if __name__ == "__main__":
    sys.exit(main())
