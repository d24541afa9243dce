# One entry point for every developer action. `make run` and `make test` set
# everything up themselves on a fresh Linux machine with Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# boundaries from the mirror beside the repository when there is one (no internet needed)
export PETA_GEODATA_MIRROR ?= $(firstword $(wildcard $(CURDIR)/../shared/geodata/wilayah_boundaries))
BENCH_JSON ?= benchmarks/.cache/figures.json
FEEL_JSON ?= benchmarks/.cache/feel.json
CROWD_JSON ?= benchmarks/.cache/crowd.json

.PHONY: setup run test test-postgis test-all test-fast lint format reliability e2e geodata assets system-deps bench bench-quick bench-scale bench-plot clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

## setup: Python environment, Leaflet assets, boundary store (built once), seed data
setup: $(VENV)/.installed assets
	@# built once: a GeoPackage file, or a PostGIS database (PETA_STORE=postgresql://…) holding the layers
	@$(PY) -c "import sys; from potensi.core.store import store_exists; sys.exit(not store_exists())" \
		|| $(PY) -m potensi geodata build
	$(PY) -m potensi data seed

## assets: copy Leaflet from its PyPI package into static/vendor (served offline)
assets: $(VENV)/.installed
	$(PY) -m potensi assets install

## geodata: (re)build the boundary store from upstream or $$PETA_GEODATA_MIRROR
geodata: $(VENV)/.installed
	$(PY) -m potensi geodata build

## run: set up, then start the dashboard on http://localhost:$(PORT)
## (ui.compat.server: `streamlit run` with TCP_NODELAY, see its docstring)
run: setup
	$(PY) -m ui.compat.server run dashboard.py --server.port $(PORT)

## system-deps: Debian's chromium for the browser tests (apt-get, as root)
system-deps:
	@bash scripts/install-system-deps.sh

## lint: ruff's lint rules and format check (configured in pyproject.toml); CI runs it first
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

## format: apply ruff's formatter and safe lint fixes
format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## test: set up, then run every test but those marked slow, browser tests included (what CI runs)
test: $(VENV)/.installed assets system-deps
	$(PY) -m pytest -m "not slow"

## test-postgis: the same tests against a PostgreSQL + PostGIS store (a throw-away cluster the
## tests start themselves; Debian's postgresql-15-postgis-3 from system-deps); what only a
## GeoPackage file has (its bytes, journal, file backups) is skipped with the reason said
test-postgis: $(VENV)/.installed assets system-deps
	PETA_TEST_BACKEND=postgis $(PY) -m pytest -m "not slow"

## test-all: every test, the slow ones too (Jawa Timur built from the mirror, the 500 MB
## hostile file, imports during a boundary rebuild): before a release, ~3 min more
test-all: $(VENV)/.installed assets system-deps
	$(PY) -m pytest

## test-fast: everything but the browser tests
test-fast: $(VENV)/.installed assets
	$(PY) -m pytest -m "not e2e"

## bench: benchmark tables (payload, build, rerun, time-to-map; ours vs naive vs floors),
## then what people feel in Chromium (click -> map redrawn, time-to-content of every page,
## against static Leaflet and an empty Streamlit page), then 30 sessions at once, memory and
## start-up, then time and size of the investor brief and the printed map; figures also
## written as JSON to $(BENCH_JSON) (for bench-plot), $(FEEL_JSON) and $(CROWD_JSON)
bench: $(VENV)/.installed assets system-deps
	@mkdir -p $(dir $(BENCH_JSON))
	$(PY) benchmarks/run.py --json $(BENCH_JSON)
	$(PY) benchmarks/feel.py --json $(FEEL_JSON)
	$(PY) benchmarks/crowd.py --json $(CROWD_JSON)
	$(PY) benchmarks/print_outputs.py --json $(dir $(BENCH_JSON))print.json

## bench-quick: one repetition on the Blitar scales, and of each click and the map page
## (CI proves the scripts work; nothing is asserted about speed)
bench-quick: $(VENV)/.installed assets system-deps
	$(PY) benchmarks/run.py --quick
	$(PY) benchmarks/feel.py --quick
	$(PY) benchmarks/crowd.py --quick
	$(PY) benchmarks/scale.py --quick

## bench-scale: GeoPackage vs PostGIS on all of Jawa Timur (38 kabupaten/kota from the mirror):
## build, size, one kabupaten's view, time-to-map on a real server, an import while 30 readers
## read (none may see a half-written state); ~4 min; figures in docs/scaling.md
bench-scale: $(VENV)/.installed assets system-deps
	$(PY) benchmarks/scale.py --json docs/scale.json

## bench-plot: docs/performance.png and docs/feel.png from the figures of the last `make bench`
bench-plot: $(VENV)/.installed
	$(PY) benchmarks/plot.py $(BENCH_JSON) -o docs/performance.png
	$(PY) benchmarks/plot_feel.py $(FEEL_JSON) $(CROWD_JSON) -o docs/feel.png

## reliability: kill writers at random moments, two imports at once (figures for docs/reliability.md)
reliability: $(VENV)/.installed
	$(PY) scripts/reliability.py --json benchmarks/.cache/reliability.json

clean:
	rm -rf $(VENV) static/vendor geodata/cache tests/artifacts
