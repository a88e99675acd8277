"""GDPR erasure: one person, or everyone past the retention period, gone from the file for good.

What goes: every personal field (domain.personal_data), the person's consents, the author or
interviewer name they left on notes and interviews, conflicts that hold their old values, the
search index entries, the pages of the database file and its WAL that held them, and their
data in the backups beside the database (scrubbed in place, or deleted when that fails).

What stays, so the grant's numbers stay right: the person row as an anonymous tombstone with
country and category, their registrations and attendance, and links from interviews and
sessions (pseudonymous ids). The erasure itself travels in exchange workbooks as the
"erased" flag, which every replica treats as absorbing (exchange.merge): no older workbook
brings the data back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, select, text
from sqlalchemy.orm import Session

from ..domain.errors import Cancelled
from ..domain.personal_data import PERSONAL_FIELDS
from ..domain.progress import Progress
from ..domain.text import fold
from ..store.backup import list_backups
from ..store.database import Database
from ..store.models import (
    Conflict,
    Event,
    Interview,
    Note,
    Person,
    Registration,
    Synced,
)
from .audit import AuditAction, AuditService
from .base import ServiceBase
from .people import PersonService
from .project_settings import ProjectSettingsService
from .replica import Replica
from .search_index import SEARCH_INDEX
from .sync_apply import decode_json_value, row_cells, write_cells

CHUNK = 200


@dataclass(frozen=True)
class ErasureResult:
    """What one erasure did; holds ids and counts only, never the erased data."""

    person_ids: tuple[str, ...]
    notes_cleared: int
    interviews_cleared: int
    conflicts_dropped: int
    backups_scrubbed: int
    backups_removed: int


@dataclass(frozen=True)
class RetentionCandidate:
    """A person whose data is kept longer than the retention period allows."""

    id: str
    full_name: str
    country: str
    category: str
    last_event_end: dt.date | None
    retention_end: dt.date


@dataclass
class _Traces:
    notes: int = 0
    interviews: int = 0
    conflicts: int = 0


class ErasureService(ServiceBase):
    """Erases people; the database is needed for the file-level clean-up after the transaction."""

    def __init__(self, replica: Replica, database: Database, audit: AuditService) -> None:
        super().__init__(replica)
        self.database = database
        self.audit = audit

    # -- one person ----------------------------------------------------------------------------

    def erase(self, person_id: str, *, scrub_backups: bool = True) -> ErasureResult:
        """Erase one person (and the duplicates merged into them); idempotent."""
        return self.erase_many([person_id], scrub_backups=scrub_backups)

    def erase_many(self, person_ids: Sequence[str], *, scrub_backups: bool = True,
                   progress: Progress | None = None) -> ErasureResult:
        """Erase several people, a chunk per transaction; Cancel stops between chunks and
        keeps what was already erased (each erasure is complete on its own)."""
        progress = progress or Progress()
        done_ids: list[str] = []
        traces = _Traces()
        total = len(person_ids)
        try:
            for start in range(0, total, CHUNK):
                progress.step(start, total, "")
                chunk = person_ids[start:start + CHUNK]
                with self.sessions.begin() as s:
                    done_ids += self._erase_chunk(s, chunk, traces)
            progress.callback(total, total, "")
        except Cancelled:
            if not done_ids:
                raise
        finally:
            scrubbed = removed = 0
            if done_ids:
                self.compact()
                if scrub_backups:
                    scrubbed, removed = self.scrub_backups(done_ids)
                self.audit.record_many(AuditAction.ERASURE, list(dict.fromkeys(done_ids)))
        return ErasureResult(tuple(dict.fromkeys(done_ids)), traces.notes, traces.interviews,
                             traces.conflicts, scrubbed, removed)

    def _erase_chunk(self, s: Session, person_ids: Sequence[str], traces: _Traces) -> list[str]:
        """Blank the people (and the duplicates merged into them), then in one pass each the
        notes, interviews and conflicts that still name any of them."""
        names: set[str] = set()
        strings: set[str] = set()
        erased: list[str] = []
        # Load the chunk in two queries: the people and the duplicates merged into them
        # (which held some of the same person's data).
        loaded = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(person_ids)))}
        merged: dict[str, list[Person]] = {}
        for duplicate in s.scalars(select(Person).where(Person.merged_into_id.in_(person_ids))):
            merged.setdefault(duplicate.merged_into_id or "", []).append(duplicate)
        for person_id in person_ids:
            person = loaded.get(person_id) or self._dead(s, Person, person_id, "person_id")
            for row in [person, *merged.get(person_id, [])]:
                names |= {_norm(f"{row.given_name} {row.family_name}"),
                          _norm(f"{row.family_name} {row.given_name}")} - {""}
                strings |= {x for x in (row.given_name, row.family_name, row.email, row.phone)
                            if len(x) >= 3}
                if not row.erased or any(getattr(row, f) != v
                                         for f, v in PERSONAL_FIELDS.items()):
                    self._blank_person(row)
                erased.append(row.id)
        traces.notes += self._blank_names(s, Note, "author", names)
        traces.interviews += self._blank_names(s, Interview, "interviewer", names)
        traces.conflicts += _drop_conflicts(s, erased, strings)
        s.flush()
        return erased

    def _blank_person(self, row: Person) -> None:
        """The same cells the exchange merge produces for an erased row (exchange.merge.scrub):
        every personal field cleared at the erasure's clock, so replicas converge."""
        cells = row_cells(row)
        clock = self.replica.tick()
        edit = {f: (cleared, clock, "") for f, cleared in PERSONAL_FIELDS.items()}
        edit["erased"] = (True, clock, cells["erased"][1])
        write_cells(row, {f: c for f, c in edit.items() if cells.get(f) != c})
        PersonService._derive(row, None)

    def _blank_names(self, s: Session, model: type[Synced], field: str,
                     names: set[str]) -> int:
        """Blank a name field that holds exactly the person's name (any case, spacing or
        accents): "Ana" alone may be somebody else and stays."""
        if not names:
            return 0
        column = getattr(model, field)
        count = 0
        for row in s.scalars(select(model).where(column != "")):
            if _norm(getattr(row, field)) in names:
                self._change(row, {field: ""})
                count += 1
        return count

    def after_import(self, source: str, people_changed: int, **detail: Any) -> None:
        """Called after every import: audit it, and when people changed (an erasure may have
        arrived) leave no trace of erased data in the file (search index, WAL)."""
        self.audit.record_file(AuditAction.IMPORT, source, **detail)
        if people_changed:
            self.compact()

    # -- the file itself ------------------------------------------------------------------------

    def compact(self) -> None:
        """Leave no erased text in the file: merge the search index's segments (FTS5 keeps
        deleted entries until then) and fold the WAL back, truncated to nothing.
        secure_delete (store.database) already zeroes every freed page and cell."""
        if not self.database.is_sqlite:
            return
        raw = self.database.engine.raw_connection()
        try:
            cursor = raw.cursor()
            has_index = cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                                       (SEARCH_INDEX,)).fetchone()[0]
            if has_index:
                cursor.execute(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES('optimize')")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()

    def scrub_backups(self, person_ids: Iterable[str]) -> tuple[int, int]:
        """Put the erased rows into every backup that still holds them; a backup that cannot
        be scrubbed is deleted. Returns (scrubbed, deleted)."""
        path = self.database.path
        if path is None:
            return 0, 0
        ids = sorted(set(person_ids))
        rows = self._live_rows(ids)
        scrubbed = removed = 0
        for backup in list_backups(path):
            try:
                if _scrub_backup(backup, ids, rows):
                    scrubbed += 1
            except (sqlite3.Error, OSError):
                backup.unlink(missing_ok=True)
                removed += 1
        if scrubbed or removed:
            self.audit.record(AuditAction.BACKUP_SCRUB, str(path.name),
                              json.dumps({"scrubbed": scrubbed, "deleted": removed}))
        return scrubbed, removed

    def _live_rows(self, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """The erased people and every note/interview row that named them, as stored now."""
        out: dict[str, list[dict[str, Any]]] = {}
        with self.sessions() as s:
            for model in (Person, Note, Interview):
                table = model.__tablename__
                # Raw column values (text dates as stored), to copy into the backups as they are.
                if model is Person:
                    found = s.execute(text(f"SELECT * FROM {table} WHERE id IN :ids").bindparams(
                        bindparam("ids", expanding=True)), {"ids": ids})
                else:
                    # Rows whose name was blanked by an erasure (an edited, now empty field).
                    field = "author" if model is Note else "interviewer"
                    found = s.execute(text(f"SELECT * FROM {table} WHERE {field} = '' "
                                           f"AND clocks LIKE :edited"), {"edited": f'%"{field}"%'})
                out[table] = [dict(r._mapping) for r in found]
        return out

    # -- retention -------------------------------------------------------------------------------

    def past_retention(self, today: dt.date | None = None) -> list[RetentionCandidate]:
        """People not yet erased whose data is kept past the retention period: the later of
        the project's end and their last event's end, plus the project's retention years."""
        today = today or dt.date.today()
        project = ProjectSettingsService(self.replica)
        project_end, retention_years = project.project_end(), project.retention_years()
        with self.sessions() as s:
            last = (select(Registration.person_id, func.max(Event.end_date).label("last"))
                    .join(Event, Event.id == Registration.event_id)
                    .where(Registration.deleted.is_(False))
                    .group_by(Registration.person_id).subquery())
            query = (select(Person, last.c.last)
                     .outerjoin(last, last.c.person_id == Person.id)
                     .where(Person.erased.is_(False), Person.merged_into_id.is_(None))
                     .order_by(Person.sort_key, Person.id))
            out = []
            for person, last_end in s.execute(query):
                start = max(project_end, last_end) if last_end else project_end
                end = _add_years(start, retention_years)
                if end < today:
                    out.append(RetentionCandidate(
                        person.id, " ".join(p for p in (person.given_name, person.family_name)
                                            if p), person.country, person.category,
                        last_end, end))
            return out


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=min(day.year + years, 9999))
    except ValueError:  # 29 February
        return day.replace(year=min(day.year + years, 9999), day=28)


def _drop_conflicts(s: Session, person_ids: list[str], strings: set[str]) -> int:
    """Losing values of the person's rows, and any other losing value holding their data."""
    result: Any = s.execute(delete(Conflict).where(Conflict.row_id.in_(person_ids)))
    dropped = int(result.rowcount or 0)
    if strings:
        folded = {fold(x) for x in strings}
        for conflict in s.scalars(select(Conflict)):
            with contextlib.suppress(ValueError):
                value = decode_json_value(conflict.value)
                if isinstance(value, str) and any(x in fold(value) for x in folded):
                    s.delete(conflict)
                    dropped += 1
    return int(dropped)


def _scrub_backup(backup: Path, ids: list[str], rows: dict[str, list[dict[str, Any]]]) -> bool:
    """Copy the erased rows into one backup file; False when it never held them unerased."""
    conn = sqlite3.connect(backup, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        marks = ",".join("?" * len(ids))
        found = conn.execute(f"SELECT count(*) FROM people WHERE id IN ({marks}) AND erased = 0",
                             ids).fetchone()[0] if ids else 0
        if not found:
            return False
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN IMMEDIATE")
        for table, table_rows in rows.items():
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            for row in table_rows:
                values = {k: v for k, v in row.items() if k in columns and k != "id"}
                assignments = ", ".join(f'"{k}" = ?' for k in values)
                conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                             [*values.values(), row["id"]])
        conn.execute(f"DELETE FROM conflicts WHERE row_id IN ({marks})", ids)
        conn.execute("COMMIT")
        if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                        (SEARCH_INDEX,)).fetchone()[0]:
            conn.execute(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES('optimize')")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return True
