"""Texts of the Data page that no other page uses."""

TEXTS = {
    "data_title": {"id": "Data potensi", "en": "Potential data"},
    "data_intro": {
        "id": (
            "Empat lapisan data Peta Potensi beserta sumbernya. Baris bertanda DATA CONTOH "
            "bukan data resmi dan hanya untuk peragaan."
        ),
        "en": (
            "The four data layers of the map with their sources. Rows marked EXAMPLE DATA "
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
    "history_title": {"id": "Riwayat impor", "en": "Import history"},
    "data_status_column": {"id": "Status data", "en": "Data status"},
    "data_status_example": {"id": "⚠ DATA CONTOH", "en": "⚠ EXAMPLE DATA"},
    "data_status_real": {"id": "bersumber", "en": "sourced"},
}
