"""Checks on an uploaded boundary file before GDAL parses it in full.

An official file is untrusted input: a 974 KB zip can unpack to half a gigabyte of
Shapefile with 30 million vertices, which GDAL, shapely and the store will all
accept until memory or disk run out. So the file's kind is decided from its first
bytes (never its name), a zip is unpacked once as a stream and counted (its
declared sizes can lie), and features and vertices are counted in small batches
against a budget. Every limit below is far above what a kabupaten's real
boundaries need; crossing one means the file is not one kabupaten's boundaries.
"""

from __future__ import annotations

import stat
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

import pyogrio
import shapely

from potensi.core.errors import GeodataError
from potensi.core.formatting import format_number

Kind = Literal["zip", "gpkg", "geojson", "shp"]

#: bytes of one plain file, or of all entries of a zip once unpacked. GeoJSON spends
#: about 40 bytes of text per vertex, so the vertex budget needs at most ~80 MB;
#: twice that leaves room for attributes and indentation while keeping a file that
#: would fill memory or the disk out of GDAL's hands
MAX_DATA_BYTES = 200 * 1024 * 1024
#: a zip's own size: never more than what it unpacks to, bar a few headers
MAX_ZIP_BYTES = MAX_DATA_BYTES
#: unpacked ÷ packed size. Shapefile coordinates are doubles that barely compress
#: and a padded .dbf compresses ~10–50×, so real archives stay well below; the
#: measured 30-million-vertex bomb packed at ~490×
MAX_ZIP_RATIO = 100
#: below this much unpacked data the ratio says nothing worth refusing for
RATIO_FLOOR_BYTES = 10 * 1024 * 1024
#: a Shapefile set is 3–8 files; a folder with documents beside it a few dozen
MAX_ZIP_ENTRIES = 200
#: the largest kabupaten has under 1,000 desa; even with every multipart region
#: split into its parts an official file of one kabupaten stays far below this
MAX_FEATURES = 20_000
#: BIG's 1:5,000 desa boundaries of a whole kabupaten run to a few hundred
#: thousand vertices (Blitar's store holds 29 thousand); two million keeps an
#: import under ~1 GB of memory and the store's growth under ~50 MB
MAX_VERTICES = 2_000_000
#: features read per batch while counting vertices: a batch is parsed, counted
#: and dropped, so counting never holds the whole file
COUNT_BATCH = 256

SQLITE_MAGIC = b"SQLite format 3\x00"
SHP_MAGIC = b"\x00\x00\x27\x0a"  # file code 9994, big-endian
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
#: the suffix GDAL expects for each kind; a file named otherwise is read from memory
NATURAL_SUFFIX = {"gpkg": ".gpkg", "geojson": (".geojson", ".json"), "shp": ".shp"}
KIND_LABEL = {"zip": "zip", "gpkg": "GeoPackage", "geojson": "GeoJSON", "shp": "Shapefile"}


def _mb(size: int) -> str:
    return f"{format_number(size / 1024 / 1024, 1, 'id')} MB"


def sniff_kind(path: Path) -> Kind:
    """The file's format from its first bytes; its name may say anything."""
    with path.open("rb") as handle:
        head = handle.read(64)
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(SQLITE_MAGIC):
        return "gpkg"
    if head.startswith(SHP_MAGIC):
        return "shp"
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{"):
        return "geojson"
    raise GeodataError(
        f"Berkas {path.name} tidak dapat dibaca: isinya bukan GeoJSON, GeoPackage, atau "
        "Shapefile (zip) — jenis berkas ditentukan dari isinya, bukan dari nama. Ekspor ulang "
        "batas wilayah dari QGIS ke GeoPackage (.gpkg) atau GeoJSON lalu impor lagi. "
        "Store tidak diubah."
    )


def _unsafe_entry(info: zipfile.ZipInfo) -> str | None:
    """Why an entry's name or type is refused, or None."""
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "jalur absolut"
    if ".." in PurePosixPath(name).parts:
        return "jalur dengan '..' (keluar dari folder arsip)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "tautan simbolik (symlink)"
    return None


def _count_unpacked(archive: zipfile.ZipFile, path: Path, packed: int) -> int:
    """Unpack every entry as a stream and count its real bytes, stopping at a limit."""
    limit = min(MAX_DATA_BYTES, max(RATIO_FLOOR_BYTES, packed * MAX_ZIP_RATIO))
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        with archive.open(info) as member:
            while chunk := member.read(1024 * 1024):
                total += len(chunk)
                if total <= limit:
                    continue
                if total > MAX_DATA_BYTES:
                    why = f"lebih dari batas {_mb(MAX_DATA_BYTES)}"
                else:
                    why = f"lebih dari {MAX_ZIP_RATIO}× ukuran zip-nya ({_mb(packed)})"
                raise GeodataError(
                    f"Berkas {path.name} ditolak; store tidak diubah: isi zip setelah dibuka "
                    f"sudah {_mb(total)} ({info.filename}), {why}. Batas wilayah satu kabupaten "
                    "jauh lebih kecil; arsip ini kemungkinan berisi data lain atau sengaja "
                    "dibuat membengkak (zip bomb). Kirim hanya Shapefile batas wilayah kabupaten."
                )
    return total


def inspect_zip(path: Path) -> str:
    """The one Shapefile inside a safe zip, as a GDAL path; refuses unsafe archives."""
    packed = path.stat().st_size
    if packed > MAX_ZIP_BYTES:
        raise GeodataError(
            f"Berkas {path.name} ({_mb(packed)}) ditolak: lebih besar dari batas {_mb(MAX_ZIP_BYTES)} "
            "untuk batas wilayah satu kabupaten. Store tidak diubah."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise GeodataError(
                    f"Arsip {path.name} berisi {len(infos)} berkas (batas {MAX_ZIP_ENTRIES}). "
                    "Zip batas wilayah cukup berisi satu Shapefile (.shp, .shx, .dbf, .prj). "
                    "Store tidak diubah."
                )
            unsafe = [f"{info.filename}: {why}" for info in infos if (why := _unsafe_entry(info))]
            if unsafe:
                raise GeodataError(
                    f"Arsip {path.name} ditolak karena memuat entri yang tidak aman: "
                    + "; ".join(unsafe[:10])
                    + ". Buat ulang zip hanya dari berkas Shapefile-nya (tanpa folder induk "
                    "'..', jalur absolut atau symlink). Store tidak diubah."
                )
            _count_unpacked(archive, path, packed)
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise GeodataError(
            f"Berkas {path.name} bukan arsip zip yang utuh ({exc}). Buat ulang zip-nya lalu "
            "impor lagi. Store tidak diubah."
        ) from exc
    shapefiles = [
        n
        for n in names
        if n.lower().endswith(".shp") and not n.startswith("__MACOSX/") and not Path(n).name.startswith(".")
    ]
    if not shapefiles:
        raise GeodataError(
            f"Arsip {path.name} tidak berisi Shapefile (.shp). Zip harus memuat berkas "
            ".shp beserta .shx, .dbf dan .prj-nya."
        )
    if len(shapefiles) > 1:
        raise GeodataError(
            f"Arsip {path.name} berisi lebih dari satu Shapefile ({', '.join(shapefiles)}). "
            "Sisakan satu Shapefile batas wilayah di dalam zip."
        )
    # braces let GDAL find the archive whatever the file is called
    return f"/vsizip/{{{path.resolve()}}}/{shapefiles[0]}"


@dataclass(frozen=True)
class Source:
    """What GDAL should open: a path, or the file's bytes when its name misleads GDAL."""

    kind: Kind
    uri: str | bytes


def open_source(path: Path) -> Source:
    """Decide the kind by content and check sizes; nothing is parsed yet."""
    kind = sniff_kind(path)
    if kind == "zip":
        return Source(kind, inspect_zip(path))
    size = path.stat().st_size
    if size > MAX_DATA_BYTES:
        raise GeodataError(
            f"Berkas {path.name} ({_mb(size)}) ditolak: lebih besar dari batas {_mb(MAX_DATA_BYTES)} "
            "untuk batas wilayah satu kabupaten. Sederhanakan geometrinya (QGIS: Vector > "
            "Geometry Tools > Simplify) atau kirim Shapefile yang di-zip. Store tidak diubah."
        )
    natural = NATURAL_SUFFIX[kind]
    if path.suffix.lower() in ((natural,) if isinstance(natural, str) else natural):
        return Source(kind, str(path))
    if kind == "shp":
        raise GeodataError(
            f"Berkas {path.name} berisi Shapefile tetapi tidak bernama .shp, sehingga berkas "
            ".shx/.dbf/.prj-nya tidak dapat ditemukan. Kirim Shapefile-nya dalam satu zip."
        )
    # GDAL picks drivers by suffix first (".zip" becomes /vsizip/): read from memory
    return Source(kind, path.read_bytes())


@contextmanager
def _quiet() -> Iterator[None]:
    """GDAL warns about a GeoPackage with another suffix; the kind is already known."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield


def check_counts(
    source: Source,
    name: str,
    layer: str | None,
    max_features: int = MAX_FEATURES,
    purpose: str = "batas wilayah satu kabupaten",
) -> None:
    """Refuse too many features or vertices, reading at most one batch past the budget.

    ``max_features`` and ``purpose`` let a thematic layer (tens of thousands of zone
    parcels or road segments) use the same guard with its own feature budget; the
    vertex budget stays, since it is what protects memory and the store.
    """
    with _quiet():
        info = pyogrio.read_info(source.uri, layer=layer, force_feature_count=True)
    features = int(info["features"])
    if features > max_features:
        raise GeodataError(
            f"Berkas {name} ditolak; store tidak diubah: berisi {format_number(features, 0, 'id')} "
            f"fitur, lebih dari batas {format_number(max_features, 0, 'id')} untuk {purpose}. Potong berkas "
            "hanya untuk kabupaten ini, atau periksa apakah berkasnya benar."
        )
    vertices = 0
    with (
        _quiet(),
        pyogrio.open_arrow(source.uri, layer=layer, columns=[], batch_size=COUNT_BATCH, use_pyarrow=True) as (
            meta,
            reader,
        ),
    ):
        column = meta["geometry_name"] or "wkb_geometry"
        for batch in reader:
            index = batch.schema.get_field_index(column)
            wkb = batch.column(index if index >= 0 else batch.num_columns - 1).to_numpy(zero_copy_only=False)
            vertices += int(shapely.get_num_coordinates(shapely.from_wkb(wkb)).sum())
            if vertices > MAX_VERTICES:
                raise GeodataError(
                    f"Berkas {name} ditolak; store tidak diubah: geometrinya memuat lebih dari "
                    f"{format_number(MAX_VERTICES, 0, 'id')} titik sudut (sudah "
                    f"{format_number(vertices, 0, 'id')} pada fitur-fitur pertama). Batas wilayah "
                    "satu kabupaten cukup dengan jauh lebih sedikit; sederhanakan geometrinya di "
                    "QGIS (Vector > Geometry Tools > Simplify, toleransi ~1 m) lalu impor lagi."
                )
