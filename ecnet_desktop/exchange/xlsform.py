"""Interview guides as XLSForm-style workbooks (survey, choices and settings sheets with
``label::<language>`` columns), so researchers can write a guide in a spreadsheet.

Types: text; integer and decimal (our number); select_one <list> and select_multiple <list>;
our Likert is select_one of a list named likert… with the values 1–5, our yes/no a select_one of
a list with the values yes and no; begin_group / end_group make sections. The file is untrusted:
it passes the exchange workbook's container checks before anything parses it, and every bad
cell is reported with its sheet, row, column, value and what was expected.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook  # type: ignore[import-untyped]  # (no stubs)
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from ..domain.enums import QuestionType
from ..domain.errors import UserError, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP, Message, Source, msg
from ..domain.records import GuideRecord, QuestionRecord
from ..services.interviews import NAME_RE, clean_question, likert_choices
from .safe_xlsx import atomic_save, write_safe
from .workbook_read import check_container, load_bytes

if TYPE_CHECKING:
    from ..services.container import Services

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"
MAX_QUESTIONS = 1_000
MAX_PROBLEMS_SHOWN = 20
_LABEL = re.compile(r"^label(?:::(.+))?$", re.IGNORECASE)
_CODE_IN_PARENS = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\)\s*$")
_LIKERT_VALUES = ["1", "2", "3", "4", "5"]
# Metadata an ODK form collects by itself: nothing to ask, so skipped without a complaint.
_METADATA = {"start", "end", "today", "deviceid", "username", "phonenumber", "audit"}
_TRUE = {"yes", "true", "true()", "1", "y"}
_FALSE = {"", "no", "false", "false()", "0", "n"}


@dataclass(frozen=True)
class Problem:
    """One bad cell: where it is, what it held and what was expected."""

    sheet: str
    row: int
    column: str
    value: str
    expected: Message

    def message(self, translate: Any = None) -> Message:
        """The whole problem as one message; ``translate`` renders the expectation inside."""
        return msg(QT_TRANSLATE_NOOP("xlsform", "Sheet {sheet}, row {row}, column {column}: "
                                                "'{value}' — {expected}"), sheet=self.sheet, row=self.row,
                   column=self.column, value=self.value,
                   expected=self.expected.render(translate))


class GuideImportError(UserError):
    """The guide workbook has problems; nothing was imported. ``problems`` lists them all."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        shown = "\n".join(str(p.message()) for p in problems[:MAX_PROBLEMS_SHOWN])
        super().__init__(msg(QT_TRANSLATE_NOOP(
            "xlsform", "{file} was not imported: %Ln problems.\n{details}", None, 1), file=file,
            n=len(problems), details=shown))
        self.problems = problems


@dataclass
class ParsedGuide:
    title: str
    description: str
    languages: list[str]
    questions: list[dict[str, Any]] = field(default_factory=list)


def _expect(source: Source, **params: Any) -> Message:
    return msg(source, **params)


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def _language(header: str) -> str:
    """"label::it" → it; "label::Italiano (it)" → it; "label" → "" (the default language)."""
    match = _LABEL.match(header.strip())
    if match is None:
        return ""
    spec = (match.group(1) or "").strip()
    found = _CODE_IN_PARENS.search(spec)
    return (found.group(1) if found else spec).lower()


class _Sheet:
    """A sheet's rows with its header found by name (case and spacing ignored)."""

    def __init__(self, name: str, rows: list[list[Any]]) -> None:
        self.name = name
        self.rows = rows
        header = [_text(h) for h in (rows[0] if rows else [])]
        self.columns = {h.casefold().replace(" ", "_"): i for i, h in enumerate(header) if h}
        self.labels = [(i, _language(h)) for i, h in enumerate(header) if _LABEL.match(h)]
        self.header = header

    def cell(self, row: list[Any], column: str) -> str:
        i = self.columns.get(column)
        return _text(row[i]) if i is not None and i < len(row) else ""

    def labels_of(self, row: list[Any], default: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for i, lang in self.labels:
            text = _text(row[i]) if i < len(row) else ""
            if text:
                found[lang or default] = text
        return found

    def body(self) -> Iterable[tuple[int, list[Any]]]:
        for number, row in enumerate(self.rows[1:], start=2):
            if any(_text(c) for c in row):
                yield number, row


def _read_sheets(path: Path) -> dict[str, _Sheet]:
    from python_calamine import CalamineWorkbook

    data = load_bytes(path, None)
    check_container(data, path.name)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP("xlsform", "{file} is damaged ({reason})."),
                            file=path.name, reason=str(exc))) from exc
    sheets = {}
    for name in book.sheet_names:
        key = name.strip().casefold()
        if key in (SURVEY, CHOICES, SETTINGS):
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets[key] = _Sheet(name, [list(r) for r in rows])
    if SURVEY not in sheets:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "xlsform", "{file} has no 'survey' sheet: it is not an XLSForm guide."),
            file=path.name))
    return sheets


def parse_guide(path: Path | str) -> ParsedGuide:
    """Read and check a guide workbook; every problem found is reported at once."""
    path = Path(path)
    sheets = _read_sheets(path)
    survey = sheets[SURVEY]
    settings = sheets.get(SETTINGS)
    problems: list[Problem] = []
    title = description = default = ""
    if settings is not None and len(settings.rows) > 1:
        first = settings.rows[1]
        title = settings.cell(first, "form_title")
        description = settings.cell(first, "description")
        default = settings.cell(first, "default_language")
        default = _language(f"label::{default}") if default else ""
    for required in ("type", "name"):
        if required not in survey.columns:
            problems.append(Problem(survey.name, 1, required, "", _expect(
                QT_TRANSLATE_NOOP("xlsform", "a column headed '{column}' in the first row"), column=required)))
    if not survey.labels:
        problems.append(Problem(survey.name, 1, "label", "", _expect(
            QT_TRANSLATE_NOOP("xlsform", "at least one column headed label or label::<language>, e.g. label::en"))))
    if problems:
        raise GuideImportError(path.name, problems)
    languages = list(dict.fromkeys(lang or default or "en" for _, lang in survey.labels))
    if default and default in languages:
        languages.remove(default)
        languages.insert(0, default)
    default = default or languages[0]
    lists = _read_choices(sheets.get(CHOICES), default, problems)
    parsed = ParsedGuide(title or path.stem, description, languages)
    _read_survey(survey, lists, default, parsed, problems)
    if not parsed.questions and not problems:
        problems.append(Problem(survey.name, 2, "type", "", _expect(
            QT_TRANSLATE_NOOP("xlsform", "at least one question"))))
    if problems:
        raise GuideImportError(path.name, problems)
    return parsed


def _read_choices(sheet: _Sheet | None, default: str, problems: list[Problem]
                  ) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    if sheet is None:
        return lists
    list_column = "list_name" if "list_name" in sheet.columns else "list name"
    for number, row in sheet.body():
        list_name, name = sheet.cell(row, list_column), sheet.cell(row, "name")
        if not list_name:
            problems.append(Problem(sheet.name, number, "list_name", "", _expect(
                QT_TRANSLATE_NOOP("xlsform", "the name of the list this choice belongs to"))))
            continue
        if not name:
            problems.append(Problem(sheet.name, number, "name", "", _expect(
                QT_TRANSLATE_NOOP("xlsform", "the value of the choice (a short code)"))))
            continue
        items = lists.setdefault(list_name, [])
        if any(c["value"] == name for c in items):
            problems.append(Problem(sheet.name, number, "name", name, _expect(
                QT_TRANSLATE_NOOP("xlsform", "a value not used before in the list {list}"), list=list_name)))
            continue
        items.append({"value": name, "label": sheet.labels_of(row, default) or {default: name}})
    return lists


def _question_type(kind: str, lists: dict[str, list[dict[str, Any]]]
                   ) -> tuple[QuestionType, list[dict[str, Any]]] | Message:
    words = kind.split()
    base = words[0].casefold() if words else ""
    if base == "text" and len(words) == 1:
        return QuestionType.TEXT, []
    if base in ("integer", "decimal", "int") and len(words) == 1:
        return QuestionType.NUMBER, []
    if base in ("select_one", "select_multiple") and len(words) == 2:
        name = words[1]
        if name not in lists:
            return _expect(QT_TRANSLATE_NOOP("xlsform", "a list named {list} in the choices sheet"), list=name)
        choices = lists[name]
        values = [c["value"] for c in choices]
        if base == "select_one" and name.casefold().startswith("likert") \
                and values == _LIKERT_VALUES:
            return QuestionType.LIKERT, choices
        if base == "select_one" and sorted(values) == ["no", "yes"]:
            return QuestionType.YES_NO, choices
        return (QuestionType.SINGLE_CHOICE if base == "select_one"
                else QuestionType.MULTIPLE_CHOICE), choices
    return _expect(
        QT_TRANSLATE_NOOP("xlsform", "one of: text, integer, decimal, select_one <list>, select_multiple <list>, "
                                     "begin_group, end_group"))


def _read_survey(survey: _Sheet, lists: dict[str, list[dict[str, Any]]], default: str,
                 parsed: ParsedGuide, problems: list[Problem]) -> None:
    groups: list[tuple[str, int]] = []  # (label, row)
    names: set[str] = set()
    for number, row in survey.body():
        kind = " ".join(survey.cell(row, "type").split())
        key = kind.casefold().replace(" ", "_")
        labels = survey.labels_of(row, default)
        name = survey.cell(row, "name")
        if key == "begin_group" or key == "begin_repeat":
            if key == "begin_repeat":
                problems.append(Problem(survey.name, number, "type", kind, _expect(
                    QT_TRANSLATE_NOOP("xlsform", "begin_group (repeats are not supported)"))))
            groups.append((labels.get(default) or next(iter(labels.values()), name), number))
            continue
        if key == "end_group" or key == "end_repeat":
            if not groups:
                problems.append(Problem(survey.name, number, "type", kind, _expect(
                    QT_TRANSLATE_NOOP("xlsform", "a begin_group above this end_group"))))
            else:
                groups.pop()
            continue
        if key in _METADATA:
            continue
        problems_before = len(problems)
        found = _question_type(kind, lists)
        if isinstance(found, Message):
            problems.append(Problem(survey.name, number, "type", kind, found))
            continue
        question_type, choices = found
        if not name or not NAME_RE.match(name):
            problems.append(Problem(survey.name, number, "name", name, _expect(
                QT_TRANSLATE_NOOP("xlsform",
                                  "a name starting with a letter, of letters, digits and _ . - (at most 64)"))))
        elif name in names:
            problems.append(Problem(survey.name, number, "name", name, _expect(
                QT_TRANSLATE_NOOP("xlsform", "a name not used by another question"))))
        names.add(name)
        if not labels:
            problems.append(Problem(survey.name, number, "label", "", _expect(
                QT_TRANSLATE_NOOP("xlsform", "the question's text in at least one label column"))))
        required_text = survey.cell(row, "required")
        if required_text.casefold() not in _TRUE | _FALSE:
            problems.append(Problem(survey.name, number, "required", required_text, _expect(
                QT_TRANSLATE_NOOP("xlsform", "yes or no (empty: no)"))))
        if len(parsed.questions) >= MAX_QUESTIONS:
            problems.append(Problem(survey.name, number, "type", kind, _expect(
                QT_TRANSLATE_NOOP("xlsform", "at most {n} questions in a guide"), n=MAX_QUESTIONS)))
            return
        values = {"type": question_type.value, "name": name, "text": labels,
                  "required": required_text.casefold() in _TRUE, "choices": choices,
                  "section": " / ".join(label for label, _ in groups)[:200]}
        if len(problems) > problems_before:
            continue  # this row is already reported; its other checks would repeat that
        try:
            clean_question(values)
        except ValidationError as exc:
            problems.append(Problem(survey.name, number, "type" if exc.field == "choices"
                                    else exc.field, kind, exc.message))
            continue
        parsed.questions.append(values)
    for label, number in groups:
        problems.append(Problem(survey.name, number, "type", "begin_group", _expect(
            QT_TRANSLATE_NOOP("xlsform", "an end_group closing the group {group}"), group=label)))


def import_guide(services: Services, path: Path | str) -> GuideRecord:
    """Parse the workbook and create the guide with its questions (all or nothing)."""
    parsed = parse_guide(path)
    return services.interviews.create_guide(parsed.title, parsed.description,
                                            ",".join(parsed.languages), parsed.questions)


# -- export ----------------------------------------------------------------------------------------

def _slug(text: str, fallback: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_").lower()[:40]
    return slug if slug and slug[0].isalpha() else fallback


def _list_for(question: QuestionRecord, lists: dict[str, list[dict[str, Any]]]) -> str:
    """The list name of a choice question, shared by questions with the same choices."""
    import json

    choices = json.loads(question.choices or "[]")
    items = [{"value": str(c.get("value")), "label": c.get("label") or {}} for c in choices]
    if not items and question.type == QuestionType.YES_NO:
        items = [{"value": "yes", "label": {"en": "yes"}}, {"value": "no", "label": {"en": "no"}}]
    elif not items and question.type == QuestionType.LIKERT:
        items = [{"value": str(c["value"]), "label": c["label"]} for c in likert_choices()]
    for name, existing in lists.items():
        if existing == items:
            return name
    base = {QuestionType.LIKERT: "likert", QuestionType.YES_NO: "yes_no"}.get(
        QuestionType(question.type), f"{question.column}_choices")
    name = base
    counter = 2
    while name in lists:
        name = f"{base}_{counter}"
        counter += 1
    lists[name] = items
    return name


_XLSFORM_TYPE: dict[str, str] = {
    QuestionType.TEXT: "text", QuestionType.NUMBER: "decimal",
    QuestionType.SINGLE_CHOICE: "select_one", QuestionType.MULTIPLE_CHOICE: "select_multiple",
    QuestionType.LIKERT: "select_one", QuestionType.YES_NO: "select_one",
}


def export_guide(services: Services, guide_id: str, path: Path | str) -> Path:
    """Write the guide as an XLSForm workbook (atomically); returns the path."""
    guide = services.interviews.guide(guide_id)
    questions = services.interviews.questions(guide_id)
    languages = guide.language_list or ["en"]
    for q in questions:
        for code in q.texts:
            if code not in languages:
                languages.append(code)
    wb = Workbook()
    survey = wb.active
    assert survey is not None
    survey.title = SURVEY
    bold = Font(bold=True)
    headers = ["type", "name", *(f"label::{code}" for code in languages), "required"]
    for column, text in enumerate(headers, start=1):
        write_safe(survey, 1, column, text).font = bold
    lists: dict[str, list[dict[str, Any]]] = {}
    row = 2
    section = ""
    group = 0
    for q in questions:
        if q.section != section:
            if section:
                write_safe(survey, row, 1, "end_group")
                row += 1
            section = q.section
            if section:
                group += 1
                _survey_row(survey, row, "begin_group", _slug(section, f"section_{group}"),
                            {code: section for code in languages[:1]}, languages, "")
                row += 1
        kind = _XLSFORM_TYPE[q.type]
        if q.type not in (QuestionType.TEXT, QuestionType.NUMBER):
            kind = f"{kind} {_list_for(q, lists)}"
        _survey_row(survey, row, kind, q.column, q.texts, languages,
                    "yes" if q.required else "")
        row += 1
    if section:
        write_safe(survey, row, 1, "end_group")
    _write_choices(wb.create_sheet(CHOICES), lists, languages, bold)
    settings = wb.create_sheet(SETTINGS)
    for column, (key, value) in enumerate((("form_title", guide.title),
                                           ("default_language", languages[0]),
                                           ("description", guide.description)), start=1):
        write_safe(settings, 1, column, key).font = bold
        write_safe(settings, 2, column, value)
    for ws, first_label in ((survey, 3), (wb[CHOICES], 3)):
        ws.freeze_panes = "A2"
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 22
        for index in range(len(languages)):
            ws.column_dimensions[get_column_letter(first_label + index)].width = 50
    atomic_save(wb, path)
    return Path(path)


def _survey_row(ws: Any, row: int, kind: str, name: str, texts: dict[str, str],
                languages: list[str], required: str) -> None:
    write_safe(ws, row, 1, kind)
    write_safe(ws, row, 2, name)
    for index, code in enumerate(languages):
        if texts.get(code):
            write_safe(ws, row, 3 + index, texts[code])
    if required:
        write_safe(ws, row, 3 + len(languages), required)


def _write_choices(ws: Any, lists: dict[str, list[dict[str, Any]]], languages: list[str],
                   bold: Any) -> None:
    for column, text in enumerate(["list_name", "name", *(f"label::{c}" for c in languages)],
                                  start=1):
        write_safe(ws, 1, column, text).font = bold
    row = 2
    for name, items in lists.items():
        for item in items:
            write_safe(ws, row, 1, name)
            write_safe(ws, row, 2, item["value"])
            for index, code in enumerate(languages):
                label = item["label"].get(code)
                if label:
                    write_safe(ws, row, 3 + index, label)
            row += 1


def problem_lines(problems: list[Problem], translate: Any = None) -> list[str]:
    """The problems as lines a person reads (translated when ``translate`` is given)."""
    return [p.message(translate).render(translate) for p in problems]

