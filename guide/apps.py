from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = "Guide content"

    def ready(self):
        from guide.caching import bump_content_version
        from guide.editors import sync_editor_permissions
        from guide.translation_review import connect as mark_translations_behind

        # After guide's permissions exist (Django creates them in its own post_migrate receiver, which
        # auth connects first), the Editors group gets all of them.
        post_migrate.connect(sync_editor_permissions, sender=self, dispatch_uid="sync_editor_permissions")

        # Any content change, from the admin, an import or a shell, invalidates cached pages.
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(bump_content_version, dispatch_uid=f"bump_content_version_{signal}")

        # django-modeltranslation has read guide/translation.py by now (it comes first in INSTALLED_APPS).
        mark_translations_behind()
