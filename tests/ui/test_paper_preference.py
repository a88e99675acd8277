"""The paper size chosen in Preferences prints the Toolkit, the Recommendations and a subject
access PDF on that paper, read when the document is written (no restart needed)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ecnet_desktop.app import AppContext
from ecnet_desktop.ui.subject_access_dialog import SubjectAccessDialog
from ecnet_desktop.ui.toolkit_printing import start_compendium


def page_sizes(path: Path) -> set[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                          check=True).stdout.decode()
    return {(round(float(w)), round(float(h))) for w, h in
            re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.MULTILINE)}


def write_compendium(qtbot: QtBot, ctx: AppContext, document: str, out: Path) -> None:
    status = QLabel()
    qtbot.addWidget(status)
    start_compendium(ctx, document, str(out), status)
    qtbot.waitUntil(lambda: status.text().startswith("Saved"), timeout=15000)


def test_compendia_follow_the_paper_preference(qtbot: QtBot, ctx: AppContext,
                                               tmp_path: Path) -> None:
    from ecnet_desktop.services.toolkit_seed import seed_toolkit

    seed_toolkit(ctx.services.methodologies)
    write_compendium(qtbot, ctx, "toolkit", tmp_path / "a4.pdf")
    assert page_sizes(tmp_path / "a4.pdf") == {(595, 842)}
    ctx.settings.paper_size = "Letter"  # as Preferences saves it, the window still open
    write_compendium(qtbot, ctx, "toolkit", tmp_path / "toolkit.pdf")
    write_compendium(qtbot, ctx, "recommendations", tmp_path / "recommendations.pdf")
    assert page_sizes(tmp_path / "toolkit.pdf") == {(612, 792)}
    assert page_sizes(tmp_path / "recommendations.pdf") == {(612, 792)}


def test_a_subject_access_pdf_follows_the_paper_preference(qtbot: QtBot, ctx: AppContext,
                                                           tmp_path: Path) -> None:
    person = ctx.services.people.create(given_name="Giulia", family_name="Russo", country="IT")
    ctx.settings.paper_size = "Letter"
    dialog = SubjectAccessDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.as_pdf.setChecked(True)
    target = tmp_path / "giulia.pdf"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.written == target
    assert page_sizes(target) == {(612, 792)}
