"""Argument parsing for ``python -m potensi``; each command calls one package function.

Errors meant for the user (``PotensiError``) are printed in Indonesian with exit
code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from potensi.config import get_settings
from potensi.errors import PotensiError


def _geodata_build(args: argparse.Namespace) -> int:
    from potensi.boundaries.build import build_region

    settings = get_settings()
    result = build_region(
        region=args.region or settings.region,
        store=Path(args.store) if args.store else settings.store,
        mirror=Path(args.mirror) if args.mirror else settings.mirror,
        base_url=args.base_url,
    )
    print(
        f"Selesai: {result.nama} ({result.region}) — {result.kecamatan} kecamatan, "
        f"{result.desa} desa/kelurahan, luas poligon {result.luas_km2:,.2f} km² "
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
        store=Path(args.store) if args.store else settings.store,
    )
    print(summary)
    return 0


def _assets_install(args: argparse.Namespace) -> int:
    from potensi.viz.assets import install_assets

    target = install_assets()
    print(f"Aset peta (Leaflet) siap di {target}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The full command tree (also used by the README test of documented commands)."""
    parser = argparse.ArgumentParser(prog="python -m potensi", description="Peta Potensi")
    commands = parser.add_subparsers(dest="command", required=True)

    geodata = commands.add_parser("geodata", help="batas wilayah").add_subparsers(
        dest="action", required=True)
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
    imp.set_defaults(func=_geodata_import)

    assets = commands.add_parser("assets", help="aset JavaScript/CSS peta").add_subparsers(
        dest="action", required=True)
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
