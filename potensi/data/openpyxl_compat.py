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


def percent_styles(workbook: Any) -> frozenset[int]:
    """Style ids (the ``style_id`` of :func:`sheet_cells`' cells) whose number format shows a percentage.

    An official who types 12,5% into a cell formatted as a percentage stores 0.125;
    the reader multiplies such cells by 100 so the value agrees with the text
    ``12,5%`` (read as 12.5). openpyxl keeps the styles of a read-only workbook in
    ``_cell_styles`` (``numFmtId`` per style) and the custom formats in
    ``_number_formats`` (ids from 164), both private.
    """
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    found = set()
    custom = list(getattr(workbook, "_number_formats", []))
    for style_id, style in enumerate(getattr(workbook, "_cell_styles", [])):
        number_format = style.numFmtId
        text = BUILTIN_FORMATS.get(number_format) if number_format < 164 else None
        if number_format >= 164 and number_format - 164 < len(custom):
            text = custom[number_format - 164]
        if text and "%" in _unquoted(text):
            found.add(style_id)
    return frozenset(found)


def _unquoted(number_format: str) -> str:
    """A number format without its literal parts ("…" and \\x): a quoted % is text, not a percentage."""
    out, quoted, escaped = [], False, False
    for char in number_format:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif not quoted:
            out.append(char)
    return "".join(out)
