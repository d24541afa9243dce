"""The audit log keeps what was written and cannot be rewritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from potensi.data import audit


def test_entries_come_back_newest_first_with_actor_and_detail(tmp_path: Path) -> None:
    store = tmp_path / "peta.gpkg"
    audit.record("impor", "dewi", "IMP-1 ke indikator dari a.xlsx", client="10.0.0.5", store=store)
    audit.record("batal_impor", "os:bappeda", "IMP-1", store=store)
    log = audit.entries(store)
    assert list(log.aksi) == ["batal_impor", "impor"]
    assert list(log.pelaku) == ["os:bappeda", "dewi"]
    assert log.klien.iloc[1] == "10.0.0.5"
    assert audit.audit_path(store).name == "peta.gpkg.pengguna.sqlite"


def test_the_log_refuses_update_and_delete(tmp_path: Path) -> None:
    store = tmp_path / "peta.gpkg"
    audit.record("masuk_gagal", "anonim", "nama: dewi", store=store)
    with sqlite3.connect(audit.audit_path(store)) as con:
        with pytest.raises(sqlite3.IntegrityError, match="hanya dapat ditambah"):
            con.execute("UPDATE jejak_audit SET pelaku = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="hanya dapat ditambah"):
            con.execute("DELETE FROM jejak_audit")
    assert len(audit.entries(store)) == 1


def test_unknown_action_and_long_detail(tmp_path: Path) -> None:
    store = tmp_path / "peta.gpkg"
    with pytest.raises(ValueError):
        audit.record("hapus_semua", "x", "y", store=store)  # type: ignore[arg-type]
    audit.record("impor", "x", "a\nb " + "z" * 5000, store=store)
    detail = audit.entries(store).rincian.iloc[0]
    assert "\n" not in detail and len(detail) == audit.MAX_DETAIL


def test_os_actor_names_the_command_line_user() -> None:
    assert audit.os_actor().startswith("os:") and len(audit.os_actor()) > 3


@pytest.mark.geopackage_only  # a broken accounts file; a PostGIS store has no file to break
def test_an_import_stays_done_when_its_audit_entry_cannot_be_written(
    seeded_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The store committed; a broken accounts file must not make the page say 'not saved'."""
    from potensi.data.importer import import_as
    from potensi.data.tables import history

    csv = seeded_copy.parent / "opd_baru.csv"
    csv.write_text(
        "kode_opd,nama_opd,jenis,aktif,sumber,contoh\nDINAS-UJI-AUDIT,Dinas Uji Audit,dinas,ya,uji,ya\n",
        encoding="utf-8",
    )
    audit.audit_path(seeded_copy).write_bytes(b"bukan berkas sqlite" * 100)
    report = import_as("editor_uji", "opd", csv, store=seeded_copy)
    assert history(seeded_copy).impor_id.iloc[0] == report.record.impor_id
    assert "Jejak audit tidak tertulis" in caplog.text and report.record.impor_id in caplog.text
