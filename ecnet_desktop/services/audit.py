"""The audit log: which exports, imports, erasures and subject-access answers this laptop made.

Entries are local (never synced): each laptop answers for what it did. They never hold
personal data themselves: a file name, a person's id, a count — never a name or an e-mail.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..domain.i18n import QT_TRANSLATE_NOOP, Source
from ..store.models import AuditEntry
from .base import ServiceBase


class AuditAction(StrEnum):
    EXPORT = "export"
    IMPORT = "import"
    ERASURE = "erasure"
    SUBJECT_ACCESS = "subject_access"
    RESEARCH_EXPORT = "research_export"
    BACKUP_SCRUB = "backup_scrub"
    CONSENT = "consent"


ACTION_LABELS: dict[str, Source] = {
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("audit", "export"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("audit", "import"),
    AuditAction.ERASURE: QT_TRANSLATE_NOOP("audit", "erasure"),
    AuditAction.SUBJECT_ACCESS: QT_TRANSLATE_NOOP("audit", "subject access export"),
    AuditAction.RESEARCH_EXPORT: QT_TRANSLATE_NOOP("audit", "research export"),
    AuditAction.BACKUP_SCRUB: QT_TRANSLATE_NOOP("audit", "backups scrubbed"),
    AuditAction.CONSENT: QT_TRANSLATE_NOOP("audit", "consent"),
}


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    action: str
    subject: str
    detail: str
    device_id: str
    device_name: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class AuditService(ServiceBase):
    """Append-only log; ``record`` is its own small transaction, after the act succeeded."""

    def record(self, action: str, subject: str = "", detail: str = "") -> AuditRecord:
        with self.sessions.begin() as s:
            row = AuditEntry(at=_now(), action=str(action)[:32], subject=subject[:500],
                             detail=detail, device_id=self.replica.device_id,
                             device_name=self.replica.device_name()[:200])
            s.add(row)
            s.flush()
            return _record(row)

    def record_many(self, action: str, subjects: Sequence[str], detail: str = "") -> None:
        """One entry per subject, in one transaction (a bulk erasure of thousands)."""
        if not subjects:
            return
        device_name = self.replica.device_name()[:200]
        with self.sessions.begin() as s:
            at = _now()
            s.add_all([AuditEntry(at=at, action=str(action)[:32], subject=subject[:500],
                                  detail=detail, device_id=self.replica.device_id,
                                  device_name=device_name) for subject in subjects])

    def record_file(self, action: str, path: Path | str, **detail: Any) -> AuditRecord:
        """An export or import of a file: its name (not the folder, which may name a person's
        home) and facts such as scope, encryption and row counts."""
        return self.record(action, Path(path).name, json.dumps(detail, sort_keys=True,
                                                                default=str))

    def list(self, *, action: str | None = None, subject: str | None = None,
             limit: int | None = None) -> list[AuditRecord]:
        """Newest first; optionally one kind of act or one subject (e.g. a person's id)."""
        with self.sessions() as s:
            query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            if action is not None:
                query = query.where(AuditEntry.action == action)
            if subject is not None:
                query = query.where(AuditEntry.subject == subject)
            if limit is not None:
                query = query.limit(limit)
            return [_record(r) for r in s.scalars(query)]

    def count(self) -> int:
        with self.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(row.id, row.at, row.action, row.subject, row.detail, row.device_id,
                       row.device_name)
