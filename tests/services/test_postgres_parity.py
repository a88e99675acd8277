"""Same seed, same answers: the demo on SQLite and on PostgreSQL lists the very same records."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from ecnet_desktop.cli import parse, run_command
from ecnet_desktop.exchange.importer import sync_service
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo

MakeDatabase = Callable[..., str]


def listed(database: list[str], *what: str) -> str:
    """What `ecnet-desktop list ...` prints for that database (``["--db", path]`` or URL)."""
    args = parse(["list", *what, *database])
    assert not isinstance(args, int)
    out = io.StringIO()
    assert run_command(args, out) == 0
    return out.getvalue()


def test_the_same_demo_seed_lists_the_same_on_both_backends(
    server_databases: MakeDatabase, tmp_path: Path
) -> None:
    url = server_databases()
    on_file = Services.open(tmp_path / "demo.sqlite", device_name="Laptop")
    on_server = Services.open(url=url, device_name="Laptop")
    try:
        for services in (on_file, on_server):
            generate_demo(services.database, size="S", seed=1)
        event = on_file.events.list()[0].id
        people = on_file.people.list("ana")
        assert [p.id for p in on_server.people.list("ana")] == [p.id for p in people]
        assert on_server.summary.summary() == on_file.summary.summary()
        assert (sync_service(on_server).canonical_dump() == sync_service(on_file).canonical_dump())
    finally:
        on_file.close()
        on_server.close()
    sqlite_args, server_args = ["--db", str(tmp_path / "demo.sqlite")], ["--database-url", url]
    for what in (["events"], ["sessions"], ["people"], ["people", "--event", event],
                 ["sessions", "--event", event], ["conflicts"]):
        from_file = listed(sqlite_args, *what)
        assert from_file.count("\n") > (0 if what == ["conflicts"] else 1)  # header and rows
        assert listed(server_args, *what) == from_file, what
