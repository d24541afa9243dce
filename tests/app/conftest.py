"""The Analisis page opened on a private copy of the seeded store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def analisis_app(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """Dashboard switched to the Analisis page, with nothing failed so far."""
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    assert not app.exception
    return app
