"""Browser tests: Debian's headless Chromium, driven by Playwright, against pytest-django's live server.

Chromium, axe-core and the Nu Html Checker are tools outside Python. Where one is missing the tests that
need it are skipped with a loud message, except in CI (CI=true), where a missing tool is a failure.
"""

import datetime
import os
import shutil
import warnings
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection, connections

from guide import content_files
from tests import content_snapshot

# Playwright's sync API runs an event loop in the test thread; Django's ORM would otherwise refuse.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
IN_CI = os.environ.get("CI", "").strip().lower() == "true"

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# Every published method of the default content (drafts are not public pages).
METHOD_SLUGS = [
    method["slug"] for method in content_files.default_content()["methods"] if method["is_published"]
]
COMPLETE_ANSWERS = (
    "followers=12.5k&age=24&country=US&views_30d=150k&niche=education&live=&account_type=personal"
)
BAD_ANSWERS = "followers=-5&age=abc&country=ZZ&views_30d=lots&niche=nope&live=maybe&account_type=robot"
# Every public page: (name, path, expected status).
PUBLIC_PAGES = [
    ("home", "/", 200),
    *[(f"method-{slug}", f"/methods/{slug}/", 200) for slug in METHOD_SLUGS],
    ("tips", "/tips/", 200),
    ("changes", "/changes/", 200),
    ("search", "/search/?q=live", 200),
    ("check", "/check/", 200),
    ("check-results", f"/check/?{COMPLETE_ANSWERS}", 200),
    ("check-errors", f"/check/?{BAD_ANSWERS}", 200),
    ("not-found", "/no-such-page/", 404),
]

_missing_tools: dict[str, str] = {}
_notes: list[str] = []


def need(tool: str, present: bool, how: str) -> None:
    """Skip (loudly) when a tool is missing; in CI, fail instead, so a green run proves something."""
    if present:
        return
    message = f"{tool} is missing: {how}"
    if IN_CI:
        pytest.fail(f"CI=true and {message}", pytrace=False)
    if tool not in _missing_tools:
        _missing_tools[tool] = message
        warnings.warn(f"BROWSER TESTS SKIPPED: {message}", pytest.PytestWarning, stacklevel=2)
    pytest.skip(f"{message} (set CI=true to make this a failure)")


def note(line: str) -> None:
    """A line for the end of the run (pytest captures prints inside tests)."""
    if line not in _notes:
        _notes.append(line)


def pytest_terminal_summary(terminalreporter):
    for line in _notes:
        terminalreporter.write_line(line)
    if _missing_tools:
        terminalreporter.section("browser tests skipped", sep="!", red=True, bold=True)
        for message in _missing_tools.values():
            terminalreporter.write_line(f"!!! {message}", red=True, bold=True)
        terminalreporter.write_line(
            "!!! `make test` installs them; under CI=true this is a failure.", red=True
        )


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    need("Chromium", CHROMIUM.exists(), f"no browser at {CHROMIUM} (run `make chromium` as root)")
    from playwright.sync_api import sync_playwright

    before = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # Between calls Playwright leaves its event loop marked as running in this thread, and Django then
        # looks its connections up per context instead of per thread: a second set, without the test
        # database's serialized data, beside the one the live server shares. Hand it the same ones.
        for alias, conn in before.items():
            connections[alias] = conn
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_js() -> Path:
    need("axe-core", AXE_JS.exists(), f"{AXE_JS.relative_to(ROOT)} not found (run `npm ci --ignore-scripts`)")
    return AXE_JS


@pytest.fixture(scope="session")
def vnu_command() -> list[str]:
    java = shutil.which("java")
    need(
        "Java",
        java is not None,
        "the Nu Html Checker needs a Java runtime (apt-get install default-jre-headless)",
    )
    need(
        "vnu.jar", VNU_JAR.exists(), f"{VNU_JAR.relative_to(ROOT)} not found (run `npm ci --ignore-scripts`)"
    )
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """A folder named by this run, under the git-ignored test-artifacts/."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = ROOT / "test-artifacts" / "screenshots" / stamp
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nScreenshots: {folder}")
    note(f"Screenshots: {folder}")
    return folder


@pytest.fixture
def site(browser, live_server, transactional_db, django_db_serialized_rollback) -> str:
    """The live server's base URL, with the default content loaded (as `make run` serves it).

    Live-server tests run outside a rolled-back transaction, so the tables are emptied after each one;
    serialized rollback puts back what migrations created (the Editors group) before the next.
    """
    assert hasattr(connection, "_test_serialized_contents"), "lost the test database's serialized data"
    cache.clear()  # cached pages and requirements belong to the previous test's database
    content_snapshot.load_default_content()
    return live_server.url


class Watch:
    """Console errors, uncaught exceptions and failed requests seen by one page."""

    def __init__(self, page, allow_status: dict[str, int] | None = None):
        self.problems: list[str] = []
        self.allow_status = allow_status or {}
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on("requestfailed", self.on_request_failed)
        page.on("response", self.on_response)

    def allowed(self, url: str, status: int) -> bool:
        path = "/" + url.split("://", 1)[-1].split("/", 1)[-1]
        return self.allow_status.get(path) == status

    def on_console(self, message):
        if message.type not in ("error", "assert"):
            return
        # Chromium reports any 4xx document in the console; the deliberate 404 page is not a problem.
        if "status of 404" in message.text and self.allowed(message.location.get("url", ""), 404):
            return
        self.problems.append(f"console {message.type}: {message.text}")

    def on_request_failed(self, request):
        # Aborted is not broken: leaving a page cancels what it still loads (a favicon, say), and htmx's
        # hx-sync="this:replace" cancels an answer overtaken by newer typing.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed: {request.url} {request.failure}")

    def on_response(self, response):
        if response.status >= 400 and not self.allowed(response.url, response.status):
            self.problems.append(f"HTTP {response.status}: {response.url}")


@pytest.fixture
def context(browser):
    """A fresh phone-sized browser context (creators are mostly on phones)."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, has_touch=False)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.watch = Watch(page)
    return page
