import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/check/", "/tips/"])
def test_security_headers(client, path):
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_pages_have_no_inline_script(client, default_content):
    for path in [
        "/",
        "/methods/creator-rewards/",
        "/check/?followers=1&age=20&country=US&views_30d=1",
        "/tips/",
    ]:
        html = client.get(path).content.decode()
        assert html.count("<script") == html.count("<script src=")


def production_env(**extra):
    # Only what production would have: no development or test switches from this process.
    unset = {
        "DEBUG",
        "SECRET_KEY",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "DATABASE_URL",
        "HTTPS",
        "SECURE_SSL_REDIRECT",
    }
    env = {k: v for k, v in os.environ.items() if k not in unset}
    # No key file either: .secret_key exists on a machine where `make run` ran.
    env.update(DEBUG="0", ALLOWED_HOSTS="guide.example", SECRET_KEY_FILE=os.devnull, **extra)
    return env


def test_check_deploy_is_clean_with_production_settings():
    env = production_env(SECRET_KEY="x" * 20 + "production-secret-for-the-test-0123456789abcdef")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=production_env(), capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
