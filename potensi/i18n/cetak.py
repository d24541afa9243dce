"""Texts of what leaves the screen: the investor brief (PDF), the printed peta potensi
(poster) and the print/download buttons of the pages."""

TEXTS = {
    # --------------------------------------------------------------- map furniture
    "print_north": {"id": "U", "en": "N"},
    "print_east": {"id": "BT", "en": "E"},
    "print_west": {"id": "BB", "en": "W"},
    "print_south": {"id": "LS", "en": "S"},
    "print_north_lat": {"id": "LU", "en": "N"},
    "print_site": {"id": "Tapak peluang", "en": "Opportunity site"},
    "print_site_approx": {
        "id": "Tapak (lokasi perkiraan: titik tengah {where})",
        "en": "Site (approximate: centre of {where})",
    },
    "print_kecamatan_boundary": {"id": "Batas kecamatan", "en": "Kecamatan boundary"},
    "print_desa_boundary": {"id": "Batas desa/kelurahan", "en": "Desa/kelurahan boundary"},
    "print_kabupaten_boundary": {"id": "Batas kabupaten", "en": "Regency boundary"},
    "print_city": {
        "id": "{name}: kota tersendiri, bukan bagian kabupaten",
        "en": "{name}: a separate city, not part of the regency",
    },
    "print_example_badge": {"id": "DATA CONTOH", "en": "EXAMPLE DATA (DATA CONTOH)"},
    "print_generated": {"id": "Dibuat {date} dari Peta Potensi", "en": "Generated {date} from Peta Potensi"},
    # --------------------------------------------------------------- brief
    "brief_page": {"id": "Halaman {page} dari {total}", "en": "Page {page} of {total}"},
    "brief_kind_peluang": {
        "id": "Peluang Investasi · Kabupaten {kabupaten}",
        "en": "Investment Opportunity · {kabupaten} Regency",
    },
    "brief_kind_kecamatan": {
        "id": "Profil Kecamatan · Kabupaten {kabupaten}",
        "en": "Kecamatan Profile · {kabupaten} Regency",
    },
    "brief_kecamatan_title": {"id": "Kecamatan {name}", "en": "Kecamatan {name}"},
    "brief_example_peluang": {
        "id": "DATA CONTOH: peluang ini ilustrasi, bukan penawaran resmi. Angkanya tidak boleh dikutip.",
        "en": "EXAMPLE DATA (DATA CONTOH): this opportunity is an illustration, not an official offer. "
        "Its figures must not be quoted.",
    },
    "brief_example_kecamatan": {
        "id": "{n} baris DATA CONTOH (bukan data resmi) di ringkasan ini, ditandai DATA CONTOH: "
        "jangan dikutip.",
        "en": "{n} EXAMPLE DATA rows (not official) in this brief, marked DATA CONTOH: do not quote them.",
    },
    "brief_facts_heading": {"id": "Angka kunci", "en": "Key figures"},
    "brief_col_item": {"id": "Butir", "en": "Item"},
    "brief_col_value": {"id": "Nilai", "en": "Value"},
    "brief_col_source": {"id": "Sumber", "en": "Source"},
    "brief_col_year": {"id": "Tahun", "en": "Year"},
    "brief_label_sector": {"id": "Sektor", "en": "Sector"},
    "brief_label_location": {"id": "Lokasi", "en": "Location"},
    "brief_label_usd": {"id": "Nilai dalam dolar AS", "en": "Value in US dollars"},
    "brief_usd_text": {
        "id": "US$ {usd} (kurs asumsi {rate}; harga tahun {year})",
        "en": "US$ {usd} (assumed rate {rate}; {year} prices)",
    },
    "brief_usd_computed": {
        "id": "≈ US$ {usd} dihitung dengan kurs asumsi {rate} (harga tahun {year})",
        "en": "≈ US$ {usd} at the assumed rate {rate} ({year} prices)",
    },
    "brief_label_npv": {"id": "NPV (tingkat diskonto)", "en": "NPV (discount rate)"},
    "brief_label_land_area": {"id": "Luas lahan", "en": "Land area"},
    "brief_label_land_status": {"id": "Status lahan", "en": "Land status"},
    "brief_label_readiness": {"id": "Tahap kesiapan", "en": "Readiness stage"},
    "brief_label_missing": {"id": "Yang masih kurang", "en": "Still missing"},
    "brief_nothing_missing": {
        "id": "tidak ada: semua data kunci tersedia",
        "en": "nothing: all key facts known",
    },
    "brief_label_incentives": {"id": "Insentif", "en": "Incentives"},
    "brief_label_contact": {"id": "Narahubung", "en": "Contact person"},
    "brief_label_completeness": {"id": "Kelengkapan data", "en": "Data completeness"},
    "brief_label_updated": {"id": "Pembaruan terakhir", "en": "Last updated"},
    "brief_readiness_heading": {
        "id": "Kesiapan dan yang masih kurang",
        "en": "Readiness and what is missing",
    },
    "brief_details_heading": {"id": "Rincian lain", "en": "Further details"},
    "brief_map_heading": {"id": "Peta lokasi", "en": "Location map"},
    "brief_map_caption_peluang": {
        "id": "Kecamatan {name} (diarsir) di antara kecamatan tetangga; garis tipis: batas desa. "
        "Batas: {source}.",
        "en": "Kecamatan {name} (shaded) among its neighbours; thin lines: desa boundaries. "
        "Boundaries: {source}.",
    },
    "brief_map_caption_kecamatan": {
        "id": "Kecamatan {name} dan {n} desa/kelurahannya. Batas: {source}.",
        "en": "Kecamatan {name} and its {n} desa/kelurahan. Boundaries: {source}.",
    },
    "brief_boundary_source": {
        "id": "wilayah_boundaries oleh Cahya DSN (MIT), commit {commit}",
        "en": "wilayah_boundaries by Cahya DSN (MIT), commit {commit}",
    },
    "brief_qr_caption": {
        "id": "Pindai untuk membuka halaman ini di dasbor Peta Potensi:",
        "en": "Scan to open this page on the Peta Potensi dashboard:",
    },
    "brief_no_public_url": {
        "id": "Alamat publik dasbor belum diatur (PETA_PUBLIC_URL): kode QR tidak dicetak.",
        "en": "The dashboard's public address is not set (PETA_PUBLIC_URL): no QR code printed.",
    },
    "brief_map_source": {
        "id": "Peta lokasi, batas wilayah: {source}",
        "en": "Location map, boundaries: {source}",
    },
    "brief_sources_heading": {"id": "Sumber", "en": "Sources"},
    "brief_source_record": {"id": "Data peluang: {source}", "en": "Opportunity data: {source}"},
    "brief_documents": {"id": "Dokumen studi: {docs}", "en": "Study documents: {docs}"},
    "brief_headline_heading": {"id": "Angka utama", "en": "Headline figures"},
    "brief_rank_heading": {"id": "Peringkat di antara {n} kecamatan", "en": "Rank among the {n} kecamatan"},
    "brief_rank_note": {
        "id": "Peringkat 1 = nilai terbesar; nilai yang sama berbagi rentang peringkat.",
        "en": "Rank 1 = largest value; equal values share a span of ranks.",
    },
    "brief_analysis_heading": {"id": "Hasil analisis", "en": "Analysis results"},
    "brief_analysis_none": {
        "id": "Belum ada hasil analisis tersimpan untuk kecamatan ini "
        "(Analisis Potensi → Indeks komposit → simpan).",
        "en": "No saved analysis result for this kecamatan yet (Analysis → Composite index → save).",
    },
    "brief_none": {"id": "Belum ada yang tercatat.", "en": "Nothing recorded yet."},
    "brief_more_rows": {
        "id": "… dan {n} lainnya (lihat dasbor).",
        "en": "… and {n} more (see the dashboard).",
    },
    "brief_unknown_peluang": {
        "id": "Peluang {id} tidak ada di store.",
        "en": "Opportunity {id} is not in the store.",
    },
    "brief_unknown_kecamatan": {
        "id": "Kecamatan {code} tidak ada di store (kode Kemendagri, mis. 35.05.13).",
        "en": "Kecamatan {code} is not in the store (Kemendagri code, e.g. 35.05.13).",
    },
    # --------------------------------------------------------------- poster
    "poster_title": {"id": "PETA POTENSI KECAMATAN", "en": "KECAMATAN POTENTIAL MAP"},
    "poster_region": {"id": "KABUPATEN {kabupaten}", "en": "{kabupaten} REGENCY"},
    "poster_province": {"id": "PROVINSI {province}", "en": "{province} PROVINCE"},
    "poster_legend": {"id": "LEGENDA", "en": "LEGEND"},
    "poster_inset_title": {
        "id": "Lokasi Kabupaten {kabupaten} di Provinsi {province}",
        "en": "{kabupaten} Regency in {province} Province",
    },
    "poster_no_inset": {
        "id": "Peta inset tidak tersedia: batas kabupaten provinsi ini tidak ada di komputer ini "
        "(mirror PETA_GEODATA_MIRROR).",
        "en": "No inset map: the province's regency boundaries are not on this computer "
        "(mirror PETA_GEODATA_MIRROR).",
    },
    "poster_scale": {"id": "Skala 1 : {n} (pada kertas {size})", "en": "Scale 1 : {n} (on {size} paper)"},
    "poster_projection": {
        "id": "Koordinat geografis WGS 84 (EPSG:4326)",
        "en": "Geographic coordinates WGS 84 (EPSG:4326)",
    },
    "poster_sources_heading": {"id": "SUMBER DATA", "en": "DATA SOURCES"},
    "poster_source_indicator": {"id": "{title}: {source}", "en": "{title}: {source}"},
    "poster_source_points": {
        "id": "{layer}: data Peta Potensi, {n} titik{example}",
        "en": "{layer}: Peta Potensi data, {n} points{example}",
    },
    "poster_example_points": {
        "id": ", {n} di antaranya DATA CONTOH",
        "en": ", {n} of them EXAMPLE DATA (DATA CONTOH)",
    },
    "poster_approx_note": {
        "id": "Titik tanpa koordinat digambar di titik tengah desa/kecamatannya.",
        "en": "Points without coordinates are drawn at the centre of their desa/kecamatan.",
    },
    "poster_agency_default": {"id": "Bappeda Kabupaten {kabupaten}", "en": "Bappeda, {kabupaten} Regency"},
    "poster_logo_space": {"id": "logo", "en": "logo"},
    "poster_printed": {"id": "Dicetak {date}", "en": "Printed {date}"},
    # --------------------------------------------------------------- pages
    "print_download_brief": {"id": "Unduh ringkasan (PDF)", "en": "Download brief (PDF)"},
    "print_download_brief_help": {
        "id": "Ringkasan A4 untuk investor: angka dengan sumber, peta lokasi, kode QR ke halaman ini.",
        "en": "A4 brief for investors: figures with sources, location map, QR code to this page.",
    },
    "print_poster_heading": {"id": "Cetak peta (poster)", "en": "Print the map (poster)"},
    "print_poster_size": {"id": "Ukuran kertas", "en": "Paper size"},
    "print_poster_format": {"id": "Format", "en": "Format"},
    "print_poster_make": {"id": "Buat peta cetak", "en": "Make the print map"},
    "print_poster_download": {"id": "Unduh peta {size} ({fmt})", "en": "Download {size} map ({fmt})"},
    "print_poster_help": {
        "id": "Peta potensi untuk dinding atau map rapat: indikator dan lapisan titik yang dipilih, legenda, "
        "skala, arah utara, grid koordinat, inset lokasi, sumber. Vektor: teks tetap teks.",
        "en": "The potential map for the wall or the meeting folder: the chosen indicator and point layers, "
        "legend, scale, north arrow, coordinate grid, locator inset, sources. Vector: text stays text.",
    },
}
