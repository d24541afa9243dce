"""UI texts of the inovasi page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "inovasi_title": {"id": "Inovasi Daerah Kabupaten Blitar", "en": "Regional Innovation in Blitar Regency"},
    "inovasi_intro": {
        "id": (
            "Registri inovasi daerah menurut OPD, bentuk, jenis dan tahapan: kapan diuji coba "
            "dan diterapkan, di mana berlaku, dan urusan pemerintahan yang dilayani. Saringan "
            "di samping (tahapan, jenis, OPD, tahun, kecamatan) berlaku untuk seluruh halaman."
        ),
        "en": (
            "The registry of regional innovations by agency (OPD), form, type and stage: when "
            "they were trialled and implemented, where they apply and which government affair "
            "they serve. The sidebar filters (stage, type, agency, year, district) apply to the "
            "whole page."
        ),
    },
    "inovasi_data_note": {
        "id": (
            "Catatan data: inovasi awal di registri ini dihimpun dari pemberitaan media. Bentuk, "
            "jenis dan tahapannya adalah pembacaan atas teks berita, bukan catatan resmi "
            'database IID Kemendagri; nilai yang tidak dapat dibaca dibiarkan "belum diisi".'
        ),
        "en": (
            "Data note: the initial innovations in this registry were collected from news "
            "reports. Their form, type and stage are a reading of those texts, not official "
            'records of the Kemendagri IID database; what could not be read is left "not '
            'filled in".'
        ),
    },
    "inovasi_example_warning": {
        "id": "{n} dari {total} inovasi adalah DATA CONTOH (bukan data resmi).",
        "en": "{n} of {total} innovations are EXAMPLE DATA (not official).",
    },
    "inovasi_empty": {
        "id": "Belum ada data inovasi. Impor lembar inovasi untuk mengisinya.",
        "en": "No innovations yet. Import an inovasi sheet to add them.",
    },
    "inovasi_none": {
        "id": (
            "Tidak ada inovasi yang cocok dengan saringan. Kosongkan saringan tahapan, jenis, "
            "OPD, tahun, kecamatan atau bentuk untuk melihat semuanya."
        ),
        "en": (
            "No innovation matches the filters. Clear the stage, type, agency, year, district "
            "or form filter to see them all."
        ),
    },
    "inovasi_count": {
        "id": "Menampilkan {n} dari {total} inovasi",
        "en": "Showing {n} of {total} innovations",
    },
    "inovasi_hidden_kabupaten": {
        "id": (
            "{n} inovasi berlaku untuk seluruh kabupaten (termasuk kecamatan terpilih) tetapi "
            "tidak ditampilkan karena saringan kecamatan hanya memuat inovasi berlokasi."
        ),
        "en": (
            "{n} innovations apply to the whole regency (the chosen district included) but are "
            "not shown: the district filter keeps only innovations located in a district."
        ),
    },
    "inovasi_bentuk_filter": {"id": "Bentuk inovasi", "en": "Innovation form"},
    "inovasi_all_bentuk": {"id": "Semua bentuk", "en": "All forms"},
    "inovasi_active_bentuk": {"id": "Bentuk: {values}", "en": "Form: {values}"},
    "inovasi_group_by": {"id": "Kelompokkan tabel menurut", "en": "Group the table by"},
    "inovasi_group_none": {"id": "Tanpa pengelompokan", "en": "No grouping"},
    "inovasi_group_opd": {"id": "OPD", "en": "Agency (OPD)"},
    "inovasi_group_bentuk": {"id": "Bentuk", "en": "Form"},
    "inovasi_group_jenis": {"id": "Jenis", "en": "Type"},
    "inovasi_group_tahapan": {"id": "Tahapan", "en": "Stage"},
    "inovasi_metric_total": {"id": "Inovasi", "en": "Innovations"},
    "inovasi_metric_opd": {"id": "OPD pengusul", "en": "Proposing agencies"},
    "inovasi_metric_kabupaten": {"id": "Seluruh kabupaten", "en": "Regency-wide"},
    "inovasi_metric_kabupaten_help": {
        "id": "Inovasi yang berlaku untuk seluruh kabupaten (tanpa kecamatan).",
        "en": "Innovations that apply to the whole regency (no district).",
    },
    "inovasi_metric_located": {"id": "Di kecamatan", "en": "In a district"},
    "inovasi_metric_located_help": {
        "id": "Inovasi yang berlokasi di satu kecamatan; tampil di peta.",
        "en": "Innovations located in one district; shown on the map.",
    },
    "inovasi_metric_iid": {"id": "IID {year}", "en": "IID {year}"},
    "inovasi_metric_iid_help": {
        "id": "Indeks Inovasi Daerah Kabupaten Blitar; perubahan dibanding {year}.",
        "en": "Regional Innovation Index of Blitar Regency; change compared with {year}.",
    },
    "inovasi_iid_heading": {"id": "Indeks Inovasi Daerah (IID)", "en": "Regional Innovation Index (IID)"},
    "inovasi_to_iid": {
        "id": "Siapkan penilaian IID tahun ini: perkiraan, di mana poinnya, bagaimana jika",
        "en": "Prepare this year's IID assessment: estimate, where the points are, what if",
    },
    "inovasi_iid_note": {
        "id": (
            "Kemendagri (BSKDN) menilai inovasi yang dilaporkan setiap pemerintah daerah dan "
            "merangkumnya dalam Indeks Inovasi Daerah. Nilai Kabupaten Blitar tercatat {s1} "
            "pada {y1} dan {s2} pada {y2}. Daftar di halaman ini tidak menghitung ulang indeks "
            "itu. Sumber: {source}, pemberitaan media tentang penilaian itu."
        ),
        "en": (
            "Kemendagri (BSKDN) assesses the innovations each regional government reports and "
            "sums them up in the Regional Innovation Index (IID). Blitar Regency scored {s1} in "
            "{y1} and {s2} in {y2}. The list on this page does not recompute that index. "
            "Source: {source}, a news report on that assessment."
        ),
    },
    "inovasi_registry_heading": {
        "id": "Registri menurut OPD, bentuk, jenis dan tahapan",
        "en": "Registry by agency, form, type and stage",
    },
    "inovasi_chart_opd": {"id": "Per OPD", "en": "By agency (OPD)"},
    "inovasi_chart_bentuk": {"id": "Per bentuk", "en": "By form"},
    "inovasi_chart_jenis": {"id": "Per jenis", "en": "By type"},
    "inovasi_chart_tahapan": {"id": "Per tahapan", "en": "By stage"},
    "inovasi_table_caption": {
        "id": (
            'Tanggal ditulis uji coba / penerapan; "–" = belum tercatat. Kolom Bukti '
            "membuka sumber berita atau dokumen pendukung."
        ),
        "en": (
            'Dates are written trial / implementation; "–" = not recorded. The Evidence '
            "columns open the news report or supporting document."
        ),
    },
    "inovasi_col_id": {"id": "ID", "en": "ID"},
    "inovasi_col_nama": {"id": "Nama inovasi", "en": "Innovation"},
    "inovasi_col_opd": {"id": "OPD", "en": "Agency (OPD)"},
    "inovasi_col_bentuk": {"id": "Bentuk", "en": "Form"},
    "inovasi_col_jenis": {"id": "Jenis", "en": "Type"},
    "inovasi_col_tahapan": {"id": "Tahapan", "en": "Stage"},
    "inovasi_col_tahun": {"id": "Tahun", "en": "Year"},
    "inovasi_col_wilayah": {"id": "Kecamatan", "en": "District"},
    "inovasi_col_tanggal": {"id": "Uji coba / penerapan", "en": "Trial / implementation"},
    "inovasi_col_bukti": {"id": "Bukti {n}", "en": "Evidence {n}"},
    "inovasi_col_contoh": {"id": "Data contoh", "en": "Example data"},
    "inovasi_col_deskripsi": {"id": "Uraian", "en": "Description"},
    "inovasi_kabupaten_wide": {"id": "Seluruh kabupaten", "en": "Whole regency"},
    "inovasi_unfilled": {"id": "belum diisi", "en": "not filled in"},
    "inovasi_bentuk_tata_kelola_pemda": {
        "id": "Tata kelola pemerintahan daerah",
        "en": "Regional government management",
    },
    "inovasi_bentuk_pelayanan_publik": {"id": "Pelayanan publik", "en": "Public service"},
    "inovasi_bentuk_inovasi_daerah_lainnya": {
        "id": "Inovasi daerah lainnya",
        "en": "Other regional innovation",
    },
    "inovasi_timeline_heading": {
        "id": "Linimasa uji coba dan penerapan",
        "en": "Timeline of trials and implementation",
    },
    "inovasi_timeline_coverage": {
        "id": (
            "Baru {dated} dari {total} inovasi yang mencatat tanggal (uji coba: {trial}, "
            "penerapan: {impl}). {undated} inovasi lain belum mencatat tanggal apa pun; "
            "mereka dihitung menurut tahun pelaporan pada grafik kedua."
        ),
        "en": (
            "Only {dated} of {total} innovations record a date (trial: {trial}, implementation: "
            "{impl}). The other {undated} record no date at all; the second chart counts them "
            "by reporting year."
        ),
    },
    "inovasi_timeline_all_dated": {
        "id": ("Semua {total} inovasi terpilih mencatat tanggal (uji coba: {trial}, penerapan: {impl})."),
        "en": "All {total} selected innovations record a date (trial: {trial}, implementation: {impl}).",
    },
    "inovasi_timeline_none": {
        "id": "Tidak ada inovasi terpilih yang mencatat tanggal uji coba atau penerapan.",
        "en": "None of the selected innovations records a trial or implementation date.",
    },
    "inovasi_chart_timeline": {
        "id": "Inovasi bertanggal",
        "en": "Innovations with dates",
    },
    "inovasi_chart_undated": {
        "id": "Inovasi tanpa tanggal, menurut tahun pelaporan",
        "en": "Innovations without dates, by reporting year",
    },
    "inovasi_trial": {"id": "Uji coba", "en": "Trial"},
    "inovasi_implementation": {"id": "Penerapan", "en": "Implementation"},
    "inovasi_axis_year": {"id": "Tahun pelaporan", "en": "Reporting year"},
    "inovasi_axis_count": {"id": "Jumlah inovasi", "en": "Number of innovations"},
    "inovasi_map_heading": {"id": "Sebaran per kecamatan", "en": "By district"},
    "inovasi_map_caption": {
        "id": (
            "Warna kecamatan = jumlah inovasi yang berlokasi di sana; titik = inovasi berlokasi "
            "(di titik tengah kecamatan bila koordinat belum diisi). Berlaku seluruh "
            "kabupaten: {n} inovasi, tidak digambar di peta."
        ),
        "en": (
            "District colour = number of innovations located there; points = located "
            "innovations (at the district centre when coordinates are not filled in). "
            "Regency-wide: {n} innovations, not drawn on the map."
        ),
    },
    "inovasi_chart_kecamatan": {"id": "Per kecamatan", "en": "By district"},
    "inovasi_kecamatan_zero": {
        "id": "{n} kecamatan belum punya inovasi berlokasi tercatat: {names}.",
        "en": "{n} districts have no located innovation recorded yet: {names}.",
    },
    "inovasi_counts_heading": {
        "id": "Jumlah per kecamatan dan per urusan",
        "en": "Counts by district and by affair",
    },
    "inovasi_chart_urusan": {"id": "Per urusan pemerintahan utama", "en": "By main government affair"},
    "inovasi_urusan_caption": {
        "id": (
            "Urusan utama mengikuti Permendagri 90/2019. {unfilled} dari {total} inovasi "
            "belum mengisi urusannya."
        ),
        "en": (
            "Main affair as in Permendagri 90/2019. {unfilled} of {total} innovations have "
            "not filled in their affair yet."
        ),
    },
}
