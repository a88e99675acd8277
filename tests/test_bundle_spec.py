"""The PyInstaller spec's lists, checked without PyInstaller or Qt: what ships, what stays out."""

from __future__ import annotations

import configparser
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    # Without PyInstaller's Analysis in the namespace the spec only defines its lists.
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT)}
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    return namespace


def bundled(spec: dict[str, Any]) -> set[str]:
    return {f"{folder}/{Path(source).name}" for source, folder in spec["data_files"](ROOT)}


def test_resources_the_app_reads_are_bundled(spec: dict[str, Any]) -> None:
    files = bundled(spec)
    for needed in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE-DejaVu.txt",
                   "resources/demo/names.json", "resources/icons/ecnet-desktop.svg",
                   "resources/icons/ecnet-desktop-256.png", "resources/ecnet-desktop.desktop",
                   "ecnet_desktop/store/migrations/env.py",
                   "ecnet_desktop/store/migrations/script.py.mako",
                   "ecnet_desktop/store/migrations/versions/0001_initial_schema.py"):
        assert needed in files, needed
    # Every migration ships, or a bundle could not open a database made by a newer source.
    for version in (ROOT / "ecnet_desktop/store/migrations/versions").glob("*.py"):
        assert f"ecnet_desktop/store/migrations/versions/{version.name}" in files


def test_readme_screenshots_and_translation_sources_stay_out(spec: dict[str, Any]) -> None:
    files = bundled(spec)
    assert not any("screenshots" in f or f.endswith((".ts", ".pyc")) for f in files)


def test_compiled_translations_ship_when_present(spec: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "ecnet-desktop.desktop").write_text("[Desktop Entry]\n")
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "ecnet_it.qm").write_bytes(b"qm")
    (tmp_path / "translations" / "ecnet_it.ts").write_text("<TS/>")
    pairs = spec["data_files"](tmp_path)
    assert (str(tmp_path / "translations" / "ecnet_it.qm"), "translations") in pairs
    assert not any(source.endswith(".ts") for source, _ in pairs)


def used_qt_modules() -> set[str]:
    pattern = re.compile(r"(?:from|import) (PySide6\.Qt\w+)")
    found: set[str] = set()
    for path in (ROOT / "ecnet_desktop").rglob("*.py"):
        found |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_app_imports_is_excluded(spec: dict[str, Any]) -> None:
    used = used_qt_modules()
    assert {"PySide6.QtWidgets", "PySide6.QtPdf"} <= used  # the scan finds real imports
    assert not used & set(spec["EXCLUDED_QT"])
    assert "PySide6.QtWebEngineCore" in spec["EXCLUDED_QT"]
    assert "PySide6.QtCharts" not in spec["EXCLUDED_QT"]
    assert "PySide6.QtSvg" not in spec["EXCLUDED_QT"]


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_it.qm", True),
    ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_it.qm", False),
    ("pycountry/locales/hu/LC_MESSAGES/iso3166-1.mo", True),
    ("pycountry/locales/ja/LC_MESSAGES/iso3166-1.mo", False),
    ("pycountry/databases/iso3166-1.json", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("translations/ecnet_it.qm", True),
])
def test_collected_files_are_filtered(spec: dict[str, Any], dest: str, kept: bool) -> None:
    assert spec["wanted"](dest) is kept


def test_every_partner_language_is_kept(spec: dict[str, Any]) -> None:
    # DESIGN.md section 7 (and the Makefile's LANGS): the partner languages.
    assert set(spec["LANGUAGES"]) == {"it", "pt", "es", "hr", "sl", "hu", "pl", "bg"}


def test_linux_desktop_entry_names_the_app_and_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "ecnet-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "EC-NET Desktop"
    assert section["Exec"].split()[0] == "ecnet-desktop"
    assert section["Icon"] == "ecnet-desktop"
    assert section["Categories"].endswith(";")


def test_icon_is_rendered_in_every_size() -> None:
    import struct

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "resources" / "icons" / f"ecnet-desktop-{size}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)
