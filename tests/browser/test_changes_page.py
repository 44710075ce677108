"""/changes/ in a real browser: accessible and valid at a phone's width and a laptop's, and its filters work
with htmx and without JavaScript."""

import json
import re
import subprocess
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, Watch

pytestmark = pytest.mark.browser

VIEWPORTS = {"390": PHONE, "1280": DESKTOP}
PAGES = {
    "all": "/changes/",
    "filtered": "/changes/?method=creator-rewards&country=MX",
    "junk": "/changes/?method=%3Cscript%3Ealert(1)%3C/script%3E&country=ZZ",
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def new_page(browser, viewport, javascript=True, bypass_csp=False):
    context = browser.new_context(
        viewport=viewport, device_scale_factor=1, java_script_enabled=javascript, bypass_csp=bypass_csp
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.watch = Watch(page)
    return page


def change_methods(page) -> set[str]:
    """The method named on each entry ('All of TikTok' for none)."""
    return set(
        page.locator(".change__where").evaluate_all("els => els.map(e => e.textContent.split('·')[0].trim())")
    )


@pytest.mark.parametrize("width", list(VIEWPORTS))
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_finds_nothing_and_it_looks_right(site, browser, axe_js, screenshot_dir, name, width):
    page = new_page(browser, VIEWPORTS[width], bypass_csp=True)  # only to load axe-core
    try:
        assert page.goto(site + PAGES[name]).status == 200
        page.screenshot(path=str(screenshot_dir / f"changes-{name}-{width}.png"), full_page=True)
        page.add_script_tag(path=str(axe_js))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS,
        )
        assert [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in result["violations"]
        ] == []
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        assert page.locator("[data-change-date]").count() > 0
        assert page.watch.problems == []
    finally:
        page.context.close()


def test_the_pages_are_valid_html(site, vnu_command, tmp_path):
    for name, path in PAGES.items():
        with urllib.request.urlopen(site + path, timeout=30) as response:
            (tmp_path / f"{name}.html").write_bytes(response.read())
    run = subprocess.run(
        [*vnu_command, "--format", "json", "--exit-zero-always", *sorted(map(str, tmp_path.glob("*.html")))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    accepted = (
        "The “list” role is unnecessary for element “ol”.",
        "The “list” role is unnecessary for element “ul”.",
    )
    problems = [
        f"{m.get('url', '').rsplit('/', 1)[-1]} line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] != "info" or (m.get("subType") == "warning" and m["message"] not in accepted)
    ]
    assert problems == []


def test_with_htmx_a_choice_swaps_the_list_and_the_address_follows(site, browser):
    page = new_page(browser, PHONE)
    try:
        page.goto(site + "/changes/")
        everything = page.locator("[data-change-date]").count()
        page.evaluate("window.stillTheSamePage = true")

        page.get_by_label("Method").select_option("creator-rewards")
        expect(page).to_have_url(re.compile(r"method=creator-rewards"))
        expect(page.locator(".change-log__count")).to_contain_text("for Creator Rewards Program")
        assert change_methods(page) == {"Creator Rewards Program"}
        page.get_by_label("Country").select_option("MX")
        expect(page).to_have_url(re.compile(r"method=creator-rewards&country=MX"))
        expect(page.locator(".change-log__count")).to_contain_text("in Mexico")
        assert page.locator("[data-change-date]").count() < everything
        assert page.evaluate("window.stillTheSamePage") is True  # swapped in place, not a new page
        expect(page.locator("#changes-status")).to_contain_text("Creator Rewards Program in Mexico")

        page.go_back()  # the address is the state: Back undoes the last filter
        # A GET form sends its empty fields too.
        expect(page).to_have_url(re.compile(r"method=creator-rewards(&country=)?$"))
        expect(page.locator(".change-log__count")).not_to_contain_text("Mexico")
        assert page.watch.problems == []
    finally:
        page.context.close()


def test_without_javascript_the_button_filters(site, browser):
    page = new_page(browser, PHONE, javascript=False)
    try:
        page.goto(site + "/changes/")
        page.get_by_label("Method").select_option("tiktok-shop")
        page.get_by_label("Country").select_option("BE")
        page.get_by_role("button", name="Show changes").click()
        expect(page).to_have_url(re.compile(r"/changes/\?method=tiktok-shop&country=BE$"))
        assert change_methods(page) == {"TikTok Shop (selling)"}
        expect(page.locator("[data-change-date]")).to_have_count(1)
        expect(page.get_by_label("Country")).to_have_value("BE")
    finally:
        page.context.close()
