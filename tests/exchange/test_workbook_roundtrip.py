"""Export → import round trips: identical data, idempotent re-import, text stays text, hand edits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ecnet_desktop.exchange.importer import import_file, preview_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Services]:
    svc = Services.open(tmp_path / "coordinator.sqlite", device_name="Coordinator")
    generate_demo(svc.database, size="S", seed=3)
    yield svc
    svc.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Services]:
    svc = Services.open(tmp_path / "laptop.sqlite", device_name="Laptop")
    yield svc
    svc.close()


def dump(svc: Services) -> object:
    return sync_service(svc).canonical_dump()


def first_person(svc: Services) -> str:
    return svc.people.list(limit=1)[0].id


def test_export_then_import_into_a_fresh_database_gives_identical_data(
    coordinator: Services, laptop: Services, tmp_path: Path
) -> None:
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    preview = import_file(laptop, out)
    assert preview.report.total("new") > 1000
    assert dump(laptop) == dump(coordinator)


def test_reimporting_a_file_changes_nothing(
    coordinator: Services, laptop: Services, tmp_path: Path
) -> None:
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    import_file(laptop, out)
    before = dump(laptop)
    again = import_file(laptop, out)
    assert again.report.total("new") == again.report.total("updated") == 0
    assert dump(laptop) == before
    # Exporting the imported data gives the same rows: only the About sheet differs.
    second = tmp_path / "again.xlsx"
    export_workbook(laptop, second)
    assert sheets_without_about(out) == sheets_without_about(second)


def sheets_without_about(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets if ws.title not in ("About", "Devices")}
    finally:
        wb.close()


def test_text_that_looks_like_a_formula_stays_text(
    coordinator: Services, laptop: Services, tmp_path: Path
) -> None:
    person = first_person(coordinator)
    coordinator.people.update(person, family_name="=HYPERLINK(\"http://x\")", town="+39 town")
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    import_file(laptop, out)
    got = laptop.people.get(person)
    assert (got.family_name, got.town) == ("=HYPERLINK(\"http://x\")", "+39 town")
    wb = openpyxl.load_workbook(out)
    assert all(c.data_type != "f" for ws in wb.worksheets for r in ws.iter_rows() for c in r)


def edit_cell(path: Path, sheet: str, row_id: str, header: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    id_col = headers.index("⚙ id") + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, id_col).value == row_id:
            ws.cell(row, headers.index(header) + 1).value = value
    wb.save(path)


def test_a_hand_edited_cell_is_imported_as_a_new_edit(
    coordinator: Services, tmp_path: Path
) -> None:
    person = first_person(coordinator)
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    edit_cell(out, "People", person, "town", "Ljubljana")
    preview = preview_file(coordinator, out)
    assert preview.hand_edited == 1
    assert coordinator.people.get(person).town != "Ljubljana"  # a preview changes nothing
    import_file(coordinator, out)
    assert coordinator.people.get(person).town == "Ljubljana"
    assert sync_service(coordinator).conflicts() == []


def test_a_hand_edit_over_an_edit_made_since_the_export_is_a_listed_conflict(
    coordinator: Services, tmp_path: Path
) -> None:
    person = first_person(coordinator)
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    coordinator.people.update(person, town="Maribor")
    edit_cell(out, "People", person, "town", "Ljubljana")
    import_file(coordinator, out)
    conflicts = sync_service(coordinator).conflicts()
    assert [(c.field, c.value) for c in conflicts] == [("town", "Maribor")]
    # The coordinator restores the losing value from the list.
    sync_service(coordinator).restore_conflict(conflicts[0].id)
    assert coordinator.people.get(person).town == "Maribor"
    assert sync_service(coordinator).conflicts() == []


def test_a_row_deleted_by_hand_deletes_nothing_and_a_row_without_id_is_new(
    coordinator: Services, tmp_path: Path
) -> None:
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    count = coordinator.people.count()
    wb = openpyxl.load_workbook(out)
    ws = wb["People"]
    headers = [c.value for c in ws[1]]
    ws.delete_rows(2)
    new = {"given name": "Đurđica", "family name": "Novak", "country": "HR",
           "category": "citizen", "erased": False, "deleted": False}
    ws.append([new.get(h) for h in headers])
    wb.save(out)
    import_file(coordinator, out)
    assert coordinator.people.count() == count + 1
    assert [p.family_name for p in coordinator.people.list(search="Đurđica")] == ["Novak"]


def test_a_wrong_cell_is_reported_with_sheet_row_column_value_and_rule(
    coordinator: Services, tmp_path: Path
) -> None:
    person = first_person(coordinator)
    out = tmp_path / "seed.xlsx"
    export_workbook(coordinator, out)
    edit_cell(out, "People", person, "category", "astronaut")
    preview = preview_file(coordinator, out)
    text = str(preview.problems[0].message())
    assert "People" in text and "category" in text and "astronaut" in text
    assert "policy maker" in text
    assert preview.rejected == {"people": 1}


def test_one_event_exports_with_everything_it_needs(
    coordinator: Services, laptop: Services, tmp_path: Path
) -> None:
    event = coordinator.events.list()[0].id
    out = tmp_path / "event.xlsx"
    export_workbook(coordinator, out, event_id=event)
    import_file(laptop, out)
    assert laptop.events.get(event).title == coordinator.events.get(event).title
    assert laptop.people.count() > 0


def test_an_encrypted_export_needs_its_password(
    coordinator: Services, laptop: Services, tmp_path: Path
) -> None:
    from ecnet_desktop.domain.errors import UserError

    out = tmp_path / "secret.xlsx"
    export_workbook(coordinator, out, password="s3cret")
    with pytest.raises(UserError, match="encrypted"):
        import_file(laptop, out)
    with pytest.raises(UserError, match="password"):
        import_file(laptop, out, password="wrong")
    import_file(laptop, out, password="s3cret")
    assert dump(laptop) == dump(coordinator)
