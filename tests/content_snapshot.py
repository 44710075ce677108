"""The default content for tests: `load_default_content` for real once per test process, then copied back.

The command takes about 1.5 s (the schema check, markdown, a history row per item) and hundreds of tests
start from what it writes. The first time, its rows are read back from the guide's tables; each later time
those rows are inserted as they were, in one transaction, and the content version is bumped once, as the
command's own transaction bumps it. That is what the command would write, in a few milliseconds, but for
the times it wrote them (`updated_at`, `history_date`): the copy keeps those of the process's first load.

Copied only into a migrated, empty site, as the first load found it (the same row counts in the guide's
tables): anything else gets the real command. tests/guide/test_default_content.py runs the
command itself; test_the_test_copy_is_what_the_command_writes checks the two agree.
"""

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

from guide.caching import bump_content_version
from guide.models import ContentVersion, LiveAccessRule, Method

# Per test process (each pytest-xdist worker is one): (row counts before the load, rows of each table).
_snapshot: dict[str, tuple[tuple[int, ...], list[tuple[str, list[str], list[tuple]]]]] = {}


def content_models() -> list:
    """Every table of the guide app (through tables and history included) but the version counter."""
    config = apps.get_app_config("guide")
    return [model for model in config.get_models(include_auto_created=True) if model is not ContentVersion]


def _quoted(name: str) -> str:
    return connection.ops.quote_name(name)


def _row_counts(models) -> tuple[int, ...]:
    counts = ", ".join(f"(SELECT COUNT(*) FROM {_quoted(model._meta.db_table)})" for model in models)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        return tuple(cursor.fetchone())


def _read_tables(models) -> list[tuple[str, list[str], list[tuple]]]:
    tables = []
    with connection.cursor() as cursor:
        for model in models:
            table = model._meta.db_table
            cursor.execute(f"SELECT * FROM {_quoted(table)}")
            columns = [column[0] for column in cursor.description]
            tables.append((table, columns, cursor.fetchall()))
    return tables


def _write_tables(tables, models) -> None:
    with connection.cursor() as cursor:
        for table, columns, rows in tables:
            # Rows a migration made (the LIVE rule) are replaced by the loaded version of them.
            cursor.execute(f"DELETE FROM {_quoted(table)}")
            if rows:
                names = ", ".join(_quoted(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {_quoted(table)} ({names}) VALUES ({marks})", rows)
        # PostgreSQL's id sequences do not see explicit ids: move them past the copied rows.
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


def load_default_content() -> bool:
    """What `manage.py load_default_content` writes into an empty site, as fast as it can be copied.

    Returns whether it was copied (False: the command ran)."""
    models = content_models()
    before = _row_counts(models)
    known = _snapshot.get(connection.vendor)
    if known is not None and known[0] == before:
        with transaction.atomic():
            _write_tables(known[1], models)
            bump_content_version(sender=Method)
        return True
    call_command("load_default_content", verbosity=0)
    if known is None and _empty_site(before, models):
        _snapshot[connection.vendor] = (before, _read_tables(models))
    return False


def _empty_site(counts, models) -> bool:
    # A migrated site: every table empty but the LIVE rule's, which a migration creates.
    return not any(count for count, model in zip(counts, models, strict=True) if model is not LiveAccessRule)
