"""English for values the store holds in Indonesian: commodity names, units, and the
sources the project's own example data carries.

An official types ``nilai_produksi_padi``, ``Rp juta`` or the example rows' source
text once, in Indonesian; the English page must not show them raw. Each known value
has a catalogue entry here, found from the stored text by
:func:`potensi.data.records.stored_text` (units, sources) or from the indikator key
by :func:`potensi.data.indicators.indicator_label` (commodities). A value nobody
listed (a new unit an official typed) is shown as stored, in both languages.
"""

from __future__ import annotations

#: prefixes of the entries that translate a stored text (``id`` is the text exactly as stored)
STORED_PREFIXES = ("satuan_", "sumber_contoh_", "keterangan_")

TEXTS: dict[str, dict[str, str]] = {
    # indikator nilai_produksi_<komoditas> (potensi.data.indikator_keys.COMMODITY_PREFIX)
    "commodity_value": {"id": "Nilai produksi {komoditas}", "en": "Production value of {komoditas}"},
    # indikator pdrb_adhk_<sector> (PDRB_PREFIX); sector names are the catalogue's sektor_<KEY>
    "pdrb_sector_value": {"id": "PDRB ADHK {sektor}", "en": "GRDP at constant prices: {sektor}"},
    "komoditas_padi": {"id": "padi", "en": "rice"},
    "komoditas_jagung": {"id": "jagung", "en": "maize"},
    "komoditas_kakao": {"id": "kakao", "en": "cocoa"},
    # the food crops of BPS's "Produksi Tanaman Pangan Menurut Kecamatan" tables
    "komoditas_padi_sawah": {"id": "padi sawah", "en": "wetland rice"},
    "komoditas_padi_ladang": {"id": "padi ladang", "en": "upland rice"},
    "komoditas_kedelai": {"id": "kedelai", "en": "soybean"},
    "komoditas_kacang_tanah": {"id": "kacang tanah", "en": "groundnut"},
    "komoditas_kacang_hijau": {"id": "kacang hijau", "en": "mung bean"},
    "komoditas_ubi_kayu": {"id": "ubi kayu", "en": "cassava"},
    "komoditas_ubi_jalar": {"id": "ubi jalar", "en": "sweet potato"},
    "komoditas_tebu": {"id": "tebu", "en": "sugar cane"},
    "komoditas_telur": {"id": "telur", "en": "eggs"},
    "komoditas_ikan": {"id": "ikan", "en": "fish"},
    "komoditas_kopi": {"id": "kopi", "en": "coffee"},
    "komoditas_cengkeh": {"id": "cengkeh", "en": "cloves"},
    "komoditas_sapi": {"id": "sapi", "en": "cattle"},
    "komoditas_ikan_koi": {"id": "ikan koi", "en": "koi fish"},
    "komoditas_wisata_pantai": {"id": "wisata pantai", "en": "beach tourism"},
    # units (column satuan), as the seed and the templates write them
    "satuan_rp_juta": {"id": "Rp juta", "en": "Rp million"},
    "satuan_rp_miliar": {"id": "Rp miliar", "en": "Rp billion"},
    "satuan_rp_juta_per_jiwa": {"id": "Rp juta/jiwa", "en": "Rp million/person"},
    "satuan_jiwa": {"id": "jiwa", "en": "people"},
    "satuan_desa_kelurahan": {"id": "desa/kelurahan", "en": "villages"},
    "satuan_unit": {"id": "unit", "en": "units"},
    "satuan_persen": {"id": "persen", "en": "percent"},
    "satuan_rp_per_kapita_per_bulan": {"id": "Rp/kapita/bulan", "en": "Rp per person per month"},
    "satuan_peringkat": {"id": "peringkat", "en": "rank"},
    "satuan_skor": {"id": "skor", "en": "score"},
    # notes of the seed's population figures (scripts/build_seed.py STATISTIK_NOTES)
    "keterangan_estimasi_2024": {
        "id": "estimasi pertengahan tahun 2024 (dikutip Wikipedia)",
        "en": "mid-2024 estimate (as cited by Wikipedia)",
    },
    "keterangan_dukcapil_2022": {
        "id": "data Dukcapil 2022 (dikutip berita BPS Kabupaten Blitar)",
        "en": "civil registry (Dukcapil) 2022 (cited in a BPS Blitar Regency news item)",
    },
    "keterangan_jumlah_per_desa": {
        "id": "jumlah per desa, dashboard BPS Kabupaten Blitar (tahun data kemungkinan 2024)",
        "en": "sum of the villages, BPS Blitar Regency dashboard (data year probably 2024)",
    },
    "keterangan_seri_dashboard": {
        "id": "seri penduduk kecamatan, dashboard BPS Kabupaten Blitar (sumber asal tidak disebut)",
        "en": "district population series, BPS Blitar Regency dashboard (original source not named)",
    },
    "keterangan_sp2020_perempuan": {
        "id": "Sensus Penduduk 2020, penduduk perempuan saja (berita mengutip BPS)",
        "en": "2020 census, female population only (news citing BPS)",
    },
    # notes a map shows as its caveat (scripts/build_seed.py OLAH_CEPAT)
    "keterangan_olah_cepat_sp2010": {
        "id": (
            "angka sementara: hasil olah cepat Sensus Penduduk 2010 (BPS); jumlah 22 kecamatan 1.116.010, "
            "angka final kabupaten 1.116.639; angka final per kecamatan hanya diketahui untuk 4 kecamatan "
            "(indikator penduduk_sp2010_final)"
        ),
        "en": (
            "preliminary figures: 2010 census quick count (BPS); the 22 districts sum to 1,116,010, "
            "the final regency figure is 1,116,639; final district figures are known for 4 districts "
            "only (indicator penduduk_sp2010_final)"
        ),
    },
    "satuan_indeks": {"id": "indeks", "en": "index"},
    "satuan_indeks_0_100": {"id": "indeks 0-100", "en": "index 0-100"},
    "satuan_lq": {"id": "LQ (tanpa satuan)", "en": "LQ (no unit)"},
    # sources of the example data (scripts/build_example_*.py, data/seed/sources)
    "sumber_contoh_bps": {
        "id": "Peta Potensi: DATA CONTOH untuk peragaan analisis (bukan angka BPS)",
        "en": "Peta Potensi: EXAMPLE DATA to demonstrate the analysis (not BPS figures)",
    },
    "sumber_contoh_dinas": {
        "id": "Peta Potensi: DATA CONTOH untuk peragaan analisis (bukan angka BPS/dinas)",
        "en": "Peta Potensi: EXAMPLE DATA to demonstrate the analysis (not BPS or agency figures)",
    },
    "sumber_contoh_podes": {
        "id": "Peta Potensi: DATA CONTOH berbentuk Podes untuk peragaan analisis (bukan data Podes/BPS)",
        "en": "Peta Potensi: EXAMPLE DATA shaped like Podes to demonstrate the analysis (not Podes/BPS data)",
    },
    "sumber_contoh_peluang": {
        "id": "Contoh ilustratif Peta Potensi — bukan data resmi; "
        "lokasi dan komoditas dari data potensi (berita dan dokumen daerah)",
        "en": "Illustrative Peta Potensi example — not official data; location and commodity "
        "from the potential records (news and regional documents)",
    },
}
