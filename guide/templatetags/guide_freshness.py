"""How long ago, in one unit: "7 months", for "rules last checked 7 months ago"."""

import datetime

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

register = template.Library()


@register.filter
def ago(date: datetime.date) -> str:
    """'7 months', '2 weeks', '3 days'; 'today' reads as '0 minutes', so callers say 'today' themselves."""
    return timesince(date, timezone.localdate(), depth=1)
