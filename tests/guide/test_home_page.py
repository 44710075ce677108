"""The home page's headline and intro are content: editors change them in the admin, with history."""

import importlib
import json

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from guide.models import HomePage
from guide.transfer import export_guide
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def test_the_default_content_sets_the_words_and_the_count_stays_the_methods(default_content, client):
    html = client.get("/").content.decode()
    home = HomePage.objects.get()
    assert f"<h1>{home.headline}</h1>" in html
    assert f"Nine ways to get paid. {home.intro}" in html.replace("&#x27;", "'").replace("&rsquo;", "’")


def test_an_editor_changes_the_headline_and_its_history_keeps_the_old(default_content, admin_client, client):
    home = HomePage.objects.get()
    url = f"/admin/guide/homepage/{home.pk}/change/"
    data = change_form_data(admin_client.get(url)) | {"headline_en": "Get paid on TikTok"}
    assert admin_client.post(url, data).status_code == 302
    assert "<h1>Get paid on TikTok</h1>" in client.get("/").content.decode()
    assert [h.headline for h in home.history.order_by("history_date")][-2:] == [
        home.headline,
        "Get paid on TikTok",
    ]
    assert admin_client.get("/admin/guide/homepage/add/").status_code == 403  # one home page
    assert admin_client.post(f"/admin/guide/homepage/{home.pk}/delete/").status_code == 403


def test_an_empty_site_shows_the_headline_alone(client):
    assert "<h1>How TikTok creators earn money</h1>" in client.get("/").content.decode()


def test_a_backup_carries_the_words_and_refuses_a_wrong_type(default_content, tmp_path):
    data = export_guide()
    home = HomePage.objects.get()
    assert data["home"] == {
        "headline": home.headline_en,
        "intro": home.intro_en,
        "translations": {
            code: {"headline": getattr(home, f"headline_{suffix}"), "intro": getattr(home, f"intro_{suffix}")}
            for code, suffix in (("es", "es"), ("pt-br", "pt_br"))
        },
    }
    data["home"]["headline"] = 5
    path = tmp_path / "guide.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match=r"home\.headline: expected text, got 5"):
        call_command("import_guide", str(path))


def test_an_existing_site_gets_the_words_from_the_migration(default_content):
    HomePage.objects.all().delete()
    migration = importlib.import_module("guide.migrations.0007_home_page")
    migration.home_page_for_existing_sites(apps, None)
    assert HomePage.objects.get().headline == "How TikTok creators earn money"
