"""JavaScript and CSS the maps need, served by the dashboard itself.

folium points at CDNs by default, so a map draws nothing in a room without
internet. Here the files come from PyPI packages (XStatic-*) installed with the
project, are copied at setup time into ``static/vendor/`` (git-ignored, never
committed) and are served by Streamlit's static file serving at ``/app/static/``.
"""

from __future__ import annotations

import importlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from potensi.core.config import REPO_ROOT

STATIC_DIR = REPO_ROOT / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
#: URL at which Streamlit serves STATIC_DIR (server.enableStaticServing)
STATIC_URL = "/app/static"


@dataclass(frozen=True)
class AssetBundle:
    """One XStatic package and the files of it the maps load."""

    name: str
    module: str
    js: tuple[str, ...]
    css: tuple[str, ...]

    def source_dir(self) -> Path:
        """Where pip installed the package's files."""
        return Path(importlib.import_module(self.module).BASE_DIR)

    def urls(self) -> tuple[list[str], list[str]]:
        """Dashboard-relative URLs of the bundle's JS and CSS."""
        base = f"{STATIC_URL}/vendor/{self.name}"
        return [f"{base}/{f}" for f in self.js], [f"{base}/{f}" for f in self.css]


LEAFLET = AssetBundle("leaflet", "xstatic.pkg.leaflet", ("leaflet.js",), ("leaflet.css",))
MARKERCLUSTER = AssetBundle(
    "markercluster",
    "xstatic.pkg.leaflet_markercluster",
    ("leaflet.markercluster.js",),
    ("MarkerCluster.css", "MarkerCluster.Default.css"),
)
BUNDLES: tuple[AssetBundle, ...] = (LEAFLET, MARKERCLUSTER)


def install_assets(target: Path = VENDOR_DIR) -> Path:
    """Copy every bundle's files into ``target`` (idempotent; safe to run each start)."""
    for bundle in BUNDLES:
        destination = target / bundle.name
        source = bundle.source_dir()
        if destination.is_dir() and all((destination / f).is_file() for f in bundle.js + bundle.css):
            continue
        shutil.copytree(source, destination, dirs_exist_ok=True)
    return target


def assets_installed(target: Path = VENDOR_DIR) -> bool:
    """True when every file the maps reference is present to be served."""
    return all((target / b.name / f).is_file() for b in BUNDLES for f in b.js + b.css)
