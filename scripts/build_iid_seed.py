"""Build the seed of the Indeks Inovasi Daerah (IID) workbench.

Four files, byte-identical on every run (a test rebuilds them):

* ``data/seed/iid_aturan.csv`` — the 2023 rules: maxima, the divisor floor, the count
  score, the predicate thresholds (``shared/reference/DOMAIN.md`` §1.2–§1.3), with the
  rules DOMAIN only has from third-party code listed in ``aturan_belum_pasti``;
* ``data/seed/iid_indikator.csv`` — 2023 indicators: SID 16–35 exactly as DOMAIN's
  table gives them (weights and parameters are a third-party transcription, so
  ``pasti = tidak``), and the SPD indicators 1–15 with the a/b splits DOMAIN describes.
  DOMAIN gives no per-row SPD weight (only the range 0,75–2 and the maximum 63), so the
  SPD rows carry weight 1 and are flagged ``contoh = ya``;
* ``data/seed/inovasi_indikator_contoh.csv`` — an EXAMPLE self-assessment of ten real
  innovations of ``inovasi.csv`` (tahapan penerapan), all twenty SID indicators each,
  parameters drawn with a seeded generator; some rows choose a parameter without any
  evidence, so the workbench's "no evidence scores 0" rule has something to show;
* ``data/seed/iid_spd_contoh.csv`` — an EXAMPLE SPD self-assessment for 2026: the
  parameters are chosen for the demonstration, the supporting figures (``nilai_data``)
  are the seed's own statistics where one exists, with that figure's source.

Nothing here is an official assessment; every invented value says so in ``sumber``.

Run: ``python scripts/build_iid_seed.py`` (then ``python -m potensi data seed``).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
RNG_SEED = 3505_2023
TAHUN_ATURAN = 2023
TAHUN_SPD = 2026
KABUPATEN = "35.05"

SURAT = "Surat Mendagri 400.10.11/2704/SJ (18 Mei 2023) dan slide Pedoman Umum IGA 2023"
#: the texts cite the documents, never the project's note files (DOMAIN.md §1.2–1.4 is
#: where these readings were gathered; data/seed/README.md says so)
SOURCE_ATURAN = (
    f"{SURAT}: rumus SPD + SID/MAX(10, n) + skor jumlah inovasi, skor total maks 250, "
    "batas predikat 60,01 dan 35 (resmi); skor maks SPD/SID, skor jumlah 200 × 0,38, syarat "
    "6 urusan wajib, tahapan dinilai dan profil wajib dari transkripsi pihak ketiga (belum "
    "pasti) — verifikasi dengan pedoman resmi tahun berjalan"
)
SOURCE_SID = (
    f"Transkripsi pihak ketiga pedoman IID 2023: bobot dan parameter belum pasti; verifikasi dengan {SURAT}"
)
SOURCE_SPD = (
    "Peta Potensi: DATA CONTOH — nama dan variabel indikator SPD menurut struktur IID 2023 "
    "(transkripsi pihak ketiga); bobot 1 per baris adalah isian contoh (pedoman memberi bobot "
    "0,75–2, total skor SPD maks 63, tanpa rincian per indikator) — ganti dengan bobot "
    "pedoman resmi"
)
SOURCE_PENILAIAN = (
    "Peta Potensi: CONTOH penilaian mandiri untuk peragaan meja kerja IID — bukan penilaian "
    "nyata; parameter dan nama berkas bukti dibuat-buat"
)
SOURCE_SPD_NILAI = (
    "Peta Potensi: CONTOH penilaian SPD 2026 untuk peragaan — parameter dipilih untuk peragaan, "
    "bukan penilaian resmi"
)

ATURAN_HEADER = [
    "tahun",
    "skor_total_maks",
    "skor_spd_maks",
    "skor_sid_maks",
    "pembagi_min",
    "skor_per_inovasi",
    "jumlah_inovasi_maks",
    "urusan_wajib",
    "syarat_urusan",
    "batas_sangat_inovatif",
    "batas_inovatif",
    "tahapan_dinilai",
    "profil_wajib",
    "aturan_belum_pasti",
    "sumber",
    "contoh",
]
INDIKATOR_HEADER = [
    "tahun",
    "no_indikator",
    "aspek",
    "variabel",
    "nama",
    "bobot",
    "parameter_1",
    "parameter_2",
    "parameter_3",
    "statistik",
    "pasti",
    "sumber",
    "contoh",
]
PENILAIAN_HEADER = [
    "inovasi_id",
    "no_indikator",
    "parameter",
    "bukti_file",
    "bukti_url",
    "catatan",
    "status_validasi",
    "sumber",
    "contoh",
]
SPD_HEADER = ["tahun", "no_indikator", "parameter", "nilai_data", "bukti_url", "catatan", "sumber", "contoh"]

#: the six urusan wajib pelayanan dasar (UU 23/2014 Pasal 12 ayat 1; DOMAIN §1.3)
URUSAN_WAJIB = (
    "pendidikan",
    "kesehatan",
    "pekerjaan umum dan penataan ruang",
    "perumahan rakyat dan kawasan permukiman",
    "ketenteraman, ketertiban umum dan pelindungan masyarakat",
    "sosial",
)
#: the profile fields the IID application asks for (DOMAIN §1.4), as inovasi columns
PROFIL_WAJIB = (
    "nama_inovasi",
    "kode_opd",
    "bentuk",
    "jenis",
    "tahapan",
    "urusan_utama",
    "inisiator_tipe",
    "tgl_uji_coba",
    "tgl_penerapan",
    "rancang_bangun",
    "tujuan",
    "manfaat",
    "hasil_inovasi",
)
#: DOMAIN marks these [T]; the formula, divisor floor and thresholds are [R]
BELUM_PASTI = ("skor_jumlah", "syarat_urusan", "skor_maks", "tahapan_dinilai", "profil_wajib")

#: SID 16–35 exactly as DOMAIN §1.2's table: name, weight, parameters 1 / 2 / 3
SID = (
    ("16", "Regulasi inovasi daerah", 3, ("SK KDH/SK PD a.n. KDH", "Perkada", "Perda")),
    ("17", "Ketersediaan & peran SDM", 2, ("1–10 orang", "11–30 orang", ">30 orang")),
    ("18", "Dukungan anggaran", 2, ("1 tahun", "2 th berturut", "T-0, T-1, T-2")),
    ("19", "Alat kerja", 2, ("manual", "elektronik", "sistem daring-AI")),
    ("20", "Bimtek inovasi", 1, ("1× dalam 3 th", "2× dalam 3 th", "≥3× dalam 3 th")),
    (
        "21",
        "Integrasi program & kegiatan dalam RKPD",
        2,
        ("1 dokumen RKPD", "2 dokumen RKPD", "3 dokumen RKPD"),
    ),
    ("22", "Keterlibatan aktor (pentahelix)", 1, ("3 aktor", "4 aktor", "≥5 aktor")),
    ("23", "Pelaksana inovasi", 1, ("tanpa SK", "surat tugas PD", "SK KDH")),
    ("24", "Jejaring inovasi", 1, ("2 PD", "3–4 PD", "≥5 PD")),
    ("25", "Sosialisasi", 1, ("foto spanduk", "medsos pemda", "media massa")),
    ("26", "Pedoman teknis", 1, ("cetak", "elektronik", "daring")),
    ("27", "Kemudahan informasi layanan", 1, ("1 metode", "2 metode", "≥3 metode")),
    ("28", "Kemudahan proses (waktu layanan)", 2, ("≥6 hari", "2–5 hari", "1 hari")),
    ("29", "Penyelesaian pengaduan", 1, ("≤50%", "51–90%", "≥91%")),
    ("30", "Layanan terintegrasi", 2, ("terpisah", "1 portal unit", "lintas unit")),
    ("31", "Replikasi", 3, ("1× oleh daerah lain", "2× oleh daerah lain", "3× oleh daerah lain")),
    ("32", "Kecepatan penciptaan", 2, ("≥9 bln", "5–8 bln", "1–4 bln")),
    ("33", "Kemanfaatan", 3, ("1–200 penerima", "201–500 penerima", "≥501 penerima")),
    ("34", "Monitoring & evaluasi", 2, ("monev internal", "SKM", "kajian eksternal")),
    ("35", "Video / kualitas inovasi", 4, ("memenuhi 1–2 unsur", "memenuhi 3–4 unsur", "memenuhi 5 unsur")),
)
#: SPD rows in DOMAIN §1.2's order (numbered 1–15 in that order; a/b where DOMAIN names
#: two parts): number, variable, name, the indikator key that pre-fills it
SPD = (
    ("1", "Institusi", "Visi/misi inovasi kepala daerah", ""),
    ("2a", "Institusi", "APBD tepat waktu (3 tahun)", ""),
    ("2b", "Institusi", "Mandatory spending", ""),
    ("3", "Institusi", "Kualitas peningkatan perizinan", ""),
    ("4", "Institusi", "Pertumbuhan pendapatan per kapita", "pdrb_per_kapita"),
    ("5a", "Institusi", "Tingkat pengangguran terbuka: progres", "tingkat_pengangguran_terbuka"),
    ("5b", "Institusi", "Tingkat pengangguran terbuka: level T-1", "tingkat_pengangguran_terbuka"),
    ("6", "Institusi", "Peningkatan investasi", ""),
    ("7", "Institusi", "Peningkatan PAD", ""),
    ("8", "Institusi", "Opini BPK", ""),
    ("9", "Institusi", "Nilai LAKIP/SAKIP", ""),
    ("10a", "Institusi", "Kemiskinan: progres", "persentase_penduduk_miskin"),
    ("10b", "Institusi", "Kemiskinan: level T-1", "persentase_penduduk_miskin"),
    ("11a", "Sumber Daya Manusia", "IPM: kenaikan 2 tahun", "ipm"),
    ("11b", "Sumber Daya Manusia", "IPM: capaian", "ipm"),
    ("12", "Sumber Daya Manusia", "Penghargaan bagi inovator", ""),
    ("13", "Ekosistem Inovasi & Kajian", "Rekomendasi kebijakan / Indeks Kualitas Kebijakan", ""),
    ("14", "Ekosistem Inovasi & Kajian", "RIPJ-PID (Rencana Induk & Peta Jalan Pemajuan Iptek Daerah)", ""),
    ("15", "Ekosistem Inovasi & Kajian", "Fasilitasi HKI", ""),
)
#: the example SPD parameters of 2026 (plausible for a kabupaten rated Sangat Inovatif)
SPD_PARAMETER = {
    "1": 3, "2a": 3, "2b": 2, "3": 2, "4": 2, "5a": 1, "5b": 2, "6": 2, "7": 2, "8": 3,
    "9": 2, "10a": 2, "10b": 2, "11a": 1, "11b": 2, "12": 1, "13": 2, "14": 1, "15": 1,
}  # fmt: skip
#: SPD indicators of the example left without evidence, so the page shows the rule that
#: a chosen parameter without evidence scores 0; the others carry an example link on the
#: reserved ``.invalid`` domain (RFC 2606), which can never be mistaken for a real document
SPD_WITHOUT_EVIDENCE = ("3", "9")

#: ten real innovations of inovasi.csv in tahapan penerapan, across their agencies
ASSESSED = (
    "INV-2021-0001",
    "INV-2021-0002",
    "INV-2021-0007",
    "INV-2021-0008",
    "INV-2021-0018",
    "INV-2024-0001",
    "INV-2024-0002",
    "INV-2024-0005",
    "INV-2019-0003",
    "INV-2025-0002",
)
#: the evidence file an indicator's parameter would be backed by (example names)
EVIDENCE = {
    "16": ("contoh_sk_kepala_daerah.pdf", "contoh_perkada_inovasi.pdf", "contoh_perda_inovasi.pdf"),
    "17": ("contoh_daftar_sdm_inovasi.pdf",) * 3,
    "18": ("contoh_dpa_anggaran.pdf",) * 3,
    "19": ("contoh_foto_alat_kerja.jpg",) * 3,
    "20": ("contoh_sertifikat_bimtek.pdf",) * 3,
    "21": ("contoh_kutipan_rkpd.pdf",) * 3,
    "22": ("contoh_nota_kesepahaman_aktor.pdf",) * 3,
    "23": (
        "contoh_surat_tugas_pelaksana.pdf",
        "contoh_surat_tugas_pelaksana.pdf",
        "contoh_sk_tim_pelaksana.pdf",
    ),
    "24": ("contoh_surat_kerja_sama_pd.pdf",) * 3,
    "25": ("contoh_foto_spanduk.jpg", "contoh_tangkapan_medsos_pemda.jpg", "contoh_kliping_media_massa.pdf"),
    "26": ("contoh_pedoman_teknis.pdf",) * 3,
    "27": ("contoh_tangkapan_layar_informasi_layanan.jpg",) * 3,
    "28": ("contoh_sop_waktu_layanan.pdf",) * 3,
    "29": ("contoh_rekap_pengaduan.pdf",) * 3,
    "30": ("contoh_tangkapan_layar_portal.jpg",) * 3,
    "31": ("contoh_surat_replikasi_daerah_lain.pdf",) * 3,
    "32": ("contoh_jadwal_penciptaan_inovasi.pdf",) * 3,
    "33": ("contoh_data_penerima_manfaat.pdf",) * 3,
    "34": ("contoh_laporan_monev.pdf", "contoh_hasil_skm.pdf", "contoh_kajian_eksternal.pdf"),
    "35": ("contoh_tangkapan_layar_video.jpg",) * 3,
}
#: the share of chosen parameters left without evidence (scores 0 in the workbench)
NO_EVIDENCE_SHARE = 0.08


def _bool(value: bool) -> str:
    return "ya" if value else "tidak"


def _number(value: float) -> str:
    """``.`` as decimal mark, no trailing zeros (the seed's number format)."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def aturan_rows() -> list[list[str]]:
    """The 2023 rules (one row)."""
    return [
        [
            str(TAHUN_ATURAN),
            "250",
            "63",
            "111",
            "10",
            "0.38",
            "200",
            "; ".join(URUSAN_WAJIB),
            _bool(False),  # the urusan rule is reported only for later years [T]
            "60.01",
            "35",
            "penerapan",
            "; ".join(PROFIL_WAJIB),
            "; ".join(BELUM_PASTI),
            SOURCE_ATURAN,
            _bool(False),
        ]
    ]


def indikator_rows() -> list[list[str]]:
    """SPD 1–15 (example weights) then SID 16–35 (DOMAIN's table) of 2023."""
    rows = []
    for number, variabel, nama, statistik in SPD:
        rows.append(
            [str(TAHUN_ATURAN), number, "spd", variabel, nama, "1", "", "", "", statistik]
            + [_bool(False), SOURCE_SPD, _bool(True)]
        )
    for number, nama, bobot, parameters in SID:
        # DOMAIN names the five SID variables but not which indicator falls under which
        rows.append(
            [str(TAHUN_ATURAN), number, "sid", "", nama, str(bobot), *parameters, ""]
            + [_bool(False), SOURCE_SID, _bool(False)]
        )
    return rows


def penilaian_rows(rng: np.random.Generator) -> list[list[str]]:
    """Ten innovations × indicators 16–35, parameters 0–3, evidence where chosen."""
    rows = []
    for index, inovasi_id in enumerate(ASSESSED):
        # a mature innovation chooses higher parameters: the example spreads the totals
        level = 0.35 + 0.6 * (len(ASSESSED) - 1 - index) / (len(ASSESSED) - 1)
        for number, *_ in SID:
            parameter = int(rng.binomial(3, level))
            missing = parameter > 0 and rng.random() < NO_EVIDENCE_SHARE
            bukti = "" if parameter == 0 or missing else EVIDENCE[number][parameter - 1]
            if missing:
                catatan = "contoh: parameter dipilih tanpa bukti dukung — skornya 0 sampai bukti diunggah"
            elif parameter == 0:
                catatan = "contoh: belum memenuhi parameter 1"
            else:
                catatan = ""
            rows.append(
                [inovasi_id, number, str(parameter), bukti, "", catatan, "belum", SOURCE_PENILAIAN]
                + [_bool(True)]
            )
    return rows


def _statistik() -> dict[str, dict[int, tuple[float, str]]]:
    """The regency's figures per indikator key and year, with their sources (the seed's own)."""
    found: dict[str, dict[int, tuple[float, str]]] = {}
    for path in sorted(SEED.glob("indikator*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["kode_wilayah"] == KABUPATEN:
                    found.setdefault(row["indikator"], {})[int(row["tahun"])] = (
                        float(row["nilai"]),
                        row["sumber"],
                    )
    return found


def spd_rows() -> list[list[str]]:
    """The example SPD assessment of 2026, with the seed's figure where a statistic exists."""
    stats = _statistik()
    rows = []
    for number, _variabel, _nama, key in SPD:
        nilai, catatan, sumber = "", "", SOURCE_SPD_NILAI
        series = stats.get(key, {})
        years = sorted(series)
        if key and years:
            last = years[-1]
            value, source = series[last]
            progress = number.endswith("a") or number == "4"
            if progress and len(years) >= 2:
                before = years[-2]
                old = series[before][0]
                if number == "4":
                    nilai = _number((value / old - 1) * 100)
                    catatan = f"pertumbuhan {key} {before}→{last} (%)"
                else:
                    nilai = _number(value - old)
                    catatan = f"perubahan {key} {before}→{last} (poin)"
            elif progress:
                catatan = f"{key} hanya ada untuk {last}; progres butuh dua tahun"
            else:
                nilai = _number(value)
                catatan = f"{key} {last} (angka terbaru di data)"
            if nilai:
                sumber = f"{SOURCE_SPD_NILAI}; nilai_data: {source}"
        bukti = "" if number in SPD_WITHOUT_EVIDENCE else f"https://bukti.contoh.invalid/spd-{number}.pdf"
        rows.append(
            [str(TAHUN_SPD), number, str(SPD_PARAMETER[number]), nilai, bukti, catatan, sumber, _bool(True)]
        )
    return rows


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def build(target: Path = SEED) -> dict[str, int]:
    """Write the four files into ``target``; return the row count of each."""
    rng = np.random.default_rng(RNG_SEED)
    files = {
        "iid_aturan": (ATURAN_HEADER, aturan_rows()),
        "iid_indikator": (INDIKATOR_HEADER, indikator_rows()),
        "inovasi_indikator_contoh": (PENILAIAN_HEADER, penilaian_rows(rng)),
        "iid_spd_contoh": (SPD_HEADER, spd_rows()),
    }
    target.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in files.items():
        (target / f"{name}.csv").write_text(_csv(header, rows), encoding="utf-8")
    return {name: len(rows) for name, (_header, rows) in files.items()}


if __name__ == "__main__":
    for name, count in build(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED).items():
        print(f"{name}.csv: {count} baris")
