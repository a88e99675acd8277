"""The translation checker catches what a translator can get wrong, and pseudo text keeps placeholders."""

from __future__ import annotations

from pathlib import Path

from ecnet_desktop.tools.ts_files import fill, problems, pseudo, read_ts, untranslated

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>people</name>
    <message>
        <location filename="a.py" line="1"/>
        <source>{count} people from {countries} countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="a.py" line="2"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="a.py" line="3"/>
        <source>%n attendances</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
</TS>
"""


def write(tmp_path: Path) -> Path:
    path = tmp_path / "ecnet_it.ts"
    path.write_text(TS, encoding="utf-8")
    return path


def test_unfinished_entries_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path)
    assert len(problems(path)) == 3
    assert untranslated(path) == {"people": {"{count} people from {countries} countries": "",
                                             "&Save": "", "%n attendances": ["", ""]}}


def test_a_changed_placeholder_or_lost_mnemonic_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {"people": {"{count} people from {countries} countries": "{count} persone da {paesi} paesi",
                           "&Save": "Salva",
                           "%n attendances": ["una presenza", "%n presenze"]}})
    found = problems(path)
    assert len(found) == 2
    assert "placeholders" in found[0] and "{paesi}" in found[0]
    assert "mnemonic" in found[1]


def test_a_correct_translation_passes_and_reads_back(tmp_path: Path) -> None:
    path = write(tmp_path)
    fill(path, {"people": {"{count} people from {countries} countries": "{count} persone da {countries} paesi",
                           "&Save": "&Salva",
                           "%n attendances": ["una presenza", "%n presenze"]}})
    assert problems(path) == []
    entries = {e.source: e for e in read_ts(path)}
    assert entries["%n attendances"].translations == ("una presenza", "%n presenze")
    assert entries["&Save"].state == ""


def test_pseudo_text_is_longer_and_keeps_placeholders() -> None:
    text = pseudo("Check in {name} at %1")
    assert "{name}" in text and "%1" in text
    assert len(text) > len("Check in {name} at %1") * 1.3
    assert "Check" not in text  # visibly not English, so leftovers stand out


def test_a_string_that_moved_context_keeps_its_translation_only_when_asked(tmp_path: Path) -> None:
    path = write(tmp_path)
    moved = {"": {"&Save": "&Salva"}}
    assert fill(path, moved) == 0
    assert fill(path, moved, any_context=True) == 1
    assert {e.source: e.translations for e in read_ts(path)}["&Save"] == ("&Salva",)
