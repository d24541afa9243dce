"""Texts of the Data page that no other page uses."""

TEXTS = {
    "data_title": {"id": "Data potensi", "en": "Potential data"},
    "data_intro": {
        "id": (
            "Data Peta Potensi beserta sumbernya: lapisan peta, registri OPD dan inovasi, serta "
            "tabel Indeks Inovasi Daerah. Baris bertanda DATA CONTOH bukan data resmi dan hanya "
            "untuk peragaan."
        ),
        "en": (
            "The data of the map with their sources: map layers, the agency and innovation "
            "registries, and the Regional Innovation Index (IID) tables. Rows marked EXAMPLE DATA "
            "are not official and only demonstrate the dashboard."
        ),
    },
    "rows_count": {"id": "{n} baris", "en": "{n} rows"},
    "example_warning": {
        "id": "{n} dari {total} baris adalah DATA CONTOH (bukan data resmi).",
        "en": "{n} of {total} rows are EXAMPLE DATA (not official).",
    },
    "no_rows": {"id": "Lapisan ini belum berisi data.", "en": "This layer holds no data yet."},
    "download": {"id": "Unduh {fmt}", "en": "Download {fmt}"},
    "data_indikator_geojson_note": {
        "id": (
            "GeoJSON indikator: satu fitur per kecamatan (poligonnya sekali), satu kolom per indikator "
            "dan tahun, mis. penduduk_2020; angka kabupaten/provinsi tanpa poligon. Satuan, sumber dan "
            "tanda data contoh tiap kolom ada di tabel keterangan kolom."
        ),
        "en": (
            "Indicator GeoJSON: one feature per district (its polygon once), one column per indicator "
            "and year, e.g. penduduk_2020; regency/province figures without a polygon. Each column's "
            "unit, source and example flag are in the column table."
        ),
    },
    "data_indikator_columns_download": {
        "id": "Unduh keterangan kolom GeoJSON (CSV)",
        "en": "Download the GeoJSON column table (CSV)",
    },
    "history_title": {"id": "Riwayat impor", "en": "Import history"},
    "data_status_column": {"id": "Status data", "en": "Data status"},
    "data_status_example": {"id": "⚠ DATA CONTOH", "en": "⚠ EXAMPLE DATA"},
    "data_status_real": {"id": "bersumber", "en": "sourced"},
}
