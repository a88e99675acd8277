"""Alembic migrations run at start-up, and refusal of databases from a newer app version."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(UserError):
    """The database was written by a newer version of the app; opening it could damage it."""


@dataclass(frozen=True)
class VersionState:
    current: str | None
    head: str

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def check_version(engine: Engine) -> VersionState:
    """Where the database stands; raises DatabaseTooNew or UserError for foreign databases."""
    scripts = script_directory()
    head = scripts.get_current_head()
    assert head is not None
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise UserError(
            msg(QT_TRANSLATE_NOOP("store",
                   "This database was not created by EC-NET Desktop; it is left untouched."))
        )
    if current is not None:
        known = {rev.revision for rev in scripts.walk_revisions()}
        if current not in known:
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
    return VersionState(current=current, head=head)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction per migration."""
    command.upgrade(alembic_config(engine), "head")
