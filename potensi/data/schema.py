"""The five data tables, declared once as data.

Templates (headers, dropdowns, example row), validation, the SQLite tables, the
export column order and the documentation page are all generated from these
declarations, so they cannot drift apart. Column names and allowed values follow
``shared/reference/DOMAIN.md`` (§1.5 inovasi and opd, §3 peluang investasi).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Kind = Literal[
    "text",
    "int",
    "number",
    "date",
    "bool",
    "enum",
    "enum_list",
    "text_list",
    "url",
    "url_list",
    "wilayah",
    "kecamatan",
    "desa",
    "opd",
    "lat",
    "lon",
    "geojson",
]

#: Units of a count or a physical quantity (people, things, area, weight): an
#: ``indikator`` row in one of them cannot be negative — "penduduk −5.000 jiwa" is a
#: typo, never a fact. Money, percentages and indices may be negative and are absent.
COUNT_UNITS = frozenset(
    {
        "jiwa",
        "orang",
        "kk",
        "rumah tangga",
        "ruta",
        "unit",
        "buah",
        "ekor",
        "desa",
        "kelurahan",
        "desa/kelurahan",
        "sekolah",
        "usaha",
        "km²",
        "km2",
        "km",
        "m²",
        "m2",
        "ha",
        "hektar",
        "ton",
        "kuintal",
        "kw",
        "kg",
        "liter",
        "m³",
        "m3",
    }
)
#: ``indikator`` keys that count or measure something whatever unit is written
#: (the Analisis conventions of potensi.data.indikator_keys included).
COUNT_INDICATOR_PREFIXES = ("penduduk", "jumlah_", "luas_", "fasilitas_", "produksi_", "nilai_produksi_")

SQL_TYPES: dict[str, str] = {
    "int": "INTEGER",
    "number": "REAL",
    "lat": "REAL",
    "lon": "REAL",
    "bool": "INTEGER",
}


@dataclass(frozen=True)
class Column:
    """One column: its type, whether it must be filled, allowed values and meaning."""

    name: str
    kind: Kind
    id: str  # meaning, in Indonesian
    en: str  # meaning, in English
    required: bool = False
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    example: object = None
    #: characters a text cell may hold (None: validation's MAX_TEXT); a saved plan's JSON
    #: is longer than any description
    max_length: int | None = None

    @property
    def sql_type(self) -> str:
        """Storage type in the GeoPackage (lists and dates are text)."""
        return SQL_TYPES.get(self.kind, "TEXT")


@dataclass(frozen=True)
class Table:
    """A data layer: its columns, its key (for corrections) and what it is."""

    name: str
    id: str
    en: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    spatial: bool = False  # has lat/lon drawn on the map
    extra_rules: tuple[str, ...] = field(default=())
    #: the least role that may import into it: the IID rules of a year are an admin's
    #: (they change every score), the data an editor's
    writer_role: str = "editor"

    def column(self, name: str) -> Column:
        """The column called ``name``."""
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        """Column names in template/export order."""
        return [c.name for c in self.columns]


SEKTOR_POTENSI = (
    "pertanian",
    "perkebunan",
    "peternakan",
    "perikanan",
    "kehutanan",
    "pariwisata",
    "industri_umkm",
    "pertambangan",
    "energi",
    "infrastruktur",
    "perdagangan_jasa",
    "lainnya",
)
KATEGORI_POTENSI = ("komoditas", "wisata", "industri", "tambang", "infrastruktur", "lainnya")
SEKTOR_PRIORITAS = (
    "agroindustri",
    "pertanian",
    "peternakan",
    "perikanan",
    "pariwisata",
    "industri_pengolahan",
    "energi_terbarukan",
    "infrastruktur",
    "kawasan_industri",
    "perdagangan_jasa",
)
STATUS_LAHAN = (
    "bmd_pemda",
    "tanah_kas_desa",
    "tanah_negara",
    "hgu",
    "hgb",
    "hak_milik",
    "kawasan_hutan",
    "belum_diketahui",
)
KESESUAIAN_RTRW = ("sesuai", "perlu_kkpr", "tidak_sesuai", "belum_diketahui")
SKEMA_INVESTASI = ("PMA", "PMDN", "KPBU", "kerja_sama_BMD", "BUMD_JV", "B2B")
INSENTIF = ("tax_holiday", "tax_allowance", "insentif_daerah", "kemudahan_perizinan")
TINGKAT_KESIAPAN = (
    "identifikasi_potensi",
    "prospektif",
    "pre_fs",
    "fs",
    "ipro_siap_ditawarkan",
    "negosiasi",
    "terealisasi",
)
STATUS_PUBLIKASI = ("draft", "publik", "arsip")
JENIS_OPD = (
    "dinas",
    "badan",
    "kecamatan",
    "puskesmas",
    "uptd",
    "rsud",
    "setda_bagian",
    "kelurahan",
    "lainnya",
)
INISIATOR = ("kepala_daerah", "anggota_dprd", "asn", "perangkat_daerah", "masyarakat")
BENTUK_INOVASI = ("tata_kelola_pemda", "pelayanan_publik", "inovasi_daerah_lainnya")
JENIS_INOVASI = ("digital", "non_digital")
TAHAPAN_INOVASI = ("inisiatif", "uji_coba", "penerapan")
SUMBER_ANGGARAN = ("APBD", "APBN", "APBDes", "CSR", "swadaya", "lainnya")
STATUS_INOVASI = (
    "draft",
    "diajukan",
    "verifikasi_opd",
    "verifikasi_bappeda",
    "dikirim_kemendagri",
    "ditolak",
    "arsip",
)

SUMBER = Column(
    "sumber",
    "text",
    "Sumber data: dokumen/URL/instansi asal angka atau fakta",
    "Source: document, URL or agency the figure or fact comes from",
    required=True,
    example="https://blitarkab.bps.go.id/ (Kabupaten Blitar Dalam Angka 2024)",
)
CONTOH = Column(
    "contoh",
    "bool",
    "Ya bila baris ini data contoh (bukan dari sumber nyata); ditampilkan sebagai contoh",
    "Yes when the row is example data (not from a real source); shown as such",
    example="tidak",
)
LAT = Column(
    "lat",
    "lat",
    "Lintang WGS84, desimal dengan titik (mis. -8.0954)",
    "Latitude WGS84, decimal point",
    minimum=-90,
    maximum=90,
    example=-8.0954,
)
LON = Column(
    "lon",
    "lon",
    "Bujur WGS84, desimal dengan titik (mis. 112.2093)",
    "Longitude WGS84, decimal point",
    minimum=-180,
    maximum=180,
    example=112.2093,
)
KECAMATAN = Column(
    "kecamatan",
    "kecamatan",
    "Kecamatan: nama atau kode Kemendagri (35.05.xx); kosong = seluruh kabupaten",
    "District: name or Kemendagri code; empty = whole regency",
    example="Kanigoro",  # where the LAT/LON example lies: a template's example row is consistent
)
DESA = Column(
    "desa",
    "desa",
    "Desa/kelurahan: nama (di kecamatan tersebut) atau kode Kemendagri",
    "Village: name (within the district) or Kemendagri code",
    example="Banggle",  # in Kanigoro, around the LAT/LON example
)
TGL_PEMBARUAN = Column(
    "tgl_pembaruan", "date", "Tanggal data terakhir diperbarui", "Last update", example="2025-06-30"
)

INDIKATOR = Table(
    "indikator",
    "Indikator wilayah (format panjang: satu angka per baris)",
    "Regional indicators (long format: one figure per row)",
    key=("kode_wilayah", "indikator", "tahun"),
    extra_rules=(
        "nilai ≥ 0 bila satuannya hitungan/ukuran (jiwa, unit, ha, ton …) atau indikatornya jumlah",
    ),
    columns=(
        Column(
            "kode_wilayah",
            "wilayah",
            "Wilayah: kode Kemendagri kabupaten/kecamatan/desa, atau nama",
            "Area: Kemendagri code of regency/district/village, or its name",
            required=True,
            example="35.05.03",
        ),
        Column(
            "indikator",
            "text",
            "Nama indikator, huruf kecil dengan garis bawah (mis. penduduk)",
            "Indicator key, lower case with underscores (e.g. penduduk)",
            required=True,
            pattern=r"^[a-z][a-z0-9_]*$",
            # an example key no real figure has: a template imported unchanged adds one
            # example row and never replaces a real one
            example="contoh_penduduk",
        ),
        Column(
            "tahun",
            "int",
            "Tahun data",
            "Year of the figure",
            required=True,
            minimum=1900,
            maximum=2100,
            example=2020,
        ),
        Column(
            "nilai",
            "number",
            "Nilai (angka Indonesia boleh: 1.234,5)",
            "Value (Indonesian format accepted: 1.234,5)",
            required=True,
            example="64.905",
        ),
        Column(
            "satuan",
            "text",
            "Satuan (jiwa, km², ton, unit, Rp juta …)",
            "Unit",
            required=True,
            example="jiwa",
        ),
        SUMBER,
        Column(
            "catatan",
            "text",
            "Catatan, mis. 'angka sementara' BPS",
            "Note, e.g. BPS preliminary",
            example="hasil Sensus Penduduk 2020",
        ),
        CONTOH,
    ),
)

POTENSI = Table(
    "potensi",
    "Potensi sektoral (sentra komoditas, wisata, tambang, industri/UMKM, infrastruktur)",
    "Sector potentials (commodity centres, tourism, mining, industry/SMEs, infrastructure)",
    key=("potensi_id",),
    spatial=True,
    extra_rules=("geometri di dalam kabupaten dan menyentuh kecamatannya", "lat dan lon diisi bersama"),
    columns=(
        Column(
            "potensi_id",
            "text",
            "ID unik, mis. POT-0001",
            "Unique id",
            required=True,
            pattern=r"^[A-Za-z0-9_.-]+$",
            example="CONTOH-POT-0001",
        ),
        Column("nama", "text", "Nama potensi", "Name", required=True, example="Sentra ikan koi"),
        Column(
            "sektor", "enum", "Sektor", "Sector", required=True, allowed=SEKTOR_POTENSI, example="perikanan"
        ),
        Column(
            "kategori",
            "enum",
            "Kategori",
            "Category",
            required=True,
            allowed=KATEGORI_POTENSI,
            example="komoditas",
        ),
        KECAMATAN,
        DESA,
        Column(
            "deskripsi",
            "text",
            "Uraian singkat (angka disertai tahun)",
            "Short description",
            example="Produksi 222,4 juta ekor (2021)",
        ),
        LAT,
        LON,
        Column(
            "geometri",
            "geojson",
            "Poligon GeoJSON (opsional, mis. kawasan)",
            "GeoJSON polygon (optional, e.g. an area)",
        ),
        SUMBER,
        CONTOH,
        TGL_PEMBARUAN,
    ),
)

PELUANG = Table(
    "peluang_investasi",
    "Peluang investasi",
    "Investment opportunities",
    key=("peluang_id",),
    spatial=True,
    extra_rules=("npv_idr diisi → diskonto_persen wajib", "lat dan lon diisi bersama"),
    columns=(
        Column(
            "peluang_id",
            "text",
            "ID unik, mis. PI-2025-01",
            "Unique id",
            required=True,
            pattern=r"^[A-Za-z0-9_.-]+$",
            example="CONTOH-PI-2025-01",
        ),
        Column(
            "judul_id",
            "text",
            "Judul (Bahasa Indonesia)",
            "Title (Indonesian)",
            required=True,
            example="Pabrik pengolahan telur",
        ),
        Column(
            "judul_en",
            "text",
            "Judul (Bahasa Inggris)",
            "Title (English)",
            required=True,
            example="Egg processing plant",
        ),
        Column(
            "kbli_kode",
            "text",
            "Kode KBLI 2020, 5 angka",
            "KBLI 2020 code, 5 digits",
            pattern=r"^\d{5}$",
            example="10799",
        ),
        Column(
            "sektor_prioritas",
            "enum",
            "Sektor prioritas",
            "Priority sector",
            required=True,
            allowed=SEKTOR_PRIORITAS,
            example="agroindustri",
        ),
        Column("komoditas", "text", "Komoditas", "Commodity", example="telur"),
        Column(
            "kecamatan",
            "kecamatan",
            "Kecamatan lokasi (nama atau kode)",
            "District (name or code)",
            required=True,
            example="Kanigoro",
        ),
        DESA,
        Column("alamat", "text", "Alamat/lokasi", "Address", example="Desa Banggle, Kanigoro"),
        LAT,
        LON,
        Column("luas_lahan_ha", "number", "Luas lahan (ha)", "Land area (ha)", minimum=0.0001, example="2,5"),
        Column(
            "status_lahan", "enum", "Status lahan", "Land status", allowed=STATUS_LAHAN, example="hak_milik"
        ),
        Column(
            "clear_and_clean",
            "bool",
            "Lahan bebas sengketa/penghuni (ya/tidak)",
            "Land free of disputes (yes/no)",
            example="ya",
        ),
        Column(
            "kesesuaian_rtrw",
            "enum",
            "Kesesuaian dengan RTRW",
            "Fit with the spatial plan",
            allowed=KESESUAIAN_RTRW,
            example="sesuai",
        ),
        Column(
            "nilai_investasi_idr",
            "number",
            "Nilai investasi (Rp)",
            "Investment value (IDR)",
            minimum=0,
            example="12.500.000.000",
        ),
        Column("nilai_investasi_usd", "number", "Nilai investasi (US$)", "Investment value (USD)", minimum=0),
        Column("kurs_asumsi", "number", "Kurs Rp per US$ yang dipakai", "Assumed IDR per USD", minimum=0),
        Column(
            "tahun_harga", "int", "Tahun dasar harga", "Price year", minimum=1990, maximum=2100, example=2025
        ),
        Column("irr_persen", "number", "IRR (%)", "IRR (%)", minimum=-100, maximum=1000, example="14,2"),
        Column("npv_idr", "number", "NPV (Rp)", "NPV (IDR)", example="3.100.000.000"),
        Column(
            "diskonto_persen",
            "number",
            "Tingkat diskonto NPV (%)",
            "NPV discount rate (%)",
            minimum=0,
            maximum=100,
            example="10",
        ),
        Column(
            "payback_tahun",
            "number",
            "Periode pengembalian (tahun)",
            "Payback (years)",
            minimum=0,
            example="6,5",
        ),
        Column("bc_ratio", "number", "B/C ratio", "Benefit/cost ratio", minimum=0),
        Column("umur_proyek_tahun", "int", "Umur proyek (tahun)", "Project life (years)", minimum=1),
        Column(
            "skema_investasi",
            "enum",
            "Skema investasi",
            "Investment scheme",
            allowed=SKEMA_INVESTASI,
            example="PMDN",
        ),
        Column("tenaga_kerja_est", "int", "Perkiraan tenaga kerja", "Estimated jobs", minimum=0),
        Column(
            "insentif",
            "enum_list",
            "Insentif (pisahkan dengan ;)",
            "Incentives (; separated)",
            allowed=INSENTIF,
            example="kemudahan_perizinan",
        ),
        Column(
            "tingkat_kesiapan",
            "enum",
            "Tingkat kesiapan",
            "Readiness level",
            required=True,
            allowed=TINGKAT_KESIAPAN,
            example="prospektif",
        ),
        Column(
            "dokumen",
            "url_list",
            "Tautan dokumen (pre-FS, FS, peta; pisahkan dengan ;)",
            "Document links (; separated)",
        ),
        Column(
            "kontak_instansi", "text", "Instansi kontak", "Contact agency", example="DPMPTSP Kabupaten Blitar"
        ),
        Column("kontak_nama", "text", "Nama kontak", "Contact name"),
        Column("kontak_telepon", "text", "Telepon kontak", "Contact phone"),
        Column(
            "kontak_email", "text", "Email kontak", "Contact e-mail", pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
        ),
        SUMBER,
        Column(
            "tgl_pembaruan", "date", "Tanggal pembaruan", "Last update", required=True, example="2025-06-30"
        ),
        Column(
            "status_publikasi",
            "enum",
            "Status publikasi",
            "Publication status",
            allowed=STATUS_PUBLIKASI,
            example="publik",
        ),
        CONTOH,
    ),
)

OPD = Table(
    "opd",
    "Perangkat daerah (OPD)",
    "Regional government agencies",
    key=("kode_opd",),
    columns=(
        Column(
            "kode_opd",
            "text",
            "Kode OPD (singkat, unik)",
            "Agency code",
            required=True,
            pattern=r"^[A-Za-z0-9_.-]+$",
            example="CONTOH-OPD",
        ),
        Column(
            "nama_opd",
            "text",
            "Nama OPD",
            "Agency name",
            required=True,
            example="Dinas Contoh (ganti dengan nama OPD)",
        ),
        Column("singkatan", "text", "Singkatan", "Abbreviation", example="Dinas Contoh"),
        Column("jenis", "enum", "Jenis perangkat daerah", "Agency type", allowed=JENIS_OPD, example="dinas"),
        Column("aktif", "bool", "Masih aktif (ya/tidak)", "Still active", example="ya"),
        SUMBER,
        CONTOH,
    ),
)

INOVASI = Table(
    "inovasi",
    "Inovasi daerah (registri mengikuti IID)",
    "Regional innovations (IID-style registry)",
    key=("inovasi_id",),
    spatial=True,
    extra_rules=(
        "tgl_penerapan ≥ tgl_uji_coba",
        "tahapan penerapan tanpa tgl_penerapan → peringatan",
        "kode_opd harus ada di tabel opd",
    ),
    columns=(
        Column(
            "inovasi_id",
            "text",
            "ID: INV-{tahun}-{urut 4 angka}; baris contoh: CONTOH-{tahun}-{urut}",
            "Id: INV-{year}-{4-digit seq}; example rows: CONTOH-{year}-{seq}",
            required=True,
            # CONTOH-…: the template's example row, which can never replace a real record
            pattern=r"^(INV|CONTOH)-\d{4}-\d{4}$",
            example="CONTOH-2025-0001",
        ),
        Column(
            "tahun_pelaporan",
            "int",
            "Tahun pelaporan",
            "Reporting year",
            required=True,
            minimum=2015,
            maximum=2100,
            example=2025,
        ),
        Column(
            "nama_inovasi",
            "text",
            "Nama inovasi (akronim + kepanjangan)",
            "Innovation name",
            required=True,
            example="Si Jaran Ijo",
        ),
        Column(
            "kode_opd",
            "opd",
            "OPD pengusul: kode, nama atau singkatan",
            "Proposing agency",
            required=True,
            example="Dispendukcapil",
        ),
        Column("unit_pelaksana", "text", "Unit pelaksana (UPT/Puskesmas/sekolah)", "Implementing unit"),
        Column(
            "inisiator_tipe",
            "enum",
            "Inisiator",
            "Initiator type",
            allowed=INISIATOR,
            example="perangkat_daerah",
        ),
        Column("inisiator_nama", "text", "Nama inisiator", "Initiator name"),
        Column(
            "bentuk",
            "enum",
            "Bentuk inovasi",
            "Form",
            required=True,
            allowed=BENTUK_INOVASI,
            example="pelayanan_publik",
        ),
        Column("jenis", "enum", "Jenis inovasi", "Type", allowed=JENIS_INOVASI, example="non_digital"),
        Column(
            "tahapan", "enum", "Tahapan", "Stage", required=True, allowed=TAHAPAN_INOVASI, example="penerapan"
        ),
        Column(
            "urusan_utama",
            "text",
            "Urusan pemerintahan utama (Permendagri 90/2019)",
            "Main government affair",
            example="2.12 Administrasi Kependudukan dan Pencatatan Sipil",
        ),
        Column("urusan_terkait", "text_list", "Urusan terkait (pisahkan dengan ;)", "Related affairs"),
        Column(
            "tematik", "text_list", "Tema (stunting, kemiskinan, investasi …; pisahkan dengan ;)", "Themes"
        ),
        Column("tgl_uji_coba", "date", "Tanggal mulai uji coba", "Trial start date"),
        Column(
            "tgl_penerapan",
            "date",
            "Tanggal mulai penerapan",
            "Implementation start date",
            example="2021-03-09",
        ),
        Column("anggaran_rp", "number", "Anggaran (Rp)", "Budget (IDR)", minimum=0),
        Column("sumber_anggaran", "enum", "Sumber anggaran", "Budget source", allowed=SUMBER_ANGGARAN),
        Column(
            "kecamatan",
            "kecamatan",
            "Kecamatan lokasi; kosong = seluruh kabupaten",
            "District; empty = regency-wide",
        ),
        LAT,
        LON,
        Column(
            "deskripsi",
            "text",
            "Uraian singkat",
            "Short description",
            example="Petugas merekam KTP-el warga rentan di rumah",
        ),
        Column("url_layanan", "url", "Tautan layanan", "Service link"),
        Column("bukti_url", "url_list", "Tautan bukti dukung (pisahkan dengan ;)", "Evidence links"),
        Column(
            "status", "enum", "Status pengajuan", "Submission status", allowed=STATUS_INOVASI, example="draft"
        ),
        # the profile the IID application asks for (DOMAIN.md §1.4)
        Column(
            "rancang_bangun",
            "text",
            "Rancang bangun dan pokok perubahan (aplikasi IID meminta min. 300 kata)",
            "Design and main changes (the IID application asks for at least 300 words)",
        ),
        Column("tujuan", "text", "Tujuan inovasi", "Purpose"),
        Column("manfaat", "text", "Manfaat yang diperoleh", "Benefits"),
        Column("hasil_inovasi", "text", "Hasil inovasi", "Results"),
        Column("url_video", "url", "Tautan video inovasi (indikator 35)", "Video link (indicator 35)"),
        # what the innovation stands behind: the gap list of potentials without one
        Column(
            "sektor_potensi",
            "enum_list",
            "Sektor potensi yang didukung (pisahkan dengan ;)",
            "Potential sectors it supports",
            allowed=SEKTOR_POTENSI,
        ),
        Column(
            "potensi_terkait",
            "text_list",
            "ID potensi yang didukung (tabel potensi; pisahkan dengan ;)",
            "Ids of the potentials it supports",
        ),
        SUMBER,
        CONTOH,
    ),
)

#: where an indicator sits in the IID model: satuan pemerintahan daerah (1–15) or
#: satuan inovasi daerah (16–35, scored per innovation)
ASPEK_IID = ("spd", "sid")
STATUS_VALIDASI = ("belum", "valid", "tidak_valid")
#: the rules of a year that a field can be marked uncertain for ([T] in DOMAIN.md)
ATURAN_IID = (
    "rumus",
    "pembagi_min",
    "skor_jumlah",
    "syarat_urusan",
    "batas_predikat",
    "skor_maks",
    "tahapan_dinilai",
    "profil_wajib",
)
NO_INDIKATOR_SPD = r"^([1-9]|1[0-5])[a-z]?$"
#: a saved plan's changes (JSON) in bytes: a plan lists a few dozen edits, never a dump
MAX_PLAN_BYTES = 64 * 1024
#: and in characters: Excel's limit per cell, so a plan survives the XLSX export
MAX_PLAN_CHARS = 32_767

TAHUN_IID = Column(
    "tahun",
    "int",
    "Tahun penilaian IID",
    "IID assessment year",
    required=True,
    minimum=2018,
    maximum=2100,
    example=2023,
)

#: the year of the rules templates' example row: a year no real assessment has, so a
#: template imported unchanged adds one example row (contoh ya) and never replaces the
#: rules or indicators of a real year (the seed's 2023)
TAHUN_IID_CONTOH = replace(TAHUN_IID, example=2100)

IID_ATURAN = Table(
    "iid_aturan",
    "Aturan IID per tahun: rumus, pembagi, skor jumlah, batas predikat",
    "IID rules per year: formula, divisor, count score, predicate thresholds",
    key=("tahun",),
    writer_role="admin",
    columns=(
        TAHUN_IID_CONTOH,
        Column(
            "skor_total_maks",
            "number",
            "Skor total maksimum",
            "Maximum total score",
            required=True,
            minimum=1,
            example=250,
        ),
        Column("skor_spd_maks", "number", "Skor SPD maksimum", "Maximum SPD score", minimum=0, example=63),
        Column(
            "skor_sid_maks",
            "number",
            "Skor indikator SID maksimum per inovasi",
            "Maximum SID indicator score",
            minimum=0,
            example=111,
        ),
        Column(
            "pembagi_min",
            "int",
            "Pembagi minimum: SID dibagi MAX(pembagi_min, n)",
            "Divisor floor: SID is divided by MAX(floor, n)",
            required=True,
            minimum=1,
            example=10,
        ),
        Column(
            "skor_per_inovasi",
            "number",
            "Skor jumlah inovasi per inovasi",
            "Count score per innovation",
            required=True,
            minimum=0,
            example=0.38,
        ),
        Column(
            "jumlah_inovasi_maks",
            "int",
            "Jumlah inovasi maksimum yang dihitung",
            "Most innovations counted",
            minimum=0,
            example=200,
        ),
        Column(
            "urusan_wajib",
            "text_list",
            "Urusan wajib pelayanan dasar (pisahkan dengan ;)",
            "Mandatory basic-service affairs",
            example="pendidikan; kesehatan",
        ),
        Column(
            "syarat_urusan",
            "bool",
            "Ya: skor jumlah inovasi 0 bila tidak semua urusan wajib tercakup",
            "Yes: count score is 0 unless every mandatory affair is covered",
            example="tidak",
        ),
        Column(
            "batas_sangat_inovatif",
            "number",
            "Batas bawah predikat Sangat Inovatif",
            "Lower bound of Sangat Inovatif",
            required=True,
            minimum=0,
            maximum=100,
            example=60.01,
        ),
        Column(
            "batas_inovatif",
            "number",
            "Batas bawah predikat Inovatif",
            "Lower bound of Inovatif",
            required=True,
            minimum=0,
            maximum=100,
            example=35,
        ),
        Column(
            "tahapan_dinilai",
            "enum_list",
            "Tahapan inovasi yang dinilai dan dihitung",
            "Stages that are scored and counted",
            allowed=TAHAPAN_INOVASI,
            example="penerapan",
        ),
        Column(
            "profil_wajib",
            "text_list",
            "Kolom profil inovasi yang wajib diisi (nama kolom tabel inovasi)",
            "Profile fields the application requires",
            example="tujuan; manfaat",
        ),
        Column(
            "aturan_belum_pasti",
            "text_list",
            "Aturan yang belum pasti (sumber pihak ketiga): " + ", ".join(ATURAN_IID),
            "Rules not yet confirmed (third-party source)",
            example="skor_jumlah",
        ),
        SUMBER,
        CONTOH,
    ),
)

IID_INDIKATOR = Table(
    "iid_indikator",
    "Indikator IID per tahun: bobot dan parameter",
    "IID indicators per year: weights and parameters",
    key=("tahun", "no_indikator"),
    writer_role="admin",
    columns=(
        TAHUN_IID_CONTOH,
        Column(
            "no_indikator",
            "text",
            "Nomor indikator (1–15 SPD, boleh 5a/5b; 16–35 SID)",
            "Indicator number (1–15 SPD, 5a/5b allowed; 16–35 SID)",
            required=True,
            pattern=r"^(([1-9]|1[0-5])[a-z]?|1[6-9]|2[0-9]|3[0-5])$",
            example="16",
        ),
        Column(
            "aspek", "enum", "Aspek: spd atau sid", "Aspect", required=True, allowed=ASPEK_IID, example="sid"
        ),
        Column("variabel", "text", "Variabel", "Variable", example="Infrastruktur"),
        Column(
            "nama", "text", "Nama indikator", "Indicator", required=True, example="Regulasi inovasi daerah"
        ),
        Column("bobot", "number", "Bobot", "Weight", required=True, minimum=0, example=3),
        Column("parameter_1", "text", "Parameter 1", "Parameter 1", example="SK kepala daerah"),
        Column("parameter_2", "text", "Parameter 2", "Parameter 2", example="Peraturan kepala daerah"),
        Column("parameter_3", "text", "Parameter 3", "Parameter 3", example="Peraturan daerah"),
        Column(
            "statistik",
            "text",
            "Kunci indikator statistik pengisi awal (tabel indikator)",
            "Statistics key that pre-fills it",
            pattern=r"^[a-z][a-z0-9_]*$",
        ),
        Column(
            "pasti",
            "bool",
            "Ya bila bobot dan parameter dari pedoman resmi; tidak bila sumber pihak ketiga",
            "Yes if weight and parameters are from the official guide",
            example="tidak",
        ),
        SUMBER,
        CONTOH,
    ),
)

INOVASI_INDIKATOR = Table(
    "inovasi_indikator",
    "Penilaian mandiri inovasi: parameter dan bukti per indikator SID 16–35",
    "Innovation self-assessment: parameter and evidence per SID indicator 16–35",
    key=("inovasi_id", "no_indikator"),
    extra_rules=("inovasi_id harus ada di tabel inovasi", "tanpa bukti (file atau tautan) skornya 0"),
    columns=(
        Column(
            "inovasi_id",
            "text",
            "ID inovasi (tabel inovasi)",
            "Innovation id",
            required=True,
            pattern=r"^(INV|CONTOH)-\d{4}-\d{4}$",
            example="CONTOH-2025-0001",
        ),
        Column(
            "no_indikator",
            "int",
            "Nomor indikator SID (16–35)",
            "SID indicator number",
            required=True,
            minimum=16,
            maximum=35,
            example=16,
        ),
        Column(
            "parameter",
            "int",
            "Parameter yang dipilih (0 = tidak ada, 1–3)",
            "Chosen parameter (0–3)",
            required=True,
            minimum=0,
            maximum=3,
            example=2,
        ),
        Column(
            "bukti_file",
            "text",
            "Nama berkas bukti dukung (PDF/JPG)",
            "Evidence file name",
            example="perbup_contoh.pdf",
        ),
        Column("bukti_url", "url", "Tautan bukti dukung", "Evidence link"),
        Column("catatan", "text", "Catatan", "Note"),
        Column(
            "status_validasi",
            "enum",
            "Status validasi bukti",
            "Evidence check",
            allowed=STATUS_VALIDASI,
            example="belum",
        ),
        SUMBER,
        CONTOH,
    ),
)

IID_SPD = Table(
    "iid_spd",
    "Indikator SPD (1–15) pemerintah daerah per tahun",
    "Local-government (SPD) indicators 1–15 per year",
    key=("tahun", "no_indikator"),
    columns=(
        TAHUN_IID,
        Column(
            "no_indikator",
            "text",
            "Nomor indikator SPD (1–15, boleh 5a/5b)",
            "SPD indicator number",
            required=True,
            pattern=NO_INDIKATOR_SPD,
            example="11b",
        ),
        Column(
            "parameter",
            "int",
            "Parameter yang dipilih (0–3)",
            "Chosen parameter (0–3)",
            required=True,
            minimum=0,
            maximum=3,
            example=2,
        ),
        Column("nilai_data", "number", "Nilai data pendukung", "Supporting figure", example=71.68),
        Column("bukti_url", "url", "Tautan bukti dukung", "Evidence link"),
        Column("catatan", "text", "Catatan", "Note"),
        SUMBER,
        CONTOH,
    ),
)

IID_RENCANA = Table(
    "iid_rencana",
    "Rencana IID (skenario what-if yang disimpan)",
    "IID plans (saved what-if scenarios)",
    key=("rencana_id",),
    columns=(
        Column(
            "rencana_id",
            "text",
            "ID rencana",
            "Plan id",
            required=True,
            pattern=r"^RENCANA-\d{4}-[a-z0-9-]{1,40}$",
            example="RENCANA-2026-contoh",
        ),
        TAHUN_IID,
        Column("nama", "text", "Nama rencana", "Plan name", required=True, example="Contoh rencana"),
        Column(
            "perubahan",
            "text",
            "Perubahan (JSON: daftar, maks. 64 KB)",
            "Changes (JSON: a list, at most 64 KB)",
            required=True,
            example="[]",
            max_length=MAX_PLAN_CHARS,
        ),
        Column("catatan", "text", "Catatan", "Note"),
        SUMBER,
        CONTOH,
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        INDIKATOR,
        POTENSI,
        PELUANG,
        OPD,
        INOVASI,
        IID_ATURAN,
        IID_INDIKATOR,
        INOVASI_INDIKATOR,
        IID_SPD,
        IID_RENCANA,
    )
}
#: the tables of the Indeks Inovasi Daerah workbench (rules, indicators, assessments, plans)
IID_TABLES = ("iid_aturan", "iid_indikator", "inovasi_indikator", "iid_spd", "iid_rencana")
#: the four map layers of the product (opd is the registry behind inovasi)
LAYERS = ("indikator", "potensi", "peluang_investasi", "inovasi")


def get_table(name: str) -> Table:
    """The table called ``name``, or a PotensiError listing the valid names."""
    from potensi.core.errors import PotensiError

    if name not in TABLES:
        raise PotensiError(f"Lapisan '{name}' tidak dikenal. Pilihan: {', '.join(TABLES)}.")
    return TABLES[name]
