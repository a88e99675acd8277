"""Read a CSV or XLSX list into rows of text cells, as messy files from the field really are."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP, msg
from ..domain.text import fold

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 500
# An xlsx is a zip: a small file can inflate to gigabytes (a "zip bomb"); checked unpacked.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
HEADER_SEARCH_ROWS = 30
DELIMITERS = (",", ";", "\t")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, or an xlsx protected by a password
_TOTALS = re.compile(
    r"^(total|totals|ukupno|osszesen|razem|totale|skupaj|общо|suma|summe|gesamt|totaal)\b"
)


@dataclass(frozen=True)
class SourceRow:
    """One data row: its number as the spreadsheet program shows it, and its cells as text."""

    number: int
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True)
class Table:
    """What a file holds below its header row, and how it was read."""

    header: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    header_row: int
    sheet: str  # "" for CSV
    sheets: tuple[str, ...]
    encoding: str  # "" for XLSX
    delimiter: str  # "" for XLSX
    skipped_rows: tuple[int, ...]  # blank rows and a totals row, never imported


HeaderMatcher = Callable[[str], bool]


def _error(text: Any, **params: Any) -> UserError:
    return UserError(msg(text, **params))


# -- encodings -------------------------------------------------------------------------------

# Letters (beyond ASCII) of the languages a Windows code page is used for. A decoding that
# turns the file's bytes into letters of one of these languages is the plausible one.
_CENTRAL = {  # cp1250
    "hu": "áéíóöőúüű", "hr": "čćđšž", "sl": "čšž", "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
}
_WESTERN = {  # cp1252
    "it": "àèéìíòóùú", "pt": "áâãàçéêíóôõú", "es": "áéíóúüñ",
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ",
}
_CYRILLIC = {"bg": "абвгдежзийклмнопрстуфхцчшщъьюя"}  # cp1251
CANDIDATES: tuple[tuple[str, dict[str, str]], ...] = (
    ("cp1250", _CENTRAL), ("cp1252", _WESTERN), ("cp1251", _CYRILLIC),
)
_WORD = re.compile(r"\w+")
_VOWELS = set("aeiouyąęó")


def _word_score(word: str, alphabet: str, region: str, cyrillic: bool) -> int:
    score = 0
    has_latin = any("a" <= ch <= "z" for ch in word)
    for i, ch in enumerate(word):
        if ch.isascii():
            continue
        if cyrillic and has_latin:
            score -= 3  # Latin and Cyrillic in one word: a Latin file decoded as cp1251
        elif ch in alphabet:
            # Polish writes "ni" before a vowel, so "ńa" is Spanish "ña" decoded as cp1250.
            nxt = word[i + 1] if i + 1 < len(word) else ""
            score += -1 if ch == "ń" and nxt in _VOWELS else 1
        elif ch in region:
            score += 0  # a name from a neighbouring language of the same code page
        else:
            score -= 1 if ch.isalpha() else 3
    return score


def plausibility(text: str, languages: dict[str, str]) -> int:
    """How much ``text`` looks like one of ``languages`` (higher is better)."""
    words = [w for w in _WORD.findall(text.lower()) if not w.isascii()]
    region = "".join(languages.values())
    cyrillic = languages is _CYRILLIC
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn")
              and ch not in "\r\n\t")
    best = max(sum(_word_score(w, alphabet, region, cyrillic) for w in words)
               for alphabet in languages.values())
    return best - 3 * odd


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: BOM, UTF-8, else the likeliest Windows page."""
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                      (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:4096]:
        raise _error(QT_TRANSLATE_NOOP(
            "import", "The file is not a text (CSV) file; save it as CSV or XLSX."))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scored: list[tuple[int, int, str, str]] = []
    for order, (name, languages) in enumerate(CANDIDATES):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        # Ties go to the earlier candidate (cp1250 first: most partner towns use it).
        scored.append((plausibility(text, languages), -order, name, text))
    if not scored:
        return data.decode("latin-1"), "latin-1"
    _score, _order, name, text = max(scored)
    return text, name


# -- CSV -------------------------------------------------------------------------------------


def sniff_delimiter(text: str) -> str:
    """`,` `;` or tab: csv.Sniffer when its answer splits the lines evenly, else counting."""
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()]
    sample = "\n".join(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    scores = {d: _consistency(lines, d) for d in DELIMITERS}
    if sniffed in scores and scores[sniffed][1] >= 2 and scores[sniffed] == max(scores.values()):
        return sniffed
    best = max(DELIMITERS, key=lambda d: scores[d])
    return best if scores[best][1] >= 2 else ","


def _consistency(lines: list[str], delimiter: str) -> tuple[int, int]:
    """(rows sharing the commonest width, that width); title rows do not spoil it."""
    widths = Counter(len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1)
    if not widths:
        return 0, 1
    width, count = max(widths.items(), key=lambda kv: (kv[1], kv[0]))
    return count, width


def _csv_rows(data: bytes) -> tuple[list[tuple[int, list[str]]], str, str]:
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    rows: list[tuple[int, list[str]]] = []
    # newline="" lets csv handle CRLF, lone CR and line breaks inside quoted cells.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            _check_size(number, len(cells))
            rows.append((number, cells))
    except csv.Error as exc:
        raise _error(QT_TRANSLATE_NOOP("import", "Row {row} cannot be read: {reason}."),
                     row=len(rows) + 1, reason=str(exc)) from None
    return rows, encoding, delimiter


def _check_size(rows: int, columns: int) -> None:
    if rows > MAX_ROWS:
        raise _error(QT_TRANSLATE_NOOP(
            "import", "The file has more than {limit} rows; split it into smaller files."),
            limit=MAX_ROWS)
    if columns > MAX_COLUMNS:
        raise _error(QT_TRANSLATE_NOOP(
            "import", "The file has more than {limit} columns; is it the right file?"),
            limit=MAX_COLUMNS)


# -- XLSX ------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees (whole numbers without ".0")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise _error(QT_TRANSLATE_NOOP(
            "import", "{file} is not a readable XLSX workbook."), file=path.name) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise _error(QT_TRANSLATE_NOOP(
            "import", "{file} unpacks to more than {limit} MB; split it into smaller files."),
            file=path.name, limit=MAX_UNPACKED_BYTES // (1024 * 1024))


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX file in their order; [] for a CSV file.

    Reads only the workbook's index (not the cells), so it is quick even for a large file.
    """
    from defusedxml import ElementTree  # type: ignore[import-untyped]  # (no stubs)

    path = Path(path)
    if _kind(path) != "xlsx":
        return []
    _check_zip(path)
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except Exception:  # noqa: BLE001 - a missing or broken index: not a workbook we can read
        raise _error(QT_TRANSLATE_NOOP(
            "import", "{file} is not a readable XLSX workbook."), file=path.name) from None
    return [str(e.get("name")) for e in root.iter() if str(e.tag).endswith("}sheet")]


def _open_workbook(path: Path) -> Any:
    import openpyxl  # type: ignore[import-untyped]  # (no stubs) imported late: slow import

    try:
        # openpyxl parses with defusedxml when installed (it is a dependency).
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a workbook"
        raise _error(QT_TRANSLATE_NOOP(
            "import", "{file} is not a readable XLSX workbook ({reason})."),
            file=path.name, reason=type(exc).__name__) from None


def _xlsx_rows(
    path: Path, sheet: str | None, matcher: HeaderMatcher | None
) -> tuple[list[tuple[int, list[str]]], str, tuple[str, ...]]:
    _check_zip(path)
    workbook = _open_workbook(path)
    try:
        names = tuple(str(n) for n in workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise _error(QT_TRANSLATE_NOOP(
                "import", "{file} has no sheet named “{sheet}” (sheets: {sheets})."),
                file=path.name, sheet=sheet, sheets=", ".join(names))
        chosen = sheet
        rows: list[tuple[int, list[str]]] = []
        for name in ([sheet] if sheet is not None else list(names)):
            rows = _read_sheet(workbook[name])
            chosen = name
            # Without a choice, the first sheet that has a recognisable header is the list.
            if sheet is not None or matcher is None or _find_header(rows, matcher) is not None:
                break
        else:
            chosen = names[0] if names else ""
            rows = _read_sheet(workbook[chosen]) if names else []
        return rows, chosen or "", names
    finally:
        workbook.close()


def _read_sheet(worksheet: Any) -> list[tuple[int, list[str]]]:
    rows: list[tuple[int, list[str]]] = []
    if not hasattr(worksheet, "iter_rows"):
        return rows  # a chart sheet: no cells
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        _check_size(number, len(values))
        rows.append((number, [cell_text(v) for v in values]))
    return rows


# -- the table -------------------------------------------------------------------------------


def _kind(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return "csv"


def _blank(cells: Iterable[str]) -> bool:
    return not any(c.strip() for c in cells)


def is_totals_row(cells: Iterable[str]) -> bool:
    """A row like "Összesen: 4 fő" or "Total" (first filled cell) that sums up the list."""
    first = next((c for c in cells if c.strip()), "")
    return bool(_TOTALS.match(fold(first)))


def _find_header(rows: list[tuple[int, list[str]]], matcher: HeaderMatcher) -> int | None:
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for c in cells if c.strip() and matcher(c)) >= 2:
            return index
    return None


def _header_index(rows: list[tuple[int, list[str]]], matcher: HeaderMatcher | None) -> int:
    found = _find_header(rows, matcher) if matcher else None
    if found is not None:
        return found
    # No known headers: the first row with two filled cells (a merged title has one).
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for c in cells if c.strip()) >= 2:
            return index
    raise _error(QT_TRANSLATE_NOOP(
        "import", "No header row found: the first rows should name the columns."))


def read_table(
    path: Path, *, sheet: str | None = None, header_matcher: HeaderMatcher | None = None
) -> Table:
    """Read ``path`` (CSV or XLSX); refuse files over the size caps before parsing them.

    Title rows above the header are skipped (the header is the first row where two cells
    satisfy ``header_matcher``); blank rows and a totals row at the end are skipped too.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise _error(QT_TRANSLATE_NOOP("import", "There is no file at {path}."),
                     path=str(path)) from None
    if size > MAX_BYTES:
        raise _error(QT_TRANSLATE_NOOP(
            "import", "{file} is larger than {limit} MB; split it into smaller files."),
            file=path.name, limit=MAX_BYTES // (1024 * 1024))
    kind = _kind(path)
    if kind == "ole":
        raise _error(QT_TRANSLATE_NOOP(
            "import", "{file} is an old .xls or a password-protected workbook; "
            "save it as XLSX or CSV without a password."), file=path.name)
    encoding = delimiter = chosen = ""
    sheets: tuple[str, ...] = ()
    if kind == "xlsx":
        raw, chosen, sheets = _xlsx_rows(path, sheet, header_matcher)
    else:
        raw, encoding, delimiter = _csv_rows(path.read_bytes())
    if not raw or all(_blank(cells) for _n, cells in raw):
        raise _error(QT_TRANSLATE_NOOP("import", "{file} holds no rows."), file=path.name)
    start = _header_index(raw, header_matcher)
    header_number, header_cells = raw[start]
    header = tuple(" ".join(c.split()) for c in header_cells)
    body = raw[start + 1:]
    skipped = [n for n, cells in body if _blank(cells)]
    kept = [(n, cells) for n, cells in body if not _blank(cells)]
    if kept and is_totals_row(kept[-1][1]):
        skipped.append(kept.pop()[0])
    width = max([len(header), *(len(c) for _n, c in kept)])
    header = header + ("",) * (width - len(header))
    rows = tuple(SourceRow(n, tuple(c.strip() for c in cells) + ("",) * (width - len(cells)))
                 for n, cells in kept)
    return Table(header, rows, header_number, chosen, sheets, encoding, delimiter,
                 tuple(sorted(skipped)))


# -- dates -----------------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, with Excel's 1900 leap bug
_ISO = re.compile(r"^(\d{4})[-/.]\s*(\d{1,2})[-/.]\s*(\d{1,2})\.?(?:[ T].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-]\s*(\d{1,2})[./-]\s*(\d{4})\.?(?:\s.*)?$")


def parse_date(value: str) -> dt.date:
    """A date written as ISO, "12.03.1978.", "12/03/1978", "1978. 03. 12." or a serial.

    Day-first like every partner language; month-first only when the day cannot be a month.
    Raises ValueError when the text is not a date.
    """
    text = " ".join(str(value).split())
    if re.fullmatch(r"\d{1,6}(\.0+)?", text):
        serial = int(float(text))
        if not 1 <= serial <= 2_958_465:  # the last day Excel knows: 9999-12-31
            raise ValueError(value)
        return _EXCEL_EPOCH + dt.timedelta(days=serial)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = _DAY_FIRST.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        if second > 12 >= first:
            first, second = second, first  # 03/25/1980: written month first
        return dt.date(year, second, first)
    raise ValueError(value)


_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?")


def parse_timestamp(value: str) -> dt.datetime | None:
    """A form's timestamp ("2021/09/02 10:14:55 AM EET"), zone ignored; None if unreadable."""
    text = " ".join(str(value).split())
    day_text, _sep, rest = re.sub(r"^(\d{4}-\d\d-\d\d)T", r"\1 ", text).partition(" ")
    try:
        day = parse_date(day_text)
    except ValueError:
        return None
    found = _TIME.search(rest)
    if not found:
        return dt.datetime.combine(day, dt.time())
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    if found[4] and found[4].lower() == "pm" and hour < 12:
        hour += 12
    elif found[4] and found[4].lower() == "am" and hour == 12:
        hour = 0
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:
        return dt.datetime.combine(day, dt.time())


def iter_cells(table: Table, column: int) -> Iterator[str]:
    """The non-empty values of one column, top to bottom (samples for the mapping page)."""
    return (r.cell(column) for r in table.rows if r.cell(column))
