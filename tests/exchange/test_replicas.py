"""Three laptops seeded from one coordinator workbook converge whatever order they exchange in."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Services, list[Services], Path]]:
    coordinator = Services.open(tmp_path / "coordinator.sqlite", device_name="Coordinator")
    generate_demo(coordinator.database, size="S", seed=5)
    seed = tmp_path / "seed.xlsx"
    export_workbook(coordinator, seed)
    laptops = [Services.open(tmp_path / f"laptop{i}.sqlite", device_name=f"Laptop {i}")
               for i in range(3)]
    for laptop in laptops:
        import_file(laptop, seed)
    yield coordinator, laptops, tmp_path
    for svc in [coordinator, *laptops]:
        svc.close()


def test_done_when_three_laptops_converge_and_keep_every_edit(
    laptops: tuple[Services, list[Services], Path]
) -> None:
    coordinator, (a, b, c), folder = laptops
    people = [p.id for p in a.people.list(limit=2)]
    first, second = people
    a.people.update(first, email="anna@example.eu", given_name="Anna")
    b.people.update(first, phone="+386 1 234 5678", given_name="Ana")
    c.people.update(first, town="Koper")
    c.people.update(second, family_name="Horvat")
    files = {}
    for name, svc in (("a", a), ("b", b), ("c", c)):
        files[name] = folder / f"{name}.xlsx"
        export_workbook(svc, files[name])
    for svc, order in ((a, "bc"), (b, "ca"), (c, "ab"), (coordinator, "cba")):
        for name in order:
            import_file(svc, files[name])
    dumps = [sync_service(s).canonical_dump() for s in (a, b, c, coordinator)]
    assert all(d == dumps[0] for d in dumps[1:])
    got = coordinator.people.get(first)
    assert (got.email, got.phone, got.town) == ("anna@example.eu", "+386 1 234 5678", "Koper")
    assert coordinator.people.get(second).family_name == "Horvat"
    winner = got.given_name
    loser = {"Anna", "Ana"} - {winner}
    assert winner in ("Anna", "Ana") and len(loser) == 1
    listed = {(x.field, x.value) for x in sync_service(coordinator).conflicts()}
    assert ("given_name", loser.pop()) in listed
    # Re-importing any file changes nothing.
    before = dumps[0]
    for name in "abc":
        again = import_file(coordinator, files[name])
        assert again.report.total("updated") == again.report.total("new") == 0
    assert sync_service(coordinator).canonical_dump() == before


def test_a_duplicate_merge_travels_and_moves_registrations(
    laptops: tuple[Services, list[Services], Path]
) -> None:
    _, (a, b, _c), folder = laptops
    first, second = (p.id for p in a.people.list(limit=2))
    sync_service(a).merge_people(second, first)
    out = folder / "a.xlsx"
    export_workbook(a, out)
    import_file(b, out)
    assert sync_service(a).canonical_dump() == sync_service(b).canonical_dump()
    assert second not in {p.id for p in b.people.list()}


def test_an_erasure_is_not_undone_by_an_older_workbook(
    laptops: tuple[Services, list[Services], Path]
) -> None:
    _, (a, b, _c), folder = laptops
    person = a.people.list(limit=1)[0].id
    b.people.update(person, email="late@example.eu")
    old = folder / "b.xlsx"
    export_workbook(b, old)
    sync_service(a).erase_person(person)
    import_file(a, old)
    dump = sync_service(a).canonical_dump()["people"][person]
    assert dump["erased"][0] is True
    assert dump["email"][0] == "" and dump["given_name"][0] == ""
    erased = folder / "a.xlsx"
    export_workbook(a, erased)
    import_file(b, erased)
    assert sync_service(b).canonical_dump()["people"][person]["email"][0] == ""
    assert not any(c.row_id == person for c in sync_service(b).conflicts())


class Replicas(RuleBasedStateMachine):
    """Three replicas editing, deleting, erasing, merging and exchanging files at random."""

    def __init__(self) -> None:
        super().__init__()
        import tempfile

        self.folder = Path(tempfile.mkdtemp(prefix="ecnet-replicas-"))
        self.replicas: list[Services] = []
        self.files = 0

    @initialize()
    def seed(self) -> None:
        first = Services.open(self.folder / "r0.sqlite", device_name="R0")
        org = first.organisations.create(name="Comune di Roma", town="Roma", country="IT")
        self.people = [first.people.create(given_name=f"P{i}", family_name="Rossi",
                                           country="IT", organisation_id=org.id).id
                       for i in range(3)]
        seed = self.export(first)
        self.replicas = [first]
        for i in (1, 2):
            svc = Services.open(self.folder / f"r{i}.sqlite", device_name=f"R{i}")
            import_file(svc, seed, backup=False)
            self.replicas.append(svc)

    def export(self, svc: Services) -> Path:
        self.files += 1
        out = self.folder / f"f{self.files}.xlsx"
        export_workbook(svc, out)
        return out

    replica = st.integers(0, 2)
    person = st.integers(0, 2)

    @rule(r=replica, p=person, field=st.sampled_from(["given_name", "town", "email"]),
          value=st.sampled_from(["", "x", "Łukasz", "=1"]))
    def edit(self, r: int, p: int, field: str, value: str) -> None:
        svc = self.replicas[r]
        with contextlib.suppress(UserError):  # deleted, merged or invalid: nothing to edit
            svc.people.update(self.people[p], **{field: value})

    @rule(r=replica, p=person)
    def delete(self, r: int, p: int) -> None:
        with contextlib.suppress(UserError):  # already deleted here
            self.replicas[r].people.delete(self.people[p])

    @rule(r=replica, p=person)
    def erase(self, r: int, p: int) -> None:
        sync_service(self.replicas[r]).erase_person(self.people[p])

    @rule(r=replica, p=person, q=person)
    def merge(self, r: int, p: int, q: int) -> None:
        with contextlib.suppress(UserError):  # same person or survivor gone here
            sync_service(self.replicas[r]).merge_people(self.people[p], self.people[q])

    @rule(src=replica, dst=replica)
    def exchange(self, src: int, dst: int) -> None:
        if src != dst:
            import_file(self.replicas[dst], self.export(self.replicas[src]), backup=False)

    @invariant()
    def full_exchange_converges(self) -> None:
        if not self.replicas:
            return
        files = [self.export(s) for s in self.replicas]
        for dst, src in itertools.product(range(3), range(3)):
            if dst != src:
                import_file(self.replicas[dst], files[src], backup=False)
        dumps = [sync_service(s).canonical_dump() for s in self.replicas]
        assert dumps[0] == dumps[1] == dumps[2]

    def teardown(self) -> None:
        for svc in self.replicas:
            svc.close()


TestReplicas = pytest.mark.slow(Replicas.TestCase)
TestReplicas.settings = settings(max_examples=8, stateful_step_count=6, deadline=None,
                                 suppress_health_check=[HealthCheck.too_slow])
