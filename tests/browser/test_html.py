"""Every public page is valid HTML, by the Nu Html Checker (the W3C's validator, run locally)."""

import json
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import PUBLIC_PAGES

pytestmark = pytest.mark.browser


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


# Warnings we accept, each for a reason. role="list" on a list styled without bullets: Safari and
# VoiceOver stop announcing such a list as a list unless the role is said out loud.
ACCEPTED_WARNINGS = (
    "The “list” role is unnecessary for element “ul”.",
    "The “list” role is unnecessary for element “ol”.",
)


def test_every_public_page_is_valid_html(site, vnu_command, tmp_path):
    for name, path, status in PUBLIC_PAGES:
        got, body = fetch(site + path)
        assert got == status, f"{path}: HTTP {got}"
        (tmp_path / f"{name}.html").write_bytes(body)
    paths = {f"{name}.html": path for name, path, _ in PUBLIC_PAGES}
    # One run of the checker for every page: the JVM takes longer to start than a page to check.
    run = subprocess.run(
        [
            *vnu_command,
            "--format",
            "json",
            "--exit-zero-always",
            *sorted(str(p) for p in tmp_path.glob("*.html")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    assert messages is not None
    problems = [
        f"{paths.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} line {m.get('lastLine', '?')}: "
        f"{m.get('subType', m['type'])}: {m['message']}  [{' '.join(m.get('extract', '').split())[:90]}]"
        for m in messages
        if m["type"] not in ("info",)
        or (m.get("subType") == "warning" and m["message"] not in ACCEPTED_WARNINGS)
    ]
    assert problems == [], "\n".join(problems)
