"""What real creators ran into on the checker, each proved in a real browser (Debian's Chromium).

History that Back can undo, a laptop form usable beside long results, a phone summary bar that shows the
whole summary, invalid fields marked for screen readers, a no-JavaScript submit that lands on the mistake,
and count fields a phone keyboard can type "12.5k" into.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import COMPLETE_ANSWERS, DESKTOP, PHONE, Watch

pytestmark = pytest.mark.browser

FULL_PROFILE = "followers=12.5k&age=24&country=US&views_30d=150k&niche=education&account_type=personal"


def history_length(page) -> int:
    return page.evaluate("history.length")


def new_page(browser, viewport, javascript=True):
    context = browser.new_context(viewport=viewport, device_scale_factor=1, java_script_enabled=javascript)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.watch = Watch(page)
    return page


@pytest.fixture
def desktop_page(browser):
    page = new_page(browser, DESKTOP)
    yield page
    page.context.close()


@pytest.fixture
def no_js_page(browser):
    page = new_page(browser, PHONE, javascript=False)
    yield page
    page.context.close()


# 1. History: typing replaces the current entry; only an explicit submit adds one.


def test_typing_replaces_the_history_entry_and_only_a_submit_adds_one(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="Check eligibility").first.click()
    expect(page).to_have_url(re.compile(r"/check/$"))
    entries = history_length(page)
    page.evaluate("window.stillTheSamePage = true")

    # Several answers, each waited for (its own request, its own update of the address bar).
    page.locator("#id_followers").fill("12.5k")
    expect(page).to_have_url(re.compile(r"followers=12\.5k"))
    page.locator("#id_age").fill("24")
    expect(page).to_have_url(re.compile(r"age=24"))
    page.locator("#id_country").select_option("US")
    expect(page).to_have_url(re.compile(r"country=US"))
    page.locator("#id_views_30d").fill("150k")
    expect(page).to_have_url(re.compile(r"followers=12\.5k.*age=24.*country=US.*views_30d=150k"))
    expect(page.locator("#results [data-method]").first).to_be_visible()
    assert page.evaluate("window.stillTheSamePage") is True  # answered in place, no page load
    assert history_length(page) == entries, "typing added history entries"

    # One Back leaves the checker, back to where the creator came from.
    page.go_back()
    expect(page).to_have_url(site + "/")

    # Forward again, then an explicit submit (Enter in a field) adds one entry, and Back undoes just that.
    page.go_forward()
    expect(page).to_have_url(re.compile(r"/check/\?followers=12\.5k.*views_30d=150k"))
    expect(page.locator("#id_followers")).to_have_value("12.5k")
    page.locator("#id_followers").fill("2k")
    page.locator("#id_followers").press("Enter")
    expect(page).to_have_url(re.compile(r"followers=2k"))
    expect(
        page.locator('#results [data-method="creator-rewards"] [data-missing="followers"]')
    ).to_be_visible()
    assert history_length(page) == entries + 1

    page.go_back()
    expect(page).to_have_url(re.compile(r"followers=12\.5k.*views_30d=150k"))
    expect(page.locator("#id_followers")).to_have_value("12.5k")
    expect(page.locator('#results [data-method="creator-rewards"] [data-missing="followers"]')).to_have_count(
        0
    )
    page.go_back()
    expect(page).to_have_url(site + "/")
    assert page.watch.problems == []


def test_enter_right_after_typing_adds_its_entry_even_on_a_slow_network(site, page):
    """The answer typed just before Enter waits out its pause, then would replace the submit in flight."""
    page.goto(site + "/check/?followers=12.5k&age=24&country=US&views_30d=150k")
    entries = history_length(page)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    slow = {"offline": False, "latency": 1200, "downloadThroughput": -1, "uploadThroughput": -1}
    cdp.send("Network.emulateNetworkConditions", slow)

    page.locator("#id_followers").fill("2k")
    page.locator("#id_followers").press("Enter")  # well inside the 400 ms pause
    expect(page).to_have_url(re.compile(r"followers=2k"), timeout=10_000)
    page.wait_for_timeout(1_500)  # past the pause and another round trip: nothing else may land
    expect(page.locator("#check-form")).not_to_have_class(re.compile(r"htmx-request"))
    assert history_length(page) == entries + 1, "the submit's history entry was replaced"

    cdp.send("Network.emulateNetworkConditions", {**slow, "latency": 0})
    page.go_back()
    expect(page).to_have_url(re.compile(r"followers=12\.5k"))
    expect(page.locator("#id_followers")).to_have_value("12.5k")


# 2. A laptop: the whole form stays usable while reading long results.

ON_SCREEN = """el => {
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const hit = document.elementFromPoint(x, y);
  return {
    id: el.id || el.textContent.trim(),
    inside: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
    // Nothing covers it (the sticky button bar, say): a click at its centre reaches it or its label.
    reachable: !!hit && (hit === el || el.contains(hit) || (!!el.closest('label') && el.closest('label').contains(hit))),
    x, y,
  };
}"""


def test_laptop_form_stays_usable_at_the_end_of_long_results(site, desktop_page):
    page = desktop_page
    page.goto(site + f"/check/?{FULL_PROFILE}")
    expect(page.locator("#results [data-method]").first).to_be_visible()
    page.evaluate(
        """() => {
          const end = document.querySelector('#results').getBoundingClientRect().bottom;
          window.scrollTo(0, window.scrollY + end - window.innerHeight);
        }"""
    )
    top = page.evaluate("window.scrollY")
    assert top > 800, "the results should be longer than the window for this test to mean anything"
    results_end = page.locator("#results").evaluate("el => el.getBoundingClientRect().bottom")
    assert results_end <= DESKTOP["height"] + 1

    # Every field and the button can be brought into sight, and clicked, by scrolling the form alone.
    controls = page.locator("#check-form input, #check-form select, #check-form button")
    assert controls.count() >= 10
    for i in range(controls.count()):
        control = controls.nth(i)
        control.evaluate("el => el.scrollIntoView({block: 'nearest'})")  # scrolls the page only if it must
        where = control.evaluate(ON_SCREEN)
        assert page.evaluate("window.scrollY") == top, f"{where['id']}: only reachable by scrolling the page"
        assert where["inside"] and where["reachable"], f"{where['id']} is not usable there: {where}"

    # A real user: the mouse wheel over the form scrolls the form, not the page.
    page.locator("#id_followers").evaluate("el => el.scrollIntoView({block: 'nearest'})")
    box = page.locator("#check-form").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    business = page.get_by_label("Business", exact=True)
    for _ in range(30):
        if business.evaluate(ON_SCREEN)["reachable"]:
            break
        page.mouse.wheel(0, 120)
        page.wait_for_timeout(50)
    assert page.evaluate("window.scrollY") == top
    where = business.evaluate(ON_SCREEN)
    assert where["inside"] and where["reachable"], where
    page.mouse.click(where["x"], where["y"])
    expect(business).to_be_checked()
    expect(page).to_have_url(re.compile(r"account_type=business"))

    button = page.get_by_role("button", name="Show my results")
    where = button.evaluate(ON_SCREEN)
    assert where["inside"] and where["reachable"], where
    entries = history_length(page)
    page.mouse.click(where["x"], where["y"])
    page.wait_for_function("n => history.length === n", arg=entries + 1)  # an explicit submit: pushed
    assert page.watch.problems == []


# 3. The phone's summary bar: the whole summary, on as many lines as it needs; no false promise without JS.

BAR_TEXT = """() => {
  const text = document.querySelector('#results-jump-text');
  const bar = document.querySelector('.results-jump');
  const range = document.createRange();
  range.selectNodeContents(text);
  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
  const words = range.getBoundingClientRect();
  // What clips it: the nearest box up to the bar that hides its overflow.
  let clip = null;
  for (let el = text; el; el = el.parentElement) {
    if (getComputedStyle(el).overflowX !== 'visible') { clip = el.getBoundingClientRect(); break; }
    if (el === bar) break;
  }
  const visible = !clip || (words.left >= clip.left - 1 && words.right <= clip.right + 1
                            && words.top >= clip.top - 1 && words.bottom <= clip.bottom + 1);
  return {
    text: text.textContent.trim(), lines: lines.size, visible,
    ellipsis: getComputedStyle(text).textOverflow === 'ellipsis',
    inScreen: words.left >= 0 && words.right <= innerWidth,
  };
}"""


def test_phone_summary_bar_shows_the_whole_summary(site, page):
    page.goto(site + "/check/?followers=500&age=16&country=GB")
    bar = page.evaluate(BAR_TEXT)
    assert len(bar["text"]) > 60, f"needs a long summary to prove anything: {bar['text']!r}"
    assert bar["lines"] >= 2, f"the summary should wrap, not run on one line: {bar}"
    assert bar["visible"] and bar["inScreen"] and not bar["ellipsis"], f"the summary is cut: {bar}"
    expect(page.locator(".results-jump")).to_contain_text(bar["text"])

    # A shorter answer arriving changes the bar, and never moves the results under it.
    results_top = page.locator("#results").evaluate("el => el.getBoundingClientRect().top + scrollY")
    page.locator("#id_followers").fill("12.5k")
    page.locator("#id_age").fill("24")
    page.locator("#id_country").select_option("US")
    expect(page.locator("#results-jump-text")).not_to_have_text(bar["text"])
    expect(page).to_have_url(re.compile(r"country=US"))
    expect(page.locator("#check-form")).not_to_have_class(re.compile(r"htmx-request"))
    shorter = page.evaluate(BAR_TEXT)
    assert shorter["lines"] < bar["lines"], (bar, shorter)
    assert page.locator("#results").evaluate("el => el.getBoundingClientRect().top + scrollY") == results_top
    assert page.watch.problems == []


def test_summary_bar_promises_live_answers_only_when_they_happen(site, no_js_page, page):
    for path in ("/check/", "/check/?followers=-5&age=abc&country=US"):
        no_js_page.goto(site + path)
        text = no_js_page.locator("#results-jump-text").text_content()
        assert "as you answer" not in text, f"{path}: without JavaScript nothing updates as you answer"
        assert text.strip() == "Your results are below."

    # With JavaScript the answers do arrive as you type, and the bar may say so.
    page.goto(site + "/check/")
    page.locator("#id_followers").fill("-5")
    expect(page.locator("#id_followers_error")).not_to_be_empty()
    expect(page.locator("#results-jump-text")).to_have_text("Your results appear below as you answer.")


# 4. aria-invalid follows the errors, live and on a page load.


def test_live_errors_set_and_clear_aria_invalid(site, page):
    page.goto(site + "/check/")
    followers = page.locator("#id_followers")
    followers.fill("-5")
    expect(page.locator("#id_followers_error")).to_contain_text("cannot be negative")
    expect(followers).to_have_attribute("aria-invalid", "true")
    followers.fill("12k")
    expect(page.locator("#id_followers_error")).to_be_empty()
    expect(followers).not_to_have_attribute("aria-invalid", re.compile(".*"))

    # A radio question marked invalid by the page load is cleared by a live answer, every radio of it.
    page.goto(site + "/check/?followers=12k&age=24&country=US&live=maybe")
    radios = page.locator('input[name="live"]')
    expect(page.locator("#id_live_error")).not_to_be_empty()
    for i in range(radios.count()):
        expect(radios.nth(i)).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Yes", exact=True).first.check()
    expect(page.locator("#id_live_error")).to_be_empty()
    for i in range(radios.count()):
        expect(radios.nth(i)).not_to_have_attribute("aria-invalid", re.compile(".*"))
    # ...and a live error on a field set it again, leaving the valid ones alone.
    page.locator("#id_age").fill("abc")
    expect(page.locator("#id_age")).to_have_attribute("aria-invalid", "true")
    expect(followers).not_to_have_attribute("aria-invalid", re.compile(".*"))
    assert page.watch.problems == []


def test_page_load_with_errors_marks_exactly_the_invalid_fields(site, no_js_page):
    no_js_page.goto(site + "/check/?followers=-5&age=abc&country=US&live=maybe")
    invalid = no_js_page.locator('#check-form [aria-invalid="true"]').evaluate_all(
        "els => [...new Set(els.map(e => e.name))]"
    )
    assert invalid == ["followers", "age", "live"]


# 5. Without JavaScript, a submit with a mistake lands on it.

FOCUS = """() => {
  const el = document.activeElement;
  const box = el.getBoundingClientRect();
  return {id: el.id, inView: box.top >= 0 && box.bottom <= innerHeight && box.height > 0};
}"""


def test_no_js_submit_with_errors_lands_on_the_first_invalid_field(site, no_js_page):
    page = no_js_page
    page.goto(site + "/check/")
    page.locator("#id_followers").fill("12k")
    page.locator("#id_age").fill("24")
    page.locator("#id_views_30d").fill("lots")  # and no country: that one comes first
    page.get_by_role("button", name="Show my results").click()
    expect(page).to_have_url(re.compile(r"/check/\?followers=12k&age=24&country=&views_30d=lots"))
    expect(page.locator("#id_country_error")).not_to_be_empty()
    assert page.evaluate(FOCUS) == {"id": "id_country", "inView": True}

    page.locator("#id_country").select_option("US")
    page.locator("#id_age").fill("abc")
    page.get_by_role("button", name="Show my results").click()
    expect(page.locator("#id_age_error")).not_to_be_empty()
    assert page.evaluate(FOCUS) == {"id": "id_age", "inView": True}

    # Far down the form too: a wrong answer to the LIVE question, from a link.
    page.goto(site + "/check/?followers=12k&age=24&country=US&live=maybe#your-results")
    assert page.evaluate(FOCUS) == {"id": "id_live_0", "inView": True}

    # And with every answer right, the answer page still opens at the results.
    page.goto(site + "/check/?followers=12k&age=abc&country=US")
    page.locator("#id_age").fill("24")
    page.get_by_role("button", name="Show my results").click()
    expect(page.locator("#results [data-method]").first).to_be_attached()
    page.wait_for_load_state("load")
    top = page.locator("#results").evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top < 100, f"the results should open at the top of the screen, not at {top}px"


def test_autofocus_is_only_for_page_loads_with_errors(site, page):
    # A clean page, or one with results, takes nobody's focus; nor does a live answer with an error.
    page.goto(site + "/check/")
    assert page.locator("[autofocus]").count() == 0
    page.goto(site + f"/check/?{COMPLETE_ANSWERS}")
    assert page.locator("[autofocus]").count() == 0
    page.locator("#id_age").fill("abc")
    expect(page.locator("#id_age_error")).not_to_be_empty()
    assert page.locator("[autofocus]").count() == 0
    page.goto(site + "/check/?followers=-5&age=abc&country=ZZ")
    assert page.locator("[autofocus]").evaluate_all("els => els.map(e => e.id)") == ["id_followers"]

    # Back to a state with an error (htmx restores it in place) does not snatch the focus either.
    page.goto(site + "/check/?followers=-5&age=24&country=US")
    expect(page.locator("#id_followers")).to_be_focused()
    page.locator("#id_followers").fill("12k")
    page.locator("#id_followers").press("Enter")
    expect(page).to_have_url(re.compile(r"followers=12k"))
    page.locator("h1").click()  # focus leaves the form
    page.go_back()
    expect(page).to_have_url(re.compile(r"followers=-5"))
    expect(page.locator("#id_followers")).to_have_value("-5")
    expect(page.locator("#id_followers_error")).not_to_be_empty()
    assert page.evaluate("document.activeElement.id") != "id_followers"


# 6. The phone keyboard can type what the help suggests.


def test_count_fields_open_a_keyboard_with_letters(site, page):
    page.goto(site + "/check/")
    for name in ("followers", "views_30d"):
        field = page.locator(f"#id_{name}")
        # No inputmode: a decimal or numeric keypad has no "k" or "M".
        assert field.evaluate("el => el.inputMode") == "", f"{name} opens a keypad without letters"
        expect(field).to_have_attribute("autocomplete", "off")
        expect(field).to_have_attribute("spellcheck", "false")
    expect(page.locator("#id_age")).to_have_attribute("inputmode", "numeric")
    page.locator("#id_followers").press_sequentially("12.5k")
    expect(page.locator("#id_followers")).to_have_value("12.5k")


# The pictures a person looks at: with and without JavaScript, on a phone and a laptop.


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_checker_screenshots(site, browser, screenshot_dir, javascript):
    for width, viewport in (("390", PHONE), ("1280", DESKTOP)):
        page = new_page(browser, viewport, javascript=javascript)
        try:
            for name, path in (
                ("results", f"/check/?{FULL_PROFILE}#your-results"),
                ("errors", "/check/?followers=-5&age=abc&country=US#your-results"),
            ):
                page.goto(site + path)
                tag = f"checker-{name}-{width}-{'js' if javascript else 'no-js'}"
                page.screenshot(path=str(screenshot_dir / f"{tag}.png"))
                page.screenshot(path=str(screenshot_dir / f"{tag}-full.png"), full_page=True)
                wide = page.evaluate(
                    "document.documentElement.scrollWidth > document.documentElement.clientWidth"
                )
                assert not wide, f"{tag}: sideways scrolling"
            assert page.watch.problems == []
        finally:
            page.context.close()
