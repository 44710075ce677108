"""Editors' texts in Spanish and Portuguese: read in the page's language, English where a translation is
missing (and the page says so), marked for review when the English moves, kept in history and backups."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.utils import translation

from guide.content_files import CONTENT_DIR, default_content
from guide.models import Method, Tip
from guide.transfer import export_guide, import_guide
from guide.transfer_schema import GuideFileError
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def page(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize(
    ("prefix", "name", "summary_start"),
    [
        ("", "Series", "Sell access to a paid collection"),
        ("/es", "Series", "Vende el acceso a una colección pagada"),
        ("/pt-br", "Séries", "Venda acesso a uma coleção paga"),
    ],
)
def test_a_method_page_reads_in_its_language(client, default_content, prefix, name, summary_start):
    html = page(client, f"{prefix}/methods/series/")
    assert f'<h1 id="method-title">{name}</h1>' in html
    assert summary_start in html
    assert "data-translation-note" not in html  # the default content is translated whole


def test_every_default_text_has_both_translations(default_content):
    """The default content ships complete: no editor text falls back to English in es or pt-br."""
    from guide.translation import OTHER_LANGUAGES, TRANSLATED, column

    gaps = []
    for model, names in TRANSLATED.items():
        for obj in model._default_manager.all():
            for name in names:
                if getattr(obj, column(name, "en")):
                    gaps += [
                        f"{model.__name__} {obj.pk} {name} {code}"
                        for code in OTHER_LANGUAGES
                        if not getattr(obj, column(name, code))
                    ]
    assert gaps == []


def test_a_missing_translation_shows_the_english_and_the_page_says_so(client, default_content):
    Method.objects.filter(slug="series").update(summary_es=None)
    html = page(client, "/es/methods/series/")
    assert "Sell access to a paid collection" in html  # the English summary in its place
    assert 'data-translation-note="missing"' in html
    assert 'href="/methods/series/" hreflang="en"' in html
    assert "data-translation-note" not in page(client, "/pt-br/methods/series/")
    assert "data-translation-note" not in page(client, "/methods/series/")


def test_an_english_change_marks_the_translations_for_review_until_they_are_redone(client, default_content):
    method = Method.objects.get(slug="series")
    method.summary_en = "Sell a paid collection of your videos: a course, a workshop."
    method.save()
    method.refresh_from_db()
    assert method.translations_behind == {"es": ["summary"], "pt-br": ["summary"]}
    assert 'data-translation-note="behind"' in page(client, "/es/methods/series/")
    assert "data-translation-note" not in page(client, "/methods/series/")

    method.summary_es = "Vende una colección pagada de tus videos: un curso, un taller."
    method.save()
    method.refresh_from_db()
    assert method.translations_behind == {"pt-br": ["summary"]}
    assert "data-translation-note" not in page(client, "/es/methods/series/")
    assert 'data-translation-note="behind"' in page(client, "/pt-br/methods/series/")


def test_saving_without_changing_the_english_marks_nothing(default_content):
    tip = Tip.objects.get(slug="analytics")
    tip.body_en = tip.body_en.replace("\n", "\r\n")  # what a browser's textarea sends back
    tip.save()
    tip.refresh_from_db()
    assert tip.translations_behind == {}


def test_the_admin_edits_each_language_and_warns_of_translations_behind(admin_client, default_content):
    method = Method.objects.get(slug="series")
    url = f"/admin/guide/method/{method.pk}/change/"
    form_page = admin_client.get(url)
    data = change_form_data(form_page)
    assert {"summary_en", "summary_es", "summary_pt_br", "body_es"} <= data.keys()
    data["summary_en"] = "Sell a paid collection of your videos."
    assert admin_client.post(url, data).status_code == 302

    warned = admin_client.get(url).content.decode()
    assert "the English changed after these translations were written" in warned
    assert "Español: summary" in warned
    listed = admin_client.get("/admin/guide/method/?translation_review=es").content.decode()
    assert "Series" in listed and "Creator Rewards Program" not in listed

    action = {"action": "mark_translations_reviewed", "_selected_action": [method.pk]}
    assert admin_client.post("/admin/guide/method/", action).status_code == 302
    method.refresh_from_db()
    assert method.translations_behind == {}


def test_history_records_every_language_and_a_conflict_covers_translations(
    default_content, django_user_model
):
    alice, bob = Client(), Client()
    alice.force_login(django_user_model.objects.create_superuser("alice", "a@example.com", "pw-alice-1234"))
    bob.force_login(django_user_model.objects.create_superuser("bob", "b@example.com", "pw-bob-12345"))
    method = Method.objects.get(slug="series")
    url = f"/admin/guide/method/{method.pk}/change/"
    alice_data, bob_data = change_form_data(alice.get(url)), change_form_data(bob.get(url))

    alice_data["summary_es"] = "El resumen de Alice."
    assert alice.post(url, alice_data).status_code == 302
    assert method.history.first().summary_es == "El resumen de Alice."

    bob_data["summary_es"] = "El resumen de Bob."
    refused = bob.post(url, bob_data)
    assert refused.status_code == 200
    assert refused.context["adminform"].form.edit_conflict is not None
    method.refresh_from_db()
    assert method.summary_es == "El resumen de Alice."


def test_backups_carry_translations_and_refuse_unknown_languages(default_content):
    data = export_guide()
    series = next(m for m in data["methods"] if m["slug"] == "series")
    assert series["translations"]["es"]["name"] == "Series"
    assert series["translations"]["pt-br"]["name"] == "Séries"
    assert series["routes"][0]["translations"]["es"]["name"] == "Seguidores y reproducciones"
    assert not import_guide(data)  # the same file again changes nothing

    series["translations"]["es"]["summary"] = "Un resumen nuevo."
    import_guide(data)
    with translation.override("es"):
        assert Method.objects.get(slug="series").summary == "Un resumen nuevo."

    series["translations"]["fr"] = {"name": "Séries"}
    series["translations"]["es"]["price"] = "1"
    with pytest.raises(GuideFileError) as error:
        import_guide(data)
    assert "methods[" in str(error.value) and "translations.fr" in str(error.value)
    assert "translations.es.price" in str(error.value)


def test_a_translation_file_out_of_step_with_the_english_is_refused(tmp_path):
    import shutil

    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    changes = root / "translations" / "es" / "changes.toml"
    text = changes.read_text(encoding="utf-8")
    changes.write_text(text[: text.rindex("[[changes]]")], encoding="utf-8")
    with pytest.raises(GuideFileError, match="changes.toml: 30 changes, but the English has 31"):
        default_content(root)


@pytest.mark.parametrize(
    ("prefix", "word"), [("/es", "Suscripciones"), ("/pt-br", "Assinaturas"), ("", "Subscriptions")]
)
def test_the_checker_names_methods_in_the_language_and_never_mixes_them(
    client, default_content, prefix, word
):
    query = "?followers=12000&age=24&country=US"
    for other in ("", "/es", "/pt-br"):
        page(client, f"{other}/check/{query}")  # each language's requirements loaded in turn
    html = page(client, f"{prefix}/check/{query}")
    assert word in html
    if prefix:
        assert "Subscriptions" not in html


def test_the_checker_says_when_a_text_it_shows_is_missing_or_behind(client, default_content):
    from guide.models import NextStepLink, Route

    answers = "?followers=500&age=20&country=BR&views_30d=1000&live=no&account_type=personal"
    for prefix in ("", "/es", "/pt-br"):
        assert "data-translation-note" not in page(client, f"{prefix}/check/{answers}")
    route = Route.objects.exclude(next_step_en="").first()
    route.next_step_pt_br = ""
    route.save()
    assert 'data-translation-note="missing"' in page(client, f"/pt-br/check/{answers}")
    assert "data-translation-note" not in page(client, f"/es/check/{answers}")
    link = NextStepLink.objects.first()
    link.title_en = f"{link.title_en} (new)"
    link.save()
    assert 'data-translation-note="behind"' in page(client, f"/es/check/{answers}")
    assert "data-translation-note" not in page(client, f"/check/{answers}")


@pytest.mark.parametrize(
    ("prefix", "query"), [("/es", "regalos"), ("/pt-br", "presentes"), ("/es", "LIVE Gifts")]
)
def test_search_finds_methods_by_their_translated_and_their_english_names(
    client, default_content, prefix, query
):
    html = page(client, f"{prefix}/search/?q={query}")
    live_gifts = Method.objects.get(slug="live-gifts")
    with translation.override(prefix.strip("/")):
        assert f'href="{live_gifts.get_absolute_url()}"' in html


@pytest.mark.parametrize(
    ("prefix", "question"),
    [
        ("/es", "¿Cuántos seguidores necesito para LIVE?"),
        ("/es", "cuantos seguidores necesito para live"),  # typed on a phone, without accents
        ("/pt-br", "Quantos seguidores preciso para a LIVE?"),
    ],
)
def test_a_question_in_the_language_is_searched_by_its_content_words(
    client, default_content, prefix, question
):
    """Every content word must match, so the language's own "how many", "do I need", "for" are left out."""
    html = page(client, f"{prefix}/search/?{urlencode({'q': question})}")
    live_gifts = Method.objects.get(slug="live-gifts")
    with translation.override(prefix.strip("/")):
        assert f'href="{live_gifts.get_absolute_url()}"' in html, question
