"""UI texts of the peluang page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "peluang_title": {
        "id": "Peluang Investasi Kabupaten Blitar",
        "en": "Investment Opportunities in Blitar Regency",
    },
    "peluang_intro": {
        "id": (
            "Katalog peluang investasi per kecamatan. Setiap kartu menyebut berapa data kunci "
            "yang sudah tersedia, sumbernya, dan kapan terakhir diperbarui."
        ),
        "en": (
            "Catalogue of investment opportunities by district. Each card states how many key "
            "facts are available, where they come from and when they were last updated."
        ),
    },
    "peluang_example_warning": {
        "id": "{n} dari {total} peluang adalah DATA CONTOH: ilustrasi, bukan penawaran resmi.",
        "en": "{n} of {total} opportunities are EXAMPLE DATA: illustrations, not official offers.",
    },
    "peluang_count": {
        "id": "Menampilkan {n} dari {total} peluang",
        "en": "Showing {n} of {total} opportunities",
    },
    "peluang_none": {
        "id": (
            "Tidak ada peluang yang cocok dengan saringan. Kosongkan saringan kecamatan, "
            "kesiapan atau sektor untuk melihat semuanya."
        ),
        "en": (
            "No opportunity matches the filters. Clear the district, readiness or sector "
            "filter to see them all."
        ),
    },
    "peluang_empty": {
        "id": "Belum ada data peluang investasi. Impor lembar peluang_investasi untuk mengisinya.",
        "en": "No investment opportunities yet. Import a peluang_investasi sheet to add them.",
    },
    "peluang_sort": {"id": "Urutkan menurut", "en": "Sort by"},
    "peluang_sort_kesiapan": {"id": "Kesiapan (paling siap dahulu)", "en": "Readiness (most ready first)"},
    "peluang_sort_nilai": {
        "id": "Nilai investasi (terbesar dahulu)",
        "en": "Investment value (largest first)",
    },
    "peluang_sort_irr": {"id": "IRR (tertinggi dahulu)", "en": "IRR (highest first)"},
    "peluang_sort_kelengkapan": {
        "id": "Kelengkapan data (terlengkap dahulu)",
        "en": "Data completeness (most complete first)",
    },
    "peluang_sort_pembaruan": {"id": "Pembaruan (terbaru dahulu)", "en": "Last update (newest first)"},
    "peluang_sektor_filter": {"id": "Sektor prioritas", "en": "Priority sector"},
    "peluang_all_sectors": {"id": "Semua sektor", "en": "All sectors"},
    "peluang_detail_select": {"id": "Rincian peluang", "en": "Opportunity details"},
    "peluang_detail_placeholder": {
        "id": "Pilih peluang untuk melihat rinciannya",
        "en": "Choose an opportunity to see its details",
    },
    "peluang_show_detail": {"id": "Lihat rincian", "en": "View details"},
    "peluang_close_detail": {"id": "Tutup rincian", "en": "Close details"},
    "peluang_all_fields": {"id": "Semua data", "en": "All data"},
    "peluang_col_value": {"id": "Isi", "en": "Value"},
    "peluang_documents": {"id": "Dokumen", "en": "Documents"},
    "peluang_no_documents": {
        "id": "Belum ada dokumen (pra-FS, FS, peta lokasi, KKPR) yang ditautkan.",
        "en": "No documents (pre-FS, FS, site map, KKPR) linked yet.",
    },
    "peluang_location": {"id": "Lokasi", "en": "Location"},
    "peluang_map_caption": {
        "id": "Titik = lokasi peluang; garis tebal = Kecamatan {name}.",
        "en": "Dot = site of the opportunity; thick outline = {name} district.",
    },
    "peluang_no_location": {
        "id": "Lokasi belum bisa dipetakan: kecamatan tidak dikenal.",
        "en": "The site cannot be mapped: unknown district.",
    },
    "peluang_completeness": {
        "id": "{known}/{total} data kunci tersedia",
        "en": "{known}/{total} key facts available",
    },
    "peluang_completeness_help": {
        "id": "Data kunci: {fields}.",
        "en": "Key facts: {fields}.",
    },
    "peluang_missing_list": {"id": "Belum tersedia: {fields}", "en": "Not yet available: {fields}"},
    "peluang_missing_value": {"id": "belum tersedia", "en": "not yet available"},
    "peluang_source": {"id": "Sumber", "en": "Source"},
    "peluang_updated": {"id": "Diperbarui {date}", "en": "Updated {date}"},
    "peluang_label_value": {"id": "Nilai investasi", "en": "Investment value"},
    "peluang_label_irr": {"id": "IRR", "en": "IRR"},
    "peluang_label_npv": {"id": "NPV", "en": "NPV"},
    "peluang_label_payback": {"id": "Balik modal", "en": "Payback"},
    "peluang_label_land": {"id": "Lahan", "en": "Land"},
    "peluang_label_readiness": {"id": "Kesiapan", "en": "Readiness"},
    "peluang_label_contact": {"id": "Kontak", "en": "Contact"},
    "peluang_years": {"id": "{n} tahun", "en": "{n} years"},
    "peluang_people": {"id": "{n} orang", "en": "{n} people"},
    "peluang_hectare": {"id": "{n} ha", "en": "{n} ha"},
    "peluang_npv_at": {"id": "{npv} @ {rate}", "en": "{npv} @ {rate}"},
    "peluang_npv_no_rate": {
        "id": "{npv} (tingkat diskonto tidak diketahui)",
        "en": "{npv} (discount rate unknown)",
    },
    "peluang_kec": {"id": "Kec. {name}", "en": "{name} district"},
    "peluang_desa": {"id": "Desa {name}", "en": "{name} village"},
    "peluang_yes": {"id": "Ya", "en": "Yes"},
    "peluang_no": {"id": "Tidak", "en": "No"},
    "peluang_example_yes": {
        "id": "Ya — DATA CONTOH, bukan data resmi",
        "en": "Yes — EXAMPLE DATA, not official",
    },
    "peluang_readiness_conflict": {
        "id": "Kesiapan tertulis: {stated} — tidak sesuai dengan data kartu ini: {conflicts}.",
        "en": "Stated readiness: {stated} — contradicted by this card's facts: {conflicts}.",
    },
    "peluang_readiness_supported": {
        "id": "Yang didukung data: {level}.",
        "en": "Supported by the facts: {level}.",
    },
    "peluang_readiness_badge_conflict": {
        "id": "⚠ {stated} (tidak sesuai data)",
        "en": "⚠ {stated} (contradicted)",
    },
    "peluang_fact_item": {"id": "{fact}: {value}", "en": "{fact}: {value}"},
}

#: short names of the facts a readiness level presupposes (potensi.data.readiness)
_READINESS_FACTS = {
    "status_publikasi": ("status publikasi", "publication status"),
    "clear_and_clean": ("clear and clean", "clear and clean"),
    "kesesuaian_rtrw": ("RTRW", "spatial plan (RTRW)"),
    "status_lahan": ("status lahan", "land status"),
    "dokumen": ("dokumen studi", "study document"),
    "irr_persen": ("IRR", "IRR"),
}

#: key facts an investor looks for first (see potensi.views.peluang.KEY_FIELDS)
_KEY_FIELDS = {
    "nilai": ("nilai investasi", "investment value"),
    "irr": ("IRR", "IRR"),
    "npv": ("NPV dan tingkat diskonto", "NPV and discount rate"),
    "payback": ("masa balik modal", "payback period"),
    "luas": ("luas lahan", "land area"),
    "status_lahan": ("status lahan", "land status"),
    "clear_and_clean": ("clear and clean", "clear and clean"),
    "rtrw": ("kesesuaian RTRW", "spatial-plan fit"),
    "dokumen": ("dokumen", "documents"),
    "kontak": ("kontak langsung (telepon/email)", "direct contact (phone/e-mail)"),
}

#: one label per column of the peluang_investasi table, for the detail view
_FIELDS = {
    "peluang_id": ("ID peluang", "Opportunity ID"),
    "judul_id": ("Judul (Indonesia)", "Title (Indonesian)"),
    "judul_en": ("Judul (Inggris)", "Title (English)"),
    "kbli_kode": ("Kode KBLI 2020", "KBLI 2020 code"),
    "sektor_prioritas": ("Sektor prioritas", "Priority sector"),
    "komoditas": ("Komoditas", "Commodity"),
    "kecamatan": ("Kecamatan", "District"),
    "desa": ("Desa/kelurahan", "Village"),
    "alamat": ("Alamat/lokasi", "Address"),
    "lat": ("Lintang", "Latitude"),
    "lon": ("Bujur", "Longitude"),
    "luas_lahan_ha": ("Luas lahan", "Land area"),
    "status_lahan": ("Status lahan", "Land status"),
    "clear_and_clean": (
        "Clear and clean (bebas sengketa/penghuni)",
        "Clear and clean (free of disputes/occupants)",
    ),
    "kesesuaian_rtrw": ("Kesesuaian RTRW", "Fit with the spatial plan (RTRW)"),
    "nilai_investasi_idr": ("Nilai investasi (Rp)", "Investment value (IDR)"),
    "nilai_investasi_usd": ("Nilai investasi (US$)", "Investment value (USD)"),
    "kurs_asumsi": ("Kurs asumsi", "Assumed exchange rate"),
    "tahun_harga": ("Tahun dasar harga", "Price base year"),
    "irr_persen": ("IRR", "IRR"),
    "npv_idr": ("NPV", "NPV"),
    "diskonto_persen": ("Tingkat diskonto", "Discount rate"),
    "payback_tahun": ("Masa balik modal", "Payback period"),
    "bc_ratio": ("B/C ratio", "Benefit/cost ratio"),
    "umur_proyek_tahun": ("Umur proyek", "Project life"),
    "skema_investasi": ("Skema investasi", "Investment scheme"),
    "tenaga_kerja_est": ("Perkiraan tenaga kerja", "Estimated jobs"),
    "insentif": ("Insentif", "Incentives"),
    "tingkat_kesiapan": ("Tingkat kesiapan", "Readiness level"),
    "dokumen": ("Dokumen", "Documents"),
    "kontak_instansi": ("Instansi kontak", "Contact agency"),
    "kontak_nama": ("Nama kontak", "Contact name"),
    "kontak_telepon": ("Telepon kontak", "Contact phone"),
    "kontak_email": ("Email kontak", "Contact e-mail"),
    "sumber": ("Sumber data", "Data source"),
    "tgl_pembaruan": ("Tanggal pembaruan", "Last update"),
    "status_publikasi": ("Status publikasi", "Publication status"),
    "contoh": ("Data contoh", "Example data"),
}

#: labels of the allowed values (potensi.data.schema), per enum column
_ENUMS = {
    "sektor": {
        "agroindustri": ("Agroindustri", "Agro-industry"),
        "pertanian": ("Pertanian", "Agriculture"),
        "peternakan": ("Peternakan", "Livestock"),
        "perikanan": ("Perikanan", "Fisheries"),
        "pariwisata": ("Pariwisata", "Tourism"),
        "industri_pengolahan": ("Industri pengolahan", "Manufacturing"),
        "energi_terbarukan": ("Energi terbarukan", "Renewable energy"),
        "infrastruktur": ("Infrastruktur", "Infrastructure"),
        "kawasan_industri": ("Kawasan industri", "Industrial estate"),
        "perdagangan_jasa": ("Perdagangan & jasa", "Trade & services"),
    },
    "lahan": {
        "bmd_pemda": ("Barang milik daerah (Pemda)", "Regional government asset"),
        "tanah_kas_desa": ("Tanah kas desa", "Village-owned land"),
        "tanah_negara": ("Tanah negara", "State land"),
        "hgu": ("Hak guna usaha (HGU)", "Right to cultivate (HGU)"),
        "hgb": ("Hak guna bangunan (HGB)", "Right to build (HGB)"),
        "hak_milik": ("Hak milik", "Freehold (hak milik)"),
        "kawasan_hutan": ("Kawasan hutan", "Forest area"),
        "belum_diketahui": ("Belum diketahui", "Not yet known"),
    },
    "rtrw": {
        "sesuai": ("Sesuai RTRW", "Fits the spatial plan"),
        "perlu_kkpr": ("Perlu KKPR", "Needs a spatial-use permit (KKPR)"),
        "tidak_sesuai": ("Tidak sesuai RTRW", "Does not fit the spatial plan"),
        "belum_diketahui": ("Belum diketahui", "Not yet known"),
    },
    "skema": {
        "PMA": ("PMA (penanaman modal asing)", "PMA (foreign investment)"),
        "PMDN": ("PMDN (penanaman modal dalam negeri)", "PMDN (domestic investment)"),
        "KPBU": ("KPBU (kerja sama pemerintah–badan usaha)", "KPBU (public–private partnership)"),
        "kerja_sama_BMD": ("Kerja sama pemanfaatan aset daerah", "Partnership on a regional asset"),
        "BUMD_JV": ("Usaha patungan dengan BUMD", "Joint venture with a regional enterprise"),
        "B2B": ("Antarbadan usaha (B2B)", "Business to business (B2B)"),
    },
    "insentif": {
        "tax_holiday": ("Tax holiday", "Tax holiday"),
        "tax_allowance": ("Tax allowance", "Tax allowance"),
        "insentif_daerah": ("Insentif daerah (pajak/retribusi)", "Regional incentives (local taxes/levies)"),
        "kemudahan_perizinan": ("Kemudahan perizinan", "Easier licensing"),
    },
    "publikasi": {
        "draft": ("Draf", "Draft"),
        "publik": ("Publik", "Public"),
        "arsip": ("Arsip", "Archived"),
    },
}

for _key, (_id, _en) in _KEY_FIELDS.items():
    TEXTS[f"peluang_key_{_key}"] = {"id": _id, "en": _en}
for _key, (_id, _en) in _READINESS_FACTS.items():
    TEXTS[f"peluang_fact_{_key}"] = {"id": _id, "en": _en}
for _key, (_id, _en) in _FIELDS.items():
    TEXTS[f"peluang_field_{_key}"] = {"id": _id, "en": _en}
for _group, _values in _ENUMS.items():
    for _key, (_id, _en) in _values.items():
        TEXTS[f"peluang_{_group}_{_key}"] = {"id": _id, "en": _en}
