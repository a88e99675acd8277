"""Shared fixtures: every test gets its own data folder and a fresh database (SQLite by default)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt, so the UI tests run on a headless machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ecnet_desktop.services.container import Services
from ecnet_desktop.store.database import make_engine
from ecnet_desktop.store.migrate import upgrade

# ECNET_TEST_DATABASE_URL=postgresql+psycopg://user@host:port/postgres runs the tests that use
# the `services` / `database_url` fixtures on that server: each test gets a database of its own.
TEST_DATABASE_URL = os.environ.get("ECNET_TEST_DATABASE_URL") or None


def on_server() -> bool:
    """True when this run's fixtures put the databases on a server instead of SQLite files."""
    return TEST_DATABASE_URL is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not on_server():
        return
    skip = pytest.mark.skip(reason="SQLite only: this test is about the SQLite file itself")
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            item.add_marker(pytest.mark.skip(reason=str(marker.args[0])) if marker.args else skip)


def _admin_engine() -> Engine:
    assert TEST_DATABASE_URL is not None
    # CREATE/DROP DATABASE cannot run inside a transaction.
    return create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def create_server_database(template: str | None = None) -> str:
    """A new, uniquely named database on the test server (a copy of ``template``); its URL."""
    assert TEST_DATABASE_URL is not None
    name = f"ecnet_test_{uuid.uuid4().hex[:16]}"
    # template0 with the C collation: text sorts by code point, exactly as in SQLite.
    source = template or "template0"
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{source}" '
                                 f"ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
    finally:
        engine.dispose()
    return make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False)


def drop_server_database(url: str) -> None:
    name = make_url(url).database
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def _server_template() -> Iterator[str | None]:
    """One migrated database per run that every test database copies (migrating is slow)."""
    if not on_server():
        yield None
        return
    url = create_server_database()
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    try:
        yield make_url(url).database
    finally:
        drop_server_database(url)


@pytest.fixture
def database_url(_server_template: str | None) -> Iterator[str | None]:
    """None on SQLite (use ``db_path``); on a server, the URL of a fresh migrated database."""
    if _server_template is None:
        yield None
        return
    url = create_server_database(_server_template)
    try:
        yield url
    finally:
        drop_server_database(url)


@pytest.fixture
def server_databases(_server_template: str | None) -> Iterator[Callable[..., str]]:
    """Makes more databases on the test server (``migrated=False``: empty); skips on SQLite."""
    if _server_template is None:
        pytest.skip("needs a PostgreSQL server: ECNET_TEST_DATABASE_URL (make test-pg)")
    made: list[str] = []

    def make(migrated: bool = True) -> str:
        made.append(create_server_database(_server_template if migrated else None))
        return made[-1]

    yield make
    for url in made:
        drop_server_database(url)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep user data (settings, logs, default database) out of the real home folder."""
    folder = tmp_path / "userdata"
    folder.mkdir()
    monkeypatch.setenv("ECNET_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ecnet.sqlite"


@pytest.fixture
def database_args(db_path: Path, database_url: str | None) -> list[str]:
    """The command-line options that open the database of the `services` fixture."""
    return ["--db", str(db_path)] if database_url is None else ["--database-url", database_url]


@pytest.fixture
def services(db_path: Path, database_url: str | None) -> Iterator[Services]:
    if database_url is None:
        svc = Services.open(db_path, device_name="Test laptop")
    else:
        svc = Services.open(url=database_url, device_name="Test laptop")
    try:
        yield svc
    finally:
        svc.close()
