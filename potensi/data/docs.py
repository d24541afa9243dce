"""The layer documentation page, generated from the schema (docs/layers.md).

A test regenerates it and compares, so the documentation cannot fall behind
the schema that templates and validation use.
"""

from __future__ import annotations

from potensi.data.schema import TABLES
from potensi.data.templates import KIND_LABEL

HEADER = """# Lapisan data / Data layers

Dibuat otomatis dari `potensi/data/schema.py` (`python -m potensi data docs`); jangan disunting
manual. *Generated from the schema; do not edit by hand.*

Setiap baris menyimpan `sumber` dan penanda `contoh` (data contoh ditampilkan sebagai contoh).
Impor: `python -m potensi data template LAPISAN templat.xlsx`, isi, lalu
`python -m potensi data import LAPISAN berkas.xlsx`. Berkas dengan satu masalah pun ditolak
seluruhnya, dengan daftar masalah per baris dan kolom; impor yang diterima bisa dibatalkan
(`data history`, `data undo ID`). Baris yang kuncinya sudah ada hanya diganti dengan `--ganti`
(atau centang konfirmasi di halaman Kelola Data). Baris contoh templat memakai kunci `CONTOH-…`.

Every row carries `sumber` (source) and the `contoh` (example data) flag. A file with any problem
is refused whole, listing each problem by row and column; an accepted import can be undone.
A row whose key exists is replaced only with `--ganti` (or the Kelola Data page's confirmation).
"""


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def layers_markdown() -> str:
    """The whole page."""
    parts = [HEADER]
    for table in TABLES.values():
        parts.append(
            f"\n## `{table.name}` — {table.id}\n\n*{table.en}.* "
            f"Kunci (untuk koreksi) / key: `{', '.join(table.key)}`.\n"
        )
        parts.append("| kolom | tipe | wajib | pilihan / batas | arti | meaning |")
        parts.append("| --- | --- | --- | --- | --- | --- |")
        for column in table.columns:
            limits = ", ".join(f"`{a}`" for a in column.allowed)
            if column.minimum is not None or column.maximum is not None:
                limits = (
                    f"{column.minimum if column.minimum is not None else ''} … "
                    f"{column.maximum if column.maximum is not None else ''}"
                )
            if column.pattern:
                limits = f"pola `{column.pattern}`"
            parts.append(
                f"| `{column.name}` | {KIND_LABEL[column.kind]} | "
                f"{'ya' if column.required else ''} | {_escape(limits)} | "
                f"{_escape(column.id)} | {_escape(column.en)} |"
            )
        for rule in table.extra_rules:
            parts.append(f"\nAturan / rule: {rule}")
    return "\n".join(parts) + "\n"
