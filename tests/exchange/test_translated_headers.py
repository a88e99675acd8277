"""Exchange workbooks in the exporting laptop's language, read back by a laptop in any language."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecnet_desktop.domain.enums import PersonCategory
from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.exchange.importer import import_file, preview_file, sync_service
from ecnet_desktop.exchange.workbook_format import MAP_SHEET, SHEET_NAME_LIMIT, headings
from ecnet_desktop.exchange.workbook_read import read_workbook
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo
from ecnet_desktop.services.sync_apply import entity_specs

TS = Path(__file__).resolve().parents[2] / "translations" / "ecnet_hr.ts"
WORD = re.compile(r"\{[^}]*\}|[^\W\d_]+")


def croatian() -> dict[tuple[str, str], str]:
    """The finished Croatian translations of the app (singular entries)."""
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            target = message.find("translation")
            if target is None or target.get("type") or message.get("numerus") == "yes":
                continue
            out[(name, message.findtext("source") or "")] = target.text or ""
    return out


HR = croatian()


def translate(context: str, text: str) -> str:
    """Croatian; words reversed where the .ts has no entry yet ({placeholders} kept)."""
    found = HR.get((context, text))
    if found:
        return found
    return WORD.sub(lambda m: m.group() if m.group().startswith("{") else m.group()[::-1], text)


ABOUT = translate("exchange", "About")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The S demo, and its export in Croatian and in English (made once for the module)."""
    folder = tmp_path_factory.mktemp("translated")
    svc = Services.open(folder / "source.sqlite", device_name="Zagreb laptop")
    try:
        generate_demo(svc.database, size="S", seed=5)
        export_workbook(svc, folder / "hr.xlsx", translate=translate)
        export_workbook(svc, folder / "en.xlsx")
    finally:
        svc.close()
    yield {"db": folder / "source.sqlite", "hr": folder / "hr.xlsx", "en": folder / "en.xlsx"}


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Services]:
    svc = Services.open(tmp_path / "fresh.sqlite", device_name="Lisbon laptop")
    yield svc
    svc.close()


@pytest.fixture
def source(files: dict[str, Path], tmp_path: Path) -> Iterator[Services]:
    """A copy of the database the files were exported from (tests may change it)."""
    shutil.copy(files["db"], tmp_path / "source.sqlite")
    svc = Services.open(tmp_path / "source.sqlite")
    yield svc
    svc.close()


def dump(svc: Services) -> object:
    return sync_service(svc).canonical_dump()


def values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets}
    finally:
        wb.close()


def test_sheet_names_headers_choices_and_about_are_in_the_chosen_language(
        files: dict[str, Path]) -> None:
    book = values(files["hr"])
    assert list(book)[:3] == [ABOUT, "Uređaji", "Organizacije"] and ABOUT != "About"
    assert "Osobe" in book and "People" not in book
    assert list(book)[-1] == MAP_SHEET  # after the data sheets, which keep their places
    header = book["Osobe"][0]
    assert header[:4] == ("ime", "prezime", "e-pošta", "telefon")
    assert header[-5:] == ("⚙ id", "⚙ created", "⚙ clocks", "⚙ bases", "⚙ check")
    assert "deleted" not in header and translate("field", "deleted") in header
    categories = {row[header.index("kategorija")] for row in book["Osobe"][1:]}
    croatian_labels = {HR[("enum", m.label)] for m in PersonCategory}
    assert categories and categories <= croatian_labels
    about = dict(row[:2] for row in book[ABOUT])
    assert about[translate("exchange", "format")] == "ecnet-exchange"
    assert about[translate("exchange", "format version")] == "1.1"
    rows = translate("exchange", "rows: {sheet}").format(sheet="Osobe")
    assert about[rows] == sum(1 for row in book["Osobe"][1:] if row[0] is not None)
    # The English export writes the same cells under the English words.
    english = values(files["en"])
    assert english["People"][0][:2] == ("given name", "family name")
    assert [r[-5:] for r in english["People"]] == [r[-5:] for r in book["Osobe"]]


def test_the_choice_lists_offer_the_labels_the_cells_hold(files: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(files["hr"])
    lists = {dv.formula1 for dv in wb["Osobe"].data_validations.dataValidation}
    wb.close()
    expected = ",".join(HR[("enum", m.label)] for m in PersonCategory)
    assert f'"{expected}"' in lists


def test_a_croatian_file_imports_on_a_laptop_without_a_translator_like_the_english_one(
        files: dict[str, Path], fresh: Services, source: Services, tmp_path: Path) -> None:
    preview = import_file(fresh, files["hr"])
    assert preview.problems == [] and preview.report.total("new") > 1000
    assert dump(fresh) == dump(source)
    english = Services.open(tmp_path / "english.sqlite")
    try:
        import_file(english, files["en"])
        assert dump(english) == dump(fresh)
    finally:
        english.close()


def test_the_same_data_in_the_same_language_gives_the_same_file_apart_from_the_export_details(
        files: dict[str, Path], source: Services, tmp_path: Path) -> None:
    again = tmp_path / "again.xlsx"
    result = export_workbook(source, again, translate=translate)
    first, second = values(files["hr"]), values(again)
    assert {k: v for k, v in first.items() if k != ABOUT} == \
           {k: v for k, v in second.items() if k != ABOUT}
    details = {translate("exchange", "exported at (UTC)")}
    assert [r for r in first[ABOUT] if r[0] not in details] == \
           [r for r in second[ABOUT] if r[0] not in details]
    # The checksum is of the data: the English file of the same data carries the same one.
    english = dict(r[:2] for r in values(files["en"])["About"])
    assert english["checksum"] == result.checksum


def make_old(english: Path, out: Path) -> Path:
    """The English file as format 1.0 wrote it: no ⚙ map sheet, version 1."""
    wb = openpyxl.load_workbook(english)
    del wb[MAP_SHEET]
    wb["About"]["B2"] = 1
    wb.save(out)
    wb.close()
    return out


def test_an_english_file_of_the_previous_format_still_imports(
        files: dict[str, Path], fresh: Services, source: Services, tmp_path: Path) -> None:
    old = make_old(files["en"], tmp_path / "old.xlsx")
    parsed = read_workbook(old)
    assert parsed.about["format version"] == 1 and parsed.unknown_columns == []
    import_file(fresh, old)
    assert dump(fresh) == dump(source)


def reorder(path: Path, sheet: str, out: Path, edit: dict[str, Any] | None = None,
            extra: str | None = None) -> Path:
    """The sheet's columns in reverse order (as a coordinator may drag them in Excel), the
    first data row's cells changed by header, and optionally a column a person added."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    rows = [r[::-1] for r in rows]
    for header, value in (edit or {}).items():
        rows[1][rows[0].index(header)] = value
    if extra is not None:
        rows[0].append(extra)
        rows[1].append("nazvati u ponedjeljak")
    ws.delete_rows(1, ws.max_row)
    for r in rows:
        ws.append(r)
    wb.save(out)
    wb.close()
    return out


def test_a_coordinator_reordered_translated_file_imports_with_its_hand_edits(
        files: dict[str, Path], source: Services, tmp_path: Path) -> None:
    book = values(files["hr"])["Osobe"]
    person = book[1][book[0].index("⚙ id")]
    activist = HR[("enum", PersonCategory.ACTIVIST.label)]
    edited = reorder(files["hr"], "Osobe", tmp_path / "reordered.xlsx",
                     edit={"grad": "Karlovac", "kategorija": activist})
    preview = preview_file(source, edited)
    assert preview.problems == [] and preview.hand_edited == 1
    import_file(source, edited)
    got = source.people.get(person)
    assert (got.town, got.category) == ("Karlovac", PersonCategory.ACTIVIST)


def test_a_header_in_neither_the_map_nor_english_is_reported_with_its_position(
        files: dict[str, Path], source: Services, tmp_path: Path) -> None:
    before = dump(source)
    edited = reorder(files["hr"], "Osobe", tmp_path / "extra.xlsx", extra="bilješka")
    parsed = read_workbook(edited)
    [unknown] = parsed.unknown_columns
    width = len(values(files["hr"])["Osobe"][0])
    assert (unknown.sheet, unknown.row, unknown.value) == ("Osobe", 1, "bilješka")
    assert unknown.column == openpyxl.utils.get_column_letter(width + 1)
    assert "unknown column" in str(unknown.message())
    # As before: its cells are not read, the rest of the file imports.
    assert parsed.problems == []
    import_file(source, edited)
    assert dump(source) == before


def test_a_wrong_choice_names_the_labels_of_the_file(files: dict[str, Path],
                                                      tmp_path: Path) -> None:
    edited = reorder(files["hr"], "Osobe", tmp_path / "wrong.xlsx",
                     edit={"kategorija": "astronaut"})
    [problem] = read_workbook(edited).problems
    assert (problem.sheet, problem.column, problem.value) == ("Osobe", "kategorija", "astronaut")
    assert HR[("enum", PersonCategory.ACTIVIST.label)] in str(problem.message())


def test_a_file_of_a_newer_minor_version_reads_and_of_a_newer_major_version_is_refused(
        files: dict[str, Path], tmp_path: Path) -> None:
    for version, readable in (("1.7", True), ("2.0", False)):
        wb = openpyxl.load_workbook(files["hr"])
        wb[ABOUT]["B2"] = version
        out = tmp_path / f"v{version}.xlsx"
        wb.save(out)
        wb.close()
        if readable:
            assert read_workbook(out).rows["people"]
        else:
            with pytest.raises(UserError, match="newer version"):
                read_workbook(out)


def test_translations_excel_cannot_take_or_that_read_alike_give_way_to_english() -> None:
    fields = {s.entity: [f.name for f in s.fields] for s in entity_specs()}
    words = headings(fields, lambda context, text: "Ista: riječ [" + "x" * 40 + "]")
    # Sheet names: Excel's characters dropped, cut to 31, and one sheet keeps the translation.
    sheets = list(words.sheets.values())
    assert len({s.casefold() for s in sheets}) == len(sheets)
    assert all(len(s) <= SHEET_NAME_LIMIT and not set(s) & set("[]:*?/\\") for s in sheets)
    assert words.sheets["about"].startswith("Ista riječ") and words.sheets["people"] == "People"
    headers = list(words.headers["people"].values())
    assert len(set(headers)) == len(headers) and headers[1] == "family name"
    category = list(words.choices[("people", "category")].values())
    assert category[0].startswith("Ista: riječ")
    assert list(words.choices[("people", "category")].values())[1:] == \
           [m.label for m in PersonCategory][1:]
    # A translation that is another member's English label would read back as that member.
    swapped = headings(fields, lambda c, t: {"activist": "citizen"}.get(t, t))
    assert swapped.choices[("people", "category")]["activist"] == "activist"


def test_a_label_with_a_comma_is_kept_and_its_list_comes_from_the_map(
        source: Services, fresh: Services, tmp_path: Path) -> None:
    # Bulgarian says "лице, определящо политики" for policy maker: a literal list cannot.
    comma = "лице, определящо политики"
    out = tmp_path / "bg.xlsx"
    export_workbook(source, out, translate=lambda c, t: comma if t == "policy maker" else t)
    wb = openpyxl.load_workbook(out)
    try:
        ws = wb["People"]
        header = [c.value for c in ws[1]]
        letter = openpyxl.utils.get_column_letter(header.index("category") + 1)
        [formula] = [dv.formula1 for dv in ws.data_validations.dataValidation
                     if str(dv.sqref).startswith(letter)]
        sheet, cells = formula.split("!")
        assert sheet == f"'{MAP_SHEET}'"
        offered = [c.value for (c,) in wb[MAP_SHEET][cells.replace("$", "")]]
        assert offered[0] == comma and offered[1:] == [m.label for m in PersonCategory][1:]
        written = {r[0].value for r in ws.iter_rows(min_row=2, min_col=header.index("category")
                                                      + 1, max_col=header.index("category") + 1)}
        assert comma in written
    finally:
        wb.close()
    import_file(fresh, out)
    assert dump(fresh) == dump(source)
