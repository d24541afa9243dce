"""Print what the importer does with ~500 hostile files, on a copy of a store.

    python scripts/hostile_imports.py geodata/peta.gpkg

Figures: files tried, refused with a clear Indonesian message, store unchanged, and
the peak memory (whole process, VmHWM) and wall time of the worst heavy file,
each measured in its own interpreter. Goal: ≤ 500 MB and ≤ 10 s. Exit 1 on any
failure. The files are made by :mod:`potensi.testing.hostile`.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from potensi.testing.hostile import run  # noqa: E402


def main(argv: list[str]) -> int:
    """Run on a copy of the store named in ``argv`` and print the figures."""
    if len(argv) != 1:
        print("pakai: python scripts/hostile_imports.py PATH/peta.gpkg", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "peta.gpkg"
        shutil.copyfile(argv[0], copy)
        report = run(copy, measure=True)
    print(f"berkas dicoba: {report.tried}")
    print(f"ditolak dengan pesan jelas: {report.refused_clearly}")
    print(f"store tidak berubah: {report.store_unchanged}")
    print(f"memori puncak terburuk: {report.worst_peak_mb:.0f} MB ({report.worst_file}, seluruh proses)")
    print(f"waktu impor terburuk (berkas berat, proses sendiri): {report.worst_seconds:.1f} s")
    print(f"terlama dalam satu proses: {report.slowest_seconds:.1f} s ({report.slowest_file})")
    for failure in report.failures:
        print(f"GAGAL {failure}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
