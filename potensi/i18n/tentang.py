"""Texts of the Tentang data page (where boundaries and codes come from)."""

TEXTS = {
    "tentang_title": {"id": "Tentang data", "en": "About the data"},
    "tentang_boundaries": {
        "id": "**Batas wilayah** — dataset *{name}* oleh Cahya DSN, lisensi {licence}, dipatok pada "
        "commit `{commit}`; setiap berkas dicek sha256-nya sebelum dipakai. Store dibangun {built}.",
        "en": "**Boundaries** — dataset *{name}* by Cahya DSN, {licence} licence, pinned at commit "
        "`{commit}`; every file is checked against its sha256 before use. Store built {built}.",
    },
    "tentang_cleaning": {
        "id": "Kecamatan disusun dari gabungan poligon desa (sehingga berimpit tepat); tumpang-tindih "
        "antar-desa di sumber diberikan ke satu desa dan celah tipis ke desa tetangga dengan batas "
        "bersama terpanjang. Luas adalah luas poligon pada proyeksi UTM zona 49S (total {area} km²); "
        "BPS memakai luas resmi {bps} km².",
        "en": "Kecamatan are dissolved from the desa polygons (so they tile exactly); overlaps between "
        "neighbouring desa in the source were given to one desa and thin gaps to the neighbour sharing "
        "most edge. Areas are polygon areas in UTM zone 49S (total {area} km²); BPS uses the official "
        "{bps} km².",
    },
    "tentang_codes": {
        "id": "**Kode** — kode wilayah Kemendagri (Kepmendagri No 100.1.1-6117 Tahun 2022).",
        "en": "**Codes** — Kemendagri region codes (Kepmendagri No 100.1.1-6117 of 2022).",
    },
}
