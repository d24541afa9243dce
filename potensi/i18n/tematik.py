"""Texts of the thematic layers (lapisan tematik): map overlays, site facts, *Cari lokasi*,
and the overlay upload of Kelola Data; shared by every page that draws a map."""

TEXTS = {
    "layer_tematik": {"id": "Lapisan tematik", "en": "Thematic layer"},
    "tematik_control_title": {"id": "Lapisan tematik", "en": "Thematic layers"},
    "tematik_source_year": {"id": "Sumber: {source}, {year}", "en": "Source: {source}, {year}"},
    "tematik_source": {"id": "Sumber: {source}", "en": "Source: {source}"},
    "tematik_licence": {"id": "Lisensi: {licence}", "en": "Licence: {licence}"},
    "tematik_other_class": {"id": "Kelas lainnya", "en": "Other classes"},
    "tematik_no_class": {"id": "(tanpa kelas)", "en": "(no class)"},
    "tematik_kategori_zonasi": {"id": "Zonasi/RTRW", "en": "Zoning (RTRW)"},
    "tematik_kategori_jaringan": {
        "id": "Jaringan (jalan, sungai, irigasi)",
        "en": "Network (roads, rivers, irrigation)",
    },
    "tematik_kategori_rawan_bencana": {"id": "Rawan bencana", "en": "Hazard area"},
    "tematik_kategori_lainnya": {"id": "Lainnya", "en": "Other"},
    "tematik_fact_zone": {"id": "Zona {title}: {zone}", "en": "{title} zone: {zone}"},
    "tematik_fact_zone_none": {"id": "Di luar zona {title}", "en": "Outside every zone of {title}"},
    "tematik_fact_hazard_in": {"id": "Di dalam kawasan {title}: {zone}", "en": "Inside {title}: {zone}"},
    "tematik_fact_hazard_out": {"id": "Di luar kawasan {title}", "en": "Outside {title}"},
    "tematik_fact_distance": {"id": "Jarak ke {title}: {km}", "en": "Distance to {title}: {km}"},
    "tematik_fact_distance_class": {
        "id": "Jarak ke {title} ({cls}): {km}",
        "en": "Distance to {title} ({cls}): {km}",
    },
    "tematik_km": {"id": "{n} km", "en": "{n} km"},
    "tematik_facts_label": {"id": "Lokasi menurut lapisan tematik", "en": "Site against thematic layers"},
    "tematik_zone_conflict": {
        "id": "Zona tidak sesuai sektor: {zone} ({title}) tidak diperuntukkan bagi sektor {sector}. {reason}",
        "en": "Zone does not suit the sector: {zone} ({title}) is not meant for {sector}. {reason}",
    },
    "tematik_zone_conflict_stated": {
        "id": "Data peluang ini menyatakan kesesuaian RTRW: Sesuai; periksa kembali.",
        "en": "This opportunity's record states it fits the spatial plan; check it again.",
    },
    "tematik_zone_conflict_badge": {"id": "Zona tidak sesuai", "en": "Zone mismatch"},
    "tematik_search_title": {"id": "Cari lokasi", "en": "Find a site"},
    "tematik_search_intro": {
        "id": (
            "Saring peluang dan potensi menurut lapisan tematik: zona RTRW, di luar kawasan rawan "
            "bencana, dan jarak ke jaringan (jalan, sungai). Lokasi tanpa koordinat tidak ikut."
        ),
        "en": (
            "Filter opportunities and potentials by the thematic layers: RTRW zone, outside hazard "
            "areas, distance to a network (road, river). Sites without coordinates are left out."
        ),
    },
    "tematik_search_none_layers": {
        "id": "Belum ada lapisan tematik. Petugas dapat mengimpornya di halaman Kelola Data.",
        "en": "No thematic layers yet. Officials can import them on the Manage data page.",
    },
    "tematik_search_zones": {"id": "Di zona", "en": "In zone"},
    "tematik_search_hazards": {"id": "Di luar kawasan rawan", "en": "Outside hazard areas"},
    "tematik_search_network": {"id": "Dekat jaringan", "en": "Near network"},
    "tematik_search_any": {"id": "(semua)", "en": "(any)"},
    "tematik_search_max_km": {"id": "Jarak paling jauh (km)", "en": "Maximum distance (km)"},
    "tematik_search_found": {"id": "{n} lokasi ditemukan", "en": "{n} sites found"},
    "tematik_col_layer": {"id": "Lapisan", "en": "Layer"},
    "tematik_col_name": {"id": "Nama", "en": "Name"},
    "tematik_col_id": {"id": "ID", "en": "ID"},
    "tematik_col_facts": {"id": "Fakta lokasi", "en": "Site facts"},
    "tematik_layer_peluang_investasi": {"id": "Peluang investasi", "en": "Investment opportunity"},
    "tematik_layer_potensi": {"id": "Potensi", "en": "Potential"},
    "tematik_upload_title": {"id": "Lapisan tematik (peta)", "en": "Thematic layer (map)"},
    "tematik_upload_intro": {
        "id": (
            "Unggah GeoJSON, GeoPackage atau Shapefile (zip) dalam CRS apa pun: zonasi RTRW, "
            "jaringan jalan/sungai/irigasi, kawasan rawan bencana. Fitur di luar kabupaten dipotong; "
            "setiap peluang dan potensi diperiksa ulang terhadapnya. Impor dapat diurungkan di Riwayat."
        ),
        "en": (
            "Upload GeoJSON, GeoPackage or a zipped Shapefile in any CRS: RTRW zoning, road/river/"
            "irrigation networks, hazard areas. Features outside the kabupaten are clipped; every "
            "opportunity and potential is checked against it again. The import can be undone in History."
        ),
    },
    "tematik_upload_file": {"id": "Berkas spasial", "en": "Spatial file"},
    "tematik_upload_judul": {"id": "Judul", "en": "Title"},
    "tematik_upload_kategori": {"id": "Kategori", "en": "Category"},
    "tematik_upload_sumber": {"id": "Sumber (instansi, dokumen)", "en": "Source (agency, document)"},
    "tematik_upload_tahun": {"id": "Tahun", "en": "Year"},
    "tematik_upload_lisensi": {"id": "Lisensi", "en": "Licence"},
    "tematik_upload_kolom": {
        "id": "Kolom nama/kelas fitur (kosong: dipilih otomatis)",
        "en": "Field naming/classing the features (empty: chosen automatically)",
    },
    "tematik_upload_kolom_auto": {"id": "(pilih otomatis)", "en": "(choose automatically)"},
    "tematik_upload_save": {"id": "Impor lapisan tematik", "en": "Import thematic layer"},
    "tematik_upload_done": {"id": "Tersimpan. {summary}", "en": "Saved. {summary}"},
    "tematik_list_title": {"id": "Lapisan tematik tersimpan", "en": "Stored thematic layers"},
}
