"""Read a file written by export_guide back in, all or nothing (see guide/transfer.py).

Items are matched by slug and other natural keys, so importing the same file again changes nothing.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from guide.transfer import GuideFileError, import_guide


class DryRun(Exception):
    pass


class Command(BaseCommand):
    help = "Import a guide JSON file (from export_guide): creates and updates content, in one transaction."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON file; - reads stdin.")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")

    def handle(self, *args, file, dry_run=False, **options):
        try:
            if file == "-":
                data = json.load(sys.stdin)
            else:
                with open(file, encoding="utf-8") as handle:
                    data = json.load(handle)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        except json.JSONDecodeError as error:
            raise CommandError(f"{file} is not JSON: {error}") from error
        try:
            with transaction.atomic():
                counts = import_guide(data)
                if dry_run:
                    raise DryRun
        except DryRun:
            pass
        except GuideFileError as error:
            separator = "\n" if "\n" in str(error) else " "  # several problems: one per line
            raise CommandError(f"Nothing imported:{separator}{error}") from error
        summary = ", ".join(f"{count} {what}" for what, count in sorted(counts.items())) or "nothing changed"
        prefix = "Dry run, nothing written. Would have: " if dry_run else "Imported: "
        self.stdout.write(self.style.SUCCESS(prefix + summary + "."))
