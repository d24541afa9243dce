"""Presenters of the Analisis page, one module per method (as ``ui/analisis/``)."""
