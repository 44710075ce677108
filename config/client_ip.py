"""The visitor's address for login lockouts (django-axes' AXES_CLIENT_IP_CALLABLE)."""

from django.conf import settings


def client_ip(request) -> str:
    """Behind TRUSTED_PROXY_COUNT proxies, the client is the Nth address from the right of X-Forwarded-For.

    Each proxy appends the address it was reached from, so the last N entries were written by our own
    proxies; anything further left was written by the client and may be forged. Without proxies, or with a
    header shorter than N (a request that reached the app around them), REMOTE_ADDR.

    django-ipware, which axes would otherwise use, answers None unless the header holds exactly the
    expected number of entries: every request with a forged entry would then share one lockout count.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        addresses = [address.strip() for address in forwarded if address.strip()]
        if len(addresses) >= count:
            return addresses[-count]
    return request.META.get("REMOTE_ADDR", "")
