"""Load the guide's default content (the data files in guide/content/) into an empty database.

Idempotent: when any Method exists, editors own the content and the command changes nothing.
The files are read into the shape of a backup and written by import_guide, the one importer: checked whole
against its schema, in one transaction, through the models' save(), which renders the markdown.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from guide.content_files import default_content
from guide.models import Method
from guide.transfer import GuideFileError, import_guide


class Command(BaseCommand):
    help = "Load the default guide content and requirements, if the database has no methods yet."

    def handle(self, *args, **options):
        with transaction.atomic():
            # Checked inside the transaction: on SQLite (IMMEDIATE) a second run waits here; elsewhere the
            # unique slugs make a concurrent second load fail and roll back whole.
            if Method.objects.exists():
                self.stdout.write("Content already exists: left it alone, nothing changed.")
                return
            try:
                content = default_content()
                import_guide(content)
            except GuideFileError as error:
                raise CommandError(
                    f"The default content (guide/content/) has errors, nothing loaded:\n{error}"
                ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {len(content['methods'])} methods, {len(content['tips'])} tips, "
                f"{len(content['sections'])} sections and {len(content['niches'])} niches."
            )
        )
