"""The one use of a private openpyxl API: the cells a worksheet's XML really holds.

openpyxl's public row iterators pad every row with empty cells up to the row's last
cell, so a single cell in column XFD costs 16.384 cells per row and a sheet of blank
rows with one such cell ran past 150 s. ``WorkSheetParser`` (``openpyxl.worksheet._reader``)
is what openpyxl's own read-only sheets use inside; it yields only the cells that are
in the file. It is private, so: openpyxl is pinned ``~=`` the version checked
(pyproject.toml), and ``tests/data/test_openpyxl_compat.py`` compares what this yields
with what the public read-only iterator gives on real workbooks — when an upgrade
changes it, that test fails first.

Checked against openpyxl 3.1.5.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def sheet_cells(workbook: Any, worksheet: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(row number, the row's cells as openpyxl parses them) for each row in the sheet's XML.

    Each cell is a dict with ``column`` (1-based), ``value`` and ``data_type``. The
    workbook must be opened with ``read_only=True`` (that is what has ``_get_source``).
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    with worksheet._get_source() as src:
        parser = WorkSheetParser(
            src,
            worksheet._shared_strings,
            data_only=False,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        yield from parser.parse()
