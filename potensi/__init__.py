"""Peta Potensi: boundaries, data store, analysis and map builders for a kabupaten.

This package never imports streamlit, so every capability can be tested and used
from the command line; the dashboard pages only wire widgets to these functions.
"""

__version__ = "0.1.0"
