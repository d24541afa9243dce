"""Thematic layers (lapisan tematik): RTRW zones, networks, hazard areas from the GIS unit.

``intake`` reads and cleans a file (any CRS, clipped to the kabupaten), ``display``
makes its light map geometry, ``layers`` imports/lists/loads overlays through the
one writer and history, ``sites`` reads the stored facts of each site against them
and answers *Cari lokasi*. Storage and the facts' computation are
:mod:`potensi.data.tematik`.
"""
