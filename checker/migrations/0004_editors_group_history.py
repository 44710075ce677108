"""Give the Editors group the permissions of the models added since 0002 (history records among them)."""

import importlib

from django.db import migrations

# The module name starts with a digit, so it cannot be imported with a plain import statement.
editors_group = importlib.import_module("checker.migrations.0002_editors_group")


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0003_history_and_versions"),
        ("checker", "0003_history"),
    ]

    operations = [migrations.RunPython(editors_group.sync_editor_permissions, migrations.RunPython.noop)]
