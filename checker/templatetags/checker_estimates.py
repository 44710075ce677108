"""Pay figures on a method's page, worked out by the checker's own maths (checker/estimates.py).

A template tag, so the guide's page shows the checker's arithmetic without guide importing checker (the
import contract in pyproject.toml): the page and the checker's results can never compute it differently.
"""

from django import template

from checker import estimates
from checker.estimate_words import estimate_words
from checker.requirements import method_rates

register = template.Library()


@register.simple_tag
def pay_figures(method) -> dict:
    """The method's rates (prefetched as `rates`) in words, and a worked example from them."""
    rows = list(method.rates.all())
    rates = method_rates(method)
    words = estimate_words()
    return {
        "rows": [
            (row, estimates.amount_range(figure, words))
            for row, figure in zip(rows, rates.figures, strict=True)
        ],
        "example": estimates.worked_example(rates, words),
        "dollar": words.dollar,
    }
