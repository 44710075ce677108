"""History at the editors' desk: a route threshold changed on the method's page shows in the method's one
timeline, and restoring the older version shows what it changes first and returns to the method's page."""

import pytest

from guide.models import Method, Route
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_admin_desk import desk, method_path  # noqa: F401 (desk is a fixture)

pytestmark = pytest.mark.browser


def test_a_route_change_in_the_timeline_and_restored(desk, screenshot_dir):  # noqa: F811
    method = Method.objects.get(slug="creator-rewards")
    route = method.routes.exclude(min_followers=None).first()
    before = route.min_followers
    page = desk(method_path())
    field = page.locator(f"input[name$='-min_followers'][value='{before}']").first
    field.fill(str(before + 5000))
    page.locator("input[name=_save]").first.click()
    page.wait_for_load_state("networkidle")
    assert Route.objects.get(pk=route.pk).min_followers == before + 5000

    history = f"/admin/guide/method/{method.pk}/history/"
    for name, viewport in (("1280", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(viewport)
        page.goto(page.url.split("/admin/")[0] + history)
        page.screenshot(path=str(screenshot_dir / f"history-timeline-{name}.png"), full_page=True)
    entry = page.locator("#change-history tr", has_text=f"Route “{route.name}”: changed").first
    assert f"{before:,}" in entry.inner_text() and f"{before + 5000:,}" in entry.inner_text()
    assert "Conditions the checker" not in entry.inner_text()  # the browser's line ends are no change

    older = page.locator("#change-history tr", has_text=f"Route “{route.name}”").nth(1)
    older.locator("a.restore-link").click()
    page.wait_for_load_state("networkidle")
    preview = page.locator("#restore-preview")
    assert f"{before + 5000:,}" in preview.inner_text() and f"{before:,}" in preview.inner_text()
    for name, viewport in (("1280", DESKTOP), ("390", PHONE)):
        page.set_viewport_size(viewport)
        page.screenshot(path=str(screenshot_dir / f"history-restore-{name}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)
    page.locator("input[name=_save]").first.click()
    page.wait_for_url(f"**{method_path()}")
    assert Route.objects.get(pk=route.pk).min_followers == before
    assert not page.watch.problems, page.watch.problems
