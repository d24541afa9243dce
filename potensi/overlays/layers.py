"""Import, list and read thematic layers: one import per overlay, in the one history.

An overlay import reads and checks the file first (:mod:`potensi.overlays.intake`),
makes its display geometry, and only then writes, in one transaction as the store's
one writer: the registry row, the features, the display rows, the facts of every
site against the overlays, and the history row (``riwayat_impor.lapisan`` =
``tematik``, ``oleh`` = who). Undo is the ordinary ``data undo`` /
:func:`potensi.data.importer.undo_as`, which removes the overlay and recomputes the
facts in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from potensi.core.auth import Session, require_role
from potensi.core.errors import GeodataError
from potensi.core.formatting import format_number
from potensi.core.store import load_layer
from potensi.data import audit, tematik
from potensi.data.tables import new_import_id, read_connection, write_transaction
from potensi.overlays.display import display_rows
from potensi.overlays.intake import prepare, read_overlay_file

#: the categories as the CLI and the form take them
KATEGORI = tematik.KATEGORI


@dataclass(frozen=True)
class OverlayMeta:
    """What the official says about an overlay."""

    judul: str
    kategori: str
    sumber: str
    tahun: int | None = None
    lisensi: str | None = None
    kolom: str | None = None


@dataclass(frozen=True)
class OverlayReport:
    """What an accepted overlay import did (and its Indonesian summary)."""

    lapisan_id: str
    judul: str
    n_fitur: int
    n_dipotong: int
    n_diperbaiki: int
    kolom: str | None
    n_fakta: int

    def summary(self) -> str:
        """One line for the CLI and the page."""
        text = (
            f"Lapisan tematik '{self.judul}' diimpor sebagai {self.lapisan_id}: "
            f"{format_number(self.n_fitur, 0, 'id')} fitur"
        )
        if self.kolom:
            text += f", kelas dari kolom {self.kolom}"
        if self.n_dipotong:
            text += f"; {format_number(self.n_dipotong, 0, 'id')} fitur di luar kabupaten tidak disimpan"
        if self.n_diperbaiki:
            text += f"; {format_number(self.n_diperbaiki, 0, 'id')} geometri diperbaiki"
        return text + f". Lokasi diperiksa ulang ({format_number(self.n_fakta, 0, 'id')} fakta)."


def check_meta(meta: OverlayMeta) -> None:
    """Refuse missing or impossible metadata before reading the file."""
    problems = []
    if not meta.judul.strip():
        problems.append("judul wajib diisi")
    if meta.kategori not in KATEGORI:
        problems.append(f"kategori '{meta.kategori}' tidak dikenal (pilih: {', '.join(KATEGORI)})")
    if not meta.sumber.strip():
        problems.append("sumber wajib diisi (instansi dan dokumen, mis. 'Bappeda, Perda RTRW 2021')")
    if meta.tahun is not None and not 1900 <= meta.tahun <= 2100:
        problems.append(f"tahun {meta.tahun} tidak masuk akal")
    if problems:
        raise GeodataError("Impor lapisan tematik ditolak; store tidak diubah: " + "; ".join(problems) + ".")


def _kabupaten(store: Path | None) -> shapely.Geometry:
    frame = load_layer("kabupaten", store)
    return shapely.union_all(frame.geometry.to_numpy())


def import_overlay(
    path: Path,
    meta: OverlayMeta,
    actor: str,
    store: Path | None = None,
    *,
    filename: str | None = None,
    client: str | None = None,
) -> OverlayReport:
    """Check, clip and store one overlay as ``actor``; nothing is written on refusal."""
    check_meta(meta)
    name = filename or path.name
    frame = read_overlay_file(path, name)
    prepared = prepare(frame, _kabupaten(store), meta.kolom, name)
    rows = display_rows(prepared.classes, prepared.geoms, meta.kategori)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    impor_id = new_import_id("TEM", sha, store)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    overlay = tematik.Overlay(
        lapisan_id=impor_id,
        judul=meta.judul.strip(),
        kategori=meta.kategori,
        sumber=meta.sumber.strip(),
        tahun=meta.tahun,
        lisensi=(meta.lisensi or "").strip() or None,
        kolom_kelas=prepared.kolom,
        n_fitur=len(prepared.geoms),
        n_dipotong=prepared.dropped_outside,
        jenis_geometri=prepared.family,
        berkas=name,
        waktu=stamp,
    )
    wkbs = shapely.to_wkb(prepared.geoms)
    with write_transaction(store) as con:
        taken = con.execute(
            "SELECT lapisan_id FROM lapisan_tematik WHERE judul = ?", (overlay.judul,)
        ).fetchone()
        if taken:
            raise GeodataError(
                f"Lapisan tematik berjudul '{overlay.judul}' sudah ada ({taken[0]}). Batalkan impor itu "
                "dulu atau beri judul lain (mis. dengan tahunnya). Store tidak diubah."
            )
        tematik.write_overlay(con, overlay, zip(prepared.classes, wkbs, strict=True), rows)
        facts = con.execute("SELECT COUNT(*) FROM fakta_lokasi").fetchone()[0]
        con.execute(
            "INSERT INTO riwayat_impor (impor_id, lapisan, berkas, sha256, baris_baru, baris_diganti, "
            "waktu, oleh) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            (impor_id, tematik.OVERLAY_LAYER, name, sha, overlay.n_fitur, stamp, actor),
        )
    report = OverlayReport(
        impor_id, overlay.judul, overlay.n_fitur, overlay.n_dipotong, prepared.repaired, prepared.kolom, facts
    )
    audit.record_done(
        "impor",
        actor,
        f"{impor_id} lapisan tematik '{overlay.judul}' berkas {name}",
        client=client,
        store=store,
    )
    return report


def import_overlay_for(
    session: Session | None,
    data: bytes,
    filename: str,
    meta: OverlayMeta,
    store: Path | None = None,
    client: str | None = None,
) -> OverlayReport:
    """The page's *Simpan*: the role is checked here, on the server, before the file is read."""
    session = require_role(session, "editor")
    suffix = Path(filename).suffix.lower()[:10]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"unggahan{suffix}"
        path.write_bytes(data)
        return import_overlay(path, meta, session.user, store, filename=Path(filename).name, client=client)


def list_overlays(store: Path | None = None) -> list[tematik.Overlay]:
    """Every stored overlay, oldest first."""
    with read_connection(store) as con:
        return tematik.overlays(con)


@dataclass(frozen=True)
class OverlayDisplay:
    """An overlay as a map draws it: registry row and its display classes (shapes)."""

    overlay: tematik.Overlay
    classes: list[tuple[str, str, int, shapely.Geometry]]  # (kelas, warna, n_fitur, geometry)

    @property
    def vertices(self) -> int:
        """Vertices the browser receives for this overlay."""
        return int(sum(shapely.get_num_coordinates(g) for _, _, _, g in self.classes))


def load_displays(store: Path | None = None) -> list[OverlayDisplay]:
    """Every overlay's display classes (light: the merged, simplified shapes)."""
    with read_connection(store) as con:
        out = []
        for overlay in tematik.overlays(con):
            classes = tematik.display_classes(con, overlay.lapisan_id)
            geoms = shapely.from_wkb(np.array([c.geom for c in classes], dtype=object)) if classes else []
            out.append(
                OverlayDisplay(
                    overlay, [(c.kelas, c.warna, c.n_fitur, g) for c, g in zip(classes, geoms, strict=True)]
                )
            )
    return out
