"""The eligibility checker: a GET form whose answers live in the URL, and the same results as JSON."""

import json

from django.core.exceptions import TooManyFieldsSent
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from checker import rules
from checker.answers import answer_key, kept_answer
from checker.forms import CheckForm, quick_profile
from checker.presentation import as_json, blocked_country, present, summary
from checker.requirements import Requirements, current_requirements
from guide.caching import cached_for_visitors
from guide.early_answers import answered_early
from guide.text import and_list


def bound_form(request: HttpRequest, requirements: Requirements) -> CheckForm:
    """The form, bound only when the query string carries at least one of its fields."""
    data = request.GET if any(name in request.GET for name in CheckForm.base_fields) else None
    return CheckForm(data, niches=requirements.niches, blocked=requirements.blocked_countries)


def decide(profile: rules.Profile, requirements: Requirements) -> list[rules.Result]:
    return rules.check(
        profile,
        requirements.methods,
        blocked_countries=requirements.blocked_countries,
        live_rule=requirements.live_rule,
    )


def field_views(form: CheckForm, quiet_required: bool, autofocus: bool = True) -> tuple[list[dict], str]:
    """Each field with the errors to show beside it, and the names of required fields still empty.

    While a creator is typing (htmx), an empty field they have not reached yet is not an error: it is
    listed in the results area instead of shouting in red under every field.
    """
    fields, pending, focused = [], [], not autofocus
    for name in form.fields:
        errors = list(form.errors.get(name, [])) if form.is_bound else []
        if quiet_required and form.has_error(name, "required"):
            pending.append(str(form.fields[name].label or name).lower())
            errors = []
        if errors and not focused:
            # A submit without JavaScript lands on the first invalid field (the action's #your-results
            # names no element then, so the browser honours autofocus).
            form.focus(name)
            focused = True
        fields.append({"bf": form[name], "errors": errors})
    return fields, and_list(pending)


@answered_early("htmx")  # the fragment creators get as they type (guide/early_answers.py)
@require_safe
@cached_for_visitors
def check(request: HttpRequest) -> HttpResponse:
    """The form; with answers, the form and the results. htmx gets only the results and field errors."""
    requirements = current_requirements()
    form = bound_form(request, requirements)
    # A history restore needs the whole page; every other htmx request gets the fragment.
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    # Only a whole page loaded afresh lands on its first invalid field: not a fragment, not a history
    # restore (Back), where jumping to a field would lose the creator's place.
    # (htmx sends a restore without HX-Request, so its own header is checked.)
    fresh_page = not request.htmx and not request.htmx.history_restore_request
    template = "checker/check.html#hx_response" if partial else "checker/check.html"

    def render_page(**results) -> str:
        fields, pending = field_views(form, quiet_required=partial, autofocus=fresh_page)
        context = {
            **{"form": form, "fields": fields, "pending": pending, "nav": "check", "results": None},
            "translation_note": requirements.translation_note,
        }
        return render_to_string(template, {**context, **results}, request)

    # A valid answer is read without the form's error machinery, which only an invalid one needs.
    profile = (
        quick_profile(form.data, requirements.niches, requirements.blocked_countries)
        if form.is_bound
        else None
    )
    if profile is None and not (form.is_bound and form.is_valid()):
        response = HttpResponse(render_page())
    else:
        profile = profile or form.profile()
        results = decide(profile, requirements)

        def with_results() -> str:
            views = present(results, requirements.info, profile, requirements.live_rule)
            blocked = blocked_country(views)
            return render_page(
                results=views,
                summary=summary(views),
                blocked=requirements.blocked.get(blocked) if blocked else None,
            )

        if partial:
            # The fragment holds only the results and the (empty) field errors: the same for everyone
            # whose answers decide the same, so it is made once (checker/answers.py).
            response = kept_answer(
                requirements, answer_key("fragment", requirements, profile, results), with_results
            )
        else:
            response = HttpResponse(with_results())  # the whole page's form echoes every answer as typed
    patch_vary_headers(response, ["HX-Request"])
    return response


def api_error(status: int, message: str, **headers) -> JsonResponse:
    return JsonResponse({"errors": {"__all__": [message]}}, status=status, headers=headers)


@answered_early("page", "htmx", "restore")  # read by scripts: no session, cookie or CSP nonce
@csrf_exempt  # read-only: a POST gets the JSON 405 below, not the CSRF failure page
@cached_for_visitors
def api_check(request: HttpRequest) -> JsonResponse:
    """The checker's results as JSON; every error it answers is JSON too (400 bad input, 405 method)."""
    if request.method not in ("GET", "HEAD"):
        return api_error(405, "Use GET, with the answers in the query string.", Allow="GET, HEAD")
    try:
        query = request.GET
    except TooManyFieldsSent:
        return api_error(400, "Too many parameters: send only the checker's own.")
    requirements = current_requirements()
    # A valid answer is read without a form; only an invalid one needs the form, which words the errors.
    profile = quick_profile(query, requirements.niches, requirements.blocked_countries)
    if profile is None:
        form = CheckForm(query, niches=requirements.niches, blocked=requirements.blocked_countries)
        if not form.is_valid():
            errors = {
                field: [str(message) for message in messages] for field, messages in form.errors.items()
            }
            return JsonResponse({"errors": errors}, status=400)
        profile = form.profile()
    results = decide(profile, requirements)

    def body() -> str:
        views = present(results, requirements.info, profile, requirements.live_rule)
        return json.dumps(as_json(views), cls=DjangoJSONEncoder)

    key = answer_key("api", requirements, profile, results)
    return kept_answer(requirements, key, body, content_type="application/json")
