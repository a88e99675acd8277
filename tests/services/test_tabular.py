"""Reading the lists partner towns really send: encodings, delimiters, titles, totals, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.services import tabular
from ecnet_desktop.services.import_aliases import is_known_header
from ecnet_desktop.services.tabular import (
    decode,
    parse_date,
    parse_timestamp,
    read_table,
    sheet_names,
    sniff_delimiter,
)

# CI puts a copy of shared/ beside the repo clone; a missing folder must fail, not skip.
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


@pytest.fixture
def samples() -> Path:
    assert SAMPLES.is_dir(), f"the sample files are missing: {SAMPLES}"
    return SAMPLES


def read(path: Path, **kwargs: object) -> tabular.Table:
    return read_table(path, header_matcher=is_known_header, **kwargs)  # type: ignore[arg-type]


def test_szentendre_cp1250_semicolons_crlf_and_totals(samples: Path) -> None:
    table = read(samples / "registrations_szentendre_cp1250.csv")
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1250", ";", 1)
    assert table.header[:2] == ("Vezetéknév / Family name", "Keresztnév / Given name")
    assert [r.number for r in table.rows] == [2, 3, 4, 5]
    # The empty row 6 and "Összesen: 4 fő" on row 7 are not people.
    assert table.skipped_rows == (6, 7)
    assert table.rows[2].cells[:4] == ("Szőke", "Ödön", "", "Pomáz")
    assert table.rows[3].cells[0] == "Tóth-Bíró"
    assert table.rows[0].cells[2] == "Szentendre Város Önkormányzata"
    assert not any("\r" in c for r in table.rows for c in r.cells)


def test_online_form_utf8_commas(samples: Path) -> None:
    table = read(samples / "registrations_online_form.csv")
    assert (table.encoding, table.delimiter, table.header_row, table.sheet) == (
        "utf-8", ",", 1, "")
    assert [r.number for r in table.rows] == [2, 3, 4, 5, 6, 7, 8]
    assert table.rows[5].cells[6:8] == ("Габрово", "Община Габрово")
    assert table.rows[6].cells[1] == "Luis"  # stray spaces trimmed
    assert table.header[-1] == "I agree to be photographed"  # no "\r" left


def test_sibenik_xlsx_skips_title_and_blank_rows_and_keeps_row_numbers(samples: Path) -> None:
    path = samples / "registrations_sibenik_handmade.xlsx"
    assert sheet_names(path) == ["Prijave", "Napomene"]
    table = read(path)
    assert (table.sheet, table.sheets, table.header_row) == (
        "Prijave", ("Prijave", "Napomene"), 3)
    assert table.header == ("Ime", "Prezime", "Organizacija", "Grad", "Država", "E-pošta",
                            "Datum rođenja", "Uloga")
    assert [r.number for r in table.rows] == [4, 5, 6, 7]
    births = [r.cells[6] for r in table.rows]
    assert births == ["12.03.1978.", "28473", "1990-07-01", ""]
    # Text with dots, a spreadsheet serial and ISO: the three ways the file writes dates.
    assert [parse_date(b) for b in births[:3]] == [
        dt.date(1978, 3, 12), dt.date(1977, 12, 14), dt.date(1990, 7, 1)]


def test_a_sheet_without_a_list_is_refused_clearly(samples: Path) -> None:
    path = samples / "registrations_sibenik_handmade.xlsx"
    with pytest.raises(UserError, match="No header row"):
        read(path, sheet="Napomene")
    with pytest.raises(UserError, match=r"no sheet named “Remarks” .*Prijave, Napomene"):
        read(path, sheet="Remarks")


def test_csv_has_no_sheets(samples: Path) -> None:
    assert sheet_names(samples / "registrations_online_form.csv") == []


@pytest.mark.parametrize(("text", "encoding"), [
    ("Nome;Cognome\nNiccolò;Città di Bari\nJosé;Società\n", "cp1252"),
    ("Nombre;Apellido\nMaría;Muñoz\nIñigo;Coruña\n", "cp1252"),
    ("Nome;Apelido\nJoão;São Brás\n", "cp1252"),
    ("Imię;Nazwisko\nŁukasz;Wójcik\nMałgorzata;Gdańsk\n", "cp1250"),
    ("Ime;Prezime\nĐurđa;Čučković\n", "cp1250"),
    ("Keresztnév;Vezetéknév\nÖdön;Szőke\nZsófia;Szűcs\n", "cp1250"),
    ("Név\nPéter Szőke\n", "cp1250"),  # as plausible in both: a tie goes to cp1250
    ("Име;Фамилия\nИвана;Петрова\n", "cp1251"),
])
def test_windows_code_pages_are_told_apart(text: str, encoding: str) -> None:
    decoded, found = decode(text.encode(encoding))
    assert (decoded, found) == (text, encoding)


def test_boms_and_utf8() -> None:
    text = "Given name,Family name\nŁukasz,Őry\n"
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_binary_file_is_refused() -> None:
    with pytest.raises(UserError, match="not a text"):
        decode(b"abc\x00\x01\x02" * 10)


def test_delimiters_tab_semicolon_and_title_row() -> None:
    assert sniff_delimiter("Given name\tFamily name\tTown\nAna\tHorvat\tSplit, HR\n") == "\t"
    # Commas inside names must not fool it.
    assert sniff_delimiter('Name;Organisation\n"Horvat, Ana";"Grad, Split"\nB;C\n') == ";"
    text = "EC-NET list, Bari 2021\nGiven name,Family name\nAna,Horvat\nIvo,Babić\n"
    assert sniff_delimiter(text) == ","


def test_title_row_in_csv_and_quoted_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('Registrations Bari 2021\r\n\r\nFirst name,Last name,Town\r\n'
                    'Ana,Horvat,"Split\r\nDalmatia"\r\nIvo,Babić,Zadar\r\n', encoding="utf-8")
    table = read(path)
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4, 5]
    assert table.rows[0].cells[2] == "Split\r\nDalmatia"


@pytest.mark.parametrize("total", ["Total", "Total:", "TOTALE 12", "Ukupno: 3", "Razem",
                                   "Skupaj", "Общо", "Összesen: 4 fő"])
def test_totals_rows_at_the_end_are_skipped(tmp_path: Path, total: str) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"Given name;Family name\nAna;Horvat\nTotalović;Ivo\n{total};\n;\n",
                    encoding="utf-8")
    table = read(path)
    assert [r.cells[0] for r in table.rows] == ["Ana", "Totalović"]
    assert table.skipped_rows == (4, 5)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(tabular.MAX_BYTES + 1)  # sparse: instant, and unreadable if parsed
    with pytest.raises(UserError, match="larger than 20 MB"):
        read(path)


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("Given name,Family name\n" + "a,b\n" * tabular.MAX_ROWS, encoding="utf-8")
    with pytest.raises(UserError, match="more than 100000 rows"):
        read(path)


def test_zip_bomb_is_refused(samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(UserError, match="unpacks to more than"):
        read(samples / "registrations_sibenik_handmade.xlsx")


def test_old_xls_and_missing_files_are_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(UserError, match=r"old \.xls"):
        read(old)
    with pytest.raises(UserError, match="There is no file"):
        read(tmp_path / "missing.csv")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UserError, match="not a readable XLSX"):
        read(broken)


def test_xlsx_cells_become_text_as_shown(tmp_path: Path) -> None:
    path = tmp_path / "typed.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Given name", "Family name", "Date of birth", "Phone", "Score"])
    sheet.append(["Ana", "Horvat", dt.datetime(1980, 12, 31), 385912345678, 2.5])
    workbook.save(path)
    table = read(path)
    assert table.rows[0].cells == ("Ana", "Horvat", "1980-12-31", "385912345678", "2.5")


@pytest.mark.parametrize(("text", "expected"), [
    ("1978. 03. 12.", dt.date(1978, 3, 12)),
    ("12. 3. 1978.", dt.date(1978, 3, 12)),
    ("12/03/1978", dt.date(1978, 3, 12)),
    ("03/25/1980", dt.date(1980, 3, 25)),
    ("2021/09/02 10:14:55 AM EET", dt.date(2021, 9, 2)),
    ("28473.0", dt.date(1977, 12, 14)),
])
def test_dates_as_people_write_them(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.1980", "hello", "", "12.1980", "0"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_form_timestamps() -> None:
    assert parse_timestamp("2021/09/02 10:14:55 AM EET") == dt.datetime(2021, 9, 2, 10, 14, 55)
    assert parse_timestamp("2021/09/04 12:30:12 AM EET") == dt.datetime(2021, 9, 4, 0, 30, 12)
    assert parse_timestamp("2.9.2021 3:05 PM") == dt.datetime(2021, 9, 2, 15, 5)
    assert parse_timestamp("2021-09-02T08:00:00") == dt.datetime(2021, 9, 2, 8, 0)
    assert parse_timestamp("yesterday") is None
