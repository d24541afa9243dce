"""`python -m potensi iid` prints the estimate the IID page shows, from the same code."""

from __future__ import annotations

import re
from pathlib import Path

from potensi.cli import main
from potensi.core.formatting import format_number
from potensi.views.iid import workbench


def test_the_cli_prints_the_page_s_estimate(seeded_store: Path, seeded_data, capsys) -> None:
    assert main(["iid", "--tahun", "2026", "--store", str(seeded_store)]) == 0
    out = capsys.readouterr().out
    estimate = workbench(seeded_data, 2026).estimate
    assert "memakai aturan 2023" in out
    figures = {m.group(1): m.group(2) for m in re.finditer(r"^\s*(IID|Predikat)\s+(\S+)", out, re.MULTILINE)}
    assert figures["IID"] == format_number(estimate.iid, 2, "id")
    assert "61,42" in out and "72,59" in out  # the official results beside it


def test_a_year_before_any_rules_is_refused_in_indonesian(seeded_store: Path, capsys) -> None:
    assert main(["iid", "--tahun", "2019", "--store", str(seeded_store)]) == 2
    assert "Belum ada aturan IID untuk tahun 2019" in capsys.readouterr().err
