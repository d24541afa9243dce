"""The pinned upstream of the boundary files, and fetching them safely.

Every file is checked against the sha256 in ``geodata/manifest.toml`` before it is
used, whether it came from the internet or from a mirror folder: a mirror that
drifted from the pinned commit must fail as loudly as a corrupted download.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tempfile
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from potensi.core.config import GEODATA_DIR, MANIFEST_PATH
from potensi.core.errors import ChecksumMismatch, GeodataError
from potensi.core.formatting import format_number

ProgressFn = Callable[[str], None]
REGION_PATTERN = re.compile(r"^(\d{2})\.(\d{2})$")
CHUNK = 64 * 1024


def _print_progress(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


@dataclass(frozen=True)
class Manifest:
    """What ``geodata/manifest.toml`` pins: commit, URL form, licence and checksums."""

    name: str
    commit: str
    raw_url: str
    licence: str
    attribution: str
    layout: dict[str, str]
    sha256: dict[str, str]

    def url(self, path: str, base_url: str | None = None) -> str:
        """Upstream URL of a file (or the same path below another base URL)."""
        if base_url:
            return base_url.rstrip("/") + "/" + path
        return self.raw_url.format(commit=self.commit, path=path)

    def region_files(self, region: str) -> dict[str, str]:
        """Paths of the files one kabupaten/kota needs, by level."""
        match = REGION_PATTERN.match(region)
        if not match:
            raise GeodataError(
                f"Kode wilayah '{region}' tidak dikenal. Gunakan kode kabupaten/kota "
                "Kemendagri dua tingkat, misalnya 35.05 (Kabupaten Blitar)."
            )
        prov = match.group(1)
        paths = {level: pattern.format(prov=prov, kab=region) for level, pattern in self.layout.items()}
        missing = [p for p in paths.values() if p not in self.sha256]
        if missing:
            raise GeodataError(
                f"Wilayah {region} tidak ada dalam manifest geodata/manifest.toml "
                f"(berkas tanpa checksum: {', '.join(missing)}). Tambahkan sha256 "
                "berkas tersebut dari upstream yang sama sebelum membangun."
            )
        return paths

    def regions(self, prov: str) -> list[str]:
        """Every kabupaten/kota of province ``prov`` (e.g. "35") whose desa file is pinned."""
        head, _, tail = self.layout["desa"].format(prov=prov, kab="{kab}").partition("{kab}")
        found = (
            path.removeprefix(head).removesuffix(tail)
            for path in self.sha256
            if path.startswith(head) and path.endswith(tail)
        )
        return sorted(r for r in found if REGION_PATTERN.match(r) and r.startswith(prov + "."))


def load_manifest(path: Path = MANIFEST_PATH) -> Manifest:
    """Read the manifest; it is part of the repository, so a failure here is a bug."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    ds = data["dataset"]
    return Manifest(
        name=ds["name"],
        commit=ds["commit"],
        raw_url=ds["raw_url"],
        licence=ds["licence"],
        attribution=ds["attribution"],
        layout=dict(data["layout"]),
        sha256=dict(data["sha256"]),
    )


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks (desa files are megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _verify(path: Path, rel: str, expected: str, origin: str) -> None:
    actual = sha256_of(path)
    if actual != expected:
        raise ChecksumMismatch(
            f"Checksum berkas {rel} dari {origin} tidak cocok (diharapkan {expected[:12]}…, "
            f"didapat {actual[:12]}…). Berkas ini bukan versi yang dipatok di "
            "geodata/manifest.toml. Periksa mirror atau unduhan; store lama tidak diubah."
        )


def _download(url: str, target: Path, rel: str, progress: ProgressFn) -> None:
    """Stream a URL into ``target``, reporting progress, or raise GeodataError."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            next_report = 0
            with target.open("wb") as out:
                for block in iter(lambda: response.read(CHUNK), b""):
                    out.write(block)
                    done += len(block)
                    if done >= next_report:
                        size = format_number(done / 1e6, 1, "id") + (
                            f"/{format_number(total / 1e6, 1, 'id')}" if total else ""
                        )
                        progress(f"  mengunduh {rel}: {size} MB")
                        next_report = done + 512 * 1024
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise GeodataError(
            f"Gagal mengunduh {rel} dari {url}: {exc}. Periksa koneksi internet, atau "
            "gunakan mirror lokal dengan --mirror DIR atau PETA_GEODATA_MIRROR. "
            "Store lama tidak diubah."
        ) from exc


def fetch_files(
    paths: list[str],
    manifest: Manifest,
    mirror: Path | None = None,
    base_url: str | None = None,
    cache_dir: Path = GEODATA_DIR / "cache",
    progress: ProgressFn = _print_progress,
) -> dict[str, Path]:
    """Return verified local copies of ``paths``.

    From a mirror the files are read in place (after verification); otherwise they
    are downloaded into a cache keyed by commit, so a re-run downloads nothing and a
    half-finished download never lands where a verified file is expected.
    """
    result: dict[str, Path] = {}
    for rel in paths:
        expected = manifest.sha256[rel]
        if mirror is not None:
            source = Path(mirror) / rel
            if not source.is_file():
                raise GeodataError(
                    f"Berkas {rel} tidak ada di mirror {mirror}. Mirror harus berlapis "
                    "sama dengan upstream (db/kab, db/kec, db/kel/...). Store lama tidak diubah."
                )
            _verify(source, rel, expected, f"mirror {mirror}")
            progress(f"  {rel}: dibaca dari mirror, checksum cocok")
            result[rel] = source
            continue
        cached = cache_dir / manifest.commit / rel
        if cached.is_file() and sha256_of(cached) == expected:
            progress(f"  {rel}: sudah ada di cache, checksum cocok")
            result[rel] = cached
            continue
        cached.parent.mkdir(parents=True, exist_ok=True)
        url = manifest.url(rel, base_url)
        with tempfile.NamedTemporaryFile(dir=cached.parent, delete=False) as tmp:
            tmp_path = Path(tmp.name)
        try:
            _download(url, tmp_path, rel, progress)
            _verify(tmp_path, rel, expected, url)
            tmp_path.replace(cached)
        finally:
            tmp_path.unlink(missing_ok=True)
        progress(f"  {rel}: terunduh, checksum cocok")
        result[rel] = cached
    return result
