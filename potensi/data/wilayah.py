"""Names or codes of kabupaten, kecamatan and desa → Kemendagri codes, and points → kecamatan.

Officials type "Srenggat", "Kec. Srengat" or "350503"; all must end as 35.05.03. A
near-miss is never matched silently: the import is refused with the intended name
suggested (:func:`potensi.core.names.suggest`), because a wrong kecamatan puts a project on the wrong map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import geopandas as gpd
import shapely

from potensi.core.names import normalise, parse_code, suggest

#: the province of the kabupaten is accepted as a reference region (e.g. PDRB Jawa Timur for LQ)
PROVINCE_NAMES = {"35": "Jawa Timur"}


class LookupFailed(ValueError):
    """A name or code that does not identify one area; the message says why."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


@dataclass
class WilayahIndex:
    """Lookup tables built once per import from the store's boundary layers."""

    kabupaten: gpd.GeoDataFrame
    kecamatan: gpd.GeoDataFrame
    desa: gpd.GeoDataFrame

    def __post_init__(self) -> None:
        self.kab_code = str(self.kabupaten.kode.iloc[0])
        self.kab_name = str(self.kabupaten.nama.iloc[0])
        self.kec_names = dict(zip(self.kecamatan.kode, self.kecamatan.nama, strict=True))
        self.desa_names = dict(zip(self.desa.kode, self.desa.nama, strict=True))
        self.desa_kec = dict(zip(self.desa.kode, self.desa.kode_kec, strict=True))
        self._kec_by_norm = {normalise(n): c for c, n in self.kec_names.items()}
        self._kec_geoms = self.kecamatan.geometry.to_numpy()
        self._kec_codes = self.kecamatan.kode.to_numpy()
        self._tree = shapely.STRtree(self._kec_geoms)
        self._region = self.kabupaten.geometry.iloc[0]

    # -- names and codes -------------------------------------------------
    @staticmethod
    def _suggest(key: str, choices: dict[str, str]) -> str:
        found = suggest(key, choices)
        return f"mungkin maksudnya '{found}'?" if found else ""

    def kecamatan_code(self, value: object) -> str:
        """Code of a kecamatan given by name or code."""
        code = parse_code(value)
        if code and len(code) == 8:
            if code in self.kec_names:
                return code
            raise LookupFailed(
                f"kode kecamatan {code} tidak ada di {self.kab_name}",
                "gunakan kode Kemendagri 35.05.01–35.05.22 (bukan kode BPS)",
            )
        key = normalise(value)
        if key in self._kec_by_norm:
            return self._kec_by_norm[key]
        names = {normalise(n): n for n in self.kec_names.values()}
        suggestion = self._suggest(key, names)
        raise LookupFailed(
            f"kecamatan '{value}' tidak dikenal di {self.kab_name}",
            suggestion or f"pilih salah satu dari {len(names)} kecamatan di templat",
        )

    def desa_code(self, value: object, kecamatan: str | None = None) -> str:
        """Code of a desa by code, or by name (within ``kecamatan`` when given)."""
        code = parse_code(value)
        if code and len(code) == 13:
            if code not in self.desa_names:
                raise LookupFailed(f"kode desa {code} tidak ada di {self.kab_name}")
            if kecamatan and self.desa_kec[code] != kecamatan:
                raise LookupFailed(
                    f"desa {code} ({self.desa_names[code]}) ada di Kecamatan "
                    f"{self.kec_names[self.desa_kec[code]]}, bukan {self.kec_names[kecamatan]}"
                )
            return code
        key = normalise(value)
        pool = {
            c: n for c, n in self.desa_names.items() if kecamatan is None or self.desa_kec[c] == kecamatan
        }
        hits = [c for c, n in pool.items() if normalise(n) == key]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            options = ", ".join(f"{c} (Kec. {self.kec_names[self.desa_kec[c]]})" for c in hits)
            raise LookupFailed(
                f"nama desa '{value}' ada di beberapa kecamatan: {options}",
                "isi kolom kecamatan atau pakai kode desa",
            )
        where = f"Kecamatan {self.kec_names[kecamatan]}" if kecamatan else self.kab_name
        elsewhere = [c for c, n in self.desa_names.items() if normalise(n) == key]
        if elsewhere:
            raise LookupFailed(
                f"desa '{value}' tidak ada di {where}; ada di Kecamatan "
                f"{', '.join(self.kec_names[self.desa_kec[c]] for c in elsewhere)}",
                "periksa kolom kecamatan",
            )
        suggestion = self._suggest(key, {normalise(n): n for n in pool.values()})
        raise LookupFailed(f"desa '{value}' tidak dikenal di {where}", suggestion)

    def wilayah_code(self, value: object) -> str:
        """Code of the kabupaten, a kecamatan or a desa, given by code or name."""
        province = self.kab_code[:2]
        if str(value).strip() == province:
            return province
        if normalise(re.sub(r"(?i)^\s*prov(insi)?\.?\s*", "", str(value))) == normalise(
            PROVINCE_NAMES.get(province, "-")
        ):
            return province
        code = parse_code(value)
        if code:
            if code == self.kab_code or code in self.kec_names or code in self.desa_names:
                return code
            raise LookupFailed(
                f"kode wilayah {code} tidak ada di {self.kab_name}",
                "gunakan kode Kemendagri bertitik, mis. 35.05.03",
            )
        key = normalise(value)
        # "Blitar" alone could be Kota Blitar: only "Kabupaten/Kab. Blitar" names the kabupaten
        if re.match(r"^\s*kab", str(value).lower()) and key == normalise(self.kab_name):
            return self.kab_code
        if key in self._kec_by_norm:
            return self._kec_by_norm[key]
        try:
            return self.desa_code(value)
        except LookupFailed as exc:
            if "beberapa kecamatan" in str(exc):
                raise
        choices = {normalise(n): n for n in [*self.kec_names.values(), *self.desa_names.values()]}
        raise LookupFailed(
            f"wilayah '{value}' tidak dikenal di {self.kab_name}",
            self._suggest(key, choices) or "pakai kode Kemendagri, mis. 35.05.03",
        )

    # -- points ------------------------------------------------------------
    def inside_region(self, lon: float, lat: float) -> bool:
        """Is the point inside the kabupaten polygon (enclave excluded)?"""
        return bool(self._region.covers(shapely.Point(lon, lat)))

    def kecamatan_shares(self, geometry: shapely.Geometry) -> dict[str, float]:
        """Share of ``geometry``'s area in each kecamatan it overlaps (empty outside)."""
        area = geometry.area
        if not area:
            return {}
        shares = {}
        for index in self._tree.query(geometry, predicate="intersects"):
            overlap = shapely.intersection(self._kec_geoms[index], geometry).area / area
            if overlap > 0:
                shares[str(self._kec_codes[index])] = overlap
        return shares

    def kecamatan_at(self, lon: float, lat: float) -> str | None:
        """Code of the kecamatan containing the point, or None outside the kabupaten."""
        point = shapely.Point(lon, lat)
        for index in self._tree.query(point, predicate="intersects"):
            return str(self._kec_codes[index])
        return None
