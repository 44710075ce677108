"""Template tags for the admin's own pages."""

from django import template

from guide.models import Method

register = template.Library()


@register.simple_tag(takes_context=True)
def overdue_methods(context) -> list[Method]:
    """Methods whose rules are due for a check against their sources, most overdue first (for the admin index)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not (user.has_perm("guide.view_method") or user.has_perm("guide.change_method")):
        return []
    methods = Method.objects.only("name", "is_published", "last_checked", "review_every_days")
    return sorted((method for method in methods if method.is_overdue), key=lambda method: method.review_due)


@register.filter
def minutes(duration) -> int:
    """A timedelta in whole minutes (rounded up), for "try again in 15 minutes"."""
    return -(-int(duration.total_seconds()) // 60)
