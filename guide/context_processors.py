""" "Edit this page" for editors on public pages: a link to where the page's content is kept in the admin.

Only a request with a session cookie is looked at: visitors send none, so their pages never touch the
session (no Vary: Cookie) and the pages cached for them never hold the link. Pages for anyone with a
session are never cached (guide.caching.PageCacheMiddleware).
"""

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from guide.models import Method

# URL name -> the admin page where that page's content is edited (None: the page has no content of its own).
EDIT_PAGES = {
    "guide:home": "admin:guide_homepage_changelist",
    "guide:tips": "admin:guide_tip_changelist",
    "guide:changes": "admin:guide_change_changelist",
    "checker:check": "admin:guide_method_changelist",
}


def staff_edit(request: HttpRequest) -> dict:
    if settings.SESSION_COOKIE_NAME not in request.COOKIES or not request.user.is_staff:
        return {}
    match = request.resolver_match
    if match is None:
        return {}
    if match.view_name == "guide:method_detail":
        pk = Method.objects.filter(slug=match.kwargs["slug"]).values_list("pk", flat=True).first()
        return {"staff_edit_url": reverse("admin:guide_method_change", args=[pk])} if pk else {}
    admin_page = EDIT_PAGES.get(match.view_name)
    return {"staff_edit_url": reverse(admin_page)} if admin_page else {}
