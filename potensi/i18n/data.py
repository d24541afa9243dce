"""Texts of the Data page that are not shared with other pages."""

TEXTS = {
    "data_status_column": {"id": "Status data", "en": "Data status"},
    "data_status_example": {"id": "⚠ DATA CONTOH", "en": "⚠ EXAMPLE DATA"},
    "data_status_real": {"id": "bersumber", "en": "sourced"},
}
