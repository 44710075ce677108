"""The Spanish and Brazilian Portuguese catalogues cover every interface message, with nothing fuzzy.

Reads the .po files in the repository (the .mo files are built from them by `make run` and `make test`),
and checks the catalogues are current: every message marked in the code and templates is in them.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

LOCALES = ["es", "pt_BR"]


def catalogue(locale: str, base: Path | None = None) -> Path:
    return (base or settings.BASE_DIR) / "locale" / locale / "LC_MESSAGES" / "django.po"


def joined(quoted: str) -> str:
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', quoted))


def entries(locale: str, base: Path | None = None) -> list[tuple[str, str, list[str]]]:
    """(comments, msgid, [msgstr, ...]) of every entry but the header; entries are separated by blank lines."""
    found = []
    for block in catalogue(locale, base).read_text().strip().split("\n\n"):
        comments = "\n".join(line for line in block.splitlines() if line.startswith("#"))
        fields: dict[str, str] = {}
        name = ""
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            if not line.startswith('"'):
                name, _, line = line.partition(" ")
            fields[name] = fields.get(name, "") + joined(line)
        msgid = fields.get("msgid", "")
        if msgid:  # not the header
            found.append(
                (comments, msgid, [text for key, text in fields.items() if key.startswith("msgstr")])
            )
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated_and_none_is_fuzzy(locale):
    found = entries(locale)
    assert len(found) > 200
    untranslated = [msgid for _, msgid, msgstrs in found if not all(msgstrs)]
    fuzzy = [msgid for comments, msgid, _ in found if re.search(r"(?m)^#,.*\bfuzzy\b", comments)]
    obsolete = re.findall(r"(?m)^#~ msgid (.*)$", catalogue(locale).read_text())
    assert untranslated == []
    assert fuzzy == []
    assert obsolete == []


@pytest.mark.parametrize("locale", LOCALES)
def test_placeholders_kept(locale):
    for _, msgid, msgstrs in entries(locale):
        wanted = sorted(set(re.findall(r"%\(\w+\)[sd]|\{\w+\}", msgid)))
        for msgstr in msgstrs:
            assert sorted(set(re.findall(r"%\(\w+\)[sd]|\{\w+\}", msgstr))) == wanted, msgid


@pytest.mark.skipif(not shutil.which("xgettext"), reason="needs GNU gettext (make test installs it)")
def test_catalogues_hold_every_marked_message(tmp_path):
    """makemessages, run afresh on a copy of the project, finds nothing the catalogues lack: a new or changed
    interface string fails here until it is translated in both languages."""
    for name in ("checker", "config", "guide", "templates", "locale", "manage.py"):
        source = settings.BASE_DIR / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--no-obsolete",
            *[f"-l{locale}" for locale in LOCALES],
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={**os.environ, "DEBUG": "1"},
    )
    for locale in LOCALES:
        fresh = {msgid for _, msgid, _ in entries(locale, tmp_path)}
        kept = {msgid for _, msgid, _ in entries(locale)}
        assert fresh == kept, f"{locale}: run makemessages and translate {sorted(fresh ^ kept)}"
        assert all(all(msgstrs) for _, _, msgstrs in entries(locale, tmp_path))
        assert not [c for c, _, _ in entries(locale, tmp_path) if "fuzzy" in c]
