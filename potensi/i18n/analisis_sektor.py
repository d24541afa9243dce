"""UI texts of the sector analysis (LQ, DLQ, SLQ × DLQ, shift-share, sectoral Klassen)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "an_sek_intro": {
        "id": (
            "Sektor ekonomi (PDRB ADHK 2010 menurut 17 lapangan usaha) sebuah wilayah dibandingkan dengan "
            "wilayah acuan: sektor basis (LQ), arah perubahannya (DLQ), penguraian pertumbuhan "
            "(shift-share) dan tipologi Klassen."
        ),
        "en": (
            "The economic sectors (GRDP at constant 2010 prices, 17 industries) of a region against a "
            "reference region: basic sectors (LQ), their direction (DLQ), growth decomposition "
            "(shift-share) and the Klassen typology."
        ),
    },
    "an_sek_no_data": {
        "id": (
            "Belum ada data PDRB menurut lapangan usaha (indikator pdrb_adhk_a … pdrb_adhk_rstu) untuk dua "
            "wilayah. Isi templat data/templates/indikator_pdrb_lapangan_usaha.csv dari tabel BPS lalu "
            "impor sebagai lapisan indikator."
        ),
        "en": (
            "No GRDP-by-industry data (indicators pdrb_adhk_a … pdrb_adhk_rstu) for two regions yet. Fill "
            "the template data/templates/indikator_pdrb_lapangan_usaha.csv from the BPS tables and import "
            "it as the indikator layer."
        ),
    },
    "an_sek_region": {"id": "Wilayah", "en": "Region"},
    "an_sek_reference": {"id": "Wilayah acuan", "en": "Reference region"},
    "an_sek_period": {"id": "Periode (tahun awal – tahun akhir)", "en": "Period (first – last year)"},
    "an_sek_submethod": {"id": "Analisis", "en": "Analysis"},
    "an_sek_sub_slq": {"id": "LQ statis", "en": "Static LQ"},
    "an_sek_sub_klasifikasi": {"id": "SLQ × DLQ", "en": "SLQ × DLQ"},
    "an_sek_sub_shift_share": {"id": "Shift-share", "en": "Shift-share"},
    "an_sek_sub_klassen": {"id": "Tipologi Klassen", "en": "Klassen typology"},
    "an_sek_year": {"id": "Tahun LQ", "en": "LQ year"},
    "an_sek_em": {
        "id": "Tambahkan efek alokasi (Esteban-Marquillas)",
        "en": "Add the allocation effect (Esteban-Marquillas)",
    },
    "an_sek_same_region": {
        "id": "Pilih wilayah acuan yang berbeda dari wilayah yang dianalisis.",
        "en": "Pick a reference region other than the region analysed.",
    },
    "an_sek_caption": {
        "id": "{region} terhadap {reference} · satuan {unit} · periode {start}–{end}",
        "en": "{region} against {reference} · unit {unit} · period {start}–{end}",
    },
    "an_sek_dlq_short": {
        "id": "DLQ memerlukan periode minimal tiga tahun; pilih periode yang lebih panjang.",
        "en": "DLQ needs a period of at least three years; choose a longer period.",
    },
    "an_sek_col_sector": {"id": "Lapangan usaha", "en": "Industry"},
    "an_sek_col_key": {"id": "Kat.", "en": "Cat."},
    "an_sek_col_value": {"id": "Nilai", "en": "Value"},
    "an_sek_col_share": {"id": "Porsi wilayah (%)", "en": "Regional share (%)"},
    "an_sek_col_share_ref": {"id": "Porsi acuan (%)", "en": "Reference share (%)"},
    "an_sek_col_growth": {"id": "Laju wilayah (%/th)", "en": "Regional growth (%/yr)"},
    "an_sek_col_growth_ref": {"id": "Laju acuan (%/th)", "en": "Reference growth (%/yr)"},
    "an_sek_col_class": {"id": "Kelas", "en": "Class"},
    "an_sek_col_quadrant": {"id": "Kuadran", "en": "Quadrant"},
    "an_sek_col_alloc": {"id": "Tipe alokasi", "en": "Allocation type"},
    "an_sek_lq_axis": {"id": "LQ (garis = 1)", "en": "LQ (line = 1)"},
    "an_sek_components": {"id": "Komponen", "en": "Component"},
    "an_sek_n": {"id": "N pertumbuhan acuan", "en": "N reference growth"},
    "an_sek_m": {"id": "M bauran industri", "en": "M industry mix"},
    "an_sek_c": {"id": "C keunggulan kompetitif", "en": "C competitive shift"},
    "an_sek_d": {"id": "D perubahan total", "en": "D total change"},
    "an_sek_share_diff": {
        "id": "Selisih porsi: wilayah − acuan (poin %)",
        "en": "Share difference: region − reference (% points)",
    },
    "an_sek_growth_diff": {
        "id": "Selisih laju: wilayah − acuan (poin %/th)",
        "en": "Growth difference: region − reference (% points/yr)",
    },
    "an_sek_download": {"id": "Unduh semua hasil sektor (XLSX)", "en": "Download all sector results (XLSX)"},
    # -- the 17 PDRB categories (KBLI 2020 based, 2010 = 100 series), by key -------------
    "sektor_A": {"id": "Pertanian, Kehutanan, dan Perikanan", "en": "Agriculture, Forestry and Fishing"},
    "sektor_B": {"id": "Pertambangan dan Penggalian", "en": "Mining and Quarrying"},
    "sektor_C": {"id": "Industri Pengolahan", "en": "Manufacturing"},
    "sektor_D": {"id": "Pengadaan Listrik dan Gas", "en": "Electricity and Gas Supply"},
    "sektor_E": {
        "id": "Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang",
        "en": "Water Supply, Sewerage, Waste Management and Remediation",
    },
    "sektor_F": {"id": "Konstruksi", "en": "Construction"},
    "sektor_G": {
        "id": "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor",
        "en": "Wholesale and Retail Trade; Repair of Motor Vehicles and Motorcycles",
    },
    "sektor_H": {"id": "Transportasi dan Pergudangan", "en": "Transportation and Storage"},
    "sektor_I": {
        "id": "Penyediaan Akomodasi dan Makan Minum",
        "en": "Accommodation and Food Service Activities",
    },
    "sektor_J": {"id": "Informasi dan Komunikasi", "en": "Information and Communication"},
    "sektor_K": {"id": "Jasa Keuangan dan Asuransi", "en": "Financial and Insurance Activities"},
    "sektor_L": {"id": "Real Estat", "en": "Real Estate"},
    "sektor_MN": {"id": "Jasa Perusahaan", "en": "Business Services"},
    "sektor_O": {
        "id": "Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib",
        "en": "Public Administration and Defence; Compulsory Social Security",
    },
    "sektor_P": {"id": "Jasa Pendidikan", "en": "Education"},
    "sektor_Q": {"id": "Jasa Kesehatan dan Kegiatan Sosial", "en": "Human Health and Social Work Activities"},
    "sektor_RSTU": {"id": "Jasa Lainnya", "en": "Other Services"},
    "an_sek_province": {"id": "Provinsi {name}", "en": "Province of {name}"},
    # -- sectoral Klassen classes and Esteban-Marquillas allocation types, by code ---------
    "klassen_sektoral_maju_tumbuh_pesat": {"id": "maju dan tumbuh pesat", "en": "advanced and fast-growing"},
    "klassen_sektoral_maju_tertekan": {"id": "maju tapi tertekan", "en": "advanced but depressed"},
    "klassen_sektoral_potensial": {"id": "potensial / berkembang cepat", "en": "potential, developing fast"},
    "klassen_sektoral_tertinggal": {"id": "relatif tertinggal", "en": "relatively lagging"},
    "tipe_alokasi_spesialis_bersaing": {
        "id": "terspesialisasi, berdaya saing",
        "en": "specialised, competitive",
    },
    "tipe_alokasi_nonspesialis_bersaing": {
        "id": "tidak terspesialisasi, berdaya saing",
        "en": "not specialised, competitive",
    },
    "tipe_alokasi_spesialis_tidak_bersaing": {
        "id": "terspesialisasi, tidak berdaya saing",
        "en": "specialised, not competitive",
    },
    "tipe_alokasi_nonspesialis_tidak_bersaing": {
        "id": "tidak terspesialisasi, tidak berdaya saing",
        "en": "not specialised, not competitive",
    },
}
