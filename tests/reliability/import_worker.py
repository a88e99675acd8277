"""Child process for test_kill_during_import.py: imports one workbook, reporting each step.

Usage: import_worker.py DATABASE WORKBOOK [careless]. Prints (one os.write per line, so a line is whole
or absent) ``reading`` once the database is open, ``applying <done> <total>`` for every batch
of rows written inside the import's transaction, and ``done`` after it committed.

``careless`` is the CONTROL: it commits each sheet in a transaction of its own, like an
importer that is not all-or-nothing, so a kill between sheets leaves a state in between.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ecnet_desktop.domain.progress import Progress
from ecnet_desktop.exchange.importer import build_batch, import_file, sync_service
from ecnet_desktop.exchange.workbook_read import read_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.sync_apply import ENTITIES


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def main() -> None:
    database, workbook = Path(sys.argv[1]), Path(sys.argv[2])
    services = Services.open(database, device_name="Coordinator laptop")
    say("reading")

    def step(done: int, total: int, label: str) -> None:
        # Reading reports sheet names ("People"), applying reports entities ("people").
        if label in ENTITIES:
            say(f"applying {done} {total} {label}")

    if sys.argv[3:] == ["careless"]:
        parsed = read_workbook(workbook)
        batch, _ = build_batch(parsed, services.replica.tick)
        sync = sync_service(services)
        for number, (entity, rows) in enumerate(batch.items(), start=1):
            sync.apply({entity: rows}, source=workbook.name)
            say(f"applying {number} {len(batch)} {entity}")
    else:
        import_file(services, workbook, progress=Progress(step))
    services.close()
    say("done")


if __name__ == "__main__":
    main()
