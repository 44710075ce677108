"""The Spanish and Brazilian Portuguese pages, as test_pages.py and test_html.py check the English ones:
axe at a phone's width and a laptop's, the Nu Html Checker, no sideways scrolling from longer words, and
tap targets big enough on a phone."""

import json
import subprocess

import pytest

from tests.browser.conftest import PUBLIC_PAGES
from tests.browser.test_html import ACCEPTED_WARNINGS, fetch
from tests.browser.test_pages import AXE_TAGS, TAP_TARGETS, VIEWPORTS, describe, open_page

pytestmark = pytest.mark.browser

LANGUAGES = {"es": "es", "pt-br": "pt-BR"}
# Every public page of PUBLIC_PAGES (home, each method, tips, changes, search, the checker empty, with
# results and with errors, the 404), under each language's prefix.
LANGUAGE_PAGES = [
    (f"{prefix}-{name}", f"/{prefix}{path}", status)
    for prefix in LANGUAGES
    for name, path, status in PUBLIC_PAGES
]
page_params = pytest.mark.parametrize(
    ("name", "path", "status"), LANGUAGE_PAGES, ids=[p[0] for p in LANGUAGE_PAGES]
)
viewport_params = pytest.mark.parametrize("width", list(VIEWPORTS))


@viewport_params
@page_params
def test_axe_finds_no_wcag_violations_in_spanish_and_portuguese(
    site, browser, axe_js, name, path, status, width
):
    context = browser.new_context(viewport=VIEWPORTS[width], bypass_csp=True)
    try:
        page = open_page(context, site, path, status)
        assert page.evaluate("document.documentElement.lang") == LANGUAGES[path.split("/")[1]]
        page.add_script_tag(path=str(axe_js))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS,
        )
        assert result["violations"] == [], describe(result["violations"])
    finally:
        context.close()


def test_every_spanish_and_portuguese_page_is_valid_html(site, vnu_command, tmp_path):
    for name, path, status in LANGUAGE_PAGES:
        got, body = fetch(site + path)
        assert got == status, f"{path}: HTTP {got}"
        (tmp_path / f"{name}.html").write_bytes(body)
    paths = {f"{name}.html": path for name, path, _ in LANGUAGE_PAGES}
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
    problems = [
        f"{paths.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} line {m.get('lastLine', '?')}: "
        f"{m.get('subType', m['type'])}: {m['message']}  [{' '.join(m.get('extract', '').split())[:90]}]"
        for m in messages
        if m["type"] not in ("info",)
        or (m.get("subType") == "warning" and m["message"] not in ACCEPTED_WARNINGS)
    ]
    assert problems == [], "\n".join(problems)


@viewport_params
@page_params
def test_longer_words_fit_without_sideways_scrolling(
    site, browser, screenshot_dir, name, path, status, width
):
    context = browser.new_context(viewport=VIEWPORTS[width], device_scale_factor=1)
    try:
        page = open_page(context, site, path, status)
        page.screenshot(path=str(screenshot_dir / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate(
            """() => ({
              scrollWidth: document.documentElement.scrollWidth,
              width: document.documentElement.clientWidth,
              wide: [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                              && !el.closest('.table-scroll, .visually-hidden, .skip-link'))
                .slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className),
              // A word wider than its box (a long Spanish or Portuguese word in a button or a badge).
              clipped: [...document.querySelectorAll('main a, main button, main .badge, main summary, main label, header a, header button, nav a')]
                .filter(el => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
                .slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className + ' ' + el.textContent.trim().slice(0, 30)),
            })"""
        )
        assert overflow["scrollWidth"] <= overflow["width"], f"sideways scrolling: {json.dumps(overflow)}"
        assert overflow["clipped"] == [], f"cut-off words: {json.dumps(overflow)}"
        assert page.watch.problems == []
    finally:
        context.close()


@page_params
def test_tap_targets_are_big_enough_on_a_phone_in_spanish_and_portuguese(site, context, name, path, status):
    page = open_page(context, site, path, status)
    small = page.evaluate(TAP_TARGETS)
    assert small == [], "tap targets under 44px high:\n" + "\n".join(small)
