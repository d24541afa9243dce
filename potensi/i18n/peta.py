"""Texts of the Peta page (the main map) that no other page uses."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "area_note": {
        "id": (
            "Luas = luas poligon batas wilayah (proyeksi UTM 49S), total {poly} km². "
            "Luas resmi yang dipakai BPS: {bps} km² ({bps_source}). Selisih berasal dari "
            "cara ukur, bukan kesalahan data."
        ),
        "en": (
            "Area = area of the boundary polygons (UTM 49S projection), total {poly} km². "
            "Official area used by BPS: {bps} km² ({bps_source}). The difference comes from "
            "how area is measured, not from a data error."
        ),
    },
    "map_hint": {
        "id": "Klik kecamatan pada peta, atau pilih di samping, untuk memperbesar dan melihat desanya.",
        "en": "Click a district on the map, or pick it in the sidebar, to zoom in and see its villages.",
    },
    "selected_heading": {"id": "Kecamatan {name}", "en": "{name} district"},
    "selected_stats": {
        "id": "Kode {code} · {desa} desa/kelurahan · luas poligon {area} km²",
        "en": "Code {code} · {desa} villages · polygon area {area} km²",
    },
    "desa_table": {"id": "Desa/kelurahan di kecamatan ini", "en": "Villages in this district"},
    "col_kode": {"id": "Kode", "en": "Code"},
    "col_nama": {"id": "Nama", "en": "Name"},
    "col_jenis": {"id": "Jenis", "en": "Type"},
    "col_luas": {"id": "Luas (km²)", "en": "Area (km²)"},
    "kabupaten_summary": {
        "id": "{kec} kecamatan · {desa} desa/kelurahan",
        "en": "{kec} districts · {desa} villages",
    },
    "source_boundaries": {
        "id": (
            "Sumber batas wilayah: wilayah_boundaries oleh Cahya DSN (lisensi MIT), commit "
            "{commit}; kode Kemendagri (Kepmendagri No 100.1.1-6117 Tahun 2022)."
        ),
        "en": (
            "Boundary source: wilayah_boundaries by Cahya DSN (MIT licence), commit "
            "{commit}; Kemendagri codes (Kepmendagri No 100.1.1-6117 of 2022)."
        ),
    },
}
