"""The "Editors" group: everything needed to keep guide content and requirements current, nothing more."""

from django.db import migrations

EDITOR_APPS = ("guide", "checker")


def sync_editor_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist now.
    for app_label in (*EDITOR_APPS, "auth", "contenttypes"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(Permission.objects.filter(content_type__app_label__in=EDITOR_APPS))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("guide", "0001_initial"),
        ("checker", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_editor_permissions, remove_group)]
