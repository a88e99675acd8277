"""Alembic migrations run at start-up, and refusal of databases from a newer app version.

Alembic itself is imported only when a migration has to run: at every other start the stored
revision is read with one query and compared with the head named in the migration files, which
costs a few milliseconds instead of the ~0.2 s alembic takes to import.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


class DatabaseTooNew(UserError):
    """The database was written by a newer version of the app; opening it could damage it."""


@dataclass(frozen=True)
class VersionState:
    current: str | None
    head: str

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


@dataclass(frozen=True)
class Revisions:
    """What the migration files name: the newest revision and every revision that exists."""

    head: str
    known: frozenset[str]


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _assigned(tree: ast.Module, name: str) -> object:
    """The literal value assigned to ``name`` at module level (``...`` when there is none)."""
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value:
                try:
                    return ast.literal_eval(node.value)
                except ValueError:
                    return ...
    return ...


def revisions() -> Revisions:
    """The head and known revisions, read from the migration files without importing alembic.

    Falls back to alembic's own reading for anything but a simple chain of literal ids
    (branches, merges, computed ids), so the answer is always alembic's.
    """
    parents: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"))
        revision, down = _assigned(tree, "revision"), _assigned(tree, "down_revision")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return _alembic_revisions()
        parents[revision] = down
    heads = set(parents) - {p for p in parents.values() if p is not None}
    if len(heads) != 1:
        return _alembic_revisions()
    return Revisions(head=heads.pop(), known=frozenset(parents))


def _alembic_revisions() -> Revisions:
    scripts = script_directory()
    head = scripts.get_current_head()
    assert head is not None
    return Revisions(head=head, known=frozenset(r.revision for r in scripts.walk_revisions()))


def current_revision(conn: Connection) -> tuple[str | None, set[str]]:
    """The revision stored in the database (None for a new one) and its table names."""
    tables = set(inspect(conn).get_table_names())
    if VERSION_TABLE not in tables:
        return None, tables
    stored = [row[0] for row in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))]
    if len(stored) > 1:  # branches: only alembic knows how to read them
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision(), tables
    return (stored[0] if stored else None), tables


def check_version(engine: Engine) -> VersionState:
    """Where the database stands; raises DatabaseTooNew or UserError for foreign databases."""
    known = revisions()
    with engine.connect() as conn:
        current, tables = current_revision(conn)
    if current is None and tables - {VERSION_TABLE}:
        raise UserError(
            msg(QT_TRANSLATE_NOOP("store",
                   "This database was not created by EC-NET Desktop; it is left untouched."))
        )
    if current is not None and current not in known.known:
        raise DatabaseTooNew(
            msg(
                QT_TRANSLATE_NOOP(
                    "store",
                    "This database was written by a newer version of EC-NET Desktop "
                    "(schema {revision}). Install the newer version to open it; "
                    "it has not been changed.",
                ),
                revision=current,
            )
        )
    return VersionState(current=current, head=known.head)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction per migration."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
