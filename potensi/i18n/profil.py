"""UI texts of the profil page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ page
    "profil_title": {"id": "Profil Kecamatan {name}", "en": "{name} District Profile"},
    "profil_title_empty": {"id": "Profil Kecamatan", "en": "District Profile"},
    "profil_intro": {
        "id": (
            "Angka utama, kedudukan di antara {n} kecamatan, desa, potensi, peluang investasi "
            "dan inovasi satu kecamatan. Setiap angka disertai sumber dan tahunnya."
        ),
        "en": (
            "Key figures, standing among the {n} districts, villages, potentials, investment "
            "opportunities and innovations of one district. Every figure shows its source and "
            "year."
        ),
    },
    "profil_subtitle": {
        "id": "Kode Kemendagri {code} · {kabupaten}",
        "en": "Kemendagri code {code} · {kabupaten}",
    },
    "profil_pick_label": {"id": "Pilih kecamatan", "en": "Choose a district"},
    "profil_pick_placeholder": {"id": "Nama kecamatan …", "en": "District name …"},
    "profil_pick_prompt": {
        "id": "Pilih satu kecamatan di sini atau di panel samping untuk melihat profilnya.",
        "en": "Choose a district here or in the sidebar to see its profile.",
    },
    "profil_multi_selected": {
        "id": (
            "{n} kecamatan dipilih di panel samping; profil ini menampilkan yang pertama "
            "({name}). Semua yang dipilih ada di perbandingan di bawah."
        ),
        "en": (
            "{n} districts are selected in the sidebar; this profile shows the first ({name}). "
            "All of them are in the comparison below."
        ),
    },
    "profil_example_warning": {
        "id": ("{n} baris DATA CONTOH (bukan data resmi) tentang {name} di halaman ini: jangan dikutip."),
        "en": ("{n} EXAMPLE DATA rows (not official) about {name} on this page: do not quote them."),
    },
    "profil_section_wilayah": {"id": "Wilayah & kependudukan", "en": "Area & population"},
    "profil_section_ekonomi": {"id": "Ekonomi", "en": "Economy"},
    "profil_section_fasilitas": {"id": "Fasilitas", "en": "Facilities"},
    "profil_section_potensi_peluang": {"id": "Potensi & peluang", "en": "Potentials & opportunities"},
    "profil_section_inovasi": {"id": "Inovasi", "en": "Innovation"},
    "profil_section_potensi_inovasi": {"id": "Potensi dan inovasi", "en": "Potentials and innovations"},
    "profil_section_perbandingan": {"id": "Perbandingan", "en": "Comparison"},
    "profil_section_lainnya": {"id": "Indikator lain", "en": "Other indicators"},
    "profil_sources_heading": {
        "id": "Sumber dan catatan angka utama",
        "en": "Sources and notes of the key figures",
    },
    "profil_map_caption": {
        "id": (
            "Garis tipis: batas {n} desa/kelurahan Kecamatan {name} (arahkan kursor untuk "
            "nama dan kode). Titik: potensi, peluang investasi dan inovasi di kecamatan ini; "
            "warna kecamatan mengikuti indikator yang dipilih di panel samping."
        ),
        "en": (
            "Thin lines: the {n} villages of {name} district (hover for name and code). "
            "Points: potentials, investment opportunities and innovations in this district; "
            "district colours follow the indicator chosen in the sidebar."
        ),
    },
    "profil_kabupaten_heading": {
        "id": "Dibanding kecamatan lain",
        "en": "Compared with the other districts",
    },
    "profil_share_caption": {
        "id": (
            "Luas dan desa: bagian dari jumlah {n} kecamatan. Penduduk: dibanding angka "
            "kabupaten tahun yang sama. Potensi, peluang dan inovasi: bagian dari baris yang "
            "berlokasi di suatu kecamatan (baris untuk seluruh kabupaten tidak dihitung)."
        ),
        "en": (
            "Area and villages: share of the total of the {n} districts. Population: against "
            "the regency figure of the same year. Potentials, opportunities and innovations: "
            "share of the rows located in some district (regency-wide rows are not counted)."
        ),
    },
    "profil_rank_charts_heading": {
        "id": "Kedudukan di antara {n} kecamatan",
        "en": "Standing among the {n} districts",
    },
    "profil_rank_heading": {"id": "Peringkat per indikator", "en": "Rank by indicator"},
    "profil_rank_caption": {
        "id": (
            "Peringkat 1 = nilai terbesar, dihitung di antara kecamatan yang memiliki data. "
            "Nilai yang sama berbagi peringkat (seri); nilai yang dimiliki lebih dari separuh "
            "kecamatan (sering 0) tidak diberi peringkat. "
            "Kecamatan tanpa data ditandai × di ujung kanan grafik, bukan dianggap nol."
        ),
        "en": (
            "Rank 1 = largest value, counted among the districts that have the figure. "
            "Equal values share their ranks (a tie); a value held by more than half of the "
            "districts (often 0) gets no rank. "
            "Districts without data are marked × at the right end of a chart, not taken as "
            "zero."
        ),
    },
    "profil_lists_heading": {
        "id": "Potensi, peluang investasi dan inovasi",
        "en": "Potentials, investment opportunities and innovations",
    },
    "profil_potensi_heading": {"id": "Potensi ({n})", "en": "Potentials ({n})"},
    # ------------------------------------------------------------------ potentials × innovations
    "profil_dukungan_heading": {"id": "Potensi dan inovasi", "en": "Potentials and innovations"},
    "profil_dukungan_summary": {
        "id": "{n} dari {total} potensi kecamatan ini didukung inovasi; {gaps} belum ada inovasi.",
        "en": "{n} of the {total} potentials of this district are supported by an innovation; "
        "{gaps} have none yet.",
    },
    "profil_dukungan_rule": {
        "id": "Inovasi mendukung potensi bila menyebut ID potensinya (terkait langsung), atau "
        "ditandai dengan sektornya dan melayani kecamatan ini atau seluruh kabupaten (sektor yang "
        "sama). Inovasi berstatus ditolak atau arsip tidak dihitung. Penandaan ini klasifikasi "
        "proyek, bukan data sumber.",
        "en": "An innovation supports a potential when it names the potential's id (linked "
        "directly), or is tagged with its sector and serves this district or the whole regency "
        "(same sector). Rejected or archived innovations do not count. The tags are the project's "
        "classification, not source data.",
    },
    "profil_dukungan_with": {"id": "Didukung inovasi ({n})", "en": "Supported by innovations ({n})"},
    "profil_dukungan_without": {"id": "Belum ada inovasi ({n})", "en": "No innovation yet ({n})"},
    "profil_dukungan_none_with": {
        "id": "Belum ada potensi kecamatan ini yang didukung inovasi.",
        "en": "No potential of this district is supported by an innovation yet.",
    },
    "profil_dukungan_all_with": {
        "id": "Setiap potensi kecamatan ini sudah didukung inovasi.",
        "en": "Every potential of this district is supported by an innovation.",
    },
    "profil_col_dukungan": {"id": "Inovasi pendukung", "en": "Supporting innovations"},
    "profil_peluang_heading": {"id": "Peluang investasi ({n})", "en": "Investment opportunities ({n})"},
    "profil_inovasi_heading": {"id": "Inovasi daerah ({n})", "en": "Regional innovations ({n})"},
    "profil_none_potensi": {
        "id": "Belum ada potensi tercatat di kecamatan ini.",
        "en": "No potential is recorded in this district yet.",
    },
    "profil_none_peluang": {
        "id": "Belum ada peluang investasi tercatat di kecamatan ini.",
        "en": "No investment opportunity is recorded in this district yet.",
    },
    "profil_none_inovasi": {
        "id": "Belum ada inovasi daerah yang berlokasi di kecamatan ini.",
        "en": "No regional innovation is located in this district yet.",
    },
    "profil_filtered_note": {
        "id": "{n} dari {total} ditampilkan: saringan di panel samping aktif.",
        "en": "{n} of {total} shown: the sidebar filters are active.",
    },
    "profil_inovasi_wide_info": {
        "id": "Selain itu {n} inovasi berlaku untuk seluruh kabupaten, termasuk kecamatan ini.",
        "en": "Besides these, {n} innovations apply to the whole regency, this district included.",
    },
    "profil_potensi_wide_info": {
        "id": "Selain itu {n} potensi dicatat untuk seluruh kabupaten, tanpa lokasi kecamatan.",
        "en": "Besides these, {n} potentials are recorded for the whole regency, without a district.",
    },
    "profil_open_page": {"id": "Buka halaman {page}", "en": "Open the {page} page"},
    "profil_list_caption": {
        "id": "Setiap baris menautkan sumbernya; baris bertanda DATA CONTOH bukan data resmi.",
        "en": "Every row links its source; rows marked EXAMPLE DATA are not official.",
    },
    "profil_compare_heading": {"id": "Perbandingan kecamatan", "en": "District comparison"},
    "profil_compare_label": {
        "id": "Kecamatan yang dibandingkan (2–3)",
        "en": "Districts to compare (2–3)",
    },
    "profil_compare_placeholder": {"id": "Pilih kecamatan", "en": "Choose districts"},
    "profil_compare_prompt": {
        "id": "Pilih dua atau tiga kecamatan untuk dibandingkan berdampingan.",
        "en": "Choose two or three districts to compare side by side.",
    },
    "profil_open_other": {"id": "Profil {name}", "en": "{name} profile"},
    "profil_compare_chart_title": {
        "id": "Bagian dari {kabupaten} (%)",
        "en": "Share of {kabupaten} (%)",
    },
    # ------------------------------------------------------------------ headline figures
    "profil_fig_luas": {"id": "Luas poligon", "en": "Polygon area"},
    "profil_fig_desa": {"id": "Desa/kelurahan", "en": "Villages"},
    "profil_fig_kelurahan": {"id": "di antaranya kelurahan", "en": "of which kelurahan (urban)"},
    "profil_fig_penduduk": {"id": "Penduduk", "en": "Population"},
    "profil_fig_kepadatan": {"id": "Kepadatan", "en": "Density"},
    "profil_fig_potensi": {"id": "Potensi", "en": "Potentials"},
    "profil_fig_peluang": {"id": "Peluang investasi", "en": "Investment opportunities"},
    "profil_fig_inovasi": {"id": "Inovasi daerah", "en": "Regional innovations"},
    "profil_year_unknown": {"id": "tahun tidak tercatat", "en": "year not recorded"},
    "profil_boundary_source": {"id": "peta batas {source}", "en": "boundary map {source}"},
    "profil_admin_area_note": {
        "id": "luas administratif {value} km² ({year}; {source})",
        "en": "administrative area {value} km² ({year}; {source})",
    },
    "profil_kelurahan_note": {"id": "termasuk {n} kelurahan", "en": "including {n} kelurahan (urban)"},
    "profil_no_kelurahan_note": {"id": "semuanya desa, tanpa kelurahan", "en": "all rural, no kelurahan"},
    "profil_no_population": {
        "id": "lapisan indikator belum memuat penduduk kecamatan ini",
        "en": "the indicator layer holds no population for this district yet",
    },
    "profil_indikator_source": {"id": "lapisan indikator", "en": "indicator layer"},
    "profil_density_source": {
        "id": "penduduk ÷ luas poligon; penduduk:",
        "en": "population ÷ polygon area; population:",
    },
    "profil_count_source": {
        "id": "lapisan «{layer}»; sumber tiap baris di daftar bawah",
        "en": "layer “{layer}”; each row's source in the lists below",
    },
    "profil_count_source_short": {"id": "lapisan «{layer}»", "en": "layer “{layer}”"},
    "profil_kabupaten_wide_note": {
        "id": "+{n} berlaku seluruh kabupaten",
        "en": "+{n} regency-wide",
    },
    "profil_caption_year": {"id": "Tahun {year}", "en": "Year {year}"},
    "profil_caption_source": {"id": "Sumber: {source}", "en": "Source: {source}"},
    # ------------------------------------------------------------------ charts
    "profil_share_title": {
        "id": "Bagian Kecamatan {name} dari {kabupaten}",
        "en": "{name} district's share of {kabupaten}",
    },
    "profil_share_detail": {
        "id": "{part} dari {whole} {unit}{when}",
        "en": "{part} of {whole} {unit}{when}",
    },
    "profil_share_average": {
        "id": "rata-rata per kecamatan: {value}% (1/{n})",
        "en": "average per district: {value}% (1/{n})",
    },
    "profil_axis_share": {"id": "% dari {kabupaten}", "en": "% of {kabupaten}"},
    "profil_axis_kecamatan": {"id": "Kecamatan", "en": "District"},
    "profil_rank_subtitle": {"id": "{name}: {rank}", "en": "{name}: {rank}"},
    "profil_rank_subtitle_missing": {
        "id": "{name}: data tidak tersedia",
        "en": "{name}: data not available",
    },
    "profil_rank_missing_count": {"id": "{n} tanpa data (×)", "en": "{n} without data (×)"},
    "profil_rank_of": {"id": "{rank} dari {n} (1 = terbesar)", "en": "{rank} of {n} (1 = largest)"},
    "profil_rank_tie": {
        "id": "seri {first}–{last} dari {n} (1 = terbesar)",
        "en": "tied {first}–{last} of {n} (1 = largest)",
    },
    "profil_rank_common": {
        "id": "tanpa peringkat: {shared} dari {n} bernilai {value}",
        "en": "no rank: {shared} of {n} have {value}",
    },
    "profil_rank_kabupaten_wide": {
        "id": "tidak diperingkat: {n} dari {total} {layer} berlaku seluruh kabupaten",
        "en": "not ranked: {n} of {total} {layer} are regency-wide",
    },
    "profil_na_short": {"id": "t.a.", "en": "n/a"},
    "profil_ind_luas": {"id": "Luas poligon", "en": "Polygon area"},
    "profil_ind_jumlah_desa": {
        "id": "Jumlah desa/kelurahan (peta batas)",
        "en": "Number of villages (boundary map)",
    },
    "profil_ind_luas_wilayah": {"id": "Luas administratif", "en": "Administrative area"},
    "profil_ind_jumlah_desa_kelurahan": {
        "id": "Jumlah desa/kelurahan (statistik)",
        "en": "Number of villages (statistics)",
    },
    # ------------------------------------------------------------------ table columns
    "profil_col_indikator": {"id": "Indikator", "en": "Indicator"},
    "profil_col_nilai": {"id": "Nilai", "en": "Value"},
    "profil_col_peringkat": {"id": "Peringkat", "en": "Rank"},
    "profil_col_tahun": {"id": "Tahun", "en": "Year"},
    "profil_col_sumber": {"id": "Sumber", "en": "Source"},
    "profil_col_sumber_n": {"id": "Sumber {n}", "en": "Source {n}"},
    "profil_col_sumber_note": {"id": "Keterangan sumber", "en": "Source note"},
    "profil_col_contoh": {"id": "Data contoh", "en": "Example data"},
    "profil_col_sektor": {"id": "Sektor", "en": "Sector"},
    "profil_col_nama": {"id": "Nama", "en": "Name"},
    "profil_col_desa": {"id": "Desa/kelurahan", "en": "Village"},
    "profil_col_keterangan": {"id": "Keterangan", "en": "Description"},
    "profil_col_judul": {"id": "Judul", "en": "Title"},
    "profil_col_nilai_investasi": {"id": "Nilai investasi", "en": "Investment value"},
    "profil_col_kesiapan": {"id": "Tingkat kesiapan", "en": "Readiness"},
    "profil_col_opd": {"id": "OPD pengusul", "en": "Proposing agency (OPD)"},
    "profil_col_tahapan": {"id": "Tahapan", "en": "Stage"},
    "profil_col_ukuran": {"id": "Ukuran", "en": "Measure"},
}
