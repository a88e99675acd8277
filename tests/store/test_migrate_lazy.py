"""The version check reads the migration files itself: alembic is imported only to migrate."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ecnet_desktop.services.container import Services
from ecnet_desktop.store import migrate

REPO = Path(__file__).resolve().parents[2]

OPEN = """
import sys
from pathlib import Path
from ecnet_desktop.store.database import open_database
open_database(Path(sys.argv[1])).close()
print("alembic imported:", "alembic" in sys.modules)
"""


def test_the_files_name_the_same_head_and_revisions_as_alembic() -> None:
    scripts = migrate.script_directory()
    found = migrate.revisions()
    assert found.head == scripts.get_current_head()
    assert found.known == {r.revision for r in scripts.walk_revisions()}


def test_a_revision_added_by_a_newer_app_becomes_the_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.revisions().head
    (folder / "versions" / "9999_next.py").write_text(
        f'revision = "9999"\ndown_revision = "{head}"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert migrate.revisions().head == "9999"
    assert migrate.revisions() == migrate._alembic_revisions()


def test_a_branched_history_is_left_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_computed.py").write_text(
        'revision = "99" + "99"\ndown_revision = "0001"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    asked: list[bool] = []

    def alembic_reads() -> migrate.Revisions:
        asked.append(True)
        return migrate.Revisions("x", frozenset())

    monkeypatch.setattr(migrate, "_alembic_revisions", alembic_reads)
    assert migrate.revisions().head == "x"
    assert asked == [True]


def _opened(db: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", OPEN, str(db)], capture_output=True,
                            text=True, env=env, timeout=120, check=True)
    return result.stdout.strip()


@pytest.mark.slow
def test_only_a_database_that_needs_a_migration_imports_alembic(tmp_path: Path) -> None:
    db = tmp_path / "ecnet.sqlite"
    assert _opened(db) == "alembic imported: True"  # new: created by the migrations
    assert _opened(db) == "alembic imported: False"  # up to date: one query, no alembic
    services = Services.open(db)
    assert services.people.list() == []
    services.close()
