"""The audit log: appended by the acts on personal data, listed newest first, filterable."""

from __future__ import annotations

import json
from pathlib import Path

from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.audit import AuditAction
from ecnet_desktop.services.container import Services


def test_entries_are_listed_newest_first_and_filtered(services: Services) -> None:
    audit = services.audit
    first = audit.record(AuditAction.EXPORT, "a.xlsx")
    second = audit.record(AuditAction.ERASURE, "person-id")
    third = audit.record(AuditAction.EXPORT, "b.xlsx")
    assert [e.id for e in audit.list()] == [third.id, second.id, first.id]
    assert [e.subject for e in audit.list(action=AuditAction.EXPORT)] == ["b.xlsx", "a.xlsx"]
    assert [e.id for e in audit.list(subject="person-id")] == [second.id]
    assert audit.list(limit=1)[0].id == third.id and audit.count() == 3
    assert {e.device_name for e in audit.list()} == {"Test laptop"}
    assert {e.device_id for e in audit.list()} == {services.replica.device_id}


def test_an_export_is_audited_by_file_name_without_the_folder(services: Services,
                                                             tmp_path: Path) -> None:
    services.people.create(given_name="Ana", family_name="Kos")
    folder = tmp_path / "Ana Kos private"
    folder.mkdir()
    export_workbook(services, folder / "laptop.xlsx", password="pw")
    [entry] = services.audit.list()
    assert (entry.action, entry.subject) == ("export", "laptop.xlsx")
    detail = json.loads(entry.detail)
    assert detail["encrypted"] is True and detail["scope"] == "whole database"
    assert detail["rows"] >= 2  # the person and this laptop's device row
