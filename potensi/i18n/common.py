"""UI texts shared by every page: sidebar, map legend and tooltips, layers, indicators."""

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
    "legend_toggle": {
        "id": "Klik untuk melipat atau membuka legenda",
        "en": "Click to fold or open the legend",
    },
    "no_data": {"id": "data tidak tersedia", "en": "data not available"},
    "real_data": {"id": "data nyata {real}/{total}", "en": "real data {real}/{total}"},
    "zoom_for_detail": {
        "id": "wilayah induk: perbesar peta untuk melihat warna tiap wilayah",
        "en": "parent area: zoom in to see each area's colour",
    },
    "tooltip_name": {"id": "Kecamatan", "en": "District"},
    "tooltip_code": {"id": "Kode", "en": "Code"},
    "tooltip_desa": {"id": "Desa/Kelurahan", "en": "Village"},
    "tooltip_jenis": {"id": "Jenis", "en": "Type"},
    "store_missing": {
        "id": "Data batas wilayah belum dibangun.",
        "en": "Boundary data has not been built yet.",
    },
    "classes_quantile": {"id": "kelas kuantil", "en": "quantile classes"},
    "layer": {"id": "Lapisan", "en": "Layer"},
    "layer_indikator": {"id": "Indikator wilayah", "en": "Regional indicators"},
    "layer_potensi": {"id": "Potensi sektoral", "en": "Sector potentials"},
    "layer_peluang_investasi": {"id": "Peluang investasi", "en": "Investment opportunities"},
    "layer_inovasi": {"id": "Inovasi daerah", "en": "Regional innovations"},
    "layer_opd": {"id": "Perangkat daerah (OPD)", "en": "Government agencies (OPD)"},
    "layer_iid_aturan": {"id": "Aturan IID per tahun", "en": "IID rules per year"},
    "layer_iid_indikator": {
        "id": "Indikator IID (bobot dan parameter)",
        "en": "IID indicators (weights and parameters)",
    },
    "layer_inovasi_indikator": {
        "id": "Penilaian mandiri inovasi (indikator 16–35)",
        "en": "Innovation self-assessment (indicators 16–35)",
    },
    "layer_iid_spd": {
        "id": "Indikator SPD pemerintah daerah (1–15)",
        "en": "Local-government SPD indicators (1–15)",
    },
    "layer_iid_rencana": {"id": "Rencana IID (skenario)", "en": "IID plans (scenarios)"},
}

TEXTS.update(
    {
        "present_toggle": {"id": "Mode presentasi", "en": "Presentation mode"},
        "present_help": {
            "id": "Menyembunyikan kontrol, memperbesar huruf, memakai palet ramah buta warna.",
            "en": "Hides controls, enlarges fonts, uses a colour-blind-safe palette.",
        },
        "present_exit": {"id": "Keluar", "en": "Exit"},
        "present_exit_help": {
            "id": "Keluar dari mode presentasi: panel samping dan kontrol kembali.",
            "en": "Leave presentation mode: the sidebar and controls come back.",
        },
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
        "filters_more_active": {"id": "Saring data ({n} aktif)", "en": "Filter data ({n} active)"},
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
        "readiness_contradicted": {
            "id": "⚠ kesiapan tertulis tidak sesuai datanya",
            "en": "⚠ stated readiness contradicted by its facts",
        },
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
        "ind_penduduk_sp2010_final": {
            "id": "Jumlah penduduk SP2010, angka final",
            "en": "Population, 2010 census, final figures",
        },
        "ind_penduduk_sumber_lain": {
            "id": "Jumlah penduduk (sumber lain, tidak dipetakan)",
            "en": "Population (other source, not mapped)",
        },
        "ind_luas_wilayah_sumber_lain": {
            "id": "Luas administratif (sumber lain, tidak dipetakan)",
            "en": "Administrative area (other source, not mapped)",
        },
        "ind_penduduk_laki_laki": {"id": "Penduduk laki-laki", "en": "Male population"},
        "ind_penduduk_perempuan": {"id": "Penduduk perempuan", "en": "Female population"},
        "ind_penduduk_dukcapil": {
            "id": "Jumlah penduduk menurut Dukcapil",
            "en": "Population by civil registry (Dukcapil)",
        },
        "ind_persentase_penduduk_miskin": {
            "id": "Persentase penduduk miskin (P0)",
            "en": "Poverty rate (P0)",
        },
        "ind_jumlah_penduduk_miskin": {"id": "Jumlah penduduk miskin", "en": "Number of poor people"},
        "ind_garis_kemiskinan": {"id": "Garis kemiskinan", "en": "Poverty line"},
        "ind_indeks_kedalaman_kemiskinan": {
            "id": "Indeks kedalaman kemiskinan (P1)",
            "en": "Poverty gap index (P1)",
        },
        "ind_indeks_keparahan_kemiskinan": {
            "id": "Indeks keparahan kemiskinan (P2)",
            "en": "Poverty severity index (P2)",
        },
        "ind_laju_pertumbuhan_ekonomi": {"id": "Laju pertumbuhan ekonomi", "en": "Economic growth rate"},
        "ind_tingkat_pengangguran_terbuka": {
            "id": "Tingkat pengangguran terbuka",
            "en": "Open unemployment rate",
        },
        "ind_prevalensi_stunting_ssgi": {
            "id": "Prevalensi stunting (SSGI)",
            "en": "Stunting prevalence (SSGI survey)",
        },
        "ind_prevalensi_stunting_ski": {
            "id": "Prevalensi stunting (SKI)",
            "en": "Stunting prevalence (SKI survey)",
        },
        "ind_ipm": {"id": "Indeks Pembangunan Manusia (IPM)", "en": "Human Development Index (HDI)"},
        "ind_iid_skor": {"id": "Indeks Inovasi Daerah (skor)", "en": "Regional Innovation Index (score)"},
        "ind_iid_peringkat_nasional": {
            "id": "Indeks Inovasi Daerah (peringkat nasional)",
            "en": "Regional Innovation Index (national rank)",
        },
        "unit_jiwa": {"id": "jiwa", "en": "people"},
        "unit_count": {"id": "buah", "en": "items"},
        "fullscreen": {"id": "Layar penuh", "en": "Full screen"},
        "choose": {"id": "Pilih …", "en": "Choose …"},
        "source_layer": {"id": "Peta Potensi: lapisan {layer}", "en": "Peta Potensi: {layer} layer"},
        "source_density": {"id": "{source} / luas poligon", "en": "{source} / polygon area"},
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

TEXTS.update(
    {
        "auth_heading": {"id": "Masuk petugas", "en": "Staff sign-in"},
        "auth_help": {
            "id": "Hanya untuk petugas yang mengubah data. Pengunjung tidak perlu masuk.",
            "en": "Only for officials who change data. Visitors need not sign in.",
        },
        "auth_name": {"id": "Nama akun", "en": "Account name"},
        "auth_password": {"id": "Kata sandi", "en": "Password"},
        "auth_submit": {"id": "Masuk", "en": "Sign in"},
        "auth_sso": {"id": "Masuk dengan akun kantor (SSO)", "en": "Sign in with the office account (SSO)"},
        "auth_sso_no_role": {
            "id": "Akun SSO Anda belum punya peran di dasbor ini. Minta admin menambahkan akun "
            "dengan nama alamat e-mail Anda; sampai itu, Anda dapat melihat semua halaman.",
            "en": "Your SSO account has no role on this dashboard yet. Ask an admin to add an "
            "account named by your e-mail address; until then you can read every page.",
        },
        "auth_signed_in": {
            "id": "Masuk sebagai **{user}** ({role})",
            "en": "Signed in as **{user}** ({role})",
        },
        "auth_sign_out": {"id": "Keluar akun", "en": "Sign out"},
        "auth_signed_out": {"id": "Anda telah keluar.", "en": "You have signed out."},
        "auth_expired": {
            "id": "Sesi berakhir karena tidak aktif {minutes} menit. Masuk lagi untuk mengubah data.",
            "en": "The session ended after {minutes} minutes without activity. Sign in again to change data.",
        },
        "auth_disabled": {
            "id": "Akun Anda dinonaktifkan atau diubah; sesi diakhiri.",
            "en": "Your account was disabled or changed; the session has ended.",
        },
        "auth_refused": {
            "id": "Nama akun atau kata sandi salah, atau akun dinonaktifkan.",
            "en": "Wrong account name or password, or the account is disabled.",
        },
        "auth_locked": {
            "id": "Terlalu banyak percobaan yang gagal: masuk dikunci. Coba lagi dalam {minutes} menit.",
            "en": "Too many failed attempts: sign-in is locked. Try again in {minutes} minutes.",
        },
        "auth_role_editor": {"id": "editor", "en": "editor"},
        "auth_role_admin": {"id": "admin", "en": "admin"},
    }
)
