"""Streamlit-only helpers shared by the pages: cached loaders, the sidebar, view state.

This is the only package besides the page scripts that imports streamlit; the
work itself stays in ``potensi``.
"""
