"""Argument parsing for ``python -m potensi``; each command calls one package function.

Errors meant for the user (``PotensiError``) are printed in Indonesian with exit
code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from potensi.core.config import get_settings
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number


def _geodata_build(args: argparse.Namespace) -> int:
    from potensi.boundaries.build import build_region

    settings = get_settings()
    result = build_region(
        region=args.region or settings.region,
        store=_store_location(args.store) if args.store else settings.store,
        mirror=Path(args.mirror) if args.mirror else settings.mirror,
        base_url=args.base_url,
    )
    print(
        f"Selesai: {result.nama} ({result.region}) — {result.kecamatan} kecamatan, "
        f"{result.desa} desa/kelurahan, luas poligon {format_number(result.luas_km2, 2, 'id')} km² "
        f"(UTM 49S). Store: {result.store}"
    )
    return 0


def _geodata_import(args: argparse.Namespace) -> int:
    from potensi.boundaries.official import import_official_boundaries

    settings = get_settings()
    summary = import_official_boundaries(
        Path(args.file),
        level=args.level,
        name_field=args.name_field,
        code_field=args.code_field,
        store=_store_location(args.store) if args.store else settings.store,
        accept_area_changes=args.setujui_perubahan_luas,
    )
    print(summary)
    return 0


def _geodata_undo(args: argparse.Namespace) -> int:
    from potensi.boundaries.history import undo_boundary_import

    done = undo_boundary_import(args.impor_id, _store_arg(args))
    print(
        f"Impor batas {done.impor_id} ({done.berkas}) dibatalkan: lapisan "
        f"{', '.join(done.layers)} dikembalikan persis seperti sebelum impor."
    )
    return 0


def _overlay_import(args: argparse.Namespace) -> int:
    from potensi.data.audit import os_actor
    from potensi.overlays.layers import OverlayMeta, import_overlay

    meta = OverlayMeta(args.judul, args.kategori, args.sumber, args.tahun, args.lisensi, args.kolom)
    print(import_overlay(Path(args.file), meta, os_actor(), _store_arg(args)).summary())
    return 0


def _overlay_list(args: argparse.Namespace) -> int:
    from potensi.overlays.layers import list_overlays

    found = list_overlays(_store_arg(args))
    if not found:
        print("Belum ada lapisan tematik.")
    for o in found:
        print(
            f"{o.lapisan_id}  {o.judul}  [{o.kategori}, {o.jenis_geometri}]  "
            f"{format_number(o.n_fitur, 0, 'id')} fitur  sumber: {o.sumber}"
            f"{f' ({o.tahun})' if o.tahun else ''}  kelas: {o.kolom_kelas or '-'}"
        )
    return 0


def _overlay_undo(args: argparse.Namespace) -> int:
    from potensi.data import tematik
    from potensi.data.audit import os_actor
    from potensi.data.importer import undo_as
    from potensi.data.tables import import_entry

    store = _store_arg(args)
    entry = import_entry(args.impor_id, store)
    if entry is not None and entry.get("lapisan") != tematik.OVERLAY_LAYER:
        raise PotensiError(
            f"Impor {args.impor_id} bukan lapisan tematik (lapisan {entry.get('lapisan')}, berkas "
            f"{entry.get('berkas')}); tidak ada yang diubah. Batalkan impor data dengan "
            "`python -m potensi data undo`."
        )
    record = undo_as(os_actor(), args.impor_id, store)
    print(f"Lapisan tematik {record.impor_id} ({record.berkas}) dihapus; lokasi diperiksa ulang.")
    return 0


def _assets_install(args: argparse.Namespace) -> int:
    from potensi.viz.assets import install_assets

    target = install_assets()
    print(f"Aset peta (Leaflet) siap di {target}")
    return 0


def _store_arg(args: argparse.Namespace) -> Path | None:
    return _store_location(args.store) if getattr(args, "store", None) else None


def _data_template(args: argparse.Namespace) -> int:
    from potensi.core.errors import StoreMissing
    from potensi.core.store import load_layer
    from potensi.data.templates import write_template

    try:
        names = sorted(load_layer("kecamatan", _store_arg(args)).nama)
    except StoreMissing:
        names = []
    path = write_template(args.layer, Path(args.file), names)
    print(f"Templat {args.layer} ditulis ke {path}")
    return 0


def _data_import(args: argparse.Namespace) -> int:
    from potensi.data.audit import os_actor
    from potensi.data.importer import import_as

    # the same importer as the Kelola Data page; the actor is who ran the command
    report = import_as(os_actor(), args.layer, Path(args.file), store=_store_arg(args), replace=args.ganti)
    print(report.summary())
    return 0


def _data_import_bps(args: argparse.Namespace) -> int:
    from potensi.data.audit import os_actor
    from potensi.data.bps import BpsOptions, bps_reader, read_bps
    from potensi.data.importer import import_as, load_context

    index = load_context(_store_arg(args)).wilayah
    path = Path(args.file)
    if args.jenis != "kecamatan":
        return _data_import_bps_sector(args, path, index)
    if not args.indikator:
        raise PotensiError("--indikator wajib untuk tabel per kecamatan (mis. --indikator penduduk)")
    options = BpsOptions(
        indikator=args.indikator, satuan=args.satuan, sumber=args.sumber, tahun=args.tahun, kolom=args.kolom
    )
    table = read_bps(path, path.name, options, index)
    if table.values:  # the table as understood, before anything is written
        print(
            f"Tabel dibaca: {len({v.kode for v in table.values})} kecamatan, "
            f"kolom {table.column_label or '-'}"
        )
        print(table.matrix().to_string(index=False))
    for skipped in table.skipped:
        print(f"  dilewati {skipped.ref} '{skipped.text}': {skipped.why}")
    # the same importer as every other file: validation, transaction, history, undo
    report = import_as(
        os_actor(),
        "indikator",
        path,
        store=_store_arg(args),
        replace=args.ganti,
        reader=bps_reader(options, index),
    )
    print(report.summary())
    return 0


def _data_import_bps_sector(args: argparse.Namespace, path: Path, index) -> int:  # noqa: ANN001
    """``--jenis pdrb`` / ``produksi``: a sector table into the keys the Analisis methods read."""
    from functools import partial

    from potensi.data.audit import os_actor
    from potensi.data.bps_sektor import (
        ProductionOptions,
        SectorOptions,
        read_pdrb,
        read_production,
        sector_reader,
    )
    from potensi.data.importer import import_as

    if args.jenis == "pdrb":
        read = partial(
            read_pdrb,
            options=SectorOptions(
                harga=args.harga,
                wilayah=args.wilayah,
                sumber=args.sumber,
                satuan=args.satuan,
                tahun=args.tahun,
            ),
        )
    else:
        read = partial(
            read_production,
            options=ProductionOptions(tahun=args.tahun, sumber=args.sumber, satuan=args.satuan),
            index=index,
        )
    table = read(path, path.name)
    if table.figures:
        what = f"PDRB {table.harga.upper()} {table.wilayah}" if args.jenis == "pdrb" else "produksi"
        print(f"Tabel dibaca: {what}, {len(table.figures)} angka, satuan {table.satuan}")
        print(table.matrix().to_string(index=False))
    for skipped in table.skipped:
        print(f"  dilewati {skipped.ref} '{skipped.text}': {skipped.why}")
    report = import_as(
        os_actor(),
        "indikator",
        path,
        store=_store_arg(args),
        replace=args.ganti,
        reader=sector_reader(read),
    )
    print(report.summary())
    return 0


def _data_export(args: argparse.Namespace) -> int:
    from potensi.data.export import export_layer

    path = export_layer(args.layer, Path(args.file), _store_arg(args))
    print(f"Lapisan {args.layer} diekspor ke {path}")
    return 0


def _data_history(args: argparse.Namespace) -> int:
    from potensi.data.tables import history

    frame = history(_store_arg(args))
    if frame.empty:
        print("Belum ada impor.")
        return 0
    frame = frame.drop(columns=["sha256"]).fillna({"dibatalkan": "-", "oleh": "-"})
    print(frame.to_string(index=False))
    return 0


def _data_undo(args: argparse.Namespace) -> int:
    from potensi.boundaries.history import is_boundary_import
    from potensi.data.audit import os_actor
    from potensi.data.importer import undo_as

    if is_boundary_import(args.impor_id, _store_arg(args)):
        return _geodata_undo(args)
    record = undo_as(os_actor(), args.impor_id, _store_arg(args))
    print(
        f"Impor {record.impor_id} ({record.lapisan}, {record.berkas}) dibatalkan: "
        f"{record.baris_baru} baris dihapus, {record.baris_diganti} baris dikembalikan."
    )
    return 0


def _data_seed(args: argparse.Namespace) -> int:
    from potensi.data.seed import seed_store

    print("Memuat data awal (data/seed) …")
    made = seed_store(_store_arg(args))
    print(f"Selesai: {len(made)} impor baru.")
    return 0


def _data_docs(args: argparse.Namespace) -> int:
    from potensi.core.config import REPO_ROOT
    from potensi.data.docs import layers_markdown

    target = REPO_ROOT / "docs" / "layers.md"
    target.write_text(layers_markdown(), encoding="utf-8")
    print(f"Dokumentasi lapisan ditulis ke {target}")
    return 0


def _store_location(text: str) -> Path | str:
    """``--store``: a GeoPackage's path, or a ``postgresql://`` URL kept as it is."""
    from potensi.core.config import POSTGRES_SCHEMES

    return text if text.startswith(POSTGRES_SCHEMES) else Path(text)


def _store_copy(args: argparse.Namespace) -> int:
    from potensi.data.store_copy import copy_store

    source, target = _store_location(args.source), _store_location(args.target)
    report = copy_store(source, target, args.ganti, progress=print)
    width = max(len(check.name) for check in report.checks)
    for check in report.checks:
        mark = "cocok" if check.ok else "TIDAK COCOK"
        print(
            f"  {check.kind:<8} {check.name:<{width}}  {format_number(check.rows_source, 0, 'id'):>9} → "
            f"{format_number(check.rows_target, 0, 'id'):>9} baris  sha256 {check.sum_target[:12]}  {mark}"
        )
    if not report.accounts_copied:
        print("  Akun dan jejak audit tidak disalin: store tujuan sudah mempunyai akunnya sendiri.")
    seconds = format_number(report.seconds, 1, "id")
    if not report.ok:
        print(f"Salinan {report.source} → {report.target} TIDAK sama dengan asalnya ({seconds} detik).")
        return 1
    print(
        f"Store {report.source} disalin ke {report.target}: {len(report.checks)} lapisan/tabel, jumlah baris "
        f"dan checksum sama semuanya ({seconds} detik)."
    )
    return 0


def _store_backup(args: argparse.Namespace) -> int:
    from potensi.core.store import backup_store, backups

    made = backup_store(_store_arg(args), Path(args.folder) if args.folder else None, args.keep)
    kept = backups(_store_arg(args), made.parent)
    print(f"Cadangan dibuat: {made} ({len(kept)} cadangan disimpan di {made.parent}).")
    return 0


def _store_restore(args: argparse.Namespace) -> int:
    from potensi.core.store import restore_store

    target = restore_store(Path(args.file), _store_arg(args))
    print(
        f"Store {target} dipulihkan dari {args.file}. Isi sebelumnya dicadangkan lebih dulu "
        "(lihat `python -m potensi store list`)."
    )
    return 0


def _store_list(args: argparse.Namespace) -> int:
    from potensi.core.store import backups

    found = backups(_store_arg(args), Path(args.folder) if args.folder else None)
    if not found:
        print("Belum ada cadangan.")
    for path in reversed(found):
        print(f"{path}  ({format_number(path.stat().st_size / 1024, 0, 'id')} KB)")
    return 0


def _brief(args: argparse.Namespace) -> int:
    from potensi.brief import load_store
    from potensi.brief.kecamatan import kecamatan_brief
    from potensi.brief.peluang import opportunity_brief

    boundaries, data = load_store(_store_arg(args))
    base_url = get_settings().public_url
    if args.kind == "peluang":
        from potensi.overlays.sites import read_facts

        facts = read_facts(_store_arg(args))
        pdf = opportunity_brief(args.key, boundaries, data, args.lang, base_url, facts=facts)
    else:
        pdf = kecamatan_brief(args.key, boundaries, data, args.lang, base_url)
    target = Path(args.output)
    target.write_bytes(pdf)
    print(f"Ringkasan {args.kind} {args.key} ({args.lang}) ditulis ke {target} ({len(pdf) // 1024} KB)")
    if not base_url:
        print("Catatan: PETA_PUBLIC_URL belum diatur, jadi ringkasan tanpa kode QR.")
    return 0


def _iid(args: argparse.Namespace) -> int:
    """The year's IID estimate as the IID page computes it, for a terminal or a report."""
    from potensi.core.store import load_layer
    from potensi.data.schema import IID_TABLES
    from potensi.data.tables import read_rows
    from potensi.i18n import t
    from potensi.views import iid as view

    store = _store_arg(args)
    data = {name: read_rows(name, store) for name in ("indikator", "inovasi", "potensi", *IID_TABLES)}
    year = args.tahun or view.default_year()
    bench = view.workbench(data, year)
    lang = args.lang
    kabupaten = str(load_layer("kabupaten", store).kode.iloc[0])
    print(view.rules_note(bench.rules, lang))
    if bench.estimate.example_rows:
        print(t("iid_example_warning", lang, n=bench.estimate.example_rows))
    for title, table in (
        (t("iid_how_heading", lang), view.figure_rows(bench.estimate, lang)),
        (
            t("iid_history_heading", lang),
            view.history_rows(view.official_results(data, kabupaten), bench.estimate, lang),
        ),
        (t("iid_gains_heading", lang), view.gain_rows(bench.estimate, lang, limit=args.top)),
    ):
        print(f"\n== {title}")
        print(table.to_string(index=False))
    print(f"\n{view.floor_text(bench.estimate, lang)}")
    return 0


def _poster(args: argparse.Namespace) -> int:
    from urllib.parse import parse_qsl

    from potensi.brief import load_store
    from potensi.data.indicators import indicator_options
    from potensi.poster import make_poster
    from potensi.views.state import from_query

    boundaries, data = load_store(_store_arg(args))
    params = dict(parse_qsl(args.view.lstrip("?"))) if args.view else {}
    for name in ("lang", "indikator", "klasifikasi", "tahun", "layers"):
        if getattr(args, name, None):
            params[name] = str(getattr(args, name))
    indicators = tuple(indicator_options(boundaries.kecamatan, data))
    if params.get("indikator") and params["indikator"] not in indicators:
        raise PotensiError(f"Indikator {params['indikator']} tidak ada; pilihan: {', '.join(indicators)}")
    state = from_query(params, tuple(boundaries.kecamatan.kode), tuple(data["opd"].kode_opd), indicators)
    settings = get_settings()
    output = make_poster(
        boundaries, data, state, args.size, args.format, settings.agency_name, settings.agency_logo
    )
    target = Path(args.output)
    target.write_bytes(output)
    print(f"Peta cetak {args.size} ({args.format}) ditulis ke {target} ({len(output) // 1024} KB)")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    """The new password: one line of stdin with ``--password-stdin``, else typed twice (not echoed)."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Kata sandi baru: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise PotensiError("Kedua kata sandi tidak sama; tidak ada yang diubah.")
    return first


def _users_add(args: argparse.Namespace) -> int:
    from potensi.data.users import add_user

    user = add_user(args.name, args.role, _read_password(args), _store_arg(args))
    print(f"Akun {user.nama} (peran {user.peran}) dibuat.")
    return 0


def _users_passwd(args: argparse.Namespace) -> int:
    from potensi.data.users import set_password

    set_password(args.name, _read_password(args), _store_arg(args))
    print(f"Kata sandi akun {args.name} diganti (kunci karena gagal masuk dibuka).")
    return 0


def _users_disable(args: argparse.Namespace) -> int:
    from potensi.data.users import disable_user

    disable_user(args.name, _store_arg(args))
    print(f"Akun {args.name} dinonaktifkan; sesinya berakhir pada langkah berikutnya di dasbor.")
    return 0


def _users_enable(args: argparse.Namespace) -> int:
    from potensi.data.users import enable_user

    enable_user(args.name, _store_arg(args))
    print(f"Akun {args.name} diaktifkan lagi (kata sandinya tetap).")
    return 0


def _users_role(args: argparse.Namespace) -> int:
    from potensi.data.users import set_role

    if set_role(args.name, args.role, _store_arg(args)):
        print(f"Peran akun {args.name} sekarang {args.role}; sesinya berakhir pada langkah berikutnya.")
    else:
        print(f"Akun {args.name} sudah berperan {args.role}; tidak ada yang diubah.")
    return 0


def _audit_list(args: argparse.Namespace) -> int:
    from potensi.data.audit import entries

    log = entries(_store_arg(args), limit=args.limit)
    if log.empty:
        print("Jejak audit masih kosong.")
        return 0
    print(log.fillna({"klien": "-"}).to_string(index=False))
    return 0


def _audit_export(args: argparse.Namespace) -> int:
    from potensi.views.admin import audit_csv, audit_entries, audit_table, audit_xlsx

    target = Path(args.file)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        raise PotensiError(f"Berkas {target.name}: pilih akhiran .csv atau .xlsx.")
    table = audit_table(audit_entries(_store_arg(args)), "id")
    target.write_bytes(audit_csv(table) if target.suffix.lower() == ".csv" else audit_xlsx(table))
    print(f"Jejak audit ({format_number(len(table), 0, 'id')} catatan) diekspor ke {target}")
    return 0


def _users_list(args: argparse.Namespace) -> int:
    from potensi.data.users import list_users

    found = list_users(_store_arg(args))
    if not found:
        print("Belum ada akun. Buat dengan `python -m potensi users add NAMA --role editor`.")
    for user in found:
        print(f"{user.nama}\t{user.peran}\t{'aktif' if user.aktif else 'nonaktif'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The full command tree (also used by the README test of documented commands)."""
    parser = argparse.ArgumentParser(prog="python -m potensi", description="Peta Potensi")
    commands = parser.add_subparsers(dest="command", required=True)

    geodata = commands.add_parser("geodata", help="batas wilayah").add_subparsers(
        dest="action", required=True
    )
    build = geodata.add_parser("build", help="bangun store batas wilayah dari upstream/mirror")
    build.add_argument("--region", help="kode kabupaten/kota Kemendagri, mis. 35.05")
    build.add_argument("--mirror", help="folder mirror berlapis upstream (PETA_GEODATA_MIRROR)")
    build.add_argument("--base-url", help="URL dasar lain dengan lapisan upstream")
    build.add_argument("--store", help="berkas GeoPackage tujuan (PETA_STORE)")
    build.set_defaults(func=_geodata_build)

    imp = geodata.add_parser("import", help="ganti batas dengan berkas resmi (GeoJSON/GPKG/SHP zip)")
    imp.add_argument("file")
    imp.add_argument("--level", choices=["kecamatan", "desa"], default="kecamatan")
    imp.add_argument("--name-field", help="kolom nama wilayah (mis. NAMOBJ, WADMKC)")
    imp.add_argument("--code-field", help="kolom kode Kemendagri (mis. KDCPUM), bila ada")
    imp.add_argument("--store", help="berkas GeoPackage tujuan (PETA_STORE)")
    imp.add_argument(
        "--setujui-perubahan-luas",
        action="store_true",
        help="terima kecamatan yang luasnya berubah >10%% atau wilayah lama yang tak lagi tercakup",
    )
    imp.set_defaults(func=_geodata_import)
    gundo = geodata.add_parser("undo", help="batalkan satu impor batas wilayah (persis)")
    gundo.add_argument("impor_id")
    gundo.add_argument("--store")
    gundo.set_defaults(func=_geodata_undo)

    overlay = commands.add_parser(
        "overlay", help="lapisan tematik (RTRW, jaringan, rawan bencana)"
    ).add_subparsers(dest="overlay_command", required=True)
    oimp = overlay.add_parser(
        "import", help="impor GeoJSON/GPKG/SHP zip (CRS apa pun) sebagai lapisan tematik"
    )
    oimp.add_argument("file")
    oimp.add_argument("--judul", required=True, help="judul lapisan, mis. 'RTRW Kabupaten Blitar 2021'")
    oimp.add_argument("--kategori", required=True, choices=["zonasi", "jaringan", "rawan_bencana", "lainnya"])
    oimp.add_argument("--sumber", required=True, help="instansi/dokumen sumber")
    oimp.add_argument("--tahun", type=int)
    oimp.add_argument("--lisensi")
    oimp.add_argument("--kolom", help="kolom yang menamai/mengelaskan fitur (mis. POLA_RUANG)")
    oimp.add_argument("--store")
    oimp.set_defaults(func=_overlay_import)
    olist = overlay.add_parser("list", help="daftar lapisan tematik")
    olist.add_argument("--store")
    olist.set_defaults(func=_overlay_list)
    oundo = overlay.add_parser("undo", help="hapus satu lapisan tematik (batalkan impornya)")
    oundo.add_argument("impor_id")
    oundo.add_argument("--store")
    oundo.set_defaults(func=_overlay_undo)

    from potensi.data.schema import TABLES

    data = commands.add_parser("data", help="lapisan data: templat, impor, ekspor, riwayat").add_subparsers(
        dest="action", required=True
    )
    layer_choices = list(TABLES)
    for name, helptext, func, needs_file in (
        ("template", "tulis templat Excel lapisan", _data_template, True),
        ("import", "impor CSV/XLSX ke lapisan (semua atau tidak sama sekali)", _data_import, True),
        ("export", "ekspor lapisan ke .csv/.xlsx/.geojson", _data_export, True),
    ):
        sub = data.add_parser(name, help=helptext)
        sub.add_argument("layer", choices=layer_choices)
        if needs_file:
            sub.add_argument("file")
        sub.add_argument("--store", help="berkas GeoPackage (PETA_STORE)")
        if name == "import":
            sub.add_argument(
                "--ganti",
                action="store_true",
                help="izinkan mengganti baris yang kuncinya sudah ada (tanpa ini impor seperti itu ditolak)",
            )
        sub.set_defaults(func=func)
    bps = data.add_parser(
        "import-bps", help="impor tabel BPS per kecamatan (XLSX/CSV seperti diunduh) ke indikator"
    )
    bps.add_argument("file")
    bps.add_argument(
        "--jenis",
        choices=("kecamatan", "pdrb", "produksi"),
        default="kecamatan",
        help="jenis tabel: kecamatan (satu indikator per kecamatan, bawaan), pdrb (PDRB menurut "
        "lapangan usaha) atau produksi (produksi per kecamatan × komoditas)",
    )
    bps.add_argument("--indikator", help="kunci indikator, mis. penduduk (wajib untuk --jenis kecamatan)")
    bps.add_argument(
        "--harga", choices=("adhb", "adhk"), help="PDRB: harga berlaku/konstan (bawaan: dari judul)"
    )
    bps.add_argument(
        "--wilayah", choices=("35.05", "35"), help="PDRB: kabupaten atau provinsi (bawaan: dari judul)"
    )
    bps.add_argument("--satuan", help="satuan (bawaan: dari judul tabel, mis. '(jiwa)')")
    bps.add_argument("--sumber", help="sumber (bawaan: baris 'Sumber:' di bawah tabel)")
    bps.add_argument("--tahun", type=int, help="tahun data bila tabel tidak menyebutnya")
    bps.add_argument("--kolom", default="jumlah", help="sub-kolom per tahun (bawaan: Jumlah)")
    bps.add_argument("--ganti", action="store_true", help="izinkan mengganti angka yang sudah ada")
    bps.add_argument("--store", help="berkas GeoPackage (PETA_STORE)")
    bps.set_defaults(func=_data_import_bps)
    hist = data.add_parser("history", help="riwayat impor")
    hist.add_argument("--store")
    hist.set_defaults(func=_data_history)
    undo = data.add_parser("undo", help="batalkan satu impor")
    undo.add_argument("impor_id")
    undo.add_argument("--store")
    undo.set_defaults(func=_data_undo)
    seed = data.add_parser("seed", help="muat data awal dari data/seed")
    seed.add_argument("--store")
    seed.set_defaults(func=_data_seed)
    docs = data.add_parser("docs", help="tulis docs/layers.md dari skema")
    docs.set_defaults(func=_data_docs)

    store = commands.add_parser("store", help="cadangan, pemulihan dan salinan store").add_subparsers(
        dest="action", required=True
    )
    backup = store.add_parser("backup", help="salinan store yang konsisten (aman saat dasbor berjalan)")
    backup.add_argument("folder", nargs="?", help="folder cadangan (bawaan: cadangan/ di samping store)")
    backup.add_argument("--keep", type=int, help="jumlah cadangan terbaru yang disimpan (PETA_BACKUP_KEEP)")
    backup.add_argument("--store")
    backup.set_defaults(func=_store_backup)
    restore = store.add_parser("restore", help="pulihkan store dari berkas cadangan (diperiksa dulu)")
    restore.add_argument("file")
    restore.add_argument("--store")
    restore.set_defaults(func=_store_restore)
    listing = store.add_parser("list", help="daftar cadangan, terbaru dulu")
    listing.add_argument("folder", nargs="?")
    listing.add_argument("--store")
    listing.set_defaults(func=_store_list)
    copy = store.add_parser(
        "copy",
        help="salin seluruh store GeoPackage ↔ PostGIS, lalu periksa jumlah baris dan checksum tiap lapisan",
    )
    copy.add_argument(
        "source", help="store asal: berkas .gpkg atau postgresql://pengguna@host:port/basisdata"
    )
    copy.add_argument("target", help="store tujuan: berkas .gpkg atau postgresql://…")
    copy.add_argument("--ganti", action="store_true", help="ganti isi store tujuan yang sudah berisi data")
    copy.set_defaults(func=_store_copy)

    users = commands.add_parser("users", help="akun masuk (editor, admin)").add_subparsers(
        dest="action", required=True
    )
    for name, helptext, func in (
        ("add", "buat akun (kata sandi diminta, atau satu baris stdin dengan --password-stdin)", _users_add),
        ("passwd", "ganti kata sandi akun (dan buka kuncinya)", _users_passwd),
        ("disable", "nonaktifkan akun (bukan admin aktif terakhir)", _users_disable),
        ("enable", "aktifkan lagi akun yang dinonaktifkan", _users_enable),
        ("role", "ubah peran akun (admin aktif terakhir tetap admin)", _users_role),
    ):
        sub = users.add_parser(name, help=helptext)
        sub.add_argument("name")
        if name in ("add", "role"):
            sub.add_argument("--role", choices=["editor", "admin"], required=True)
        if name in ("add", "passwd"):
            sub.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
        sub.add_argument("--store", help="store yang akunnya diatur (PETA_STORE; berkas akun PETA_USERS_DB)")
        sub.set_defaults(func=func)
    ulist = users.add_parser("list", help="daftar akun")
    ulist.add_argument("--store")
    ulist.set_defaults(func=_users_list)

    audit = commands.add_parser("audit", help="jejak audit (hanya dapat ditambah)").add_subparsers(
        dest="action", required=True
    )
    alist = audit.add_parser("list", help="catatan jejak audit, terbaru dulu")
    alist.add_argument("--limit", type=int, default=50, help="jumlah catatan terbaru (bawaan 50)")
    alist.add_argument("--store")
    alist.set_defaults(func=_audit_list)
    aexport = audit.add_parser("export", help="ekspor seluruh jejak audit ke .csv/.xlsx")
    aexport.add_argument("file")
    aexport.add_argument("--store")
    aexport.set_defaults(func=_audit_export)

    brief = commands.add_parser("brief", help="ringkasan investor (PDF A4) satu peluang atau kecamatan")
    brief.add_argument("kind", choices=["peluang", "kecamatan"])
    brief.add_argument("key", help="ID peluang (mis. PI-CONTOH-01) atau kode kecamatan (mis. 35.05.13)")
    brief.add_argument("--lang", choices=["id", "en"], default="id")
    brief.add_argument("-o", "--output", required=True, help="berkas PDF tujuan")
    brief.add_argument("--store")
    brief.set_defaults(func=_brief)

    poster = commands.add_parser("poster", help="peta potensi cetak (A3/A1 mendatar, PDF/SVG vektor)")
    poster.add_argument("--size", choices=["A3", "A1"], default="A3")
    poster.add_argument("--format", choices=["pdf", "svg"], default="pdf")
    poster.add_argument("--lang", choices=["id", "en"])
    poster.add_argument("--indikator", help="indikator pewarna kecamatan (bawaan: luas)")
    poster.add_argument("--klasifikasi", choices=["quantiles", "natural_breaks", "equal_interval"])
    poster.add_argument("--tahun", type=int, help="tahun data")
    poster.add_argument("--layers", help="lapisan titik dipisah koma, mis. potensi,peluang,inovasi,desa")
    poster.add_argument(
        "--view", help="tampilan dari URL dasbor, mis. 'indikator=count_potensi&layers=potensi'"
    )
    poster.add_argument("-o", "--output", required=True, help="berkas tujuan (.pdf atau .svg)")
    poster.add_argument("--store")
    poster.set_defaults(func=_poster)

    iid = commands.add_parser("iid", help="perkiraan Indeks Inovasi Daerah tahun ini (seperti halaman IID)")
    iid.add_argument("--tahun", type=int, help="tahun penilaian (bawaan: tahun berjalan)")
    iid.add_argument("--lang", choices=["id", "en"], default="id")
    iid.add_argument("--top", type=int, default=10, help="banyak langkah terbaik yang ditampilkan")
    iid.add_argument("--store")
    iid.set_defaults(func=_iid)

    assets = commands.add_parser("assets", help="aset JavaScript/CSS peta").add_subparsers(
        dest="action", required=True
    )
    install = assets.add_parser("install", help="salin Leaflet dari paket PyPI ke static/vendor")
    install.set_defaults(func=_assets_install)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; user errors become a message and exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PotensiError as exc:
        print(f"GAGAL: {exc}", file=sys.stderr)
        return 2
