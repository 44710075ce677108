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

- `translations/<language>/`: the same files again (`es`, `pt-br`), holding only the texts in that language:
  a method's front matter has its text fields, and its `[[routes]]` and `[[next_step_links]]` in the English
  file's order with theirs; `changes.toml` lists the log in the English order (dates repeated, as a check),
  `rates.toml` names each row by method, figure, country and order. A text left out has no translation yet.

A slug is its file's or folder's name. TOML has no null: leave a key out for "none" (no minimum, no
source). This module only reads; the importer's schema (guide/transfer_schema.py) checks everything.
"""

import tomllib
from pathlib import Path

from guide.transfer_schema import FORMAT, FORMAT_VERSION, GuideFileError
from guide.translation import OTHER_LANGUAGES

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
    content = english_content(root)
    for code in OTHER_LANGUAGES:
        folder = root / "translations" / code
        if folder.is_dir():
            add_language(content, folder, code)
    return content


def english_content(root: Path) -> dict:
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


# Translations


def put(item: dict, code: str, texts: dict) -> None:
    """Give `item` its texts in one language (empty ones are no translation)."""
    written = {name: value for name, value in texts.items() if value != ""}
    if written:
        item.setdefault("translations", {})[code] = written


def in_order(path: Path, english: list, translated: list, what: str) -> list[tuple[dict, dict]]:
    """Pair a translation file's list with the English one, which it must follow item for item."""
    if len(translated) != len(english):
        raise GuideFileError(f"{path}: {len(translated)} {what}, but the English has {len(english)}")
    return list(zip(english, translated, strict=True))


def add_method(item: dict, folder: Path, code: str) -> None:
    path = folder / "method.md"
    if not path.exists():
        return
    fields, body = read_markdown(path)
    for name, parts in (("routes", "routes"), ("next_step_links", "next-step links")):
        for english, translated in in_order(path, item.get(name) or [], fields.pop(name, []), parts):
            put(english, code, translated)
    parts = {
        name: markdown(p.read_text(encoding="utf-8"))
        for name in METHOD_PARTS
        if (p := folder / f"{name}.md").exists()
    }
    put(item, code, {**fields, "body": body, **parts})


def add_language(content: dict, folder: Path, code: str) -> None:
    """Merge one language's translation files into the content, as each item's `translations`."""
    for kind in ("tips", "sections"):
        for item in content[kind]:
            path = folder / kind / f"{item['slug']}.md"
            if path.exists():
                put(item, code, read_text(path) | {"slug": ""})
    for item in content["methods"]:
        add_method(item, folder / "methods" / item["slug"], code)
    for name, key in (("niches", "slug"), ("blocked_countries", "country")):
        path = folder / ("countries_without_tiktok.toml" if name == "blocked_countries" else f"{name}.toml")
        if path.exists():
            texts = {entry.pop(key): entry for entry in read_list(path, name)}
            for item in content[name]:
                put(item, code, texts.get(item[key], {}))
    if (path := folder / "changes.toml").exists():
        for english, translated in in_order(path, content["changes"], read_list(path, "changes"), "changes"):
            if translated.pop("date") != english["date"]:
                raise GuideFileError(f"{path}: the change dated {english['date']} is out of order")
            put(english, code, translated)
    if (path := folder / "rates.toml").exists():
        key = ("method", "figure", "country", "order")
        texts = {tuple(entry.pop(name) for name in key): entry for entry in read_list(path, "rates")}
        for item in content["rates"]:
            put(item, code, texts.get(tuple(item[name] for name in key), {}))
    for name, path in (("home", folder / "home.toml"), ("live_access", folder / "live_access.toml")):
        if path.exists():
            put(content[name], code, read_toml(path))
