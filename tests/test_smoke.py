"""The smoke test the bundle runs in CI, run from the source tree: it must load a translation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def smoke(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ECNET_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "ecnet_desktop", "--smoke-test", *args],
                          capture_output=True, text=True, env=env, check=False, timeout=180)


@pytest.mark.slow
def test_smoke_test_loads_qts_italian_and_leaves_no_user_data(data_dir: Path) -> None:
    result = smoke(data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test ok" in result.stdout
    assert "translation it:" in result.stdout and "qtbase_it.qm" in result.stdout
    # It ran on a temporary database and settings, not in the user's data folder.
    assert list(data_dir.iterdir()) == []


@pytest.mark.slow
def test_smoke_test_fails_when_a_language_has_no_translation(data_dir: Path) -> None:
    # Klingon has neither ecnet_tlh.qm nor qtbase_tlh.qm: "loads a translation" cannot pass.
    result = smoke("--lang", "tlh", data_dir=data_dir)
    assert result.returncode == 1
    assert "smoke test FAILED: translation" in result.stdout
