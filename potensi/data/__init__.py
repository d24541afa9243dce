"""Data layers (indikator, potensi, peluang_investasi, inovasi, opd): schema, import, export."""
