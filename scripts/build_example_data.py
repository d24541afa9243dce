"""Build the EXAMPLE data the sector and commodity analyses are demonstrated on.

No public table at hand gives PDRB by lapangan usaha for Kabupaten Blitar and Jawa
Timur, nor production value per kecamatan, in a form the project may copy; the
Analisis page still has to show how LQ, DLQ, shift-share and Klassen read. So this
script invents plausible figures, deterministically (seeded RNG), and flags every
row ``contoh = ya`` with a source that says it is Peta Potensi example data, not BPS.

Outputs (byte-identical on every run):

* ``data/seed/indikator_contoh_pdrb.csv`` — PDRB ADHK 2010 by the 17 lapangan usaha
  (``pdrb_adhk_<key>``), Kabupaten Blitar (35.05) and Provinsi Jawa Timur (35),
  2019–2023, Rp miliar, with the 2020 pandemic dip;
* ``data/seed/indikator_contoh_komoditas.csv`` — nilai produksi (Rp juta) of six
  commodities (``nilai_produksi_<komoditas>``) per kecamatan, 2022 and 2023;
* ``data/templates/indikator_pdrb_lapangan_usaha.csv`` — an empty PDRB template with
  the 17 keys for 35.05 and 35, for an analyst to fill from the BPS tables.

Run: ``python scripts/build_example_data.py`` (then ``python -m potensi data seed``).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from potensi.data.indikator_keys import COMMODITY_PREFIX, PDRB_PREFIX, SECTORS  # noqa: E402
from potensi.i18n import t  # noqa: E402

SEED = ROOT / "data" / "seed"
TEMPLATES = ROOT / "data" / "templates"
HEADER = ["kode_wilayah", "indikator", "tahun", "nilai", "satuan", "sumber", "catatan", "contoh"]
RNG_SEED = 3505

PDRB_SOURCE = "Peta Potensi: DATA CONTOH untuk peragaan analisis (bukan angka BPS)"
PDRB_NOTE = (
    "data contoh buatan Peta Potensi untuk memperagakan LQ, DLQ, shift-share "
    "dan Klassen; ganti dengan PDRB ADHK 2010 menurut lapangan usaha dari BPS"
)
KOMODITAS_SOURCE = "Peta Potensi: DATA CONTOH untuk peragaan analisis (bukan angka BPS/dinas)"
KOMODITAS_NOTE = (
    "data contoh buatan Peta Potensi: nilai produksi = volume × harga, "
    "sebaran mengikuti potensi yang dikenal per kecamatan; ganti dengan data DDA/dinas"
)

YEARS = (2019, 2020, 2021, 2022, 2023)
#: PDRB ADHK 2019 totals (Rp miliar), in the order of magnitude of the published series
TOTAL_2019 = {"35.05": 28_500.0, "35": 1_650_000.0}
#: 2019 shares of the 17 categories: Blitar agrarian (A about a third), Jawa Timur industrial
SHARE_2019 = {
    "35.05": {
        "A": 0.31,
        "B": 0.015,
        "C": 0.19,
        "D": 0.001,
        "E": 0.001,
        "F": 0.08,
        "G": 0.17,
        "H": 0.025,
        "I": 0.025,
        "J": 0.04,
        "K": 0.025,
        "L": 0.015,
        "MN": 0.003,
        "O": 0.03,
        "P": 0.04,
        "Q": 0.008,
        "RSTU": 0.012,
    },
    "35": {
        "A": 0.11,
        "B": 0.035,
        "C": 0.30,
        "D": 0.003,
        "E": 0.001,
        "F": 0.09,
        "G": 0.185,
        "H": 0.03,
        "I": 0.055,
        "J": 0.065,
        "K": 0.028,
        "L": 0.018,
        "MN": 0.008,
        "O": 0.024,
        "P": 0.028,
        "Q": 0.007,
        "RSTU": 0.012,
    },
}
#: ordinary yearly growth per category (2019→2021–2023)
GROWTH = {
    "35.05": {
        "A": 0.030,
        "B": 0.000,
        "C": 0.045,
        "D": 0.040,
        "E": 0.035,
        "F": 0.050,
        "G": 0.065,
        "H": 0.060,
        "I": 0.080,
        "J": 0.080,
        "K": 0.045,
        "L": 0.040,
        "MN": 0.050,
        "O": 0.015,
        "P": 0.045,
        "Q": 0.065,
        "RSTU": 0.045,
    },
    "35": {
        "A": 0.020,
        "B": -0.010,
        "C": 0.055,
        "D": 0.040,
        "E": 0.040,
        "F": 0.050,
        "G": 0.060,
        "H": 0.070,
        "I": 0.070,
        "J": 0.075,
        "K": 0.040,
        "L": 0.045,
        "MN": 0.060,
        "O": 0.020,
        "P": 0.040,
        "Q": 0.060,
        "RSTU": 0.050,
    },
}
#: growth 2019→2020 (the pandemic year): transport, accommodation and services fall
GROWTH_2020 = {
    "35.05": {
        "A": 0.025,
        "B": -0.030,
        "C": -0.035,
        "D": -0.020,
        "E": 0.030,
        "F": -0.040,
        "G": -0.035,
        "H": -0.150,
        "I": -0.110,
        "J": 0.095,
        "K": 0.020,
        "L": 0.010,
        "MN": -0.070,
        "O": -0.005,
        "P": 0.015,
        "Q": 0.110,
        "RSTU": -0.050,
    },
    "35": {
        "A": 0.010,
        "B": -0.040,
        "C": -0.030,
        "D": -0.030,
        "E": 0.030,
        "F": -0.045,
        "G": -0.040,
        "H": -0.130,
        "I": -0.100,
        "J": 0.090,
        "K": 0.020,
        "L": 0.010,
        "MN": -0.080,
        "O": 0.000,
        "P": 0.010,
        "Q": 0.100,
        "RSTU": -0.060,
    },
}

KOMODITAS_YEARS = (2022, 2023)
#: kabupaten nilai produksi 2022 (Rp juta) per commodity, roughly volume × price
KOMODITAS_TOTAL_2022 = {
    "padi": 2_150_000.0,
    "jagung": 1_300_000.0,
    "telur": 4_000_000.0,
    "kakao": 90_000.0,
    "tebu": 620_000.0,
    "ikan": 380_000.0,
}
KOMODITAS_GROWTH = {"padi": 0.04, "jagung": 0.02, "telur": 0.06, "kakao": 0.05, "tebu": 0.08, "ikan": 0.03}
#: relative weight of each kecamatan per commodity (0 = recorded none), from what is known where
#: (potensi_facts.csv: eggs Ponggok/Srengat, cocoa Kademangan, sugar cane Binangun, fish on the coast,
#: rice in the north and Gandusari/Wlingi/Kesamben/Doko, maize on the dry south)
KECAMATAN = {
    # code: (name, padi, jagung, telur, kakao, tebu, ikan)
    "35.05.01": ("Wonodadi", 8, 3, 5, 0, 2, 2),
    "35.05.02": ("Udanawu", 8, 3, 6, 0, 2, 4),
    "35.05.03": ("Srengat", 9, 3, 14, 0, 3, 2),
    "35.05.04": ("Kademangan", 4, 7, 7, 9, 6, 2),
    "35.05.05": ("Bakung", 2, 8, 1, 6, 3, 14),
    "35.05.06": ("Ponggok", 6, 6, 30, 1, 4, 1),
    "35.05.07": ("Sanankulon", 7, 3, 8, 1, 3, 5),
    "35.05.08": ("Wonotirto", 2, 9, 1, 5, 2, 22),
    "35.05.09": ("Nglegok", 6, 4, 4, 2, 3, 6),
    "35.05.10": ("Kanigoro", 6, 4, 5, 2, 5, 2),
    "35.05.11": ("Garum", 6, 3, 4, 3, 5, 1),
    "35.05.12": ("Sutojayan", 4, 7, 3, 5, 7, 2),
    "35.05.13": ("Panggungrejo", 2, 9, 1, 6, 3, 18),
    "35.05.14": ("Talun", 7, 3, 6, 2, 5, 1),
    "35.05.15": ("Gandusari", 9, 3, 3, 5, 4, 1),
    "35.05.16": ("Binangun", 3, 8, 2, 5, 16, 4),
    "35.05.17": ("Wlingi", 8, 3, 3, 4, 5, 1),
    "35.05.18": ("Doko", 8, 4, 2, 6, 3, 1),
    "35.05.19": ("Kesamben", 8, 4, 3, 3, 6, 1),
    "35.05.20": ("Wates", 2, 10, 1, 4, 3, 16),
    "35.05.21": ("Selorejo", 5, 6, 2, 4, 6, 1),
    "35.05.22": ("Selopuro", 6, 4, 4, 3, 4, 1),
}
KOMODITAS = ("padi", "jagung", "telur", "kakao", "tebu", "ikan")


def _money(value: float) -> str:
    """Two decimals always, so the importer can never read the dot as a thousands mark."""
    return f"{value:.2f}"


def pdrb_rows(rng: np.random.Generator) -> list[list[str]]:
    """PDRB ADHK by lapangan usaha for both regions and every year."""
    rows = []
    keys = list(SECTORS)
    for region in ("35.05", "35"):
        shares = np.array([SHARE_2019[region][k] for k in keys])
        values = TOTAL_2019[region] * shares / shares.sum()
        for year in YEARS:
            if year > YEARS[0]:
                if year == 2020:
                    growth = np.array([GROWTH_2020[region][k] for k in keys])
                else:
                    base = np.array([GROWTH[region][k] for k in keys])
                    # 2021 is a partial recovery; later years return to the ordinary rates
                    growth = base * (0.7 if year == 2021 else 1.0)
                growth = growth + rng.normal(0, 0.004, len(keys))
                values = values * (1 + growth)
            for key, value in zip(keys, values, strict=True):
                rows.append(
                    [
                        region,
                        f"{PDRB_PREFIX}{key.lower()}",
                        str(year),
                        _money(value),
                        "Rp miliar",
                        PDRB_SOURCE,
                        PDRB_NOTE,
                        "ya",
                    ]
                )
    return rows


def komoditas_rows(rng: np.random.Generator) -> list[list[str]]:
    """Nilai produksi per kecamatan and commodity for both years."""
    rows = []
    weights = np.array([w[1:] for w in KECAMATAN.values()], dtype=float)
    codes = list(KECAMATAN)
    for c, komoditas in enumerate(KOMODITAS):
        share = weights[:, c] * rng.uniform(0.85, 1.15, len(codes))
        values = KOMODITAS_TOTAL_2022[komoditas] * share / share.sum()
        for year in KOMODITAS_YEARS:
            if year > KOMODITAS_YEARS[0]:
                values = values * (1 + KOMODITAS_GROWTH[komoditas] + rng.normal(0, 0.03, len(codes)))
            for code, value in zip(codes, values, strict=True):
                rows.append(
                    [
                        code,
                        f"{COMMODITY_PREFIX}{komoditas}",
                        str(year),
                        _money(value),
                        "Rp juta",
                        KOMODITAS_SOURCE,
                        KOMODITAS_NOTE,
                        "ya",
                    ]
                )
    return rows


def template_rows() -> list[list[str]]:
    """One empty row per category and region, for the latest full year."""
    note = "PDRB ADHK 2010; isi dari tabel BPS {nama} (tambahkan baris untuk tahun lain)"
    rows = []
    for region in ("35.05", "35"):
        for key in SECTORS:
            rows.append(
                [
                    region,
                    f"{PDRB_PREFIX}{key.lower()}",
                    "2023",
                    "",
                    "Rp miliar",
                    "BPS — isi judul tabel dan tautan",
                    note.format(nama=t(f"sektor_{key}", "id")),
                    "tidak",
                ]
            )
    return rows


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue()


def render() -> dict[Path, str]:
    """Every output file's text, keyed by path (a test compares them with the committed files)."""
    rng = np.random.default_rng(RNG_SEED)
    return {
        SEED / "indikator_contoh_pdrb.csv": _csv(pdrb_rows(rng)),
        SEED / "indikator_contoh_komoditas.csv": _csv(komoditas_rows(rng)),
        # semicolons: what Excel in an Indonesian locale opens as columns
        TEMPLATES / "indikator_pdrb_lapangan_usaha.csv": _csv(template_rows(), delimiter=";"),
    }


def main() -> int:
    for path, text in render().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 1} baris")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
