"""UI texts shared by every page and by the main map page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "app_title": {"id": "Peta Potensi Kabupaten Blitar", "en": "Blitar Regency Potential Map"},
    "app_subtitle": {
        "id": "Peta potensi per kecamatan untuk perencanaan, inovasi daerah, dan investasi",
        "en": "Potential by district for planning, regional innovation and investment",
    },
    "indicator": {"id": "Indikator", "en": "Indicator"},
    "kecamatan_filter": {"id": "Kecamatan", "en": "District (kecamatan)"},
    "all_kecamatan": {"id": "Semua kecamatan", "en": "All districts"},
    "basemap": {"id": "Peta dasar", "en": "Basemap"},
    "basemap_none": {"id": "Tanpa peta dasar", "en": "No basemap"},
    "basemap_osm": {"id": "OpenStreetMap", "en": "OpenStreetMap"},
    "basemap_light": {"id": "Terang (CARTO)", "en": "Light (CARTO)"},
    "basemap_satellite": {"id": "Citra satelit (Esri)", "en": "Satellite imagery (Esri)"},
    "basemap_offline_note": {
        "id": "Peta dasar memerlukan internet; tanpa internet peta tetap tampil tanpa latar.",
        "en": "Basemaps need the internet; offline the map still draws without a background.",
    },
    "ind_luas": {"id": "Luas wilayah", "en": "Area"},
    "ind_jumlah_desa": {"id": "Jumlah desa/kelurahan", "en": "Number of villages"},
    "ind_kepadatan": {"id": "Kepadatan penduduk", "en": "Population density"},
    "unit_km2": {"id": "km²", "en": "km²"},
    "unit_desa": {"id": "desa/kel.", "en": "villages"},
    "unit_density": {"id": "jiwa/km²", "en": "people/km²"},
    "legend_title": {"id": "Legenda", "en": "Legend"},
    "no_data": {"id": "data tidak tersedia", "en": "data not available"},
    "zoom_for_detail": {
        "id": "wilayah induk: perbesar peta untuk melihat warna tiap wilayah",
        "en": "parent area: zoom in to see each area's colour",
    },
    "tooltip_name": {"id": "Kecamatan", "en": "District"},
    "tooltip_code": {"id": "Kode", "en": "Code"},
    "tooltip_desa": {"id": "Desa/Kelurahan", "en": "Village"},
    "tooltip_jenis": {"id": "Jenis", "en": "Type"},
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
    "store_missing": {
        "id": "Data batas wilayah belum dibangun.",
        "en": "Boundary data has not been built yet.",
    },
    "classes_quantile": {"id": "kelas kuantil", "en": "quantile classes"},
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
    "layer": {"id": "Lapisan", "en": "Layer"},
    "layer_indikator": {"id": "Indikator wilayah", "en": "Regional indicators"},
    "layer_potensi": {"id": "Potensi sektoral", "en": "Sector potentials"},
    "layer_peluang_investasi": {"id": "Peluang investasi", "en": "Investment opportunities"},
    "layer_inovasi": {"id": "Inovasi daerah", "en": "Regional innovations"},
    "layer_opd": {"id": "Perangkat daerah (OPD)", "en": "Government agencies (OPD)"},
    "rows_count": {"id": "{n} baris", "en": "{n} rows"},
    "example_warning": {
        "id": "{n} dari {total} baris adalah DATA CONTOH (bukan data resmi).",
        "en": "{n} of {total} rows are EXAMPLE DATA (not official).",
    },
    "no_rows": {"id": "Lapisan ini belum berisi data.", "en": "This layer holds no data yet."},
    "download": {"id": "Unduh {fmt}", "en": "Download {fmt}"},
    "history_title": {"id": "Riwayat impor", "en": "Import history"},
}

TEXTS.update(
    {
        "present_toggle": {"id": "Mode presentasi", "en": "Presentation mode"},
        "present_help": {
            "id": "Menyembunyikan kontrol, memperbesar huruf, memakai palet ramah buta warna.",
            "en": "Hides controls, enlarges fonts, uses a colour-blind-safe palette.",
        },
        "present_exit": {"id": "Keluar", "en": "Exit"},
        "present_prev": {"id": "◀ Sebelumnya", "en": "◀ Previous"},
        "present_next": {"id": "Berikutnya ▶", "en": "Next ▶"},
        "present_position": {"id": "Kecamatan {i} dari {n}", "en": "District {i} of {n}"},
        "classifier": {"id": "Klasifikasi warna", "en": "Colour classes"},
        "classifier_quantiles": {"id": "Kuantil", "en": "Quantiles"},
        "classifier_natural_breaks": {"id": "Jeda alami (Jenks)", "en": "Natural breaks (Jenks)"},
        "classifier_equal_interval": {"id": "Interval sama", "en": "Equal interval"},
        "layers": {"id": "Lapisan peta", "en": "Map layers"},
        "maplayer_potensi": {"id": "Potensi per sektor", "en": "Potentials by sector"},
        "maplayer_peluang": {"id": "Peluang investasi", "en": "Investment opportunities"},
        "maplayer_inovasi": {"id": "Inovasi daerah", "en": "Regional innovations"},
        "maplayer_desa": {"id": "Batas desa", "en": "Village boundaries"},
        "maplayer_label": {"id": "Nama kecamatan", "en": "District names"},
        "filters_more": {"id": "Saring data", "en": "Filter data"},
        "filter_sektor": {"id": "Sektor potensi", "en": "Potential sector"},
        "filter_kesiapan": {"id": "Tingkat kesiapan investasi", "en": "Investment readiness"},
        "filter_tahapan": {"id": "Tahapan inovasi", "en": "Innovation stage"},
        "filter_jenis": {"id": "Jenis inovasi", "en": "Innovation type"},
        "filter_opd": {"id": "OPD", "en": "Agency (OPD)"},
        "filter_tahun": {"id": "Tahun", "en": "Year"},
        "all_years": {"id": "Semua tahun (terbaru)", "en": "All years (latest)"},
        "nav_peta": {"id": "Peta Potensi", "en": "Potential Map"},
        "nav_profil": {"id": "Profil Kecamatan", "en": "District Profile"},
        "nav_peluang": {"id": "Peluang Investasi", "en": "Investment Opportunities"},
        "nav_inovasi": {"id": "Inovasi Daerah", "en": "Regional Innovation"},
        "nav_analisis": {"id": "Analisis Potensi", "en": "Potential Analysis"},
        "nav_data": {"id": "Data", "en": "Data"},
        "nav_tentang": {"id": "Tentang Data", "en": "About the Data"},
        "example_badge": {"id": "DATA CONTOH", "en": "EXAMPLE DATA"},
        "open_profile": {"id": "Buka profil kecamatan", "en": "Open district profile"},
        "approx_location": {
            "id": "lokasi perkiraan: titik tengah {where}",
            "en": "approximate location: centre of {where}",
        },
        "count_potensi": {"id": "Jumlah potensi", "en": "Number of potentials"},
        "count_peluang": {"id": "Jumlah peluang investasi", "en": "Number of investment opportunities"},
        "count_inovasi": {"id": "Jumlah inovasi daerah", "en": "Number of regional innovations"},
        "ind_penduduk": {"id": "Jumlah penduduk", "en": "Population"},
        "ind_luas_wilayah": {
            "id": "Luas administratif (sumber resmi)",
            "en": "Administrative area (official source)",
        },
        "ind_jumlah_desa_kelurahan": {
            "id": "Jumlah desa/kelurahan (statistik)",
            "en": "Number of villages (statistics)",
        },
        "unit_jiwa": {"id": "jiwa", "en": "people"},
        "unit_count": {"id": "buah", "en": "items"},
        "fullscreen": {"id": "Layar penuh", "en": "Full screen"},
        "choose": {"id": "Pilih …", "en": "Choose …"},
        "source_layer": {"id": "Peta Potensi: lapisan {layer}", "en": "Peta Potensi: {layer} layer"},
    }
)

_ENUMS = {
    "sektor": {
        "pertanian": ("Pertanian", "Agriculture"),
        "perkebunan": ("Perkebunan", "Estate crops"),
        "peternakan": ("Peternakan", "Livestock"),
        "perikanan": ("Perikanan", "Fisheries"),
        "kehutanan": ("Kehutanan", "Forestry"),
        "pariwisata": ("Pariwisata", "Tourism"),
        "industri_umkm": ("Industri & UMKM", "Industry & SMEs"),
        "pertambangan": ("Pertambangan", "Mining"),
        "energi": ("Energi", "Energy"),
        "infrastruktur": ("Infrastruktur", "Infrastructure"),
        "perdagangan_jasa": ("Perdagangan & jasa", "Trade & services"),
        "lainnya": ("Lainnya", "Other"),
    },
    "kesiapan": {
        "identifikasi_potensi": ("Identifikasi potensi", "Potential identified"),
        "prospektif": ("Prospektif", "Prospective"),
        "pre_fs": ("Pra-studi kelayakan", "Pre-feasibility"),
        "fs": ("Studi kelayakan", "Feasibility study"),
        "ipro_siap_ditawarkan": ("IPRO siap ditawarkan", "IPRO ready to offer"),
        "negosiasi": ("Negosiasi", "Negotiation"),
        "terealisasi": ("Terealisasi", "Realised"),
    },
    "tahapan": {
        "inisiatif": ("Inisiatif", "Initiative"),
        "uji_coba": ("Uji coba", "Trial"),
        "penerapan": ("Penerapan", "Implementation"),
    },
    "jenis": {"digital": ("Digital", "Digital"), "non_digital": ("Non-digital", "Non-digital")},
}
for _group, _values in _ENUMS.items():
    for _key, (_id, _en) in _values.items():
        TEXTS[f"{_group}_{_key}"] = {"id": _id, "en": _en}
