"""The shipped translations match the source: complete, same placeholders, no empty context, .qm fresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ecnet_desktop.domain.i18n import QT_TRANSLATE_NOOP, msg
from ecnet_desktop.tools.ts_files import Entry, problems, read_ts

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("it", "pt", "es", "hr", "sl", "hu", "pl", "bg")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return str(found)


def _sources() -> list[str]:
    package = ROOT / "ecnet_desktop"
    return sorted(str(p) for p in package.rglob("*.py") if "migrations" not in p.parts)


def _live(entries: list[Entry]) -> set[tuple[str, str, bool]]:
    return {(e.context, e.source, e.numerus) for e in entries
            if e.state not in ("vanished", "obsolete")}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Entry]]:
    """What pyside6-lupdate extracts from the code now: everything, and the plurals only."""
    folder = tmp_path_factory.mktemp("lupdate")
    lupdate = _tool("pyside6-lupdate")
    out = {}
    for name, extra in (("all", []), ("plurals", ["-pluralonly"])):
        ts = folder / f"ecnet_{name}.ts"
        subprocess.run([lupdate, *extra, *_sources(), "-ts", str(ts)], check=True,
                       capture_output=True, cwd=ROOT)
        out[name] = read_ts(ts)
    return out


def test_no_string_is_extracted_without_a_context(fresh: dict[str, list[Entry]]) -> None:
    # An empty context means lupdate misread a call (a tr alias, a module-level helper):
    # the translation would never be found at run time.
    assert [e.source for e in fresh["all"] if not e.context] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts_file(fresh: dict[str, list[Entry]],
                                                    language: str) -> None:
    shipped = _live(read_ts(TRANSLATIONS / f"ecnet_{language}.ts"))
    missing = _live(fresh["all"]) - shipped
    assert not missing, f"run `make translations`: {sorted(missing)[:5]}"


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_every_entry_is_translated_with_the_same_placeholders(language: str) -> None:
    assert problems(TRANSLATIONS / f"ecnet_{language}.ts") == []


def test_english_has_every_plural_form(fresh: dict[str, list[Entry]]) -> None:
    shipped = _live(read_ts(TRANSLATIONS / "ecnet_en.ts"))
    assert _live(fresh["plurals"]) <= shipped
    assert all(n for _c, _s, n in shipped)  # plural forms only: English text is the source


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_the_compiled_qm_file_is_up_to_date(tmp_path: Path, language: str) -> None:
    ts = TRANSLATIONS / f"ecnet_{language}.ts"
    qm = tmp_path / f"ecnet_{language}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    shipped = TRANSLATIONS / f"ecnet_{language}.qm"
    assert shipped.exists() and shipped.read_bytes() == qm.read_bytes(), (
        f"{shipped.name} is stale: run `make translations`")


def test_the_checker_finds_a_changed_placeholder(tmp_path: Path) -> None:
    # The completeness test above must be able to fail: a translation that renames {file}.
    ts = tmp_path / "ecnet_it.ts"
    text = (TRANSLATIONS / "ecnet_it.ts").read_text(encoding="utf-8")
    broken = text.replace("Scegli la cartella di lavoro del coordinatore (.xlsx) da importare",
                          "Scegli {file}", 1)
    assert broken != text
    ts.write_text(broken, encoding="utf-8")
    assert any("placeholders" in line for line in problems(ts))


def test_a_plural_message_below_the_ui_fills_in_its_count() -> None:
    source = QT_TRANSLATE_NOOP("xlsform", "{file} was not imported: %Ln problems.\n{details}",
                               None, 1)
    message = msg(source, file="guide.xlsx", n=3, details="…")
    assert str(message) == "guide.xlsx was not imported: 3 problems.\n…"
    seen = []

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        seen.append((context, n))
        return text.replace("%Ln", str(n))

    assert message.render(translate).startswith("guide.xlsx was not imported: 3 problems.")
    assert seen == [("xlsform", 3)]
    with pytest.raises(ValueError, match="needs n="):
        msg(source, file="guide.xlsx", details="")
