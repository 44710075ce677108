"""What a creator and an editor actually do, in a real browser."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def result(page, slug: str):
    return page.locator(f'#results [data-method="{slug}"]')


def expect_status(page, slug: str, status: str) -> None:
    expect(result(page, slug)).to_have_attribute("data-status", status)


def query_of(page) -> dict[str, str]:
    return {
        key: values[0] for key, values in parse_qs(urlsplit(page.url).query, keep_blank_values=True).items()
    }


def fill_checker(page, followers="12.5k", age="24", country="US", views="150k"):
    page.locator("#id_followers").fill(followers)
    page.locator("#id_age").fill(age)
    page.locator("#id_country").select_option(country)
    page.locator("#id_views_30d").fill(views)


def test_home_to_a_method_to_the_checker(site, page):
    page.goto(site + "/")
    expect(page.locator("h1")).to_contain_text("How TikTok creators earn money")
    page.get_by_role("link", name="LIVE Gifts").first.click()
    expect(page).to_have_url(re.compile(r"/methods/live-gifts/$"))
    expect(page.locator("h1")).to_have_text("LIVE Gifts")
    expect(page.locator("table.requirements").first).to_be_visible()
    page.get_by_role("link", name="Check if you qualify").click()
    expect(page).to_have_url(re.compile(r"/check/$"))
    expect(page.get_by_label("Followers", exact=True)).to_be_visible()
    assert page.watch.problems == []


def test_typing_updates_results_in_place_and_history_follows(site, page):
    page.goto(site + "/check/")
    page.evaluate("window.stillTheSamePage = true")

    fill_checker(page)
    expect(page).to_have_url(re.compile(r"followers=12\.5k.*views_30d=150k"))
    expect_status(page, "creator-rewards", "eligible")
    expect(page.locator("#results-status")).to_contain_text("open to you")

    # Typing only replaces the current history entry; an explicit submit (Enter) adds one for Back to undo.
    page.locator("#id_followers").fill("2k")  # one input event, as typing or pasting gives
    page.locator("#id_followers").press("Enter")
    expect(page).to_have_url(re.compile(r"followers=2k"))
    expect_status(page, "creator-rewards", "not-yet")
    expect(result(page, "creator-rewards").locator('[data-missing="followers"]')).to_contain_text(
        "8,000 more followers"
    )
    # No page load happened: the page's own JavaScript state survived every answer.
    assert page.evaluate("window.stillTheSamePage") is True

    page.go_back()
    expect(page).to_have_url(re.compile(r"followers=12\.5k"))
    expect(page.locator("#id_followers")).to_have_value("12.5k")
    expect_status(page, "creator-rewards", "eligible")
    assert_form_matches_url(page)

    page.go_forward()
    expect(page).to_have_url(re.compile(r"followers=2k"))
    expect(page.locator("#id_followers")).to_have_value("2k")
    expect_status(page, "creator-rewards", "not-yet")
    assert_form_matches_url(page)
    assert page.evaluate("window.stillTheSamePage") is True  # htmx restored it in place

    # Off to a method from the results, and back: the whole checker comes back, never a bare fragment.
    result(page, "creator-rewards").locator(".result__name a").click()
    expect(page).to_have_url(re.compile(r"/methods/creator-rewards/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"followers=2k"))
    expect(page.locator("h1")).to_have_text("Which ways to earn are open to you?")
    expect(page.locator("#id_followers")).to_have_value("2k")
    expect_status(page, "creator-rewards", "not-yet")
    assert page.watch.problems == []


def test_checker_shows_it_is_working_and_results_keep_their_place(site, page):
    page.goto(site + "/check/?followers=12.5k&age=24&country=US&views_30d=150k")
    results = page.locator("#results")

    def top_of_results():  # in the document, not the viewport: filling a field may scroll the page a little
        return results.evaluate("element => element.getBoundingClientRect().top + window.scrollY")

    top = top_of_results()
    # A slow phone network: the answer takes a while, and the page says it is working meanwhile.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 1500, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    page.locator("#id_age").fill("17")
    expect(page.locator(".checker__results .loading")).to_be_visible()
    expect(page.locator("#check-form")).to_have_class(re.compile(r"htmx-request"))
    assert top_of_results() == top  # the indicator does not push the results down
    expect(result(page, "creator-rewards").locator('[data-missing="age"]')).to_be_visible(timeout=10_000)
    expect(page.locator(".checker__results .loading")).to_be_hidden()
    assert top_of_results() == top


def assert_form_matches_url(page):
    query = query_of(page)
    for name in ("followers", "age", "views_30d"):
        expect(page.locator(f"#id_{name}")).to_have_value(query.get(name, ""))
    expect(page.locator("#id_country")).to_have_value(query.get("country", ""))


def test_checker_answers_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(site + "/check/")
        fill_checker(page, followers="500", age="16")
        page.get_by_role("button", name="Show my results").click()
        expect(page).to_have_url(re.compile(r"/check/\?followers=500&age=16"))
        expect_status(page, "creator-rewards", "not-yet")
        expect(result(page, "creator-rewards").locator('[data-missing="age"]')).to_be_visible()
        expect(page.locator("#id_followers")).to_have_value("500")

        # A mistake comes back beside its field, and the other answers are kept.
        page.locator("#id_age").fill("12")
        page.get_by_role("button", name="Show my results").click()
        expect(page.locator("#id_age_error")).to_contain_text("13 or more")
        expect(page.locator("#id_followers")).to_have_value("500")
        expect(page.locator("#results [data-method]")).to_have_count(0)
    finally:
        context.close()


FOCUS_STYLE = """el => {
  const s = getComputedStyle(el);
  return {outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow};
}"""
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    id: el.id, tag: el.tagName.toLowerCase(), text: (el.textContent || '').trim().slice(0, 40),
    method: el.matches('#results [data-method] .result__name a') ? el.closest('[data-method]').dataset.method : '',
    visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
    onscreen: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
  };
}"""


def test_keyboard_reaches_every_field_and_result_with_visible_focus(site, page):
    page.goto(site + "/check/?followers=12.5k&age=24&country=US&views_30d=150k")
    expect(page.locator("#results [data-method]").first).to_be_visible()
    reached, invisible = [], []
    for _ in range(300):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUSED)
        if info is None or (reached and info == reached[0]):
            break  # focus left the page, or came round again
        reached.append(info)
        if not (info["visible"] and info["onscreen"]):
            invisible.append(info)
    assert reached[0]["text"] == "Skip to content"
    assert invisible == [], f"focus not visible on: {invisible}"
    ids = {item["id"] for item in reached}
    for field in ("id_followers", "id_age", "id_country", "id_views_30d", "id_niche"):
        assert field in ids, f"{field} never received focus"
    # A radio group is one Tab stop (arrow keys move inside it).
    assert "id_live_0" in ids, "the LIVE question never received focus"
    assert "id_account_type_0" in ids, "the account type question never received focus"
    methods = [item["method"] for item in reached if item["method"]]
    expected = page.locator("#results [data-method]").evaluate_all("els => els.map(e => e.dataset.method)")
    assert methods == expected

    # Focus changes how each kind of control looks (not only the browser's default ring).
    for selector in (
        "#id_followers",
        "#id_country",
        "#id_live_0",
        ".result__name a",
        ".button--primary",
        "summary",
    ):
        element = page.locator(selector).first
        element.focus()
        page.keyboard.press("Shift+Tab")
        resting = element.evaluate(FOCUS_STYLE)
        page.keyboard.press("Tab")
        assert element.evaluate("el => el === document.activeElement")
        focused = element.evaluate(FOCUS_STYLE)
        assert focused != resting, f"{selector}: focus looks like rest ({focused})"

    # Arrow keys move inside a radio group, and the answer updates the results.
    page.locator("#id_live_0").focus()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#id_live_1")).to_be_checked()
    expect(page).to_have_url(re.compile(r"live=yes"))


EDITOR_PASSWORD = "river-lantern-47-quartz"


def log_in_as_editor(page, site):
    call_command("create_editor", username="eda", password=EDITOR_PASSWORD, verbosity=0)
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill("eda")
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#site-name")).to_be_visible()


def test_an_editor_changes_a_threshold_and_the_checker_follows(site, browser, page):
    visitor = browser.new_context().new_page()  # a creator, not logged in: what they see may be cached
    answers = "followers=6000&age=24&country=US&views_30d=150k&account_type=personal"
    visitor.goto(site + f"/check/?{answers}")
    expect_status(visitor, "creator-rewards", "not-yet")

    log_in_as_editor(page, site)
    page.goto(site + "/admin/guide/method/")
    page.get_by_role("link", name="Creator Rewards Program", exact=True).click()
    followers = page.locator('input[name="routes-0-min_followers"]')
    expect(followers).to_have_value("10000")
    followers.fill("5000")
    page.locator('input[name="_save"]').first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    visitor.goto(site + f"/check/?{answers}")
    expect_status(visitor, "creator-rewards", "eligible")
    expect(result(visitor, "creator-rewards").locator("[data-missing]")).to_have_count(0)
    visitor.context.close()


def test_admin_markdown_preview_shows_the_rendered_body(site, page):
    log_in_as_editor(page, site)
    page.goto(site + "/admin/guide/tip/add/")
    page.locator("#id_body_en").press_sequentially("Post **every day** at the same time.")
    preview = page.locator("#id_body_en-preview")
    expect(preview.locator("strong")).to_have_text("every day")
    expect(preview).to_contain_text("Post every day at the same time.")
