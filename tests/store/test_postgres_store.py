"""The store on PostgreSQL: migrations both ways, the trigram index, writers queue, bad URLs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.search_index import PG_SEARCH_INDEX, has_index
from ecnet_desktop.store.database import make_engine, open_database
from ecnet_desktop.store.migrate import alembic_config, check_version, script_directory
from ecnet_desktop.store.models import Base

MakeDatabase = Callable[..., str]


def test_migrations_create_every_table_the_models_describe(server_databases: MakeDatabase) -> None:
    url = server_databases(migrated=False)
    database = open_database(url=url)
    try:
        tables = set(inspect(database.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert check_version(database.engine).current == script_directory().get_current_head()
        with database.sessions() as s:
            assert has_index(s)  # pg_trgm GIN index of migration 0002
    finally:
        database.close()


def test_models_and_migrations_describe_the_same_schema_on_the_server(
    server_databases: MakeDatabase,
) -> None:
    engine = make_engine(server_databases(migrated=False))
    try:
        command.upgrade(alembic_config(engine), "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True, "compare_server_default": True,
                "include_object": _modelled})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def _modelled(obj: object, name: str | None, type_: str, reflected: bool, to: object) -> bool:
    # The trigram index is the one thing migrations add that the models do not describe.
    return not (type_ == "index" and reflected and name == PG_SEARCH_INDEX)


def test_migrations_go_down_to_nothing_and_up_again(server_databases: MakeDatabase) -> None:
    engine = make_engine(server_databases(migrated=False))
    try:
        config = alembic_config(engine)
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        command.upgrade(config, "head")
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("people")}
        assert PG_SEARCH_INDEX in indexes
    finally:
        engine.dispose()


def test_a_database_of_another_application_is_left_alone(server_databases: MakeDatabase) -> None:
    url = server_databases(migrated=False)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
    engine.dispose()
    with pytest.raises(UserError, match="not created by EC-NET Desktop"):
        open_database(url=url)
    engine = make_engine(url)
    try:
        assert inspect(engine).get_table_names() == ["invoices"]
    finally:
        engine.dispose()


def test_people_search_uses_the_trigram_index_and_finds_the_same_without_it(
    services: Services, database_url: str | None
) -> None:
    if database_url is None:
        pytest.skip("needs a PostgreSQL server: ECNET_TEST_DATABASE_URL (make test-pg)")
    for given, family, town in [("Łukasz", "Wójcik", "Łódź"), ("Lukas", "Novak", "Brno"),
                                ("Ivana", "Đurđević", "Šibenik"), ("Ana", "Luka", "Split"),
                                ("Ana_Maria", "100% Pop", "Cluj")]:
        services.people.create(given_name=given, family_name=family, town=town)
    queries = ["luk", "lukasz", "durdevic sib", "lu", "a", "split luka", "zzz", "%", "_ma"]
    indexed = {q: [p.full_name for p in services.people.list(q)] for q in queries}
    assert indexed["lukasz"] == ["Łukasz Wójcik"]
    assert indexed["durdevic sib"] == ["Ivana Đurđević"]
    assert indexed["%"] == ["Ana_Maria 100% Pop"]
    assert indexed["zzz"] == []
    with services.database.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # the table is tiny
        plan = "\n".join(r[0] for r in conn.execute(
            text("EXPLAIN SELECT id FROM people WHERE search_text LIKE :q"), {"q": "%lukasz%"}))
    assert PG_SEARCH_INDEX in plan
    with services.database.engine.begin() as conn:
        conn.execute(text(f"DROP INDEX {PG_SEARCH_INDEX}"))  # a server without pg_trgm
    with services.database.sessions() as s:
        assert not has_index(s)
    assert {q: [p.full_name for p in services.people.list(q)] for q in queries} == indexed


def test_two_writers_queue_instead_of_interleaving(
    services: Services, database_url: str | None
) -> None:
    """Like BEGIN IMMEDIATE on SQLite: a second write transaction waits for the first."""
    if database_url is None:
        pytest.skip("needs a PostgreSQL server: ECNET_TEST_DATABASE_URL (make test-pg)")
    order: list[str] = []
    sessions = services.database.sessions

    def second() -> None:
        with sessions.begin() as s:
            s.execute(text("SELECT 1"))  # the first statement begins the transaction
            order.append("second")

    with sessions.begin() as s:
        s.execute(text("SELECT 1"))  # the lock is taken when the transaction begins
        worker = threading.Thread(target=second)
        worker.start()
        deadline = time.monotonic() + 5
        # The second writer must be waiting on our lock, not finished.
        while time.monotonic() < deadline and not _waiting_for_lock(services):
            time.sleep(0.02)
        assert _waiting_for_lock(services)
        order.append("first")
    worker.join(10)
    assert order == ["first", "second"]
    # Readers never wait for a writer.
    with sessions.begin(), sessions() as reader:
        assert reader.execute(text("SELECT 1")).scalar() == 1


def _waiting_for_lock(services: Services) -> bool:
    with services.database.engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ).scalar())


def test_a_server_that_does_not_answer_is_one_line_without_the_password() -> None:
    with pytest.raises(UserError) as info:
        open_database(url="postgresql+psycopg://coordinator:s3cret@127.0.0.1:1/ecnet")
    shown = str(info.value)
    assert "s3cret" not in shown and "127.0.0.1" in shown
    assert "\n" not in shown
