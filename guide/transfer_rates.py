"""The pay figures (guide.Rate) in backups and the default content: export, and import by natural key.

Kept beside guide/transfer.py, which calls these, so neither file grows past reading size. A rate is
matched by its method (slug), figure, country and label; rates missing from the file are left alone, and
a file without "rates" (written before they existed) leaves them all alone, as with the log of changes.
"""

from collections import Counter

from guide import transfer_schema as schema
from guide.models import Method, Rate
from guide.transfer_schema import GuideFileError

RATE_FIELDS = tuple(name for name in schema.RateItem.model_fields if name != "method")  # by slug


def dump_rate(rate: Rate, dump) -> dict:
    return {"method": rate.method.slug, **dump(rate, RATE_FIELDS)}


def export_rates(dump) -> list[dict]:
    """Every rate, sorted by method and natural key so every database lists them alike."""
    rates = Rate.objects.select_related("method")
    return sorted(
        (dump_rate(rate, dump) for rate in rates),
        key=lambda r: (r["method"], r["order"], r["figure"], r["country"], r["label"]),
    )


def import_rates(items: list[dict], dump, values_for, save, counts: Counter) -> None:
    """Create or update each rate of the file; untouched when the file agrees with it."""
    methods = {method.slug: method for method in Method.objects.all()}
    for index, item in enumerate(items):
        where = f"rates[{index}]"
        method = methods.get(item["method"])
        if method is None:
            raise GuideFileError(f"{where}.method: no method with the slug {item['method']!r}")
        rate = (
            Rate.objects.select_for_update(of=("self",))
            .select_related("method")
            .filter(method=method, figure=item["figure"], country=item["country"], label=item["label"])
            .first()
        )
        if rate is not None and dump_rate(rate, dump) == item:
            continue
        outcome = "created" if rate is None else "updated"
        rate = rate or Rate()
        for name, value in values_for(Rate, item, RATE_FIELDS).items():
            setattr(rate, name, value)
        rate.method = method
        save(rate, where, counts, outcome)
