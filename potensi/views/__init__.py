"""Page presenters: what each page shows, computed without streamlit.

One module (or package) per page, named as the page in ``pages/``: ``peta``,
``profil``, ``peluang``, ``inovasi``, ``analisis``, ``data``, ``tentang``. A
presenter turns the store's rows into texts, tables and figures; the page only
lays them out. Presenters never import each other: what two pages share lives
below them (``potensi.core``, ``potensi.data``, ``potensi.viz``) or in
:mod:`potensi.views.state` (the sidebar's view state, common to every page).
"""
