"""Texts of the Kelola Data page (import, dry run, undo) that no other page uses."""

TEXTS = {
    "nav_kelola": {"id": "Kelola Data", "en": "Manage data"},
    "kelola_title": {"id": "Kelola Data", "en": "Manage data"},
    "kelola_intro": {
        "id": (
            "Pilih lapisan, unduh templatnya, isi, lalu unggah. Sebelum menyimpan, Anda melihat "
            "setiap masalah, baris yang akan ditambah dan baris yang akan diganti (nilai lama → baru). "
            "Satu impor disimpan utuh atau tidak sama sekali, dan dapat diurungkan."
        ),
        "en": (
            "Choose a layer, download its template, fill it in and upload it. Before saving you see "
            "every problem, the rows to be added and the rows to be replaced (old → new value). "
            "An import is saved whole or not at all, and can be undone."
        ),
    },
    "kelola_sign_in": {
        "id": (
            "Halaman ini untuk petugas yang masuk (peran editor atau admin). Masuk lewat "
            "*{heading}* di bilah samping."
        ),
        "en": (
            "This page is for signed-in officials (editors and administrators). Sign in with "
            "*{heading}* in the sidebar."
        ),
    },
    "kelola_kind": {"id": "Jenis berkas", "en": "Kind of file"},
    "kelola_kind_templat": {"id": "Templat lapisan", "en": "Layer template"},
    "kelola_kind_bps": {"id": "Tabel BPS seperti diunduh", "en": "BPS table as downloaded"},
    "kelola_kind_tematik": {"id": "Lapisan tematik (peta)", "en": "Thematic layer (map)"},
    "kelola_bps_intro": {
        "id": (
            "Unggah tabel per kecamatan seperti diunduh dari situs BPS (XLSX atau CSV): judul, "
            "judul kolom bertingkat, kode BPS di depan nama kecamatan, baris total dan baris "
            "'Sumber:' boleh tetap ada. Angka masuk ke lapisan indikator."
        ),
        "en": (
            "Upload a table by district as downloaded from the BPS website (XLSX or CSV): titles, "
            "multi-row headers, BPS codes before the district names, a total row and a 'Sumber:' "
            "line may stay. The figures go into the indicator layer."
        ),
    },
    "kelola_bps_jenis": {"id": "Isi tabel BPS", "en": "What the BPS table holds"},
    "kelola_bps_jenis_kecamatan": {
        "id": "Satu indikator per kecamatan",
        "en": "One indicator by district",
    },
    "kelola_bps_jenis_pdrb": {
        "id": "PDRB menurut lapangan usaha (untuk analisis sektor)",
        "en": "GRDP by industry (for the sector analysis)",
    },
    "kelola_bps_jenis_produksi": {
        "id": "Produksi per kecamatan × komoditas (untuk analisis komoditas)",
        "en": "Production by district × commodity (for the commodity analysis)",
    },
    "kelola_bps_intro_pdrb": {
        "id": (
            "Tabel 'PDRB … Menurut Lapangan Usaha' seperti diunduh: 17 lapangan usaha A–U dengan "
            "huruf BPS, sub-kategori, baris PDRB (dipakai untuk cek jumlah), tahun bertanda * atau **. "
            "Angka disimpan dalam Rp miliar sebagai pdrb_adhk_… (dibaca analisis sektor) atau pdrb_adhb_…."
        ),
        "en": (
            "A 'PDRB … Menurut Lapangan Usaha' table as downloaded: the 17 industries A–U with BPS's "
            "letters, sub-categories, the PDRB row (used as a check), years marked * or **. Figures are "
            "stored in billion rupiah as pdrb_adhk_… (read by the sector analysis) or pdrb_adhb_…."
        ),
    },
    "kelola_bps_intro_produksi": {
        "id": (
            "Tabel 'Produksi … Menurut Kecamatan dan Jenis Tanaman' seperti diunduh: kecamatan ke bawah, "
            "komoditas ke samping. Angka disimpan sebagai produksi_<komoditas> (dibaca analisis komoditas)."
        ),
        "en": (
            "A 'Produksi … Menurut Kecamatan dan Jenis Tanaman' table as downloaded: districts down, "
            "commodities across. Figures are stored as produksi_<commodity> (read by the commodity analysis)."
        ),
    },
    "kelola_bps_harga": {"id": "Harga", "en": "Prices"},
    "kelola_bps_harga_": {"id": "dari judul tabel", "en": "from the table's title"},
    "kelola_bps_harga_adhk": {"id": "konstan 2010 (ADHK)", "en": "constant 2010 (ADHK)"},
    "kelola_bps_harga_adhb": {"id": "berlaku (ADHB)", "en": "current (ADHB)"},
    "kelola_bps_wilayah": {"id": "Wilayah", "en": "Area"},
    "kelola_bps_wilayah_": {"id": "dari judul tabel", "en": "from the table's title"},
    "kelola_bps_wilayah_35_05": {"id": "Kabupaten Blitar (35.05)", "en": "Blitar Regency (35.05)"},
    "kelola_bps_wilayah_35": {"id": "Provinsi Jawa Timur (35)", "en": "East Java Province (35)"},
    "kelola_bps_category": {"id": "Kategori", "en": "Category"},
    "kelola_bps_category_name": {"id": "Lapangan usaha", "en": "Industry"},
    "kelola_bps_year": {"id": "Tahun", "en": "Year"},
    "kelola_bps_pdrb_understood": {
        "id": (
            "PDRB {harga} {wilayah}: {categories} lapangan usaha, tahun {years}; "
            "satuan {unit}; sumber: {source}"
        ),
        "en": "GRDP {harga} {wilayah}: {categories} industries, years {years}; unit {unit}; source: {source}",
    },
    "kelola_bps_produksi_understood": {
        "id": (
            "{kecamatan} kecamatan, komoditas {commodities}, tahun {years}; satuan {unit}; sumber: {source}"
        ),
        "en": "{kecamatan} districts, commodities {commodities}, year {years}; unit {unit}; source: {source}",
    },
    "kelola_bps_indikator": {"id": "Kunci indikator (mis. penduduk)", "en": "Indicator key (e.g. penduduk)"},
    "kelola_bps_satuan": {
        "id": "Satuan (kosong: dari judul tabel)",
        "en": "Unit (empty: from the table's title)",
    },
    "kelola_bps_sumber": {
        "id": "Sumber (kosong: baris 'Sumber:' di bawah tabel)",
        "en": "Source (empty: the 'Sumber:' line below the table)",
    },
    "kelola_bps_tahun": {
        "id": "Tahun (0: dari judul kolom atau tabel)",
        "en": "Year (0: from the column or table title)",
    },
    "kelola_bps_kolom": {
        "id": "Sub-kolom per tahun (bawaan: Jumlah)",
        "en": "Sub-column per year (default: Jumlah/total)",
    },
    "kelola_bps_need_key": {
        "id": "Isi kunci indikator dulu (huruf kecil dan garis bawah, mis. penduduk).",
        "en": "Enter the indicator key first (lower case and underscores, e.g. penduduk).",
    },
    "kelola_bps_table_title": {"id": "Tabel seperti dibaca", "en": "The table as read"},
    "kelola_bps_skipped_title": {"id": "Dilewati", "en": "Skipped"},
    "kelola_bps_code": {"id": "Kode Kemendagri", "en": "Kemendagri code"},
    "kelola_bps_kecamatan": {"id": "Kecamatan", "en": "District"},
    "kelola_bps_skipped_cell": {"id": "Sel/baris", "en": "Cell/row"},
    "kelola_bps_skipped_text": {"id": "Isi", "en": "Content"},
    "kelola_bps_skipped_why": {"id": "Alasan", "en": "Reason"},
    "kelola_bps_understood": {
        "id": "{kecamatan} kecamatan, tahun {years}; satuan {unit}; sumber: {source}; kolom: {column}",
        "en": "{kecamatan} districts, years {years}; unit {unit}; source: {source}; column: {column}",
    },
    "kelola_step_template": {"id": "1. Unduh templat", "en": "1. Download the template"},
    "kelola_template_download": {
        "id": "Unduh templat {layer} (XLSX)",
        "en": "Download the {layer} template (XLSX)",
    },
    "kelola_template_note": {
        "id": (
            "Baris 2 templat adalah contoh (kunci CONTOH-…, contoh = ya): hapus atau ganti. "
            "Bila dibiarkan, impor hanya menambah satu baris contoh, tidak pernah mengganti data nyata."
        ),
        "en": (
            "Row 2 of the template is an example (key CONTOH-…, contoh = ya): delete or replace it. "
            "Left in, an import only adds one example row and never replaces real data."
        ),
    },
    "kelola_step_upload": {"id": "2. Unggah berkas", "en": "2. Upload the file"},
    "kelola_upload": {
        "id": "Berkas XLSX, CSV atau GeoJSON (paling besar {mb} MB)",
        "en": "XLSX, CSV or GeoJSON file (at most {mb} MB)",
    },
    "kelola_upload_bps": {
        "id": "Tabel BPS: berkas XLSX atau CSV (paling besar {mb} MB)",
        "en": "BPS table: XLSX or CSV file (at most {mb} MB)",
    },
    "kelola_step_check": {"id": "3. Periksa sebelum menyimpan", "en": "3. Check before saving"},
    "kelola_problems": {
        "id": "Berkas {file} belum dapat disimpan: {n} masalah. Perbaiki di berkas lalu unggah lagi.",
        "en": "{file} cannot be saved yet: {n} problems. Fix them in the file and upload it again.",
    },
    "kelola_warnings": {
        "id": "{n} peringatan (tidak menghalangi penyimpanan):",
        "en": "{n} warnings (they do not block saving):",
    },
    "kelola_problem_row": {"id": "Baris", "en": "Row"},
    "kelola_problem_column": {"id": "Kolom", "en": "Column"},
    "kelola_problem_message": {"id": "Masalah", "en": "Problem"},
    "kelola_problem_hint": {"id": "Saran", "en": "Suggestion"},
    "kelola_ready": {
        "id": "Berkas {file} lolos pemeriksaan: {added} baris baru, {replaced} baris mengganti data lama.",
        "en": "{file} passed the checks: {added} new rows, {replaced} rows replace existing data.",
    },
    "kelola_added_title": {"id": "Baris yang akan ditambah ({n})", "en": "Rows to be added ({n})"},
    "kelola_replaced_title": {
        "id": "Baris yang akan diganti ({n}): nilai lama → baru",
        "en": "Rows to be replaced ({n}): old → new value",
    },
    "kelola_key": {"id": "Kunci", "en": "Key"},
    "kelola_old": {"id": "Nilai lama", "en": "Old value"},
    "kelola_new": {"id": "Nilai baru", "en": "New value"},
    "kelola_unchanged": {"id": "(sama persis)", "en": "(identical)"},
    "kelola_empty_value": {"id": "(kosong)", "en": "(empty)"},
    "kelola_confirm_replace": {
        "id": "Saya sudah memeriksa dan setuju {n} baris yang ada diganti dengan nilai baru",
        "en": "I have checked and agree that {n} existing rows are replaced with the new values",
    },
    "kelola_confirm_needed": {
        "id": "Centang persetujuan penggantian di atas untuk dapat menyimpan.",
        "en": "Tick the replacement agreement above to be able to save.",
    },
    "kelola_save": {"id": "Simpan", "en": "Save"},
    "kelola_saved": {
        "id": "Tersimpan: impor {impor_id} ke lapisan {layer}, {added} baris baru, {replaced} baris diganti.",
        "en": "Saved: import {impor_id} into layer {layer}, {added} new rows, {replaced} rows replaced.",
    },
    "kelola_undo": {"id": "Urungkan", "en": "Undo"},
    "kelola_undone": {
        "id": "Impor {impor_id} diurungkan: {added} baris dihapus, {replaced} baris dikembalikan.",
        "en": "Import {impor_id} undone: {added} rows removed, {replaced} rows restored.",
    },
    "kelola_history_title": {"id": "Riwayat impor", "en": "Import history"},
    "kelola_history_undo_label": {
        "id": "Impor yang boleh Anda urungkan",
        "en": "Imports you may undo",
    },
    "kelola_history_undo": {"id": "Urungkan impor terpilih", "en": "Undo the chosen import"},
    "kelola_history_none": {
        "id": "Tidak ada impor yang dapat Anda urungkan (editor: hanya impor sendiri; admin: semua).",
        "en": "No import you may undo (editors: only their own; administrators: any).",
    },
    "kelola_col_waktu": {"id": "Waktu (UTC)", "en": "Time (UTC)"},
    "kelola_col_oleh": {"id": "Oleh", "en": "By"},
    "kelola_col_lapisan": {"id": "Lapisan", "en": "Layer"},
    "kelola_col_berkas": {"id": "Berkas", "en": "File"},
    "kelola_col_sha256": {"id": "SHA-256", "en": "SHA-256"},
    "kelola_col_baris_baru": {"id": "Baris baru", "en": "Rows added"},
    "kelola_col_baris_diganti": {"id": "Baris diganti", "en": "Rows replaced"},
    "kelola_col_dibatalkan": {"id": "Diurungkan", "en": "Undone"},
    "kelola_col_impor_id": {"id": "ID impor", "en": "Import id"},
    "kelola_owner_unknown": {
        "id": "(data awal / baris perintah lama)",
        "en": "(seed / earlier command line)",
    },
    "kelola_failed": {"id": "Tidak disimpan: {message}", "en": "Not saved: {message}"},
}
