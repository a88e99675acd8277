"""Child process for test_crash_safety.py: writes through the app, acknowledging each write.

It imports the app once, then for every line ``<mode>\\t<database path>`` read from stdin it
forks a writer (so the test can kill writers dozens of times without paying for Python start-up
each time) and reports how the writer ended. All output goes to stdout, one line per
``os.write`` (atomic on a pipe), so a line is either fully there or absent:

    pid <writer pid>               the writer started
    ack person <id>                a new person is committed
    ack registration <id>          a registration is committed
    ack phone <person id> <phone>  an edit of the phone number is committed
    exit signal <n> | exit code <n>

Modes:
    commit             acknowledge after the service call returns (its transaction committed)
    ack-before-commit  the CONTROL: acknowledge rows inside a transaction that is not yet
                       committed, like an app that says "saved" too early
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ecnet_desktop.domain.ids import new_id
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.stamping import stamp_new
from ecnet_desktop.store.models import Person

ROUNDS = 100_000  # far more than a writer lives before it is killed


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def commit_then_ack(db: Path) -> None:
    services = Services.open(db, device_name="Crash test laptop")
    orgs = services.organisations.list()
    org = orgs[0] if orgs else services.organisations.create(name="Grad Rijeka", country="HR")
    events = services.events.list()
    event = events[0] if events else services.events.create(
        kind="international_event", title="Rijeka meeting", start_date="2021-06-01"
    )
    for i in range(ROUNDS):
        person = services.people.create(
            given_name="Đurđa", family_name=f"Łukasiewicz {i}", town="Rijeka",
            organisation_id=org.id, category="citizen",
        )
        say(f"ack person {person.id}")
        if i % 2 == 0:
            registration = services.registrations.register(person.id, event.id)
            say(f"ack registration {registration.id}")
        if i % 3 == 0:
            phone = f"+385 51 {i:06d}"
            services.people.update(person.id, phone=phone)
            say(f"ack phone {person.id} {phone}")


def ack_before_commit(db: Path) -> None:
    services = Services.open(db, device_name="Careless laptop")
    replica = services.replica
    for _ in range(ROUNDS // 25):
        with services.database.sessions.begin() as s:
            for j in range(25):
                row = Person(id=new_id(), given_name="Early", family_name=str(j),
                             erased=False, search_text="early")
                stamp_new(row, replica.tick(), replica.device_id)
                s.add(row)
                s.flush()
                say(f"ack person {row.id}")  # too early: the transaction is still open


MODES = {"commit": commit_then_ack, "ack-before-commit": ack_before_commit}


def main() -> None:
    for line in sys.stdin:
        mode, _, db = line.rstrip("\n").partition("\t")
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                say(f"pid {os.getpid()}")
                MODES[mode](Path(db))
            except BaseException:  # noqa: BLE001 - report any failure of the writer
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            say(f"exit signal {os.WTERMSIG(status)}")
        else:
            say(f"exit code {os.WEXITSTATUS(status)}")


if __name__ == "__main__":
    main()
