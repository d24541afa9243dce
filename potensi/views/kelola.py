"""What the Kelola Data page shows and does: template, dry run, save, undo, history.

The page only lays out. Every table here is computed from the importer's dry run
(:func:`potensi.data.importer.preview_import`), the same one the command line's
import runs, and every write goes through a function that checks the session on
the server (:func:`potensi.data.importer.import_for` / ``undo_for``), whatever
buttons the browser was shown.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from potensi.core.auth import Session, has_role
from potensi.core.errors import StoreMissing
from potensi.core.formatting import format_bool, format_number, format_trimmed
from potensi.core.store import load_layer
from potensi.data.bps import BpsOptions, BpsTable, bps_reader, read_bps
from potensi.data.bps_sektor import (
    ProductionOptions,
    SectorOptions,
    SectorTable,
    read_pdrb,
    read_production,
    sector_reader,
)
from potensi.data.importer import (
    ImportPreview,
    ImportReport,
    Reader,
    import_for,
    load_context,
    may_undo,
    preview_import,
    undo_for,
)
from potensi.data.problems import ValidationFailed
from potensi.data.readers import MAX_UPLOAD_BYTES, read_table
from potensi.data.schema import TABLES, get_table
from potensi.data.tables import BOUNDARY_PREFIX, ImportRecord, history
from potensi.data.templates import write_template
from potensi.i18n import Lang, t
from potensi.overlays.intake import file_fields
from potensi.overlays.layers import OverlayMeta, import_overlay_for, list_overlays
from potensi.views.state import kecamatan_label

#: the uploader's limit, in the MB Streamlit counts in (the reader enforces the same)
MAX_UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)
#: file types the uploader offers (the reader decides by the extension too)
UPLOAD_TYPES = ("xlsx", "xlsm", "csv", "txt", "geojson", "json")
#: what the page imports: a layer's template, or a BPS table as downloaded (into indikator)
#: or a thematic layer (GeoJSON/GPKG/zipped SHP) as a map overlay
KINDS = ("templat", "bps", "tematik")
OVERLAY_UPLOAD_TYPES = ("geojson", "json", "gpkg", "zip")
BPS_UPLOAD_TYPES = ("xlsx", "csv")
#: what a BPS table holds: one indicator per kecamatan, PDRB by lapangan usaha, production
#: by kecamatan × commodity (the last two into the keys the Analisis methods read)
BPS_JENIS = ("kecamatan", "pdrb", "produksi")
#: the PDRB choices; "" = read it from the table's title
HARGA_CHOICES = ("", "adhk", "adhb")
WILAYAH_CHOICES = ("", "35.05", "35")
HISTORY_COLUMNS = (
    "waktu",
    "oleh",
    "lapisan",
    "berkas",
    "sha256",
    "baris_baru",
    "baris_diganti",
    "dibatalkan",
    "impor_id",
)


def layers(session: Session | None) -> list[str]:
    """The data layers ``session`` may import into, in schema order: a layer whose
    ``writer_role`` is admin (the IID rules of a year) only for an admin. The importer
    checks the same on the server (:func:`potensi.data.importer.import_for`)."""
    return [name for name, table in TABLES.items() if has_role(session, table.writer_role)]  # type: ignore[arg-type]


def template_bytes(layer: str, store: Path | None = None) -> bytes:
    """The XLSX template of ``layer``, with the store's kecamatan as a dropdown."""
    try:
        names = sorted(load_layer("kecamatan", store).nama)
    except StoreMissing:
        names = []
    with tempfile.TemporaryDirectory() as folder:
        return write_template(layer, Path(folder) / f"templat_{layer}.xlsx", names).read_bytes()


def preview(layer: str, content: bytes, filename: str, store: Path | None = None) -> ImportPreview:
    """The dry run of an uploaded file (nothing written)."""
    return preview_import(layer, content, filename, store)


def bps_options(
    indikator: str, satuan: str = "", sumber: str = "", tahun: int | None = None, kolom: str = ""
) -> BpsOptions:
    """The official's fields of the *Tabel BPS* choice; empty means "read it from the table"."""
    return BpsOptions(
        indikator=indikator.strip(),
        satuan=satuan.strip() or None,
        sumber=sumber.strip() or None,
        tahun=tahun or None,
        kolom=kolom.strip() or "jumlah",
    )


def bps_preview(
    content: bytes, filename: str, options: BpsOptions, store: Path | None = None
) -> tuple[BpsTable | None, ImportPreview, Reader]:
    """The dry run of a BPS table: the table as understood (None when it cannot be read
    at all), the importer's own preview of its indikator rows, and the reader *Simpan*
    must use so it saves exactly what was previewed."""
    index = load_context(store).wilayah
    reader = bps_reader(options, index)
    try:
        table: BpsTable | None = read_bps(content, filename, options, index)
    except ValidationFailed:
        table = None
    return table, preview_import("indikator", content, filename, store, reader=reader), reader


def sector_preview(
    content: bytes,
    filename: str,
    jenis: str,
    *,
    harga: str = "",
    wilayah: str = "",
    sumber: str = "",
    satuan: str = "",
    tahun: int | None = None,
    store: Path | None = None,
) -> tuple[SectorTable | None, ImportPreview, Reader]:
    """The dry run of a PDRB (``jenis="pdrb"``) or production (``"produksi"``) table: the
    table as understood, the importer's preview of its indikator rows, and the reader
    *Simpan* must use. Empty fields mean "read it from the table"."""
    if jenis == "pdrb":
        options = SectorOptions(
            harga=harga or None,
            wilayah=wilayah or None,
            sumber=sumber.strip() or None,
            satuan=satuan.strip() or None,
            tahun=tahun or None,
        )

        def read(source: Path | bytes, name: str) -> SectorTable:
            return read_pdrb(source, name, options)
    else:
        index = load_context(store).wilayah
        production = ProductionOptions(
            tahun=tahun or None, sumber=sumber.strip() or None, satuan=satuan.strip() or None
        )

        def read(source: Path | bytes, name: str) -> SectorTable:
            return read_production(source, name, production, index)

    try:
        table: SectorTable | None = read(content, filename)
    except ValidationFailed:
        table = None
    reader = sector_reader(read)
    return table, preview_import("indikator", content, filename, store, reader=reader), reader


def sector_matrix_rows(table: SectorTable, lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """PDRB: category (letter and name) × year; production: kecamatan × commodity, as read."""
    wide = table.matrix()
    if wide.empty:
        return wide
    if table.kind == "pdrb":
        wide.insert(1, "nama", [t(f"sektor_{k}", lang) for k in wide.label])
        return wide.rename(
            columns={"label": t("kelola_bps_category", lang), "nama": t("kelola_bps_category_name", lang)}
        )
    names = wilayah_names(store)
    wide.insert(1, "kecamatan", wide.kode.map(lambda k: names.get(k, k)))
    return wide.rename(
        columns={
            "kode": t("kelola_bps_code", lang),
            "kecamatan": t("kelola_bps_kecamatan", lang),
            "tahun": t("kelola_bps_year", lang),
        }
    )


def sector_summary(table: SectorTable, lang: Lang) -> str:
    """One line: what was read (PDRB ADHK of the kabupaten, years; or commodities), unit, source."""
    years = ", ".join(str(y) for y in sorted({f.tahun for f in table.figures}))
    if table.kind == "pdrb":
        return t(
            "kelola_bps_pdrb_understood",
            lang,
            harga=table.harga.upper(),
            wilayah=t(f"kelola_bps_wilayah_{table.wilayah.replace('.', '_')}", lang),
            categories=format_number(len({f.label for f in table.figures}), 0, lang),
            years=years,
            unit=table.satuan,
            source=table.sumber or "-",
        )
    return t(
        "kelola_bps_produksi_understood",
        lang,
        kecamatan=format_number(len({f.kode for f in table.figures}), 0, lang),
        commodities=", ".join(dict.fromkeys(f.label for f in table.figures)),
        years=years,
        unit=table.satuan,
        source=table.sumber or "-",
    )


def understood(
    table: BpsTable | SectorTable | None, lang: Lang, store: Path | None = None
) -> tuple[str, pd.DataFrame, pd.DataFrame] | None:
    """What the page shows of any BPS table before the importer's preview: one line, the
    table as read, and what was skipped (None when nothing could be read)."""
    if isinstance(table, SectorTable):
        if not table.figures:
            return None
        return (
            sector_summary(table, lang),
            sector_matrix_rows(table, lang, store),
            bps_skipped_rows(table, lang),
        )
    if table is None or not table.values:
        return None
    return bps_summary(table, lang), bps_matrix_rows(table, lang), bps_skipped_rows(table, lang)


def bps_matrix_rows(table: BpsTable, lang: Lang) -> pd.DataFrame:
    """Kecamatan (BPS order, Kemendagri code) × year → value, as the reader understood it."""
    wide = table.matrix()
    if wide.empty:
        return wide
    return wide.rename(
        columns={"kode": t("kelola_bps_code", lang), "kecamatan": t("kelola_bps_kecamatan", lang)}
    )


def bps_skipped_rows(table: BpsTable | SectorTable, lang: Lang) -> pd.DataFrame:
    """What the reader left out and why (total row, Sumber line, footnotes, …, x)."""
    columns = [t(f"kelola_bps_skipped_{k}", lang) for k in ("cell", "text", "why")]
    return pd.DataFrame([(s.ref, s.text, s.why) for s in table.skipped], columns=columns)


def bps_summary(table: BpsTable, lang: Lang) -> str:
    """One line: how many kecamatan and years, unit, source, the column chosen."""
    return t(
        "kelola_bps_understood",
        lang,
        kecamatan=format_number(len({v.kode for v in table.values}), 0, lang),
        years=", ".join(str(y) for y in sorted({v.tahun for v in table.values})),
        unit=table.satuan or "-",
        source=table.sumber or "-",
        column=table.column_label or "-",
    )


def problem_rows(found: ImportPreview, lang: Lang, severity: str = "error") -> pd.DataFrame:
    """Every problem of one severity by row and column as the official sees them in
    Excel, with the suggestion (validation's texts are Indonesian, as in the CLI)."""
    rows = [
        {
            t("kelola_problem_row", lang): "" if p.row is None else str(p.row),
            t("kelola_problem_column", lang): p.column or "",
            t("kelola_problem_message", lang): p.message,
            t("kelola_problem_hint", lang): p.hint,
        }
        for p in found.problems
        if p.severity == severity
    ]
    columns = [t(f"kelola_problem_{k}", lang) for k in ("row", "column", "message", "hint")]
    return pd.DataFrame(rows, columns=columns)


#: column kinds that hold a Kemendagri code: shown with the name an official knows
_CODE_KINDS = ("kecamatan", "desa", "wilayah")


def wilayah_names(store: Path | None = None) -> dict[str, str]:
    """Kemendagri code → name of every kecamatan and desa of the store (empty without one)."""
    names: dict[str, str] = {}
    for level in ("kecamatan", "desa"):
        try:
            frame = load_layer(level, store)
        except StoreMissing:
            return {}
        names.update(zip(frame.kode.astype(str), frame.nama.astype(str), strict=True))
    return names


def _shown(layer: str, column: str, value: object, lang: Lang, names: dict[str, str] | None = None) -> str:
    """A cell of the preview in words: yes/no, numbers in ``lang``, a code with its name, (empty)."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return t("kelola_empty_value", lang)
    names_of = get_table(layer).names
    kind = get_table(layer).column(column).kind if column in names_of else "text"
    if kind == "bool":
        return format_bool(value, lang) or t("kelola_empty_value", lang)
    if isinstance(value, bool):
        return format_bool(value, lang) or ""
    if isinstance(value, int) and kind in ("int",) and column.startswith("tahun"):
        return str(value)  # a year: no thousands separator
    if isinstance(value, int | float):
        return format_trimmed(float(value), lang, 6)
    if kind in _CODE_KINDS and names and str(value) in names:
        return kecamatan_label(str(value), names)  # "Kanigoro (35.05.10)": the name is what is checked
    return str(value)


def added_rows(found: ImportPreview, lang: Lang, names: dict[str, str] | None = None) -> pd.DataFrame:
    """The rows the file would add, as validated (yes/no in words, wilayah by name), file row first."""
    rows = found.added.copy()
    for column in rows.columns:
        rows[column] = [_shown(found.layer, column, v, lang, names) for v in rows[column]]
    rows.insert(0, t("kelola_problem_row", lang), [str(i) for i in found.added.index])
    return rows.reset_index(drop=True)


def replacement_rows(found: ImportPreview, lang: Lang, names: dict[str, str] | None = None) -> pd.DataFrame:
    """Each replaced row's changed columns side by side: key, column, old, new."""
    key, column, old, new = (
        t(k, lang) for k in ("kelola_key", "kelola_problem_column", "kelola_old", "kelola_new")
    )
    rows = []
    for replacement in found.replacements:
        if not replacement.changes:
            rows.append({key: replacement.key, column: "", old: t("kelola_unchanged", lang), new: ""})
        for change in replacement.changes:
            rows.append(
                {
                    key: replacement.key,
                    column: change.column,
                    old: _shown(found.layer, change.column, change.old, lang, names),
                    new: _shown(found.layer, change.column, change.new, lang, names),
                }
            )
    return pd.DataFrame(rows, columns=[key, column, old, new])


def summary(found: ImportPreview, lang: Lang) -> str:
    """One line: file, rows to add, rows to replace."""
    return t(
        "kelola_ready",
        lang,
        file=found.filename,
        added=format_number(len(found.added), 0, lang),
        replaced=format_number(len(found.replacements), 0, lang),
    )


def save(
    session: Session | None,
    found: ImportPreview,
    content: bytes,
    store: Path | None = None,
    *,
    confirmed: bool = False,
    client: str | None = None,
    reader: Reader = read_table,
) -> ImportReport:
    """*Simpan*: the import, in one transaction, as the signed-in official.

    Replacing is allowed only when the preview had replacements and the official ticked
    the confirmation; a row that started to exist since the preview is still refused
    (the importer decides inside its transaction).
    """
    replace = confirmed and bool(found.replacements)
    return import_for(
        session, found.layer, content, found.filename, store, replace=replace, client=client, reader=reader
    )


def saved_text(record: ImportRecord, lang: Lang) -> str:
    """What *Simpan* did."""
    return t(
        "kelola_saved",
        lang,
        impor_id=record.impor_id,
        layer=t(f"layer_{record.lapisan}", lang),
        added=format_number(record.baris_baru, 0, lang),
        replaced=format_number(record.baris_diganti, 0, lang),
    )


def undo(
    session: Session | None, impor_id: str, store: Path | None = None, client: str | None = None
) -> ImportRecord:
    """*Urungkan*: refused on the server unless the session may undo this import."""
    return undo_for(session, impor_id, store, client)


def undone_text(record: ImportRecord, lang: Lang) -> str:
    """What *Urungkan* did."""
    return t(
        "kelola_undone",
        lang,
        impor_id=record.impor_id,
        added=format_number(record.baris_baru, 0, lang),
        replaced=format_number(record.baris_diganti, 0, lang),
    )


def _data_history(store: Path | None) -> pd.DataFrame:
    rows = history(store)
    return rows[~rows.lapisan.astype(str).str.startswith(BOUNDARY_PREFIX)].reset_index(drop=True)


def history_rows(lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """Every data import, newest first: who, when, file, sha256, rows added/replaced, undone."""
    rows = _data_history(store)
    shown = pd.DataFrame(
        {
            "waktu": rows.waktu.astype(str).str.replace("T", " ").str.replace("+00:00", "", regex=False),
            "oleh": [o if isinstance(o, str) and o else t("kelola_owner_unknown", lang) for o in rows.oleh],
            "lapisan": [
                t(f"layer_{name}", lang) if name in TABLES or name == "tematik" else name
                for name in rows.lapisan
            ],
            "berkas": rows.berkas,
            "sha256": rows.sha256,
            "baris_baru": rows.baris_baru,
            "baris_diganti": rows.baris_diganti,
            "dibatalkan": [
                str(v).replace("T", " ").replace("+00:00", "") if isinstance(v, str) and v else "—"
                for v in rows.dibatalkan
            ],
            "impor_id": rows.impor_id,
        },
        columns=list(HISTORY_COLUMNS),
    )
    return shown.rename(columns={c: t(f"kelola_col_{c}", lang) for c in HISTORY_COLUMNS})


def undoable(session: Session | None, store: Path | None = None) -> list[str]:
    """Imports this session may undo, newest first (an editor their own, an admin any)."""
    rows = _data_history(store)
    return [entry["impor_id"] for entry in rows.to_dict(orient="records") if may_undo(session, entry)]


def undo_choice_label(impor_id: str, lang: Lang, store: Path | None = None) -> str:
    """An import in the undo list: id, file and who."""
    rows = _data_history(store)
    found = rows[rows.impor_id == impor_id]
    if found.empty:
        return impor_id
    entry = found.iloc[0]
    owner = entry.oleh if isinstance(entry.oleh, str) and entry.oleh else t("kelola_owner_unknown", lang)
    return f"{impor_id} — {entry.berkas} ({owner})"


def overlay_save(
    session: Session | None,
    content: bytes,
    filename: str,
    meta: OverlayMeta,
    store: Path | None = None,
    client: str | None = None,
) -> str:
    """*Impor lapisan tematik*: the role is checked on the server before the file is read;
    returns what was done, in Indonesian (the importer's summary)."""
    return import_overlay_for(session, content, filename, meta, store, client).summary()


def overlay_rows(lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """The stored thematic layers: title, category, source, year, licence, features, id."""
    found = list_overlays(store)
    return pd.DataFrame(
        {
            t("tematik_upload_judul", lang): [o.judul for o in found],
            t("tematik_upload_kategori", lang): [t(f"tematik_kategori_{o.kategori}", lang) for o in found],
            t("tematik_upload_sumber", lang): [o.sumber for o in found],
            t("tematik_upload_tahun", lang): [o.tahun for o in found],
            t("tematik_upload_lisensi", lang): [o.lisensi or "" for o in found],
            t("kelola_col_baris_baru", lang): [o.n_fitur for o in found],
            t("kelola_col_impor_id", lang): [o.lapisan_id for o in found],
        }
    )


def overlay_fields(content: bytes, filename: str) -> list[str]:
    """The uploaded file's attribute fields, for the class-field choice (reads no geometry)."""
    suffix = Path(filename).suffix.lower()[:10]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"unggahan{suffix}"
        path.write_bytes(content)
        return file_fields(path, Path(filename).name)
