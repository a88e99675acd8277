"""Hostile workbooks are refused quickly, with a message, and the database stays unchanged."""

from __future__ import annotations

import struct
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.exchange.importer import import_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services

BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                  b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;'
                  b'</t></is></c></row></sheetData></worksheet>')
EXTERNAL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                   b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;'
                   b'</t></is></c></row></sheetData></worksheet>')


@pytest.fixture
def valid(services: Services, tmp_path: Path) -> Path:
    services.people.create(given_name="Ana", family_name="Kovač", country="SI")
    out = tmp_path / "valid.xlsx"
    export_workbook(services, out)
    return out


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Services]:
    svc = Services.open(tmp_path / "target.sqlite", device_name="Target")
    svc.people.create(given_name="Existing", family_name="Person", country="IT")
    yield svc
    svc.close()


def replace_part(source: Path, out: Path, part: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == part else zin.read(info))
    return out


def refused(svc: Services, path: Path, match: str) -> None:
    before = sync_service(svc).canonical_dump()
    start = time.perf_counter()
    with pytest.raises(UserError, match=match):
        import_file(svc, path)
    # Refused before the rows are parsed: seconds, not the minutes a full read would take
    # (generous, so a busy machine does not fail it).
    assert time.perf_counter() - start < 20
    assert sync_service(svc).canonical_dump() == before


def test_billion_laughs_is_refused(valid: Path, target: Services, tmp_path: Path) -> None:
    bad = replace_part(valid, tmp_path / "lol.xlsx", "xl/worksheets/sheet2.xml", BILLION_LAUGHS)
    refused(target, bad, "DTD")


def test_an_external_entity_is_refused(valid: Path, target: Services, tmp_path: Path) -> None:
    bad = replace_part(valid, tmp_path / "xxe.xlsx", "xl/worksheets/sheet2.xml", EXTERNAL_ENTITY)
    refused(target, bad, "DTD")


def test_a_zip_bomb_is_refused_before_unpacking(target: Services, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", b"<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = b"\0" * (1 << 20)
            for _ in range(300):
                part.write(block)
    refused(target, bomb, "zip bomb|too big")


def test_false_declared_sizes_are_refused(valid: Path, target: Services, tmp_path: Path) -> None:
    data = bytearray(valid.read_bytes())
    # Shrink the declared uncompressed size of every part (local and central headers).
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(sig, start)) >= 0:
            struct.pack_into("<I", data, at + offset, 10)
            start = at + 4
    bad = tmp_path / "liar.xlsx"
    bad.write_bytes(bytes(data))
    refused(target, bad, "damaged|not an Excel")


def test_a_file_that_is_not_xlsx_is_refused(target: Services, tmp_path: Path) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_text("name,town\nAna,Koper\n")
    refused(target, bad, "not an Excel workbook")


def test_a_truncated_file_is_refused(valid: Path, target: Services, tmp_path: Path) -> None:
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(valid.read_bytes()[: valid.stat().st_size // 2])
    refused(target, bad, "damaged|not an Excel")


def test_a_formula_cell_is_refused(valid: Path, target: Services, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(valid)
    ws = wb["People"]
    ws.cell(2, 1).value = '=HYPERLINK("http://evil","click")'
    bad = tmp_path / "formula.xlsx"
    wb.save(bad)
    refused(target, bad, "formula")


def test_true_and_false_formulas_read_as_booleans(valid: Path, target: Services,
                                                  tmp_path: Path) -> None:
    # A spreadsheet may store a typed FALSE as =FALSE(); that is a value, not a program.
    part = "xl/worksheets/sheet7.xml"  # About, Devices, Organisations, Consent texts, …, People
    with zipfile.ZipFile(valid) as z:
        xml = z.read(part)
    assert b't="b"><v>0</v>' in xml
    ok = replace_part(valid, tmp_path / "ok.xlsx", part,
                      xml.replace(b't="b"><v>0</v>', b't="b"><f>FALSE()</f><v>0</v>'))
    import_file(target, ok)
    assert [p.given_name for p in target.people.list(search="Ana")] == ["Ana"]


def test_a_newer_format_version_is_refused(valid: Path, target: Services, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(valid)
    wb["About"]["B2"] = 2
    bad = tmp_path / "newer.xlsx"
    wb.save(bad)
    refused(target, bad, "newer version")


def test_edited_technical_columns_are_refused(valid: Path, target: Services,
                                              tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(valid)
    ws = wb["People"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("⚙ created") + 1).value = "999999999999999-000000-x"
    bad = tmp_path / "tampered.xlsx"
    wb.save(bad)
    refused(target, bad, "technical columns")


def test_a_million_rows_are_refused_before_parsing(target: Services, tmp_path: Path) -> None:
    rows = b"".join(b'<row r="%d"/>' % i for i in range(1, 1_000_003))
    bad = tmp_path / "rows.xlsx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", b"<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<worksheet><sheetData>" + rows
                   + b"</sheetData></worksheet>")
    refused(target, bad, "rows|zip bomb")



def replace_part_streamed(source: Path, out: Path, part: str, rows: Iterator[bytes]) -> Path:
    """Like replace_part, but the new part is streamed: a huge sheet never sits in memory."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != part:
                zout.writestr(info.filename, zin.read(info))
                continue
            with zout.open(part, "w", force_zip64=True) as handle:
                handle.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                             b'spreadsheetml/2006/main"><sheetData>')
                for block in rows:
                    handle.write(block)
                handle.write(b"</sheetData></worksheet>")
    return out


def inline_row(number: int, column: str = "A") -> bytes:
    return (b'<row r="%d"><c r="%s%d" t="inlineStr"><is><t>x</t></is></c></row>'
            % (number, column.encode(), number))


PEOPLE_PART = "xl/worksheets/sheet7.xml"  # About, Devices, Organisations, Consent texts, … People


def test_a_real_million_rows_of_cells_in_a_valid_workbook_are_refused(
        valid: Path, target: Services, tmp_path: Path) -> None:
    blocks = (b"".join(inline_row(n) for n in range(start, start + 10_000))
              for start in range(1, 1_000_002, 10_000))
    bad = replace_part_streamed(valid, tmp_path / "million.xlsx", PEOPLE_PART, blocks)
    assert bad.stat().st_size < 20 * 1024 * 1024  # small on disk, 60 MB once unpacked
    refused(target, bad, "more than 1000000 rows")


@pytest.mark.parametrize(("cells", "match"), [
    # Two cells, but the reader would lay out a grid up to row 1,048,576 / column XFD.
    ([inline_row(1), inline_row(1_048_576)], "more than 1000000 rows"),
    ([inline_row(1), inline_row(2, "XFD")], "beyond column AF"),
    ([inline_row(1), b'<row r="2">' + b"".join(b'<c t="n"><v>%d</v></c>' % n
                                               for n in range(500)) + b"</row>"],
     "without a position"),
])
def test_cells_declared_far_away_are_refused_before_the_reader_allocates(
        valid: Path, target: Services, tmp_path: Path, cells: list[bytes], match: str) -> None:
    bad = replace_part_streamed(valid, tmp_path / "far.xlsx", PEOPLE_PART, iter(cells))
    refused(target, bad, match)
