"""Requirements in a line of words, built from the requirement data wherever the site states them briefly.

Cards, a method's header, its meta description and the "where to start" table say "10,000 followers" from
the routes themselves, never from prose, so a threshold an editor changes is right everywhere at once.
"""

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from guide.models import Method, Route
from guide.text import and_list


def no_minimum() -> str:
    return _("no minimum")


def route_line(route: Route) -> str:
    """'18+, 10,000 followers and 100,000 views in 30 days (8 countries)'; 'no minimum'."""
    needs = []
    if route.min_age:
        needs.append(f"{route.min_age}+")
    if count := route.min_followers:
        needs.append(
            ngettext("%(count)s follower", "%(count)s followers", count) % {"count": intcomma(count)}
        )
    if count := route.min_views_30d:
        views = ngettext("%(count)s view in 30 days", "%(count)s views in 30 days", count)
        needs.append(views % {"count": intcomma(count)})
    if route.needs_live:
        needs.append(_("LIVE access"))
    if route.needs_effect_badge:
        needs.append(_("an Effect House badge"))
    if not (route.allows_personal and route.allows_business):
        needs.append(_("a personal account") if route.allows_personal else _("a business account"))
    line = and_list(needs) if needs else no_minimum()
    if route.countries:
        count = len(route.countries)
        line += ngettext(" (%(count)d country)", " (%(count)d countries)", count) % {"count": count}
    return line


def requirement_line(method: Method) -> str:
    """What a method asks, by route: 'Needs 18+ and LIVE access.' or 'Followers and views: …; LIVE: …'."""
    routes = list(method.routes.all())
    if not routes:
        return _("No TikTok minimum: anyone can start.")
    if len(routes) == 1:
        line = route_line(routes[0])
        if line == no_minimum():
            return _("No TikTok minimum: anyone can start.")
        return _("Needs %(needs)s.") % {"needs": line}
    # Several routes, any one enough: named, so a reader sees they are alternatives.
    return _("Any one of: %(routes)s.") % {
        "routes": "; ".join(f"{route.name}: {route_line(route)}" for route in routes)
    }


def easiest_line(method: Method, live_followers: int = 0) -> str:
    """For a card: one route's needs, the route open at the fewest followers when there are several."""
    routes = list(method.routes.all())
    if len(routes) < 2:
        return requirement_line(method)
    # Fewest followers first; among equals, the one asking least.
    lines = {route: route_line(route) for route in routes}
    easiest = min(
        routes, key=lambda r: (route_followers(r, live_followers), lines[r] != no_minimum(), len(lines[r]))
    )
    return _("%(count)s ways in. Easiest: %(route)s: %(needs)s.") % {
        "count": len(routes),
        "route": easiest.name,
        "needs": lines[easiest],
    }


def route_followers(route: Route, live_followers: int) -> int:
    return max(route.min_followers or 0, live_followers if route.needs_live else 0)


def lowest_followers(method: Method, live_followers: int) -> int:
    """The fewest followers any of its routes asks for, counting LIVE's own minimum (0: no minimum)."""
    return min(
        (
            max(route.min_followers or 0, live_followers if route.needs_live else 0)
            for route in method.routes.all()
        ),
        default=0,
    )


def where_to_start(methods: list[Method], live_followers: int) -> list[tuple[int, list[Method]]]:
    """Methods grouped by the fewest followers they open at, smallest first: the "where to start" table."""
    tiers: dict[int, list[Method]] = {}
    for method in methods:
        tiers.setdefault(lowest_followers(method, live_followers), []).append(method)
    return sorted(tiers.items())
