"""Texts of the analysis results shared by several methods: the reasons a value is missing or
flagged (``catatan_<key>``, keys of :data:`potensi.analysis.CATATAN`) and the LQ classes
(``lq_kelas_<code>``, ``lq_klasifikasi_<code>``, codes of :data:`potensi.analysis.LQ_CLASSES`)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- reasons (catatan) -----------------------------------------------------------------
    "catatan_data_tidak_tersedia": {"id": "data tidak tersedia", "en": "data not available"},
    "catatan_total_wilayah_tidak_tersedia": {
        "id": "total wilayah tidak tersedia (ada rincian yang datanya tidak tersedia)",
        "en": "region total not available (some of its items have no data)",
    },
    "catatan_acuan_sektor_tidak_tersedia": {
        "id": "nilai sektor di wilayah acuan tidak tersedia",
        "en": "reference value of the sector not available",
    },
    "catatan_total_acuan_tidak_tersedia": {
        "id": "total wilayah acuan tidak tersedia",
        "en": "reference total not available",
    },
    "catatan_total_wilayah_nol": {
        "id": "total wilayah nol: pembagian tidak terdefinisi",
        "en": "region total is zero: division undefined",
    },
    "catatan_acuan_sektor_nol": {
        "id": "nilai sektor di wilayah acuan nol: pembagian tidak terdefinisi",
        "en": "reference value of the sector is zero: division undefined",
    },
    "catatan_total_acuan_nol": {
        "id": "total wilayah acuan nol: pembagian tidak terdefinisi",
        "en": "reference total is zero: division undefined",
    },
    "catatan_nilai_awal_nol": {
        "id": "nilai tahun awal nol: laju pertumbuhan tidak terdefinisi",
        "en": "base-year value is zero: growth rate undefined",
    },
    "catatan_deret_satu_tahun": {
        "id": "hanya satu tahun data: pertumbuhan tidak dapat dihitung",
        "en": "only one year of data: growth cannot be computed",
    },
    "catatan_deret_pendek": {
        "id": "deret tahun terlalu pendek (jumlah tahun < minimum)",
        "en": "series too short (number of years < minimum)",
    },
    "catatan_nilai_kecil": {
        "id": "nilai sangat kecil: hasil tidak stabil, baca dengan hati-hati",
        "en": "very small value: result unstable, read with care",
    },
    "catatan_total_lebih_kecil": {
        "id": "total yang diberikan lebih kecil dari jumlah rinciannya",
        "en": "the given total is smaller than the sum of its items",
    },
    "catatan_tepat_di_batas": {
        "id": "tepat sama dengan pembanding: dimasukkan ke kelompok 'di atas'",
        "en": "exactly equal to the benchmark: assigned to the 'above' group",
    },
    "catatan_tidak_dapat_diklasifikasi": {
        "id": "tidak dapat diklasifikasikan karena nilai pembentuknya tidak terdefinisi",
        "en": "cannot be classified because an input measure is undefined",
    },
    "catatan_penduduk_nol": {
        "id": "jumlah penduduk nol: nilai per kapita tidak terdefinisi",
        "en": "population is zero: per-capita value undefined",
    },
    "catatan_maks_sama_min": {
        "id": "semua wilayah bernilai sama (maks = min): normalisasi tidak terdefinisi",
        "en": "all regions have the same value (max = min): normalisation undefined",
    },
    "catatan_simpangan_nol": {
        "id": "simpangan baku nol: skor-z tidak terdefinisi",
        "en": "standard deviation is zero: z-score undefined",
    },
    "catatan_nilai_tengah": {
        "id": "indikator bernilai sama di semua wilayah: diberi nilai tengah",
        "en": "indicator is constant across regions: set to the midpoint",
    },
    "catatan_indikator_konstan": {
        "id": "ada indikator yang bernilai sama di semua wilayah: indeks tidak terdefinisi",
        "en": "an indicator is constant across regions: index undefined",
    },
    "catatan_indikator_dibuang": {
        "id": "indikator bernilai sama di semua wilayah dibuang; bobot lainnya disesuaikan",
        "en": "constant indicator dropped; the other weights rescaled",
    },
    "catatan_dipotong_persentil": {
        "id": "nilai dipotong ke batas persentil sebelum normalisasi",
        "en": "value clipped to the percentile bounds before normalisation",
    },
    "catatan_fasilitas_tanpa_unit": {
        "id": "tidak ada satu pun unit fasilitas ini di seluruh wilayah: fasilitas tidak dipakai",
        "en": "no unit of this facility anywhere: facility left out",
    },
    "catatan_fasilitas_di_semua_wilayah": {
        "id": "fasilitas ada di semua wilayah: tidak membedakan hierarki",
        "en": "facility present everywhere: does not discriminate between orders",
    },
    "catatan_fasilitas_tidak_ada": {
        "id": "fasilitas tidak ada di wilayah mana pun",
        "en": "facility present nowhere",
    },
    "catatan_dihitung_tanpa_sebagian_wilayah": {
        "id": "dihitung tanpa wilayah yang datanya tidak tersedia",
        "en": "computed without the regions whose data is missing",
    },
    "catatan_nilai_seragam": {
        "id": "semua wilayah bernilai sama: orde tidak dapat dibedakan",
        "en": "all regions have the same value: orders cannot be told apart",
    },
    "catatan_ri_tidak_terdefinisi": {
        "id": "indeks acak (RI) tidak terdefinisi untuk n ≤ 2; matriks 2×2 resiprokal selalu konsisten",
        "en": "random index (RI) undefined for n ≤ 2; a reciprocal 2×2 matrix is always consistent",
    },
    # -- LQ classes -------------------------------------------------------------------------
    "lq_kelas_basis": {"id": "basis", "en": "basic"},
    "lq_kelas_swasembada": {"id": "swasembada", "en": "self-sufficient"},
    "lq_kelas_non-basis": {"id": "non-basis", "en": "non-basic"},
    "lq_klasifikasi_unggulan": {"id": "unggulan", "en": "leading (base, gaining ground)"},
    "lq_klasifikasi_prospektif": {"id": "prospektif", "en": "prospective (base, losing ground)"},
    "lq_klasifikasi_andalan": {"id": "andalan", "en": "emerging (not yet base, gaining ground)"},
    "lq_klasifikasi_tertinggal": {"id": "tertinggal", "en": "lagging"},
}
