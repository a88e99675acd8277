"""people search index: an SQLite FTS5 trigram index over people.search_text

The check-in desk filters 35,000 people on every keystroke; a LIKE '%word%' scan of the whole
table takes 30-110 ms on the L demo, the trigram index answers in about a millisecond. The
index is a plain FTS5 table whose rowid is the person row's rowid, kept in sync by triggers,
so every writer (services, imports, bulk inserts of the demo generator) updates it without
knowing it exists. INSERT OR REPLACE keeps it whole even if an entry went astray; the search
checks every hit on the row itself, so a stray entry can never show a wrong person. (VACUUM
keeps the rowids of this table; a future rebuild would be a re-run of the INSERT below.)

PostgreSQL gets a pg_trgm GIN index on people.search_text instead, which its planner uses for
the search's LIKE '%word%' conditions by itself. Creating the extension needs the right to do so
(a superuser, or the database owner on PostgreSQL 13+ for this trusted extension); without it
the migration still succeeds and the search scans, as it does on any other server.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

INDEX = "people_search"
TRIGGERS = {
    f"{INDEX}_after_insert": f"""
        CREATE TRIGGER {INDEX}_after_insert AFTER INSERT ON people BEGIN
            INSERT OR REPLACE INTO {INDEX}(rowid, search_text)
            VALUES (new.rowid, new.search_text);
        END""",
    f"{INDEX}_after_update": f"""
        CREATE TRIGGER {INDEX}_after_update AFTER UPDATE OF search_text ON people BEGIN
            INSERT OR REPLACE INTO {INDEX}(rowid, search_text)
            VALUES (new.rowid, new.search_text);
        END""",
    f"{INDEX}_after_delete": f"""
        CREATE TRIGGER {INDEX}_after_delete AFTER DELETE ON people BEGIN
            DELETE FROM {INDEX} WHERE rowid = old.rowid;
        END""",
}


def _trigram_available(bind: sa.Connection) -> bool:
    """FTS5 with the trigram tokenizer needs SQLite 3.34 built with FTS5 (Python's is)."""
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.ecnet_trigram_probe "
                             "USING fts5(x, tokenize='trigram')")
    except sa.exc.OperationalError:
        return False
    bind.exec_driver_sql("DROP TABLE temp.ecnet_trigram_probe")
    return True


PG_INDEX = "ix_people_search_text_trgm"


def _pg_trgm_installed(bind: sa.Connection) -> bool:
    """pg_trgm is there, or could be created here (in a savepoint: a refusal aborts nothing)."""
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        return True
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:  # not allowed, or postgresql-contrib is not installed
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        if _pg_trgm_installed(bind):
            op.execute(f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON people "
                       "USING gin (search_text gin_trgm_ops)")
        return
    if bind.dialect.name != "sqlite" or not _trigram_available(bind):
        return  # the search service notices the missing index and scans instead
    op.execute(f"CREATE VIRTUAL TABLE {INDEX} USING fts5(search_text, tokenize='trigram')")
    op.execute(f"INSERT INTO {INDEX}(rowid, search_text) SELECT rowid, search_text FROM people")
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")  # the extension may serve others: kept
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
