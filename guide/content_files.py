"""The guide's default content, read from the data files in guide/content/ into the shape of a backup
(guide/transfer.py), so `manage.py load_default_content` writes it through the one validated importer.

The files, written for a reviewer to read and diff:

- `niches.toml`, `synonyms.toml`, `countries_without_tiktok.toml`, `changes.toml` (the dated log of rule
  changes): lists of `[[niches]]` and so on;
  `live_access.toml`: the LIVE access rule (its source: a method by slug, and the source's place in it).
  `home.toml`: the home page's headline and intro.
  `rates.toml`: the pay figures behind the checker's earnings estimates, each with its source.
- `tips/<slug>.md`, `sections/<slug>.md`: TOML front matter between `+++` lines, then the markdown body.
- `methods/<slug>/method.md`: the method's fields, sources, routes (with `[[routes.country_rules]]`) and
  next-step links as front matter, then "what it is"; `pays.md`, `start.md` and `caveats.md` beside it hold
  the other markdown parts (a missing one is empty).

A slug is its file's or folder's name. TOML has no null: leave a key out for "none" (no minimum, no
source). This module only reads; the importer's schema (guide/transfer_schema.py) checks everything.
"""

import tomllib
from pathlib import Path

from guide.transfer_schema import FORMAT, FORMAT_VERSION, GuideFileError

CONTENT_DIR = Path(__file__).resolve().parent / "content"
FENCE = "+++"
METHOD_PARTS = ("pays", "start", "caveats")  # "body" is method.md's own


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise GuideFileError(f"{path}: {error}") from error


def read_list(path: Path, name: str) -> list:
    """A TOML file of `[[name]]` tables; anything else in it is a mistake (a misspelt table would vanish)."""
    data = read_toml(path)
    if data.keys() != {name}:
        raise GuideFileError(f"{path}: expected only [[{name}]] tables, found {', '.join(data) or 'none'}")
    return data[name]


def markdown(text: str) -> str:
    """Markdown as stored: no blank lines around it, one newline at the end (none when empty)."""
    text = text.strip("\n")
    return text + "\n" if text else ""


def read_markdown(path: Path) -> tuple[dict, str]:
    """A markdown file's front matter (TOML between `+++` lines) and its body."""
    lines = path.read_text(encoding="utf-8").split("\n")
    fences = [index for index, line in enumerate(lines) if line.strip() == FENCE][:2]
    if len(fences) < 2 or fences[0] != 0:
        raise GuideFileError(f"{path}: expected TOML front matter between {FENCE} lines at the top")
    try:
        fields = tomllib.loads("\n".join(lines[1 : fences[1]]))
    except tomllib.TOMLDecodeError as error:
        raise GuideFileError(f"{path}: {error}") from error
    if {"slug", "body"} & fields.keys():
        raise GuideFileError(f"{path}: the slug is the file's name and the body follows the front matter")
    return fields, markdown("\n".join(lines[fences[1] + 1 :]))


def read_text(path: Path) -> dict:
    """A tip or section: its slug, its front matter's fields and its body."""
    fields, body = read_markdown(path)
    return {"slug": path.stem, **fields, "body": body}


def read_method(folder: Path) -> dict:
    fields, body = read_markdown(folder / "method.md")
    if set(METHOD_PARTS) & fields.keys():
        raise GuideFileError(f"{folder / 'method.md'}: pays, start and caveats have files of their own")
    parts = {}
    for name in METHOD_PARTS:
        path = folder / f"{name}.md"
        parts[name] = markdown(path.read_text(encoding="utf-8")) if path.exists() else ""
    return {"slug": folder.name, **fields, "body": body, **parts}


def default_content(root: Path = CONTENT_DIR) -> dict:
    """The default content as a backup file's data (see guide/transfer.py), not yet checked."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "niches": read_list(root / "niches.toml", "niches"),
        "tips": [read_text(path) for path in sorted((root / "tips").glob("*.md"))],
        "sections": [read_text(path) for path in sorted((root / "sections").glob("*.md"))],
        "blocked_countries": read_list(root / "countries_without_tiktok.toml", "blocked_countries"),
        "methods": [
            read_method(folder) for folder in sorted((root / "methods").iterdir()) if folder.is_dir()
        ],
        "synonyms": read_list(root / "synonyms.toml", "synonyms"),
        "live_access": read_toml(root / "live_access.toml"),
        "changes": read_list(root / "changes.toml", "changes"),
        "home": read_toml(root / "home.toml"),
        "rates": read_list(root / "rates.toml", "rates"),
    }
