"""The participant list workbook as an organiser opens it: readable, formula-free, whole."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import BinaryIO

import openpyxl
import pytest

from ecnet_desktop.domain.errors import Cancelled, UserError
from ecnet_desktop.domain.progress import CancelToken, Progress
from ecnet_desktop.exchange import safe_xlsx
from ecnet_desktop.exchange.participants_xlsx import HEADER_ROW, export_participants
from ecnet_desktop.exchange.safe_xlsx import atomic_save, safe_row, write_safe
from ecnet_desktop.services.container import Services

HOSTILE = '=HYPERLINK("http://evil.example","Click")'


@pytest.fixture
def event_id(services: Services) -> str:
    event = services.events.create(
        kind="international_event", title="Solidarity in Šibenik", host_town="Šibenik",
        country="HR", venue="Gradska vijećnica", start_date=dt.date(2021, 9, 23),
        end_date=dt.date(2021, 9, 25))
    org = services.organisations.create(name="Grad Šibenik", town="Šibenik", country="HR")
    people = [
        dict(given_name="Ivana", family_name="Đurđević", email="ivana@sibenik.hr",
             phone="+385 22 123", town="Šibenik", country="HR", organisation_id=org.id,
             category="public_officer", consent_lists_at=dt.datetime(2021, 9, 1, 10)),
        dict(given_name="Łukasz", family_name="Wójcik", town="Łódź", country="PL",
             category="activist"),
        dict(given_name="Mallory", family_name=HOSTILE, town="@SUM(A1)", country="IT"),
    ]
    for values in people:
        pid = services.people.create(**values).id
        services.registrations.register(pid, event.id, role="speaker" if
                                        values["country"] == "PL" else "participant")
    return event.id


def rows_of(path: Path) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_the_organiser_sees_the_event_header_and_one_row_per_participant(
    services: Services, event_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "participants.xlsx"

    written = export_participants(services, event_id, path)

    assert written == 3
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    assert ws["A1"].value == "Participant list: Solidarity in Šibenik"
    assert ws["A2"].value == "Place: Gradska vijećnica, Šibenik, Croatia"
    assert ws["A3"].value == "Dates: 2021-09-23 to 2021-09-25"
    assert "3 registered (1 local, 2 international)" in str(ws["A4"].value)
    header = [c.value for c in ws[HEADER_ROW]]
    assert header == ["No.", "family name", "given name", "organisation", "town", "country",
                      "e-mail", "phone", "category", "role", "status",
                      "local / international", "on published lists"]
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:M{HEADER_ROW + 3}"
    rows = rows_of(path)[HEADER_ROW:]
    # By folded family name, as on an attendance sheet ("=" sorts before the letters).
    assert [r[1] for r in rows] == [HOSTILE, "Đurđević", "Wójcik"]
    assert rows[1] == (2, "Đurđević", "Ivana", "Grad Šibenik", "Šibenik", "Croatia",
                       "ivana@sibenik.hr", "+385 22 123", "public officer", "participant",
                       "registered", "local", "yes")
    assert rows[2][9:] == ("speaker", "registered", "international", "no")
    assert ws.column_dimensions["D"].width >= len("Grad Šibenik")


def test_text_that_looks_like_a_formula_stays_text(
    services: Services, event_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "participants.xlsx"
    export_participants(services, event_id, path)

    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    for text in (HOSTILE, "@SUM(A1)", "+385 22 123"):
        assert cells[text].data_type == "s", text
    assert cells[HOSTILE].quotePrefix  # stays text when someone edits the cell in Excel
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_headers_follow_the_interface_language(
    services: Services, event_id: str, tmp_path: Path
) -> None:
    words = {"family name": "prezime", "local": "domaći", "international": "strani"}
    path = tmp_path / "sudionici.xlsx"

    export_participants(services, event_id, path,
                        translate=lambda _context, text: words.get(text, text))

    rows = rows_of(path)
    assert rows[HEADER_ROW - 1][1] == "prezime"
    assert [r[11] for r in rows[HEADER_ROW:]] == ["strani", "domaći", "strani"]


def test_a_failed_save_leaves_the_earlier_file_and_no_partial_one(
    services: Services, event_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "participants.xlsx"
    path.write_bytes(b"the list exported yesterday")

    def broken_save(self: object, handle: BinaryIO) -> None:
        handle.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(UserError, match="No space left on device"):
        export_participants(services, event_id, path)

    assert path.read_bytes() == b"the list exported yesterday"
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_cancelling_writes_nothing(services: Services, event_id: str, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    folder = tmp_path / "usb"
    folder.mkdir()

    with pytest.raises(Cancelled):
        export_participants(services, event_id, folder / "participants.xlsx",
                            Progress(token=token))

    assert list(folder.iterdir()) == []


def test_safe_cells_keep_risky_text_as_text_in_both_workbook_modes(tmp_path: Path) -> None:
    risky = ["=1+1", "+1", "-2", "@cmd", "\t=tab", "\r=cr", "plain", "with\x07bell"]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row, text in enumerate(risky, start=1):
        write_safe(ws, row, 1, text)
    write_safe(ws, 1, 2, 42)
    atomic_save(wb, tmp_path / "normal.xlsx")
    fast = openpyxl.Workbook(write_only=True)
    sheet = fast.create_sheet()
    for text in risky:
        sheet.append(safe_row(sheet, [text]))
    atomic_save(fast, tmp_path / "write_only.xlsx")

    for name in ("normal.xlsx", "write_only.xlsx"):
        read = openpyxl.load_workbook(tmp_path / name).active
        assert read is not None
        # XML reads a carriage return back as a line feed; the text itself is kept.
        values = [str(c.value).replace("\n", "\r") for c in read["A"]]
        assert values[:7] == risky[:7], name
        assert values[7] == "withbell"  # a control character a workbook cannot hold
        assert all(c.data_type == "s" for c in read["A"]), name
        assert [c.quotePrefix for c in read["A"]][:6] == [True] * 6, name
    number = openpyxl.load_workbook(tmp_path / "normal.xlsx").active
    assert number is not None and number["B1"].value == 42
    assert safe_xlsx.looks_like_formula("=x") and not safe_xlsx.looks_like_formula("x=")
