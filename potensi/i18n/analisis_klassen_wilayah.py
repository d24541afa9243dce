"""UI texts of the regional Klassen typology of the kecamatan, and the label of the income
indikator key it reads."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "ind_pdrb_per_kapita": {"id": "PDRB per kapita", "en": "GRDP per capita"},
    "an_kw_intro": {
        "id": (
            "Tipologi Klassen kecamatan: PDRB per kapita rata-rata periode dan laju pertumbuhannya per tahun "
            "dibandingkan dengan kabupaten."
        ),
        "en": (
            "Klassen typology of the districts: mean GRDP per capita over the period and its annual growth "
            "against the kabupaten's."
        ),
    },
    "an_kw_no_data": {
        "id": (
            "Belum ada PDRB per kapita kecamatan (indikator pdrb_per_kapita) untuk dua tahun atau lebih. "
            "Impor hasil kajian PDRB kecamatan sebagai lapisan indikator."
        ),
        "en": (
            "No district GRDP per capita (indicator pdrb_per_kapita) for two or more years yet. Import a "
            "district GRDP study into the indikator layer."
        ),
    },
    "an_kw_start": {"id": "Tahun awal", "en": "Start year"},
    "an_kw_end": {"id": "Tahun akhir", "en": "End year"},
    "an_kw_growth_note": {
        "id": (
            "Laju = pertumbuhan PDRB per kapita per tahun (majemuk) {start}–{end}; bukan laju PDRB total, "
            "karena penduduk pertengahan tahun per kecamatan belum ada di data."
        ),
        "en": (
            "Growth = compound annual growth of GRDP per capita {start}–{end}; not of total GRDP, since "
            "mid-year population per district is not in the data."
        ),
    },
    "an_kw_reference_kabupaten": {
        "id": "Acuan: kabupaten, PDRB per kapita rata-rata {income} {unit}, laju {growth} per tahun.",
        "en": "Benchmark: the kabupaten, mean GRDP per capita {income} {unit}, growth {growth} a year.",
    },
    "an_kw_reference_mean": {
        "id": (
            "Acuan: rata-rata kecamatan (tidak tertimbang; data kabupaten tidak lengkap), PDRB per kapita "
            "{income} {unit}, laju {growth} per tahun."
        ),
        "en": (
            "Benchmark: the mean of the districts (unweighted; kabupaten figures incomplete), GRDP per "
            "capita {income} {unit}, growth {growth} a year."
        ),
    },
    "an_kw_table": {"id": "Tipologi per kecamatan", "en": "Typology by district"},
    "an_kw_col_income": {"id": "PDRB per kapita", "en": "GRDP per capita"},
    "an_kw_col_growth": {"id": "Laju (%/tahun)", "en": "Growth (%/year)"},
    "an_kw_col_quadrant": {"id": "Kuadran", "en": "Quadrant"},
    "an_kw_col_class": {"id": "Klasifikasi", "en": "Class"},
    "an_kw_chart_x": {"id": "PDRB per kapita ({unit})", "en": "GRDP per capita ({unit})"},
    "an_kw_chart_y": {"id": "Laju pertumbuhan (%/tahun)", "en": "Growth (%/year)"},
    "an_kw_map_title": {"id": "Tipologi Klassen {start}–{end}", "en": "Klassen typology {start}–{end}"},
    "an_kw_source": {
        "id": "Peta Potensi: tipologi Klassen dari PDRB per kapita kecamatan",
        "en": "Peta Potensi: Klassen typology from district GRDP per capita",
    },
    "an_kw_quadrant_label": {"id": "{kuadran}: {klasifikasi}", "en": "{kuadran}: {klasifikasi}"},
    # -- regional Klassen classes, by code ---------------------------------------------------
    "klassen_regional_cepat_maju_cepat_tumbuh": {
        "id": "cepat maju dan cepat tumbuh",
        "en": "high income, high growth",
    },
    "klassen_regional_maju_tertekan": {"id": "maju tapi tertekan", "en": "high income but depressed growth"},
    "klassen_regional_berkembang_cepat": {"id": "berkembang cepat", "en": "developing fast"},
    "klassen_regional_tertinggal": {"id": "relatif tertinggal", "en": "relatively lagging"},
}
