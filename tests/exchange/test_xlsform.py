"""Guides as XLSForm workbooks: round trip, hand-written forms, per-row errors, hostile files."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest

from ecnet_desktop.domain.errors import UserError
from ecnet_desktop.exchange.xlsform import (
    GuideImportError,
    export_guide,
    import_guide,
    parse_guide,
    problem_lines,
)
from ecnet_desktop.services.container import Services

QUESTIONS = [
    {"type": "single_choice", "name": "route", "section": "You", "required": True,
     "text": {"en": "How did you join?", "it": "Come ha partecipato?"},
     "choices": [{"value": "town", "label": {"en": "My town", "it": "Il mio comune"}},
                 {"value": "school", "label": {"en": "School", "it": "Scuola"}}]},
    {"type": "number", "name": "events", "section": "You", "text": {"en": "How many?"}},
    {"type": "likert", "name": "european", "section": "Change", "required": True,
     "text": {"en": "I feel more European.", "it": "Mi sento più europeo."}},
    {"type": "multiple_choice", "name": "topics", "section": "Change",
     "text": {"en": "Topics?"},
     "choices": [{"value": "a", "label": {"en": "A"}}, {"value": "b", "label": {"en": "B"}}]},
    {"type": "yes_no", "name": "before", "text": {"en": "Before?"}},
    {"type": "text", "name": "story", "text": {"en": "=Tell us."}},
]


def _write(path: Path, survey: list[list[Any]], choices: list[list[Any]] | None = None,
           settings: list[list[Any]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    if choices is not None:
        sheet = wb.create_sheet("choices")
        for row in choices:
            sheet.append(row)
    if settings is not None:
        sheet = wb.create_sheet("settings")
        for row in settings:
            sheet.append(row)
    wb.save(path)
    return path


def test_round_trip_keeps_types_names_sections_languages_and_choices(
        services: Services, tmp_path: Path) -> None:
    guide = services.interviews.create_guide("Impact", "About change", "en,it", QUESTIONS)
    path = export_guide(services, guide.id, tmp_path / "guide.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["survey", "choices", "settings"]
    header = [c.value for c in wb["survey"][1]]
    assert header == ["type", "name", "label::en", "label::it", "required"]
    types = [r[0] for r in wb["survey"].iter_rows(min_row=2, values_only=True)]
    assert types[0] == "begin_group" and "end_group" in types
    assert "select_one likert" in types and "select_one yes_no" in types
    story = next(c for r in wb["survey"].iter_rows(min_row=2) for c in r if c.value == "=Tell us.")
    assert story.data_type == "s"  # text, never a formula
    copy = import_guide(services, path)
    assert (copy.title, copy.description, copy.languages) == ("Impact", "About change", "en,it")
    old = services.interviews.questions(guide.id)
    new = services.interviews.questions(copy.id)
    for a, b in zip(old, new, strict=True):
        assert (a.type, a.name, a.section, a.required, a.texts) == (
            b.type, b.name, b.section, b.required, b.texts)
        assert [(o.value, o.labels) for o in a.options] == [(o.value, o.labels) for o in b.options]


def test_a_guide_written_by_hand_in_xlsform_style(tmp_path: Path) -> None:
    path = _write(tmp_path / "hand.xlsx", [
        ["type", "name", "label::English (en)", "label::Hrvatski (hr)", "required", "hint"],
        ["start", "start", None, None, None, None],
        ["begin group", "g1", "About you", None, None, None],
        ["integer", "age", "Your age?", "Vaša dob?", "TRUE", "years"],
        ["select_multiple topics", "topics", "Topics?", "Teme?", "no", None],
        ["end group", None, None, None, None, None],
        ["select_one agree", "agree", "Agree?", None, None, None],
        ["text", "story", "Tell us", None, None, None],
    ], [
        ["list_name", "name", "label::English (en)", "label::Hrvatski (hr)"],
        ["topics", "sol", "Solidarity", "Solidarnost"],
        ["topics", "dia", "Dialogue", "Dijalog"],
        ["agree", "1", "No", None], ["agree", "2", "Somewhat", None], ["agree", "3", "Yes", None],
    ], [["form_title", "default_language"], ["Hand made", "hr"]])
    parsed = parse_guide(path)
    assert parsed.title == "Hand made"
    assert parsed.languages == ["hr", "en"]
    assert [(q["type"], q["name"], q["section"], q["required"]) for q in parsed.questions] == [
        ("number", "age", "About you", True), ("multiple_choice", "topics", "About you", False),
        ("single_choice", "agree", "", False), ("text", "story", "", False)]
    assert parsed.questions[0]["text"] == {"en": "Your age?", "hr": "Vaša dob?"}


def test_every_bad_row_is_reported_with_sheet_row_column_value_and_expectation(
        services: Services, tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.xlsx", [
        ["type", "name", "label::en", "required"],
        ["select_one colours", "colour", "Colour?", None],
        ["geopoint", "where", "Where?", None],
        ["text", "story", "Tell", "maybe"],
        ["text", "story", "Again", None],
        ["text", "1st", "Bad name", None],
        ["integer", "n", None, None],
        ["end_group", None, None, None],
        ["begin_group", "open", "Never closed", None],
    ], [["list_name", "name", "label::en"], ["sizes", "s", "Small"], ["sizes", "s", "Again"]])
    with pytest.raises(GuideImportError) as caught:
        parse_guide(path)
    where = {(p.sheet, p.row, p.column, p.value) for p in caught.value.problems}
    assert where == {
        ("choices", 3, "name", "s"),
        ("survey", 2, "type", "select_one colours"),
        ("survey", 3, "type", "geopoint"),
        ("survey", 4, "required", "maybe"),
        ("survey", 5, "name", "story"),
        ("survey", 6, "name", "1st"),
        ("survey", 7, "label", ""),
        ("survey", 8, "type", "end_group"),
        ("survey", 9, "type", "begin_group"),
    }
    lines = problem_lines(caught.value.problems)
    assert "Sheet survey, row 2, column type: 'select_one colours' — a list named colours in " \
           "the choices sheet" in lines
    assert services.interviews.guides() == []  # nothing imported


def test_a_sheet_without_the_needed_columns_or_survey(tmp_path: Path) -> None:
    with pytest.raises(GuideImportError) as caught:
        parse_guide(_write(tmp_path / "cols.xlsx", [["kind", "label"], ["text", "x"]]))
    assert {(p.row, p.column) for p in caught.value.problems} == {(1, "type"), (1, "name")}
    wb = openpyxl.Workbook()
    wb.active.title = "questions"
    wb.save(tmp_path / "nosurvey.xlsx")
    with pytest.raises(UserError, match="no 'survey' sheet"):
        parse_guide(tmp_path / "nosurvey.xlsx")


def test_hostile_files_are_refused_before_parsing(tmp_path: Path) -> None:
    formula = _write(tmp_path / "formula.xlsx", [["type", "name", "label"], ["text", "a", "A"]])
    wb = openpyxl.load_workbook(formula)
    wb["survey"]["C2"] = "=WEBSERVICE(\"http://example.org\")"
    wb.save(formula)
    with pytest.raises(UserError, match="formula"):
        parse_guide(formula)
    (tmp_path / "text.xlsx").write_text("type,name\n")
    with pytest.raises(UserError, match="not an Excel workbook"):
        parse_guide(tmp_path / "text.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * 50_000_000)
    with pytest.raises(UserError, match=r"zip bomb|too big"):
        parse_guide(bomb)
