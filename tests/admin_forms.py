"""Build the POST data an editor's browser would send for an admin change form, as rendered."""


def _plain(value):
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if hasattr(value, "pk"):
        return value.pk
    if hasattr(value, "code"):  # django-countries Country
        return value.code
    return value


def change_form_data(page) -> dict:
    """The admin form and its inline formsets, filled with their current values."""
    data = {}
    form = page.context["adminform"].form
    for name, field in form.fields.items():
        data[name] = form.initial.get(name, field.initial)
    for inline in page.context.get("inline_admin_formsets", []):  # a restore page has none
        formset = inline.formset
        management = formset.management_form
        data.update({f"{management.prefix}-{key}": value for key, value in management.initial.items()})
        for inline_form in formset.forms:
            for name, field in inline_form.fields.items():
                data[inline_form.add_prefix(name)] = inline_form.initial.get(name, field.initial)
    return {key: _plain(value) for key, value in data.items() if value is not None}


def inline_prefix(page, model) -> str:
    return next(i.formset.prefix for i in page.context["inline_admin_formsets"] if i.formset.model is model)
