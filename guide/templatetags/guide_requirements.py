"""Requirements in words, from the data (guide/requirement_text.py), for cards and headers."""

from django import template

from guide.requirement_text import easiest_line, requirement_line

register = template.Library()
register.filter("requirement_line", requirement_line)
register.filter("easiest_line", easiest_line)
