"""The "Editors" group: every permission on the guide's content, and nothing else.

Kept by a post_migrate receiver rather than by data migrations, so a new content model is covered by the
next `migrate` without a migration of its own.
"""

EDITORS = "Editors"


def sync_editor_permissions(sender, using="default", **kwargs) -> None:
    """post_migrate receiver (for the guide app): the Editors group holds exactly guide's permissions."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    group.permissions.set(Permission.objects.using(using).filter(content_type__app_label="guide"))
