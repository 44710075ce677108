import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db

HOME_BUDGET = 60 * 1024  # bytes transferred, compressed, including CSS and JS


def test_home_page_weighs_at_most_60_kb_compressed(client, default_content):
    html = client.get("/").content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the page links its CSS and JS"
    total = len(gzip.compress(html))
    for asset in assets:
        with open(finders.find(asset.decode()), "rb") as file:
            total += len(gzip.compress(file.read()))
    assert total <= HOME_BUDGET, f"home page weighs {total / 1024:.1f} KB compressed"


def test_server_error_page_is_in_the_site_layout_and_needs_no_request():
    html = render_to_string("500.html")
    assert 'class="site-header"' in html
    assert "Something went wrong on our side" in html
