"""A workbook opened and saved in LibreOffice Calc imports back with nothing changed."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from ecnet_desktop.exchange.importer import import_file, preview_file, sync_service
from ecnet_desktop.exchange.workbook_write import export_workbook
from ecnet_desktop.services.container import Services
from ecnet_desktop.services.demo import generate_demo


def resave_in_libreoffice(source: Path, work: Path) -> Path:
    """Open and save ``source`` as xlsx in headless Calc, with a private profile folder."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    # CI installs libreoffice-calc-nogui (.ci/system-deps): a missing one is a failure.
    assert soffice is not None, "LibreOffice (soffice) is not installed; see .ci/system-deps"
    out = work / "resaved"
    out.mkdir()
    profile = (work / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--calc",
         "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, check=False)
    resaved = out / source.name
    assert result.returncode == 0 and resaved.exists(), result.stdout + result.stderr
    return resaved


@pytest.mark.slow
def test_a_workbook_saved_by_libreoffice_imports_with_nothing_changed(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "coordinator.sqlite")
    try:
        generate_demo(services.database, size="S", seed=1)
        # Text a spreadsheet program is tempted to read as a number, date, boolean or formula.
        for given, family, phone, town, version in [
            ("=1+1", "TRUE", "0038591234567", "1e5", "2021-05-10"),
            ("+44", "FALSE", "+385 91 234 5678", "00123", "1.50"),
            ("@home", "-7", "1234567890123456789", "3/4", "12:30"),
            ("Γιώργος 😀", "Đurđević", "", "Şibenik", "0"),
        ]:
            services.people.create(
                given_name=given, family_name=family, phone=phone, town=town, country="HR",
                birth_year=1990, consent_processing_version=version,
                consent_processing_at=dt.datetime(2021, 5, 10, 9, 30, 15, 123456))
        exported = tmp_path / "export" / "demo.xlsx"
        exported.parent.mkdir()
        export_workbook(services, exported)
        resaved = resave_in_libreoffice(exported, tmp_path)
        with zipfile.ZipFile(resaved) as z:  # really rewritten by Calc, not copied
            assert b"LibreOffice" in z.read("docProps/app.xml")

        sync = sync_service(services)
        before = sync.canonical_dump()
        preview = preview_file(services, resaved)
        assert preview.problems == []
        assert preview.hand_edited == 0
        assert preview.report.conflicts == []
        counts = preview.report.counts
        assert {e: (c.new, c.updated, c.conflicting, c.rejected)
                for e, c in counts.items() if (c.new, c.updated, c.conflicting, c.rejected)
                != (0, 0, 0, 0)} == {}
        assert counts["people"].unchanged == 154
        assert sum(c.unchanged for c in counts.values()) == sum(
            len(rows) for _, rows in sync.dump(None, None))

        imported = import_file(services, resaved, backup=False)
        assert imported.report.total("new") + imported.report.total("updated") == 0
        assert sync.canonical_dump() == before  # clocks and values survive bit-exactly
    finally:
        services.close()
