"""Reading and writing synced rows as per-field cells, applying merged batches in one transaction.

The merge rules themselves live above this layer (exchange.merge) and are handed in as a
function, so the database side stays a plain executor: load cells, merge, write cells back,
re-point the rows of merged people, record conflicts and the import — all in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Table, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import Boolean, Date, DateTime, Integer

from ..domain.errors import NotFoundError, UserError
from ..domain.hlc import ZERO, ClockError, Timestamp
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import attendance_id, registration_id
from ..domain.progress import Progress
from ..store.models import (
    SYNCED_MODELS,
    Attendance,
    Conflict,
    EventSession,
    ImportRecord,
    Interview,
    Note,
    Organisation,
    Person,
    Question,
    Registration,
    Synced,
)
from .base import ServiceBase
from .people import search_key, sort_key
from .replica import Replica

Cell = tuple[Any, str, str]
Row = dict[str, Cell]
# The base of a cell written by re-pointing a merged person's rows: after every clock, so such
# a deterministic, derived edit never shows up as a conflict.
DERIVED_BASE = "~derived"
ENTITIES: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}
CHUNK = 500
# Rows merged per statement when applying a file: fewer, larger executemany calls.
BULK_CHUNK = 2_000


class ConflictLike(Protocol):
    """A losing value as the merge function reports it (exchange.merge.Conflict)."""

    @property
    def entity(self) -> str: ...
    @property
    def row_id(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def value(self) -> Any: ...
    @property
    def clock(self) -> str: ...
    @property
    def winning_clock(self) -> str: ...


MergeFn = Callable[[str, str, Mapping[str, Cell] | None, Mapping[str, Cell]],
                   tuple[Row, Sequence[ConflictLike]]]


@dataclass(frozen=True)
class FieldSpec:
    """What one synced column holds, for writing and validating workbook cells."""

    name: str
    kind: str  # "str", "int", "bool", "date", "datetime"
    nullable: bool
    max_length: int | None
    references: str | None  # entity (table) a foreign key points to


@dataclass(frozen=True)
class EntitySpec:
    entity: str
    fields: tuple[FieldSpec, ...]


@dataclass
class EntityCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicting: int = 0
    rejected: int = 0


@dataclass
class ApplyReport:
    """What a batch did (or, in a dry run, would do) per entity."""

    counts: dict[str, EntityCounts] = field(default_factory=dict)
    conflicts: list[ConflictLike] = field(default_factory=list)

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.counts.values())


class StoredRow(NamedTuple):
    """A row as stored: its cells, and the sync columns they were derived from."""

    id: str
    cells: Row
    created: str
    clocks: str  # JSON of the edited fields' clocks, as stored
    bases: str


class ExportTable(NamedTuple):
    """One entity's stored rows for the exporter, streamed in chunks of plain tuples."""

    entity: str
    fields: tuple[str, ...]
    total: int  # rows in the table (what the chunks hold)
    chunks: Iterator[Sequence[Sequence[Any]]]  # rows: (id, created, clocks, bases, *fields)


@dataclass(frozen=True)
class ConflictRecord:
    id: int
    entity: str
    row_id: str
    field: str
    value: Any
    clock: str
    winning_clock: str
    source: str
    recorded_at: dt.datetime
    resolved: bool


@dataclass(frozen=True)
class ImportHistoryRecord:
    id: int
    file_name: str
    checksum: str
    device_id: str
    device_name: str
    imported_at: dt.datetime
    counts: dict[str, int]


class _DryRun(Exception):
    """Raised inside the transaction of a preview so nothing is committed."""


def _kind(column: Any) -> str:
    t = column.type
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    return "str"


def entity_specs() -> list[EntitySpec]:
    """Every synced entity (table name) with its synced fields, in foreign-key order."""
    specs = []
    for model in SYNCED_MODELS:
        columns = model.__table__.columns
        fields = []
        for name in model.synced_fields():
            column = columns[name]
            fk = next(iter(column.foreign_keys), None)
            fields.append(FieldSpec(
                name, _kind(column), bool(column.nullable),
                getattr(column.type, "length", None),
                fk.column.table.name if fk is not None else None,
            ))
        specs.append(EntitySpec(model.__tablename__, tuple(fields)))
    return specs


def encode_json_value(value: Any) -> str:
    """JSON text of a cell value that keeps its type (dates tagged), for the conflicts table."""
    if isinstance(value, dt.datetime):
        return json.dumps({"datetime": value.isoformat()})
    if isinstance(value, dt.date):
        return json.dumps({"date": value.isoformat()})
    return json.dumps(value)


def decode_json_value(text: str) -> Any:
    value = json.loads(text)
    if isinstance(value, dict) and "datetime" in value:
        return dt.datetime.fromisoformat(value["datetime"])
    if isinstance(value, dict) and "date" in value:
        return dt.date.fromisoformat(value["date"])
    return value


def row_cells(row: Synced) -> Row:
    """The per-field cells of a stored row: value, clock, and the clock it replaced."""
    clocks = json.loads(row.clocks or "{}")
    bases = json.loads(row.bases or "{}")
    return {f: (getattr(row, f), clocks.get(f, row.created), bases.get(f, ""))
            for f in row.synced_fields()}


def canonical_clocks(cells: Mapping[str, Cell]) -> tuple[str, dict[str, str], dict[str, str]]:
    """(created, edited clocks, bases) in one canonical form, the same on every replica.

    ``created`` is the clock most fields share (ties: the oldest), so a row never edited
    keeps ``{}`` for its clocks.
    """
    counts = Counter(cell[1] for cell in cells.values())
    created = min(counts, key=lambda c: (-counts[c], c)) if counts else ZERO
    clocks = {f: c[1] for f, c in sorted(cells.items()) if c[1] != created}
    bases = {f: c[2] for f, c in sorted(cells.items()) if c[2]}
    return created, clocks, bases


def write_cells(row: Synced, cells: Mapping[str, Cell]) -> None:
    """Store a merged state on a row: values and the sync columns derived from the clocks."""
    for name, (value, _clock, _base) in cells.items():
        setattr(row, name, value)
    full = row_cells(row) | dict(cells) if row.created else dict(cells)
    created, clocks, bases = canonical_clocks(full)
    row.created = created
    row.clocks = json.dumps(clocks, sort_keys=True)
    row.bases = json.dumps(bases, sort_keys=True)
    top = max(c[1] for c in full.values())
    row.updated = top
    try:
        row.device_id = Timestamp.parse(top).device[:36]
    except ClockError:
        row.device_id = row.device_id or ""


def _defaults(model: type[Synced]) -> Row:
    """Cells for fields a file did not carry (an erased person's data): defaults, oldest clock."""
    out: Row = {}
    columns = model.__table__.columns
    for name in model.synced_fields():
        default = columns[name].default
        value = default.arg if default is not None and not callable(default.arg) else None
        out[name] = (value, ZERO, "")
    return out


class SyncService(ServiceBase):
    """Applies merged rows from exchange workbooks; lists and restores conflicts."""

    def __init__(self, replica: Replica, merge: MergeFn) -> None:
        super().__init__(replica)
        self.merge = merge

    # -- reading -------------------------------------------------------------------------------

    def dump(self, event_id: str | None = None,
             progress: Progress | None = None) -> Iterator[tuple[str, list[tuple[str, Row]]]]:
        """Every synced row as cells, per entity, sorted by id; or only what one event needs."""
        for entity, rows in self.dump_stored(event_id, progress):
            yield entity, [(r.id, r.cells) for r in rows]

    def dump_stored(self, event_id: str | None = None, progress: Progress | None = None
                    ) -> Iterator[tuple[str, list[StoredRow]]]:
        """dump() with each row's stored sync columns, read as plain tuples (no ORM objects)."""
        with self.sessions() as s:
            wanted = self._event_closure(s, event_id) if event_id else None
            for model in SYNCED_MODELS:
                entity = model.__tablename__
                table = model.__table__
                fields = model.synced_fields()
                query = select(*[table.c[name] for name in
                                 ("id", "created", "clocks", "bases", "device_id", *fields)]
                               ).order_by(table.c.id)
                found: list[Any] = []
                ids = None if wanted is None else wanted.get(entity)
                if wanted is not None and entity != "devices":
                    for chunk in _chunks(sorted(ids or ())):
                        found += s.execute(query.where(table.c.id.in_(chunk))).all()
                else:
                    found = list(s.execute(query))
                rows = [StoredRow(r[0], _stored_cells(fields, r), r[1], r[2] or "{}", r[3] or "{}")
                        for r in found]
                if progress is not None:
                    progress.step(SYNCED_MODELS.index(model) + 1, len(SYNCED_MODELS), entity)
                yield entity, rows

    def export_tables(self, event_id: str | None = None, progress: Progress | None = None
                      ) -> Iterator[ExportTable]:
        """dump_stored() streamed for the exporter: plain tuples, read in chunks, no cell dicts.

        Each table's rows are (id, created, clocks, bases, *synced fields) in id order; they
        must be consumed before the next table is asked for (one session, one cursor).
        """
        with self.sessions() as s:
            wanted = self._event_closure(s, event_id) if event_id else None
            for number, model in enumerate(SYNCED_MODELS, start=1):
                entity = model.__tablename__
                table = model.__table__
                fields = model.synced_fields()
                query = select(*[table.c[name] for name in ("id", "created", "clocks", "bases",
                                                            *fields)]).order_by(table.c.id)
                if wanted is not None and entity != "devices":
                    ids = sorted(wanted.get(entity) or ())
                    rows = _rows_by_id(s, query, table, ids)
                    count = len(ids)
                else:
                    count = s.execute(select(func.count()).select_from(table)).scalar_one()
                    # Partitions of CHUNK rows: the L demo's 500,000 attendance rows are never
                    # held at once, which also keeps the garbage collector's passes short.
                    rows = _partitions(s.execute(query.execution_options(yield_per=CHUNK)))
                yield ExportTable(entity, fields, count, rows)
                if progress is not None:
                    progress.step(number, len(SYNCED_MODELS), entity)

    def _event_closure(self, s: Session, event_id: str) -> dict[str, set[str]]:
        """The ids one event's workbook must carry so it stands on its own."""
        from ..store.models import Answer, Event, Methodology

        if s.get(Event, event_id) is None:
            raise NotFoundError(msg(QT_TRANSLATE_NOOP("services", "No event with id {id}."),
                                    id=event_id))
        ids: dict[str, set[str]] = {m.__tablename__: set() for m in SYNCED_MODELS}
        ids["events"].add(event_id)
        sessions = s.scalars(select(EventSession).where(EventSession.event_id == event_id)).all()
        ids["sessions"] |= {x.id for x in sessions}
        ids["methodologies"] |= {x.methodology_id for x in sessions if x.methodology_id}
        people = {x.facilitator_id for x in sessions if x.facilitator_id}
        regs = s.scalars(select(Registration).where(Registration.event_id == event_id)).all()
        ids["registrations"] |= {x.id for x in regs}
        people |= {x.person_id for x in regs}
        for chunk in _chunks(sorted(ids["sessions"])):
            att = s.scalars(select(Attendance).where(Attendance.session_id.in_(chunk))).all()
            ids["attendance"] |= {x.id for x in att}
            people |= {x.person_id for x in att}
        notes = s.scalars(select(Note).where(or_(
            Note.event_id == event_id, Note.session_id.in_(sorted(ids["sessions"]))))).all()
        ids["notes"] |= {x.id for x in notes}
        interviews = s.scalars(select(Interview).where(Interview.event_id == event_id)).all()
        ids["interviews"] |= {x.id for x in interviews}
        people |= {x.person_id for x in interviews if x.person_id}
        guides = {x.guide_id for x in interviews}
        ids["interview_guides"] |= guides
        ids["questions"] |= set(s.scalars(select(Question.id).where(Question.guide_id.in_(guides))))
        for chunk in _chunks(sorted(ids["interviews"])):
            ids["answers"] |= set(s.scalars(select(Answer.id).where(Answer.interview_id.in_(chunk))))
        # Survivors of merged people travel with them, so the merge can be applied.
        frontier = set(people)
        while frontier:
            found = s.scalars(select(Person).where(Person.id.in_(sorted(frontier)))).all()
            frontier = {p.merged_into_id for p in found if p.merged_into_id} - people
            people |= frontier
        ids["people"] = people
        orgs = {p.organisation_id for p in s.scalars(select(Person).where(
            Person.id.in_(sorted(people)))) if p.organisation_id}
        event = s.get(Event, event_id)
        if event is not None and event.host_organisation_id:
            orgs.add(event.host_organisation_id)
        ids["organisations"] = orgs
        _ = Methodology  # methodologies come with their sessions above
        return ids

    def canonical_dump(self) -> dict[str, dict[str, dict[str, tuple[Any, str]]]]:
        """Every synced row's values and per-field clocks: equal on replicas that converged."""
        out: dict[str, dict[str, dict[str, tuple[Any, str]]]] = {}
        for entity, rows in self.dump():
            if entity == "devices":
                continue  # each replica adds itself; device names are not data people merge
            out[entity] = {rid: {f: (c[0], c[1]) for f, c in cells.items()} for rid, cells in rows}
        return out

    # -- applying ------------------------------------------------------------------------------

    def apply(self, batch: Mapping[str, Sequence[tuple[str, Mapping[str, Cell]]]], *,
              source: str = "", checksum: str = "", device_id: str = "",
              device_name: str = "", dry_run: bool = False,
              progress: Progress | None = None) -> ApplyReport:
        """Merge incoming rows (per entity: (id, cells)) into the database in ONE transaction.

        ``dry_run`` computes the same report and rolls everything back (the import preview).
        """
        report = ApplyReport()
        try:
            with self.sessions.begin() as s:
                try:
                    self._apply(s, batch, report, source, progress)
                except IntegrityError as exc:
                    # Any flush inside (autoflush included) can meet a dangling link, e.g.
                    # registrations of a person whose row was rejected: say so readably.
                    raise _dangling(exc) from exc
                if not dry_run:
                    s.add(ImportRecord(
                        file_name=source[:500], checksum=checksum, device_id=device_id,
                        device_name=device_name[:200], imported_at=_now(),
                        counts=json.dumps(_summary(report), sort_keys=True)))
                try:
                    s.flush()
                except IntegrityError as exc:
                    raise _dangling(exc) from exc
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            pass
        if not dry_run:
            self._observe(batch)
        return report

    def _observe(self, batch: Mapping[str, Sequence[tuple[str, Mapping[str, Cell]]]]) -> None:
        # HLC receive rule: later local edits must be causally after everything imported.
        top = max((c[1] for rows in batch.values() for _, cells in rows for c in cells.values()),
                  default="")
        if top and top != ZERO:
            self.replica.clock.observe(top, trusted=True)

    def check_clocks(self, batch: Mapping[str, Sequence[tuple[str, Mapping[str, Cell]]]]) -> None:
        """Refuse a file whose clocks run far ahead of this laptop's (a broken date)."""
        top = max((c[1] for rows in batch.values() for _, cells in rows for c in cells.values()),
                  default="")
        if not top or top == ZERO:
            return
        probe = type(self.replica.clock)(self.replica.device_id)
        try:
            probe.observe(top)
        except ClockError as exc:
            raise UserError(msg(QT_TRANSLATE_NOOP(
                "exchange", "The file holds clocks far in the future ({clock}); check the date "
                "of the laptop that wrote it."), clock=top)) from exc

    def _apply(self, s: Session, batch: Mapping[str, Sequence[tuple[str, Mapping[str, Cell]]]],
               report: ApplyReport, source: str, progress: Progress | None) -> None:
        """Merge per chunk with set-based SQL: existing rows read as plain tuples, new rows
        inserted and changed rows updated with one executemany each (no ORM object per row)."""
        total = sum(len(v) for v in batch.values())
        done = 0
        touched_people: set[str] = set()
        for model in SYNCED_MODELS:
            entity = model.__tablename__
            incoming = batch.get(entity, ())
            counts = report.counts.setdefault(entity, EntityCounts())
            table: Table = model.__table__  # type: ignore[assignment]
            fields = model.synced_fields()
            defaults = _defaults(model)
            columns = [table.c[name] for name in ("id", "created", "clocks", "bases", "device_id", *fields)]
            update = _update_statement(table, fields)
            for chunk in _chunks(list(incoming), BULK_CHUNK):
                stored = {r[0]: r for r in s.execute(
                    select(*columns).where(table.c.id.in_([rid for rid, _ in chunk])))}
                inserts: list[dict[str, Any]] = []
                updates: list[dict[str, Any]] = []
                found: list[ConflictLike] = []
                existing = {rid: _stored_cells(fields, r) for rid, r in stored.items()}
                for rid, remote in chunk:
                    local = existing.get(rid)
                    merged, conflicts = self.merge(entity, rid, local, remote)
                    if local is None:
                        # Fields the file did not carry (an erased person's) start empty and oldest.
                        inserts.append(_columns(rid, fields, defaults | merged))
                        counts.new += 1
                        changed = True
                    elif merged != local:
                        updates.append(_columns(rid, fields, local | merged, key="b_id",
                                                device=stored[rid][4]))
                        counts.updated += 1
                        changed = True
                    else:
                        counts.unchanged += 1
                        changed = False
                    if conflicts:
                        counts.conflicting += 1
                        report.conflicts.extend(conflicts)
                        if changed:
                            found.extend(conflicts)
                    if entity == "people" and changed:
                        touched_people.add(rid)
                if inserts:
                    s.execute(insert(table), inserts)
                if updates:
                    s.execute(update, updates)
                self._record_conflicts(s, found, source)
                done += len(chunk)
                if progress is not None:
                    progress.step(done, total, entity)
        self._repoint_merged(s, source, touched_people | _people_referenced(batch))
        self._after_people_change(s, touched_people)

    def _merge_into(self, s: Session, model: type[Synced], rid: str, row: Synced | None,
                    remote: Mapping[str, Cell], source: str
                    ) -> tuple[bool, Sequence[ConflictLike]]:
        entity = model.__tablename__
        local = row_cells(row) if row is not None else None
        merged, conflicts = self.merge(entity, rid, local, remote)
        if local is None:
            # Fields the file did not carry (an erased person's) start empty and oldest.
            merged = _defaults(model) | merged
        if local is not None and merged == local:
            return False, conflicts
        if row is None:
            row = model(id=rid)
            write_cells(row, merged)
            s.add(row)
        else:
            write_cells(row, {f: c for f, c in merged.items() if local is None or local.get(f) != c})
        self._record_conflicts(s, conflicts, source)
        return True, conflicts

    def _record_conflicts(self, s: Session, conflicts: Iterable[ConflictLike], source: str) -> None:
        conflicts = list(conflicts)
        if not conflicts:
            return  # most rows merge without conflict: no flush per row (the chunk flushes)
        for c in conflicts:
            known = s.scalar(select(Conflict.id).where(
                Conflict.entity == c.entity, Conflict.row_id == c.row_id,
                Conflict.field == c.field, Conflict.clock == c.clock))
            if known is None:
                s.add(Conflict(entity=c.entity, row_id=c.row_id, field=c.field,
                               value=encode_json_value(c.value), clock=c.clock,
                               winning_clock=c.winning_clock, source=source[:500],
                               recorded_at=_now(), resolved=False))
        s.flush()

    def _after_people_change(self, s: Session, ids: set[str]) -> None:
        """Recompute local search keys; drop conflicts that hold an erased person's data.

        Set-based: a chunk of people and their organisations in two queries, changed keys
        written back with one executemany (an import touches tens of thousands of people).
        """
        s.flush()  # ORM edits of this transaction (a local edit, a fold) are in the rows read
        table: Table = Person.__table__  # type: ignore[assignment]
        orgs = Organisation.__table__
        for chunk in _chunks(sorted(ids)):
            people = s.execute(select(
                table.c.id, table.c.given_name, table.c.family_name, table.c.town,
                table.c.organisation_id, table.c.erased, table.c.search_text, table.c.sort_key,
            ).where(table.c.id.in_(chunk))).all()
            org_ids = sorted({p.organisation_id for p in people if p.organisation_id})
            names = dict(s.execute(select(orgs.c.id, orgs.c.name).where(orgs.c.id.in_(org_ids))).all()
                         ) if org_ids else {}
            changes = []
            for p in people:
                found = search_key(p.given_name, p.family_name,
                                   names.get(p.organisation_id, "") if p.organisation_id else "", p.town)
                order = sort_key(p.given_name, p.family_name)
                if (found, order) != (p.search_text, p.sort_key):
                    changes.append({"b_id": p.id, "search_text": found, "sort_key": order})
            if changes:
                s.execute(update(table).where(table.c.id == bindparam("b_id")).values(
                    search_text=bindparam("search_text"), sort_key=bindparam("sort_key")), changes)
            erased = [p.id for p in people if p.erased]
            if erased:
                s.execute(delete(Conflict).where(Conflict.entity == "people",
                                                 Conflict.row_id.in_(erased)))
        # Rows of this session read before the Core update must not keep the old keys.
        s.expire_all()

    # -- merged people -------------------------------------------------------------------------

    def _survivor(self, s: Session, person_id: str) -> str:
        seen = [person_id]
        current = s.get(Person, person_id)
        while current is not None and current.merged_into_id and current.merged_into_id not in seen:
            seen.append(current.merged_into_id)
            current = s.get(Person, current.merged_into_id)
        if current is not None and current.merged_into_id:
            return min(seen)  # a cycle: every replica picks the same member
        return seen[-1]

    def _repoint_merged(self, s: Session, source: str, involved: set[str] | None = None) -> None:
        """Move the rows of every merged person to their survivor, the same way on every replica.

        A pair row (registration, attendance) is folded field-wise into the survivor's pair row
        and tombstoned with a derived clock; other references are re-pointed in place.
        ``involved`` (an import): only merged people whose rows the batch can have changed: the
        people it touched or refers to, and everyone merged into them, at any depth. Rows of
        other merged people were moved by the import that merged them, so an import costs what
        its file holds, not what the database has gathered.
        """
        if involved is None:
            merged = s.scalars(select(Person).where(Person.merged_into_id.is_not(None))).all()
        else:
            s.flush()
            wanted, frontier = set(involved), set(involved)
            while frontier:
                found: set[str] = set()
                for chunk in _chunks(sorted(frontier)):
                    found |= set(s.scalars(select(Person.id).where(Person.merged_into_id.in_(chunk))))
                frontier = found - wanted
                wanted |= frontier
            merged = []
            for chunk in _chunks(sorted(wanted)):
                merged += s.scalars(select(Person).where(
                    Person.id.in_(chunk), Person.merged_into_id.is_not(None))).all()
            merged.sort(key=lambda p: p.id)
        for person in merged:
            survivor = self._survivor(s, person.id)
            if survivor == person.id or s.get(Person, survivor) is None:
                continue
            merge_clock = row_cells(person)["merged_into_id"][1]
            for model, key, make_id in (
                (Registration, "event_id", registration_id),
                (Attendance, "session_id", attendance_id),
            ):
                for row in s.scalars(select(model).where(model.person_id == person.id)).all():
                    self._fold(s, model, row, survivor, make_id(survivor, getattr(row, key)),
                               merge_clock, source)
            refs: tuple[tuple[type[Synced], str], ...] = (
                (Interview, "person_id"), (EventSession, "facilitator_id"))
            for ref_model, fk in refs:
                for ref in s.scalars(
                        select(ref_model).where(getattr(ref_model, fk) == person.id)).all():
                    cell = row_cells(ref)[fk]
                    write_cells(ref, {fk: (survivor, max(cell[1], merge_clock), DERIVED_BASE)})
            s.flush()

    def _fold(self, s: Session, model: type[Synced], row: Synced, survivor: str, target_id: str,
              merge_clock: str, source: str) -> None:
        cells = row_cells(row)
        moved = {f: c for f, c in cells.items()
                 if not (f == "deleted" and c[2] == DERIVED_BASE)}
        moved["person_id"] = (survivor, max(cells["person_id"][1], merge_clock), DERIVED_BASE)
        target = s.get(model, target_id)
        self._merge_into(s, model, target_id, target, moved, source)
        s.flush()
        tomb_clock = max(max(c[1] for c in cells.values()), merge_clock)
        tomb = (True, tomb_clock, DERIVED_BASE)
        if cells["deleted"] != tomb:
            write_cells(row, {"deleted": tomb})

    # -- local edits that travel as data -------------------------------------------------------

    def _local_edit(self, model: type[Synced], row_id: str, changes: Mapping[str, Any],
                    field_name: str) -> None:
        with self.sessions.begin() as s:
            row = self._dead(s, model, row_id, field_name)
            cells = row_cells(row)
            clock = self.replica.tick()
            edit = {f: (v, clock, cells[f][1]) for f, v in changes.items()}
            self._merge_into(s, model, row_id, row, edit, "")
            if model is Person:
                self._repoint_merged(s, "")
                self._after_people_change(s, {row_id})

    def erase_person(self, person_id: str) -> None:
        """GDPR erasure: personal data cleared for good, on every replica the file reaches."""
        self._local_edit(Person, person_id, {"erased": True}, "person_id")

    def merge_people(self, duplicate_id: str, survivor_id: str) -> None:
        """Merge a duplicate into a survivor; the merge travels and every replica repeats it."""
        if duplicate_id == survivor_id:
            raise UserError(msg(QT_TRANSLATE_NOOP("exchange", "A person cannot be merged into "
                                                  "themselves.")))
        with self.sessions() as s:
            self._live(s, Person, survivor_id, "person_id")
        self._local_edit(Person, duplicate_id, {"merged_into_id": survivor_id}, "person_id")

    # -- conflicts and history -----------------------------------------------------------------

    def conflicts(self, include_resolved: bool = False) -> list[ConflictRecord]:
        with self.sessions() as s:
            query = select(Conflict).order_by(Conflict.entity, Conflict.row_id, Conflict.field,
                                              Conflict.clock)
            if not include_resolved:
                query = query.where(Conflict.resolved.is_(False))
            return [ConflictRecord(c.id, c.entity, c.row_id, c.field,
                                   decode_json_value(c.value), c.clock, c.winning_clock,
                                   c.source, c.recorded_at, c.resolved)
                    for c in s.scalars(query)]

    def restore_conflict(self, conflict_id: int) -> None:
        """Put the losing value back, as a new local edit made after seeing the winner."""
        with self.sessions() as s:
            found = s.get(Conflict, conflict_id)
            if found is None:
                raise NotFoundError(msg(QT_TRANSLATE_NOOP("exchange", "No conflict {id}."),
                                        id=conflict_id))
            entity, row_id, name, value = (found.entity, found.row_id, found.field,
                                           decode_json_value(found.value))
        self._local_edit(ENTITIES[entity], row_id, {name: value}, "id")
        self.resolve_conflict(conflict_id)

    def resolve_conflict(self, conflict_id: int) -> None:
        with self.sessions.begin() as s:
            found = s.get(Conflict, conflict_id)
            if found is not None:
                found.resolved = True

    def history(self) -> list[ImportHistoryRecord]:
        with self.sessions() as s:
            return [ImportHistoryRecord(r.id, r.file_name, r.checksum, r.device_id,
                                        r.device_name, r.imported_at, json.loads(r.counts))
                    for r in s.scalars(select(ImportRecord).order_by(ImportRecord.id.desc()))]


def _people_referenced(batch: Mapping[str, Sequence[tuple[str, Mapping[str, Cell]]]]) -> set[str]:
    """Ids of the people a batch's rows point at (pair rows, interviews, facilitators)."""
    found: set[str] = set()
    for entity, name in (("registrations", "person_id"), ("attendance", "person_id"),
                         ("interviews", "person_id"), ("sessions", "facilitator_id")):
        for _rid, cells in batch.get(entity, ()):
            cell = cells.get(name)
            if cell is not None and cell[0]:
                found.add(str(cell[0]))
    return found


def _rows_by_id(s: Session, query: Any, table: Any, ids: Sequence[str]
               ) -> Iterator[Sequence[Sequence[Any]]]:
    """The rows of ``ids`` (sorted), a chunk per statement: in id order overall."""
    for chunk in _chunks(ids):
        yield s.execute(query.where(table.c.id.in_(chunk))).all()


def _partitions(result: Any) -> Iterator[Sequence[Sequence[Any]]]:
    yield from result.partitions()


def _stored_cells(fields: Sequence[str], row: Sequence[Any]) -> Row:
    """row_cells() of a plain (id, created, clocks, bases, device_id, *fields) result row."""
    created = row[1]
    clocks = json.loads(row[2] or "{}")
    bases = json.loads(row[3] or "{}")
    return {f: (row[i], clocks.get(f, created), bases.get(f, ""))
            for i, f in enumerate(fields, start=5)}


def _columns(rid: str, fields: Sequence[str], full: Mapping[str, Cell], key: str = "id",
             device: str = "") -> dict[str, Any]:
    """The column values write_cells() gives a row holding ``full`` (every synced field)."""
    stamps = {c[1] for c in full.values()}
    if len(stamps) == 1 and not any(c[2] for c in full.values()):
        # A row never edited (most of a file): what canonical_clocks() gives it, cheaply.
        top = created = next(iter(stamps))
        clocks_json = bases_json = "{}"
    else:
        created, clocks, bases = canonical_clocks(full)
        top = max(stamps)
        clocks_json, bases_json = json.dumps(clocks, sort_keys=True), json.dumps(bases, sort_keys=True)
    with contextlib.suppress(ClockError):  # else keep the device that wrote the row before
        device = Timestamp.parse(top).device[:36]
    out = {f: full[f][0] for f in fields}
    out.update({key: rid, "created": created, "clocks": clocks_json, "bases": bases_json,
                "updated": top, "device_id": device})
    return out


def _update_statement(table: Any, fields: Sequence[str]) -> Any:
    names = (*fields, "created", "clocks", "bases", "updated", "device_id")
    return table.update().where(table.c.id == bindparam("b_id")).values(
        {name: bindparam(name) for name in names})


def _summary(report: ApplyReport) -> dict[str, int]:
    return {k: report.total(k) for k in ("new", "updated", "unchanged", "conflicting", "rejected")}


def _dangling(exc: IntegrityError) -> UserError:
    return UserError(msg(QT_TRANSLATE_NOOP(
        "exchange", "The file refers to records that are neither in it nor in this database "
                    "({reason}); nothing was imported."), reason=str(exc.orig)))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
