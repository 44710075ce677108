"""Every public page, at a phone's width and a laptop's: accessible, tidy, nothing broken."""

import json

import pytest

from tests.browser.conftest import DESKTOP, PHONE, PUBLIC_PAGES, Watch

pytestmark = pytest.mark.browser

VIEWPORTS = {"390": PHONE, "1280": DESKTOP}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
page_params = pytest.mark.parametrize(
    ("name", "path", "status"), PUBLIC_PAGES, ids=[p[0] for p in PUBLIC_PAGES]
)
viewport_params = pytest.mark.parametrize("width", list(VIEWPORTS))


def open_page(context, site, path, status):
    page = context.new_page()
    page.watch = Watch(page, allow_status={path: status})
    response = page.goto(site + path, wait_until="load")
    assert response.status == status
    return page


def describe(violations) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}; at {targets}")
        for node in violation["nodes"][:2]:
            lines.append(f"    {node['failureSummary']}".replace("\n", " "))
    return "\n".join(lines)


@viewport_params
@page_params
def test_axe_finds_no_wcag_violations(site, browser, axe_js, name, path, status, width):
    # Our CSP allows no injected script, so only this context may bypass it, to load axe-core.
    context = browser.new_context(viewport=VIEWPORTS[width], bypass_csp=True)
    try:
        page = open_page(context, site, path, status)
        page.add_script_tag(path=str(axe_js))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS,
        )
        assert result["violations"] == [], describe(result["violations"])
    finally:
        context.close()


@viewport_params
@page_params
def test_looks_right_without_sideways_scrolling_or_errors(
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
            })"""
        )
        assert overflow["scrollWidth"] <= overflow["width"], f"sideways scrolling: {json.dumps(overflow)}"
        assert page.watch.problems == []
    finally:
        context.close()


TAP_TARGETS = """() => {
  const inText = el => {
    // WCAG 2.5.8's exception: a link inside a sentence, in a paragraph or list item of running text.
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return !!block && block.matches('p, li, td, dd, figcaption')
      && block.textContent.trim().length > el.textContent.trim().length;
  };
  const small = [];
  for (const el of document.querySelectorAll('main a[href], main button, main input, main select, main textarea, main summary')) {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || el.closest('.visually-hidden')) continue;
    let box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const label = el.closest('label');  // a radio or checkbox is tapped through its label
    if (label) box = label.getBoundingClientRect();
    if (box.height >= 44 || inText(el)) continue;
    small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} "${(el.textContent || el.name || '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  return small;
}"""


@page_params
def test_tap_targets_are_big_enough_on_a_phone(site, context, name, path, status):
    page = open_page(context, site, path, status)
    small = page.evaluate(TAP_TARGETS)
    assert small == [], "tap targets under 44px high:\n" + "\n".join(small)
