"""UI texts of the commodity analysis (LQ of the kecamatan against the kabupaten)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "an_kom_basis": {"id": "Dasar perhitungan", "en": "Computed on"},
    "an_kom_basis_nilai": {"id": "nilai produksi (Rp)", "en": "production value (Rp)"},
    "an_kom_basis_volume": {
        "id": "volume produksi (ton, tabel BPS)",
        "en": "production volume (tonnes, BPS table)",
    },
    "an_kom_intro": {
        "id": (
            "LQ komoditas tiap kecamatan terhadap kabupaten, dari nilai produksi (volume × harga) dalam satu "
            "satuan: LQ di atas 1 berarti kecamatan lebih terspesialisasi pada komoditas itu daripada "
            "kabupaten."
        ),
        "en": (
            "Commodity LQ of each district against the regency, from production value (volume × price) in "
            "one unit: above 1 the district is more specialised in the commodity than the regency."
        ),
    },
    "an_kom_no_data": {
        "id": (
            "Belum ada nilai produksi komoditas per kecamatan (indikator nilai_produksi_<komoditas>, satu "
            "satuan untuk semua komoditas)."
        ),
        "en": (
            "No commodity production values per district yet (indicators nilai_produksi_<commodity>, one "
            "unit for every commodity)."
        ),
    },
    "an_kom_year": {"id": "Tahun", "en": "Year"},
    "an_kom_start": {"id": "Tahun awal DLQ", "en": "DLQ first year"},
    "an_kom_commodity": {"id": "Komoditas untuk peta", "en": "Commodity for the map"},
    "an_kom_caption": {
        "id": "Acuan: {reference} · satuan {unit} · tahun {year}",
        "en": "Reference: {reference} · unit {unit} · year {year}",
    },
    "an_kom_two_years": {
        "id": (
            "DLQ dihitung dari dua tahun saja ({start}–{end}); referensi menganjurkan minimal tiga tahun, "
            "jadi baca arah perubahannya dengan hati-hati."
        ),
        "en": (
            "DLQ is computed from two years only ({start}–{end}); the reference notes advise at least three, "
            "so read the direction with care."
        ),
    },
    "an_kom_table": {"id": "LQ {komoditas} per kecamatan", "en": "LQ of {komoditas} per district"},
    "an_kom_matrix": {"id": "Matriks LQ kecamatan × komoditas", "en": "LQ matrix, district × commodity"},
    "an_kom_map_title": {"id": "LQ {komoditas} {year}", "en": "LQ {komoditas} {year}"},
    "an_kom_source": {
        "id": "Peta Potensi: LQ terhadap {reference}",
        "en": "Peta Potensi: LQ against {reference}",
    },
    "an_kom_col_value": {"id": "Nilai produksi", "en": "Production value"},
    "an_kom_col_slq": {"id": "SLQ", "en": "SLQ"},
    "an_kom_col_dlq": {"id": "DLQ", "en": "DLQ"},
    "an_kom_col_class": {"id": "Klasifikasi", "en": "Classification"},
    "an_kom_download": {"id": "Unduh hasil komoditas (XLSX)", "en": "Download commodity results (XLSX)"},
    "an_kom_save": {
        "id": "Simpan LQ {komoditas} sebagai indikator peta",
        "en": "Save LQ of {komoditas} as a map indicator",
    },
    "an_kom_reference_sum": {"id": "jumlah {n} kecamatan", "en": "sum of the {n} districts"},
    "an_kom_reference_published": {
        "id": "angka kabupaten yang tercatat",
        "en": "the recorded regency figures",
    },
}
