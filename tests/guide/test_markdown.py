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
