"""Reading exchange workbooks defensively: size caps and formula checks before parsing.

The file is untrusted (DESIGN.md section 11). Before any XML parser sees it the zip container is
checked (entry count, declared and actual sizes, no DTDs, no formulas, a row cap); then
python-calamine, which expands no XML entities, reads the cells. Every cell is validated, and
every problem names sheet, row, column, value and rule.

Sheets, headers and choice labels are resolved through the file's ⚙ map sheet (they are in the
exporting laptop's language), then by their English names (older files, files made by hand).
Columns are found by their header, wherever a person moved them.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import countries
from ..domain.enums import LabelledEnum
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, msg
from ..domain.progress import Progress
from ..services.sync_apply import EntitySpec, FieldSpec, entity_specs
from . import sheet_extent
from .workbook_format import (
    ABOUT,
    ENUMS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAP_SHEET,
    TECH_BASES,
    TECH_CHECK,
    TECH_CLOCKS,
    TECH_COLUMNS,
    TECH_CREATED,
    TECH_ID,
    SheetMeaning,
    english_columns,
    english_meanings,
    field_hash,
    meta_hash,
    normal,
    read_map,
)

# Ten years of a network (the L demo: 35,000 people, 500,000 attendance rows) export to a
# 110 MB file of 640 MB XML with 700,000 rows; the byte caps leave room for several times that.
# The compression ratio stops bombs long before these sizes.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_RATIO = 200  # a plain workbook compresses ~10-30x; bombs reach thousands
MAX_ROWS = 1_000_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULA_CELL = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+[0-9]+)"[^>]*>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)')
_ROW = re.compile(rb"<(?:\w+:)?row[\s>]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
ALLOWED_FORMULAS = {b"TRUE()", b"FALSE()"}


@dataclass(frozen=True)
class Problem:
    """One rejected cell."""

    sheet: str
    row: int
    column: str
    value: Any
    rule: Message

    def message(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("exchange", "Sheet {sheet}, row {row}, column {column}: "
                                     "{value} — {rule}"),
                   sheet=self.sheet, row=self.row, column=self.column, value=repr(self.value),
                   rule=self.rule)


@dataclass
class ParsedRow:
    entity: str
    row_id: str | None
    values: dict[str, Any]
    clocks: dict[str, str]  # every carried field's clock
    bases: dict[str, str]
    hand_edited: tuple[str, ...]
    excel_row: int


@dataclass
class ParsedWorkbook:
    about: dict[str, Any]
    rows: dict[str, list[ParsedRow]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    rejected: dict[str, int] = field(default_factory=dict)
    # Headers the reader does not know (a column a person added): their cells are not read.
    unknown_columns: list[Problem] = field(default_factory=list)


def _refuse(text: str, **params: Any) -> UserError:
    return UserError(msg(QT_TRANSLATE_NOOP("exchange", text), **params))


def load_bytes(path: Path, password: str | None) -> bytes:
    """The plain xlsx bytes of a file, decrypted in memory when it is password protected."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse("{file} is too big to be an exchange workbook.", file=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse("Could not read {file}: {reason}", file=str(path),
                      reason=exc.strerror or str(exc)) from exc
    if data.startswith(OLE_MAGIC):
        if not password:
            raise _refuse("{file} is encrypted: give its password.", file=path.name)
        data = _decrypt(data, password, path.name)
    if not data.startswith(ZIP_MAGIC):
        raise _refuse("{file} is not an Excel workbook (.xlsx).", file=path.name)
    return data


def _decrypt(data: bytes, password: str, name: str) -> bytes:
    import msoffcrypto  # type: ignore[import-untyped]

    out = io.BytesIO()
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        if not office.is_encrypted():
            raise _refuse("{file} is not an Excel workbook (.xlsx).", file=name)
        office.load_key(password=password)
        office.decrypt(out)
    except UserError:
        raise
    except Exception as exc:
        raise _refuse("The password for {file} is wrong, or the file is damaged.",
                      file=name) from exc
    return out.getvalue()


def check_container(data: bytes, name: str) -> None:
    """Refuse zip bombs, DTDs, formulas and too many rows, streaming, before any parsing."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise _refuse("{file} is not an Excel workbook (.xlsx) or it is damaged.",
                      file=name) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse("{file} holds too many parts to be a workbook.", file=name)
        declared = sum(i.file_size for i in infos)
        if declared > MAX_UNZIPPED_BYTES:
            raise _refuse("{file} is too big once unpacked.", file=name)
        for info in infos:
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                raise _refuse("{file} looks like a zip bomb (part {part}).", file=name,
                              part=info.filename)
        if "xl/workbook.xml" not in {i.filename for i in infos}:
            raise _refuse("{file} is not an Excel workbook (.xlsx).", file=name)
        total = 0
        rows = 0
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            total, rows = _scan_part(archive, info, name, total, rows)


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, total: int,
               rows: int) -> tuple[int, int]:
    tail = b""
    sheet = info.filename.startswith("xl/worksheets/")
    try:
        with archive.open(info) as part:
            while chunk := part.read(1 << 20):
                total += len(chunk)
                if total > MAX_UNZIPPED_BYTES:
                    raise _refuse("{file} is too big once unpacked.", file=name)
                window = tail + chunk
                if _DTD.search(window):
                    raise _refuse("{file} contains XML declarations (DTD or entities) that a "
                                  "workbook never needs; it was refused.", file=name)
                if sheet:
                    rows += len(_ROW.findall(chunk))
                    # A row declared by its position costs memory like a row really there.
                    if rows > MAX_ROWS or sheet_extent.far_row(window):
                        raise _refuse("{file} has more than {n} rows.", file=name, n=MAX_ROWS)
                    _check_extent(window, info.filename, name)
                    _check_formulas(window, info.filename, name)
                tail = window[-8192:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, NotImplementedError,
            RuntimeError) as exc:
        # A false declared size or a truncated part ends in a CRC or length error; damaged
        # compressed data in a zlib error; an unknown method or an encrypted part in the last two.
        raise _refuse("{file} is damaged ({reason}).", file=name, reason=str(exc)) from exc
    return total, rows


def _check_extent(window: bytes, part: str, name: str) -> None:
    if sheet_extent.unplaced_cell(window):
        raise _refuse("{file} has cells without a position in {part}; it was not written by a "
                      "spreadsheet program and was refused.", file=name,
                      part=part.rsplit("/", 1)[-1])
    if sheet_extent.far_column(window):
        raise _refuse("{file} has cells beyond column {column} in {part}; it was refused.",
                      file=name, column=sheet_extent.MAX_COLUMN_LETTERS,
                      part=part.rsplit("/", 1)[-1])


def _check_formulas(window: bytes, part: str, name: str) -> None:
    if not _FORMULA.search(window):
        return
    for match in _FORMULA_CELL.finditer(window):
        text = (match.group(2) or b"").strip()
        if text.upper() not in ALLOWED_FORMULAS:
            raise _refuse("{file} contains a formula in {part}, cell {cell}; exchange workbooks "
                          "hold values only.", file=name, part=part.rsplit("/", 1)[-1],
                          cell=match.group(1).decode())
    if not _FORMULA_CELL.search(window):
        # A formula element the cell pattern could not place: refuse rather than guess.
        stripped = _FORMULA.search(window)
        if stripped is not None:
            raise _refuse("{file} contains a formula in {part}; exchange workbooks hold "
                          "values only.", file=name, part=part.rsplit("/", 1)[-1])


def read_workbook(path: Path, password: str | None = None,
                  progress: Progress | None = None) -> ParsedWorkbook:
    """Read and validate an exchange workbook; fatal problems raise a UserError."""
    from python_calamine import CalamineWorkbook

    path = Path(path)
    data = load_bytes(path, password)
    check_container(data, path.name)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:
        raise _refuse("{file} is damaged ({reason}).", file=path.name, reason=str(exc)) from exc
    meanings = sheet_meanings(book, path.name)
    about_sheet = next((s for s, m in meanings.items()
                        if m.entity == ABOUT and s in book.sheet_names), None)
    if about_sheet is None:
        raise _refuse("{file} is not an EC-NET exchange workbook (no About sheet).",
                      file=path.name)
    about = _about(_sheet_rows(book, about_sheet, path.name), meanings[about_sheet])
    if about.get("format") != FORMAT_NAME:
        raise _refuse("{file} is not an EC-NET exchange workbook.", file=path.name)
    version = format_version(about.get("format version"))
    if version[0] > FORMAT_VERSION:
        raise _refuse("{file} was written by a newer version of the app (format {v}); update "
                      "the app to import it.", file=path.name, v=version[0])
    if version[0] < 1:
        raise _refuse("{file} has no valid format version.", file=path.name)
    parsed = ParsedWorkbook(about)
    specs = {s.entity: s for s in entity_specs()}
    try:
        for index, sheet_name in enumerate(book.sheet_names):
            meaning = meanings.get(sheet_name)
            if meaning is None or meaning.entity not in specs:
                continue
            rows = _sheet_rows(book, sheet_name, path.name, skip_empty_area=False)
            _read_sheet(parsed, specs[meaning.entity], sheet_name, rows, path.name, meaning)
            if progress is not None:
                progress.step(index + 1, len(book.sheet_names), sheet_name)
    finally:
        _field_hash.cache_clear()  # it holds cell values (names): none kept beyond the file
    return parsed


def _sheet_rows(book: Any, sheet: str, name: str, **options: Any) -> list[list[Any]]:
    """A sheet's cells; XML the reader cannot make sense of is a damaged file, not a crash."""
    try:
        rows: list[list[Any]] = book.get_sheet_by_name(sheet).to_python(**options)
    except Exception as exc:
        raise _refuse("{file} is damaged ({reason}).", file=name, reason=str(exc)) from exc
    return rows


def sheet_meanings(book: Any, file_name: str) -> dict[str, SheetMeaning]:
    """Sheet name → what it holds: the file's ⚙ map over the English names.

    The map wins: a sheet called "Events" in one language may hold another entity.
    """
    meanings = english_meanings()
    if MAP_SHEET in book.sheet_names:
        mapped = read_map(_sheet_rows(book, MAP_SHEET, file_name))
        if any(m.entity == ABOUT for m in mapped.values()):
            meanings = {s: m for s, m in meanings.items() if m.entity != ABOUT}
        meanings |= mapped
    return meanings


def format_version(raw: Any) -> tuple[int, int]:
    """(major, minor) of "1.1", 1 or 1.0; (0, 0) when it is no version at all."""
    text = str(raw).strip() if raw is not None else ""
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    major, _, minor = text.partition(".")
    try:
        return int(major), int(minor or 0)
    except ValueError:
        return 0, 0


def _about(rows: list[list[Any]], meaning: SheetMeaning) -> dict[str, Any]:
    """The About sheet by its English keys, whatever language its labels are written in."""
    return {meaning.columns.get(normal(r[0]), str(r[0])): r[1]
            for r in rows if len(r) >= 2 and r[0] != ""}


def _column_name(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 → A, 26 → AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _read_sheet(parsed: ParsedWorkbook, spec: EntitySpec, sheet: str, rows: list[list[Any]],
                file_name: str, meaning: SheetMeaning | None = None) -> None:
    if not rows:
        return
    meaning = meaning or SheetMeaning(spec.entity)
    header = [str(h) for h in rows[0]]
    where: dict[str, int] = {}
    columns: dict[str, int | None] = {f.name: None for f in spec.fields}
    english = english_columns(list(columns))
    tech = {normal(t): t for t in TECH_COLUMNS}
    for i, text in enumerate(header):
        key = normal(text)
        if not key:
            continue
        if key in tech:
            where.setdefault(tech[key], i)
            continue
        # The file's own words first, then English; the first column of a field counts.
        name = meaning.columns.get(key) or english.get(key)
        if name in columns:
            if columns[name] is None:
                columns[name] = i
            continue
        parsed.unknown_columns.append(Problem(
            sheet, 1, _column_name(i), text,
            msg(QT_TRANSLATE_NOOP("exchange", "unknown column; its cells were not read"))))
    for tech_column in TECH_COLUMNS:
        if tech_column not in where:
            raise _refuse("{file}: sheet {sheet} has no column {column}.", file=file_name,
                          sheet=sheet, column=tech_column)
    names = [f.name for f in spec.fields]
    # The carried fields with their column and a parser made once per sheet, not per cell.
    carried = [(f.name, col, _parser(spec.entity, f, meaning.choices.get(f.name)))
               for f in spec.fields if (col := columns[f.name]) is not None]
    width = len(header)
    id_col = where[TECH_ID]
    out = parsed.rows.setdefault(spec.entity, [])
    for number, raw in enumerate(rows[1:], start=2):
        row = raw if len(raw) >= width else list(raw) + [""] * (width - len(raw))
        if row[id_col] in ("", None) and all(v in ("", None) for v in raw):
            continue
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        for name, col, parse in carried:
            value, rule = parse(row[col])
            if rule is not None:
                problems.append(Problem(sheet, number, header[col], row[col], rule))
            else:
                values[name] = value
        row_id = str(row[where[TECH_ID]]).strip() or None
        created = str(row[where[TECH_CREATED]]).strip()
        clocks_text = str(row[where[TECH_CLOCKS]]).strip() or "{}"
        bases_text = str(row[where[TECH_BASES]]).strip() or "{}"
        check = str(row[where[TECH_CHECK]]).strip()
        edited: tuple[str, ...] = ()
        clocks: dict[str, str] = {}
        bases: dict[str, str] = {}
        if row_id is not None:
            meta, _, hashes = check.partition(".")
            if meta != meta_hash(spec.entity, row_id, created, clocks_text, bases_text, names):
                raise _refuse("{file}: sheet {sheet}, row {row}: the technical columns (⚙) were "
                              "changed; the file cannot be trusted and was refused.",
                              file=file_name, sheet=sheet, row=number)
            try:
                edited_clocks = json.loads(clocks_text) if clocks_text != "{}" else {}
                bases = json.loads(bases_text) if bases_text != "{}" else {}
            except ValueError as exc:
                raise _refuse("{file}: sheet {sheet}, row {row}: damaged clocks.",
                              file=file_name, sheet=sheet, row=number) from exc
            clocks = {n: edited_clocks.get(n, created) for n in names}
            if not problems and not (
                    # Most rows come back as written: every cell's hash at once.
                    len(values) == len(names)
                    and "".join([_field_hash(n, values[n]) for n in names]) == hashes):
                edited = tuple(
                    n for i, n in enumerate(names)
                    if columns[n] is not None and n in values and clocks[n] != ""
                    and hashes[i * 6:(i + 1) * 6] != _field_hash(n, values[n]))
        elif any(columns[n] is None for n in names if n != "deleted"):
            problems.append(Problem(sheet, number, TECH_ID, "",
                                    msg(QT_TRANSLATE_NOOP("exchange", "a new row needs every "
                                                          "column of the sheet"))))
        if problems:
            parsed.problems.extend(problems)
            parsed.rejected[spec.entity] = parsed.rejected.get(spec.entity, 0) + 1
            continue
        out.append(ParsedRow(spec.entity, row_id, values, clocks, bases, edited, number))


@functools.lru_cache(maxsize=1 << 16, typed=True)
def _field_hash(name: str, value: Any) -> str:
    """field_hash() remembered: ids, names, enum values and flags repeat across rows."""
    return field_hash(name, value)


Parser = Callable[[Any], tuple[Any, "Message | None"]]


def _parser(entity: str, spec: FieldSpec, choices: dict[str, str] | None = None) -> Parser:
    """parse_cell() for one column, with the common cases answered without its checks.

    Every answer equals parse_cell()'s: plain text within the length limit is returned as it
    is, and columns with few distinct values (choices, flags, countries) remember answers.
    ``choices`` (label → stored value) are the labels the file's ⚙ map gives a choice
    column, in the exporting laptop's language.
    """
    if ENUMS.get((entity, spec.name)) is not None or spec.kind == "bool" or spec.name == "country":
        memo: dict[tuple[type, Any], tuple[Any, Message | None]] = {}

        def remembered(raw: Any) -> tuple[Any, Message | None]:
            key = (type(raw), raw)
            found = memo.get(key)
            if found is None:
                found = parse_cell(entity, spec, raw, choices)
                if len(memo) < 4096:
                    memo[key] = found
            return found

        return remembered
    if spec.kind == "str":
        limit = spec.max_length

        def text(raw: Any) -> tuple[Any, Message | None]:
            if type(raw) is str and (limit is None or len(raw) <= limit) and raw.strip():
                return raw, None
            return parse_cell(entity, spec, raw)

        return text
    return functools.partial(parse_cell, entity, spec)


def parse_cell(entity: str, spec: FieldSpec, raw: Any,
               choices: dict[str, str] | None = None) -> tuple[Any, Message | None]:
    """A workbook cell as the typed value the database holds, or the rule it breaks.

    A choice is read from the file's own labels (``choices``), its stored value or its English
    label.
    """
    empty = raw is None or (isinstance(raw, str) and raw.strip() == "")
    enum = ENUMS.get((entity, spec.name))
    if choices and not empty and enum is not None:
        key = normal(raw)
        found = next((v for text, v in choices.items() if normal(text) == key), None)
        if found is not None and found in enum._value2member_map_:
            return found, None
    if empty:
        if spec.nullable:
            return None, None
        if spec.kind == "str" and enum is None:
            return "", None
        if spec.kind == "bool":
            return False, None
        return None, _rule("a value is required")
    try:
        if enum is not None:
            return enum.from_text(str(raw)).value, None
        if spec.kind == "bool":
            return _bool(raw), None
        if spec.kind == "int":
            return _int(raw), None
        if spec.kind == "date":
            return _date(raw), None
        if spec.kind == "datetime":
            return _datetime(raw), None
    except (ValueError, TypeError):
        if enum is not None:
            return None, msg(QT_TRANSLATE_NOOP("exchange", "expected one of: {options}"),
                             options=", ".join(_choice_words(enum, choices)))
        return None, _rule({"bool": "expected yes or no", "int": "expected a whole number",
                            "date": "expected a date", "datetime": "expected a date and time"}
                           [spec.kind])
    text = _text(raw)
    if spec.max_length is not None and len(text) > spec.max_length:
        return None, msg(QT_TRANSLATE_NOOP("exchange", "at most {n} characters"),
                         n=spec.max_length)
    if spec.name == "country" and text and not countries.is_code(text.upper()):
        return None, _rule("expected a two-letter ISO country code")
    return (text.upper() if spec.name == "country" else text), None


def _choice_words(enum: type[LabelledEnum], choices: dict[str, str] | None) -> list[str]:
    """The labels a person reads in the column: the file's own, else the English ones."""
    return list(choices) if choices else [m.label for m in enum]


def _rule(text: str) -> Message:
    return msg(QT_TRANSLATE_NOOP("exchange", text))


def _text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, (dt.date, dt.datetime)):
        return raw.isoformat()
    return str(raw)


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    key = str(raw).strip().casefold()
    if key in ("true", "yes", "1", "y"):
        return True
    if key in ("false", "no", "0", "n"):
        return False
    raise ValueError(raw)


def _int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError(raw)
        return int(raw)
    if isinstance(raw, int):
        return raw
    return int(str(raw).strip())


def _date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        if raw.time() != dt.time():
            raise ValueError(raw)
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    return dt.date.fromisoformat(str(raw).strip())


def _datetime(raw: Any) -> dt.datetime:
    if isinstance(raw, dt.datetime):
        return raw
    if isinstance(raw, dt.date):
        return dt.datetime.combine(raw, dt.time())
    return dt.datetime.fromisoformat(str(raw).strip())


def problem_report(problems: list[Problem], limit: int | None = None) -> str:
    """Plain text of the problems, one per line (copyable, savable)."""
    shown = problems if limit is None else problems[:limit]
    lines = [str(p.message()) for p in shown]
    if limit is not None and len(problems) > limit:
        lines.append(f"… {len(problems) - limit} more")
    return "\n".join(lines)

