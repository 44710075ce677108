import pytest

from guide.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<img src="x" onerror="alert(1)">',
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    '<svg onload="alert(1)"></svg>',
    "<style>body{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "![x](javascript:alert(1))",
    "<form action='https://evil.example'><input name=p></form>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_markdown_never_becomes_live_script(text):
    html = render_markdown(text).lower()
    assert "<script" not in html
    assert "javascript:" not in html
    assert "data:text/html" not in html
    for attribute in ("onerror", "onclick", "onload", "style="):
        assert attribute not in html
    for tag in ("<iframe", "<svg", "<style", "<form", "<input", "<img"):
        assert tag not in html


def test_markdown_keeps_what_editors_need():
    html = render_markdown(
        "# Title\n\n**bold** [TikTok](https://www.tiktok.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    )
    assert '<h2 id="md-title">Title</h2>' in html
    assert "<strong>bold</strong>" in html
    assert 'href="https://www.tiktok.com"' in html
    assert 'rel="noopener noreferrer nofollow"' in html
    assert "<table>" in html


def test_heading_ids_are_prefixed():
    assert 'id="creator-rewards-history"' in render_markdown("## History", id_prefix="creator-rewards-")


@pytest.mark.django_db
def test_stored_markdown_reads_back_as_safe_html():
    from django.utils.safestring import SafeString

    from guide.models import Tip

    Tip.objects.create(title="Post", slug="post", summary="Often.", body="# Why\n\n<script>x</script>")
    html = Tip.objects.get(slug="post").body_html
    assert isinstance(html, SafeString)
    assert html.strip() == '<h2 id="tip-post-why">Why</h2>'


def test_mark_safe_is_called_in_one_place():
    """STYLE.md: sanitised markdown is marked safe in one function (guide.markdown.mark_sanitised)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    calls = [
        str(path.relative_to(root))
        for folder in ("guide", "checker", "config")
        for path in sorted((root / folder).rglob("*.py"))
        for line in path.read_text().splitlines()
        if "mark_safe(" in line
    ]
    assert calls == ["guide/markdown.py"]
