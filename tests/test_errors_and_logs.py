"""What the log and the visitor get when a request goes wrong (config/errors.py, settings.LOGGING)."""

import logging
import re
import subprocess
import sys

import pytest
from django.urls import path
from django.utils import translation

from config import errors
from config import urls as site_urls
from tests.test_security import ROOT, production_env

ERROR_CODE = re.compile(r"<code>([0-9a-f]{8})</code>")


def boom(request):
    raise RuntimeError("boom, for the test")


# This module is also the URLconf of the tests marked with it: the site's URLs and error handlers, and a
# view that fails.
urlpatterns = [path("boom/", boom), *site_urls.urlpatterns]
handler404 = site_urls.handler404
handler500 = getattr(site_urls, "handler500", "django.views.defaults.server_error")

BAD_HOST_REQUEST = """
import sys
import django

django.setup()
from django.test import Client

client = Client()
client.handler.load_middleware()  # as a server does on starting: what that logs is not the request's
print("--- request", file=sys.stderr, flush=True)
response = client.get("/", HTTP_HOST="h" * 8000)
print("--- end", file=sys.stderr, flush=True)
print(response.status_code)
"""


def test_a_bad_host_header_is_logged_as_one_short_line(tmp_path):
    # A production process, so the console gets exactly what settings.LOGGING sends it.
    env = production_env(
        SECRET_KEY="x" * 20 + "production-secret-for-the-test-0123456789abcdef",
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "-c", BAD_HOST_REQUEST], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "400", result.stdout + result.stderr
    log = result.stderr.split("--- request\n", 1)[1].split("--- end\n", 1)[0]
    lines = log.splitlines()
    assert len(lines) == 1, f"{len(log):,} characters of log in {len(lines)} lines:\n{log[:2000]}"
    assert lines[0].startswith("Invalid HTTP_HOST header: 'hhhh")
    assert len(log.encode()) < 300


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_a_server_error_page_shows_the_code_its_log_record_has(client, caplog):
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/boom/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert "told about it" not in html  # nobody is: the error is logged, and that is what the page says
    found = ERROR_CODE.search(html)
    assert found, html
    code = found.group(1)
    assert f"The error was logged with the code <code>{code}</code>" in html

    [record] = [record for record in caplog.records if record.name == "django.request"]
    logged = logging.Formatter().format(record)  # as the console handler writes it
    assert logged.startswith(f"[error {code}] Internal Server Error: /boom/\nTraceback")
    assert "RuntimeError: boom, for the test" in logged
    assert record.error_id == code


def test_the_500_page_needs_no_database_and_no_request_context(rf):
    # No django_db mark: a query would fail the test. Each error gets a code of its own.
    first, second = errors.server_error(rf.get("/a/")), errors.server_error(rf.get("/b/"))
    assert first.status_code == second.status_code == 500
    codes = {ERROR_CODE.search(response.content.decode()).group(1) for response in (first, second)}
    assert len(codes) == 2
    assert 'class="site-header"' in first.content.decode()


def test_the_500_page_still_shows_the_code_when_its_template_fails(rf, settings, tmp_path, caplog):
    (tmp_path / "500.html").write_text("{% url 'no-such-page' %}")
    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [tmp_path]}]

    response = errors.server_error(rf.get("/"))

    assert response.status_code == 500
    found = ERROR_CODE.search(response.content.decode())
    assert found, response.content
    [record] = [record for record in caplog.records if record.name == "config.errors"]
    assert record.getMessage() == f"[error {found.group(1)}] The 500 page failed; sent the plain one"
    assert "NoReverseMatch" in logging.Formatter().format(record)


@pytest.mark.parametrize(
    ("path", "lang", "home", "words"),
    [
        ("/check/", "en", "/", "Something went wrong on our side"),
        ("/es/check/", "es", "/es/", "Algo salió mal de nuestro lado"),
        ("/pt-br/methods/series/", "pt-BR", "/pt-br/", "Algo deu errado do nosso lado"),
        ("/fr/check/", "en", "/", "Something went wrong on our side"),
    ],
)
def test_the_500_page_is_in_the_language_its_path_names(rf, path, lang, home, words):
    # Whatever language the failed request left active (here the wrong one), and no database.
    with translation.override("pt-br" if lang != "pt-BR" else "es"):
        response = errors.server_error(rf.get(path))
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{lang}">' in html
    assert words in html
    assert f'<a class="button button--primary" href="{home}">' in html
    assert ERROR_CODE.search(html)
