"""UI texts of the analisis page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "analisis_title": {"id": "Analisis potensi", "en": "Potential analysis"},
    "analisis_method": {"id": "Metode", "en": "Method"},
    "analisis_metode_indeks": {"id": "Indeks komposit", "en": "Composite index"},
    "analisis_metode_sektor": {
        "id": "Sektor: LQ, shift-share, Klassen",
        "en": "Sectors: LQ, shift-share, Klassen",
    },
    "analisis_metode_komoditas": {"id": "Komoditas kecamatan (LQ)", "en": "District commodities (LQ)"},
    "analisis_metode_hierarki": {"id": "Skalogram & sentralitas", "en": "Scalogram & centrality"},
    "analisis_metode_klassen_wilayah": {
        "id": "Tipologi Klassen kecamatan",
        "en": "Klassen typology of districts",
    },
    "analisis_intro": {
        "id": (
            "Pilih indikator kecamatan, arah dan bobotnya (manual atau AHP); hasilnya diperingkat, "
            "dipetakan, dapat diunduh, dan dapat disimpan sebagai indikator untuk peta utama."
        ),
        "en": (
            "Pick district indicators, their direction and weights (by hand or AHP); the result is "
            "ranked, mapped, downloadable, and can be saved as an indicator for the main map."
        ),
    },
    "analisis_indicators": {
        "id": "Indikator (tersedia untuk ke-22 kecamatan)",
        "en": "Indicators (known for all 22 districts)",
    },
    "analisis_pick_two": {"id": "Pilih paling sedikit dua indikator.", "en": "Pick at least two indicators."},
    "analisis_direction_heading": {
        "id": "Arah indikator: makin tinggi atau makin rendah makin baik?",
        "en": "Direction of each indicator: is higher or lower better?",
    },
    "analisis_direction_help": {
        "id": (
            "Tidak ada arah bawaan: setiap indikator mulai dengan arah belum dipilih. Tentukan sendiri, "
            "misalnya apakah desa/kelurahan yang lebih banyak memang lebih baik. Indeks dihitung "
            "setelah setiap indikator punya arah."
        ),
        "en": (
            "No default direction: every indicator starts with none set. Decide yourself, e.g. whether "
            "more desa/kelurahan really is better. The index is computed once every indicator has a "
            "direction."
        ),
    },
    "analisis_direction_tinggi": {"id": "Makin tinggi makin baik", "en": "Higher is better"},
    "analisis_direction_rendah": {"id": "Makin rendah makin baik", "en": "Lower is better"},
    "analisis_direction_missing": {
        "id": "Indeks belum dihitung: arah belum dipilih untuk {n} indikator ({names}).",
        "en": "No index yet: the direction is not set for {n} indicator(s) ({names}).",
    },
    "analisis_weight_mode": {"id": "Bobot", "en": "Weights"},
    "analisis_weight_manual": {"id": "Isi manual", "en": "By hand"},
    "analisis_weight_ahp": {"id": "Perbandingan berpasangan (AHP)", "en": "Pairwise comparison (AHP)"},
    "analisis_ahp_help": {
        "id": "Skala Saaty: 3 = kiri sedikit lebih penting, 9 = mutlak lebih penting; "
        "1/3 = kanan lebih penting.",
        "en": "Saaty scale: 3 = left slightly more important, 9 = absolutely; 1/3 = right more important.",
    },
    "analisis_cr": {
        "id": "Rasio konsistensi (CR) = {cr} (ditolak bila > 0,10)",
        "en": "Consistency ratio (CR) = {cr} (refused above 0.10)",
    },
    "analisis_example": {
        "id": "Sebagian masukan adalah DATA CONTOH: hasil ini hanya peragaan.",
        "en": "Some inputs are EXAMPLE DATA: this result is a demonstration.",
    },
    "an_input_title": {"id": "Masukan metode ini", "en": "Inputs of this method"},
    "an_input_real": {
        "id": "{what} {years}: data nyata (sumber: {sources})",
        "en": "{what} {years}: real data (source: {sources})",
    },
    "an_input_example": {
        "id": "{what} {years}: DATA CONTOH (bukan angka resmi)",
        "en": "{what} {years}: EXAMPLE DATA (not official figures)",
    },
    "an_input_mixed": {
        "id": (
            "{what} {years}: campuran, {real} angka nyata dan {example} angka contoh "
            "(contoh: {example_years}; sumber yang nyata: {sources})"
        ),
        "en": (
            "{what} {years}: mixed, {real} real figures and {example} example figures "
            "(example: {example_years}; source of the real ones: {sources})"
        ),
    },
    "an_input_level_provinsi": {"id": "provinsi", "en": "province"},
    "an_input_level_kabupaten": {"id": "kabupaten", "en": "regency"},
    "an_input_level_kecamatan": {"id": "kecamatan", "en": "district"},
    "an_input_level_desa": {"id": "desa", "en": "village"},
    "an_input_pdrb": {"id": "PDRB {level} ADHK", "en": "GRDP of the {level} at constant prices"},
    "an_input_nilai_produksi": {
        "id": "Nilai produksi komoditas per kecamatan",
        "en": "Commodity production value by district",
    },
    "an_input_produksi": {
        "id": "Produksi komoditas per kecamatan",
        "en": "Commodity production by district",
    },
    "an_input_komoditas_kabupaten": {
        "id": "Angka komoditas kabupaten (acuan)",
        "en": "Regency commodity figures (reference)",
    },
    "an_input_fasilitas": {"id": "Fasilitas per kecamatan", "en": "Facilities by district"},
    "an_input_pendapatan": {
        "id": "PDRB per kapita kecamatan",
        "en": "GRDP per capita by district",
    },
    "an_input_pendapatan_kabupaten": {
        "id": "PDRB per kapita kabupaten (acuan)",
        "en": "Regency GRDP per capita (reference)",
    },
    "analisis_ranking": {"id": "Peringkat kecamatan", "en": "District ranking"},
    "analisis_rank": {"id": "Peringkat", "en": "Rank"},
    "analisis_note": {"id": "Catatan", "en": "Note"},
    "analisis_index": {"id": "Indeks potensi", "en": "Potential index"},
    "analisis_source": {
        "id": "Peta Potensi: indeks komposit min-max",
        "en": "Peta Potensi: min-max composite index",
    },
    "analisis_download": {"id": "Unduh hasil (XLSX)", "en": "Download result (XLSX)"},
    "analisis_save": {"id": "Simpan sebagai indikator peta", "en": "Save as a map indicator"},
}
