"""Shared rules below every feature: settings, errors, the store, cells, names, formats.

Nothing here knows about a page. Modules here import only each other and
``potensi.i18n``; every other package of ``potensi`` may import them.
"""
