"""Importing exchange workbooks: read and validate, preview, back up, apply in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.ids import answer_id, attendance_id, new_id, registration_id
from ..domain.progress import Progress
from ..services.import_backup import backup_before_import
from ..services.sync_apply import ApplyReport, EntityCounts, SyncService
from .merge import Cell, merge_rows
from .workbook_format import SHEETS
from .workbook_read import ParsedRow, ParsedWorkbook, Problem, problem_report, read_workbook

if TYPE_CHECKING:
    from ..services.container import Services

Batch = dict[str, list[tuple[str, dict[str, Cell]]]]
PAIRS = {
    "registrations": (registration_id, "person_id", "event_id"),
    "attendance": (attendance_id, "person_id", "session_id"),
    "answers": (answer_id, "interview_id", "question_id"),
}


@dataclass
class FilePreview:
    """What importing one file does (or did): counts per sheet, conflicts, rejected cells."""

    path: Path
    report: ApplyReport
    problems: list[Problem] = field(default_factory=list)
    rejected: dict[str, int] = field(default_factory=dict)
    hand_edited: int = 0
    about: dict[str, Any] = field(default_factory=dict)
    # Headers the file's map and English do not know: those columns were not read.
    unknown_columns: list[Problem] = field(default_factory=list)

    def table(self) -> list[list[str]]:
        """Header, then one line per sheet: new, updated, unchanged, conflicting, rejected."""
        out = [["sheet", "new", "updated", "unchanged", "conflicting", "rejected"]]
        for entity, sheet in SHEETS.items():
            c = self.report.counts.get(entity)
            rejected = self.rejected.get(entity, 0)
            if c is None and not rejected:
                continue
            out.append([str(sheet), *(str(getattr(c, k, 0)) for k in
                                      ("new", "updated", "unchanged", "conflicting")),
                        str(rejected)])
        return out


def sync_service(services: Services) -> SyncService:
    return SyncService(services.replica, merge_rows)


def build_batch(parsed: ParsedWorkbook, tick: Any) -> tuple[Batch, int]:
    """Incoming cells per entity; hand-edited cells become new local edits (tick() clocks)."""
    batch: Batch = {}
    hand = 0
    for entity, rows in parsed.rows.items():
        out = batch.setdefault(entity, [])
        for row in rows:
            if row.row_id is None:
                out.append(_new_row(entity, row, tick))
                continue
            if not row.hand_edited:  # the common case, without a per-cell branch
                clocks, bases = row.clocks, row.bases
                out.append((row.row_id, {n: (v, c, bases.get(n, "")) for n, v in row.values.items()
                                         if (c := clocks.get(n, "")) != ""}))
                continue
            cells: dict[str, Cell] = {}
            for name, value in row.values.items():
                clock = row.clocks.get(name, "")
                if clock == "":
                    continue  # not carried by the file (an erased person's data)
                if name in row.hand_edited:
                    # A cell changed in a spreadsheet: a new edit made after seeing the export.
                    cells[name] = (value, tick(), clock)
                else:
                    cells[name] = (value, clock, row.bases.get(name, ""))
            hand += bool(row.hand_edited)
            out.append((row.row_id, cells))
    return batch, hand


def _new_row(entity: str, row: ParsedRow, tick: Any) -> tuple[str, dict[str, Cell]]:
    pair = PAIRS.get(entity)
    if pair is not None and row.values.get(pair[1]) and row.values.get(pair[2]):
        row_id = pair[0](row.values[pair[1]], row.values[pair[2]])
    else:
        row_id = new_id()
    clock = tick()
    values = {"deleted": False} | row.values
    return row_id, {n: (v, clock, "") for n, v in values.items()}


def preview_file(services: Services, path: Path, password: str | None = None,
                 progress: Progress | None = None) -> FilePreview:
    """Read, validate and merge in a rolled-back transaction: what an import would do."""
    return _run(services, Path(path), password, progress, dry_run=True)


def import_file(services: Services, path: Path, password: str | None = None,
                progress: Progress | None = None, backup: bool = True) -> FilePreview:
    """Import one workbook: all or nothing, after a backup of the database."""
    return _run(services, Path(path), password, progress, dry_run=False, backup=backup)


def _run(services: Services, path: Path, password: str | None, progress: Progress | None,
         *, dry_run: bool, backup: bool = True) -> FilePreview:
    parsed = read_workbook(path, password, progress)
    if not dry_run and parsed.problems:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "exchange", "{file} has %Ln rejected cells; nothing was imported:\n{report}", None, 1),
            file=path.name, n=len(parsed.problems),
            report=problem_report(parsed.problems, limit=20)))
    sync = sync_service(services)
    batch, hand = build_batch(parsed, services.replica.tick)
    sync.check_clocks(batch)
    if not dry_run and backup and services.database.path is not None:
        backup_before_import(services.database)
    report = sync.apply(batch, source=path.name, checksum=str(parsed.about.get("checksum", "")),
                        device_id=str(parsed.about.get("device id", "")),
                        device_name=str(parsed.about.get("device name", "")),
                        dry_run=dry_run, progress=progress)
    for entity, n in parsed.rejected.items():
        report.counts.setdefault(entity, EntityCounts()).rejected = n
    if not dry_run:  # audit log; an erasure that arrived leaves no trace in the file
        people = report.counts.get("people", EntityCounts())
        services.erasure.after_import(path.name, people.new + people.updated,
                                      device=parsed.about.get("device name", ""),
                                      rows=report.total("new") + report.total("updated"))
    return FilePreview(path, report, parsed.problems, parsed.rejected, hand, parsed.about,
                       parsed.unknown_columns)
