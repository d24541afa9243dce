"""Build the EXAMPLE data the hierarchy (skalogram, Marshall) and regional Klassen
analyses are demonstrated on.

Facility counts per kecamatan come from Podes (microdata restricted) and PDRB per
kecamatan is not a standard BPS release (DOMAIN.md §2.8), so the project has neither
for Kabupaten Blitar. The Analisis page still has to show how the methods read, so
this script invents plausible figures, deterministically (seeded RNG), and flags
every row ``contoh = ya`` with a source that says it is Peta Potensi example data
shaped like Podes, not real.

The pattern follows what is known of the kabupaten: Kanigoro is the capital,
Wlingi, Srengat and Talun are older service towns, and the southern coastal
kecamatan (Bakung, Wonotirto, Panggungrejo, Wates) are the least served. SD
counts scale with the real number of desa/kelurahan in ``data/seed/indikator.csv``.

Outputs (byte-identical on every run):

* ``data/seed/indikator_contoh_fasilitas.csv`` — units of nine facility types
  (``fasilitas_<jenis>``) per kecamatan, 2024 (the Podes year);
* ``data/seed/indikator_contoh_pdrb_kecamatan.csv`` — PDRB per kapita
  (``pdrb_per_kapita``, Rp juta/jiwa) per kecamatan and for the kabupaten, 2021–2023.

Run: ``python scripts/build_example_facilities.py`` (then ``python -m potensi data seed``).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
HEADER = ["kode_wilayah", "indikator", "tahun", "nilai", "satuan", "sumber", "catatan", "contoh"]
RNG_SEED = 3505_2024
KABUPATEN = "35.05"
FACILITY_YEAR = 2024
PDRB_YEARS = (2021, 2022, 2023)

SOURCE_FACILITIES = "Peta Potensi: DATA CONTOH berbentuk Podes untuk peragaan analisis (bukan data Podes/BPS)"
NOTE_FACILITIES = (
    "data contoh buatan Peta Potensi untuk memperagakan skalogram dan "
    "indeks sentralitas Marshall; ganti dengan jumlah fasilitas per kecamatan dari Podes 2024"
)
SOURCE_PDRB = "Peta Potensi: DATA CONTOH untuk peragaan analisis (bukan angka BPS)"
NOTE_PDRB = (
    "data contoh buatan Peta Potensi untuk memperagakan tipologi Klassen "
    "wilayah; ganti dengan PDRB per kapita kecamatan dari kajian PDRB kecamatan"
)
NOTE_PDRB_KAB = (
    NOTE_PDRB + "; nilai kabupaten = rata-rata kecamatan ditimbang jumlah desa/kelurahan "
    "(pengganti jumlah penduduk)"
)

#: how central each kecamatan is in the example (0…1): Kanigoro the capital, the old service
#: towns next, the southern coast last
CENTRALITY = {
    "35.05.10": 1.00,  # Kanigoro
    "35.05.17": 0.92,  # Wlingi
    "35.05.03": 0.86,  # Srengat
    "35.05.14": 0.76,  # Talun
    "35.05.19": 0.62,  # Kesamben
    "35.05.12": 0.60,  # Sutojayan
    "35.05.11": 0.56,  # Garum
    "35.05.06": 0.54,  # Ponggok
    "35.05.09": 0.50,  # Nglegok
    "35.05.07": 0.48,  # Sanankulon
    "35.05.15": 0.45,  # Gandusari
    "35.05.04": 0.44,  # Kademangan
    "35.05.01": 0.40,  # Wonodadi
    "35.05.02": 0.36,  # Udanawu
    "35.05.16": 0.34,  # Binangun
    "35.05.22": 0.33,  # Selopuro
    "35.05.18": 0.30,  # Doko
    "35.05.21": 0.28,  # Selorejo
    "35.05.20": 0.20,  # Wates
    "35.05.05": 0.16,  # Bakung
    "35.05.08": 0.15,  # Wonotirto
    "35.05.13": 0.14,  # Panggungrejo
}

#: kecamatan whose tourism (Candi Penataran; Pantai Serang) keeps lodging despite few other services,
#: which is what breaks a perfect Guttman scale in real data
TOURISM = {"35.05.09", "35.05.13"}

#: facility types in the example, common to rare
FACILITIES = ("sd", "smp", "puskesmas", "pasar", "koperasi", "sma_smk", "bank", "hotel", "rumah_sakit")


def desa_counts() -> dict[str, int]:
    """Real desa/kelurahan per kecamatan from the seed (scales the SD counts)."""
    with (SEED / "indikator.csv").open(encoding="utf-8") as handle:
        return {
            row["kode_wilayah"]: int(float(row["nilai"]))
            for row in csv.DictReader(handle)
            if row["indikator"] == "jumlah_desa_kelurahan"
        }


def _present(w: float, threshold: float, rng: np.random.Generator) -> bool:
    """Whether a kecamatan of centrality ``w`` has a rarer facility (a little noise)."""
    return w + rng.normal(0, 0.1) >= threshold


def facility_counts(rng: np.random.Generator) -> dict[str, dict[str, int]]:
    """Units per kecamatan and facility type."""
    desa = desa_counts()
    counts: dict[str, dict[str, int]] = {}
    for code in sorted(CENTRALITY):
        w, d = CENTRALITY[code], desa[code]
        row = {
            "sd": int(round(d * rng.uniform(2.6, 3.4) + 4 * w)),
            "smp": max(1, int(round(1.5 + 5 * w + rng.normal(0, 0.7)))),
            "puskesmas": 1 + int(w >= 0.55 and rng.random() < 0.6),
            "pasar": max(1, int(round(1 + 3 * w + rng.normal(0, 0.6)))),
            "koperasi": max(1, int(round(0.5 * d + 6 * w + rng.normal(0, 1.0)))),
            "sma_smk": max(0, int(round(4.5 * w + rng.normal(0, 0.6)))) if _present(w, 0.18, rng) else 0,
            "bank": max(1, int(round(6 * w**1.5 + rng.normal(0, 0.5)))) if _present(w, 0.3, rng) else 0,
            "hotel": max(1, int(round(4 * w**2 + rng.normal(0, 0.4))))
            if _present(w, 0.5, rng) or code in TOURISM
            else 0,
            "rumah_sakit": max(1, int(round(2 * w**3))) if _present(w, 0.72, rng) else 0,
        }
        counts[code] = row
    return counts


def facility_rows(rng: np.random.Generator) -> list[list[str]]:
    """CSV rows of the facility example."""
    rows = []
    for code, row in facility_counts(rng).items():
        for facility in FACILITIES:
            rows.append(
                [
                    code,
                    f"fasilitas_{facility}",
                    str(FACILITY_YEAR),
                    str(row[facility]),
                    "unit",
                    SOURCE_FACILITIES,
                    NOTE_FACILITIES,
                    "ya",
                ]
            )
    return rows


def pdrb_rows(rng: np.random.Generator) -> list[list[str]]:
    """CSV rows of PDRB per kapita per kecamatan and the (weighted) kabupaten value."""
    desa = desa_counts()
    values: dict[str, list[float]] = {}
    for code in sorted(CENTRALITY):
        w = CENTRALITY[code]
        level = 17.0 + 20.0 * w + rng.normal(0, 2.5)
        growth = 0.035 + rng.normal(0, 0.012) - 0.008 * w  # the smaller places catch up a little
        values[code] = [round(level * (1 + growth) ** i, 2) for i in range(len(PDRB_YEARS))]
    weights = np.array([desa[c] for c in values], dtype=float)
    kab = [
        round(float(np.average([v[i] for v in values.values()], weights=weights)), 2)
        for i in range(len(PDRB_YEARS))
    ]
    rows = [
        [
            KABUPATEN,
            "pdrb_per_kapita",
            str(year),
            f"{kab[i]:.2f}",
            "Rp juta/jiwa",
            SOURCE_PDRB,
            NOTE_PDRB_KAB,
            "ya",
        ]
        for i, year in enumerate(PDRB_YEARS)
    ]
    for code, series in values.items():
        rows += [
            [
                code,
                "pdrb_per_kapita",
                str(year),
                f"{series[i]:.2f}",
                "Rp juta/jiwa",
                SOURCE_PDRB,
                NOTE_PDRB,
                "ya",
            ]
            for i, year in enumerate(PDRB_YEARS)
        ]
    return rows


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue()


def render() -> dict[Path, str]:
    """File contents by path (one RNG per file, so changing one leaves the other as it was)."""
    return {
        SEED / "indikator_contoh_fasilitas.csv": _csv(facility_rows(np.random.default_rng(RNG_SEED))),
        SEED / "indikator_contoh_pdrb_kecamatan.csv": _csv(pdrb_rows(np.random.default_rng(RNG_SEED + 1))),
    }


def main() -> int:
    """Write the files and say how many rows each has."""
    for path, text in render().items():
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 1} baris")
    return 0


if __name__ == "__main__":
    sys.exit(main())
