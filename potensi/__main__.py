"""Command line: ``python -m potensi geodata build|import``, ``python -m potensi assets``."""

from potensi.cli import main

raise SystemExit(main())
