"""Write the whole guide as JSON: to stdout, or to a file with --output (see guide/transfer.py)."""

import json

from django.core.management.base import BaseCommand

from guide.transfer import export_guide


class Command(BaseCommand):
    help = "Export niches, tips, sections, countries without TikTok and methods with all their parts as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write; stdout when left out.")

    def handle(self, *args, output=None, **options):
        text = json.dumps(export_guide(), indent=2, ensure_ascii=False) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
            self.stderr.write(f"Wrote the guide to {output}.")
        else:
            self.stdout.write(text, ending="")
