"""Alembic environment: migrations run on the engine the app hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ecnet_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata
# Tables SQLAlchemy's models do not describe: the FTS5 search index of migration 0002 and the
# shadow tables SQLite keeps for it (people_search_data, _idx, _content, _docsize, _config).
UNMODELLED_PREFIX = "people_search"
# On PostgreSQL migration 0002 adds a pg_trgm GIN index instead, which the models do not know.
UNMODELLED_INDEXES = {"ix_people_search_text_trgm"}


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Leave the search index out of autogenerate, which would otherwise drop it."""
    if type_ == "index" and reflected and name in UNMODELLED_INDEXES:
        return False
    return not (type_ == "table" and reflected and (name or "").startswith(UNMODELLED_PREFIX))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        # Only for developers running `alembic revision --autogenerate` by hand.
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
