"""The eligibility checker: a GET form whose answers live in the URL, and the same results as JSON."""

from django.core.exceptions import TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from checker import rules
from checker.forms import CheckForm
from checker.presentation import as_json, blocked_country, present, summary
from checker.requirements import Requirements, current_requirements
from guide.caching import cached_for_visitors
from guide.text import and_list


def bound_form(request: HttpRequest, requirements: Requirements) -> CheckForm:
    """The form, bound only when the query string carries at least one of its fields."""
    data = request.GET if any(name in request.GET for name in CheckForm.base_fields) else None
    return CheckForm(data, niches=requirements.niches, blocked=requirements.blocked_countries)


def results_for(form: CheckForm, requirements: Requirements):
    profile = form.profile()
    results = rules.check(
        profile,
        requirements.methods,
        blocked_countries=requirements.blocked_countries,
        live_rule=requirements.live_rule,
    )
    return present(results, requirements.info, profile, requirements.live_rule)


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
            form.fields[name].widget.attrs["autofocus"] = True
            focused = True
        fields.append({"bf": form[name], "errors": errors})
    return fields, and_list(pending)


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
    fields, pending = field_views(form, quiet_required=partial, autofocus=fresh_page)
    context = {"form": form, "fields": fields, "pending": pending, "nav": "check", "results": None}
    if form.is_bound and form.is_valid():
        results = results_for(form, requirements)
        blocked = blocked_country(results)
        context.update(
            results=results,
            summary=summary(results),
            blocked=requirements.blocked.get(blocked) if blocked else None,
        )
    template = "checker/check.html#hx_response" if partial else "checker/check.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def api_error(status: int, message: str, **headers) -> JsonResponse:
    return JsonResponse({"errors": {"__all__": [message]}}, status=status, headers=headers)


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
    form = CheckForm(query, niches=requirements.niches, blocked=requirements.blocked_countries)
    if not form.is_valid():
        errors = {field: [str(message) for message in messages] for field, messages in form.errors.items()}
        return JsonResponse({"errors": errors}, status=400)
    return JsonResponse(as_json(results_for(form, requirements)))
