# EC-NET Desktop: `make run` sets up and opens the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARGS   ?=
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test demo setup system-deps-gui system-deps-test lint pytest bench screenshot clean translations pseudo bundle icons test-pg

## Set up and open the app (on its embedded SQLite database; the first start offers the demo).
run: system-deps-gui setup
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: opening the window on a virtual X screen (xvfb-run)."; \
	  xvfb-run -a $(BIN)/ecnet-desktop $(ARGS); \
	else \
	  $(BIN)/ecnet-desktop $(ARGS); \
	fi

## Create the M demo database (if missing) and open it.
demo: setup
	@test -f demo.sqlite || $(BIN)/ecnet-desktop demo --db demo.sqlite --size M --seed 1
	$(MAKE) run ARGS="--db demo.sqlite"

## Set up and run all checks: ruff, mypy, import-linter, then pytest (headless, offscreen Qt).
test: system-deps-test setup lint pytest

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps-gui:
	@sh .ci/system-deps gui

system-deps-test:
	@sh .ci/system-deps test

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# pytest exits 5 when it collected no test: that is a failure, not a pass.
pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

## The store, services and exchange tests again on a throwaway PostgreSQL cluster (installs
## PostgreSQL from the distribution's packages when missing; needs root for that).
test-pg: setup
	sh .ci/postgres $(PYTEST_ARGS)

## Performance benchmarks (not part of `make test`): prints timings and ratios measured in one run.
bench: setup
	@$(BIN)/python -c 'import pandas' 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -p no:cacheprovider -m perf tests/ui/test_no_stalls.py

## Screenshot of the real window under Xvfb (for the README).
screenshot: system-deps-gui setup
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python -m ecnet_desktop.ui.screenshot resources/screenshots/main-window.png

## Build the one-folder bundle dist/ecnet-desktop (PyInstaller, build.spec) and run its smoke test.
bundle: setup
	@$(BIN)/pyinstaller --version >/dev/null 2>&1 || $(BIN)/python -m pip install --quiet 'pyinstaller==6.22.3'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/ecnet-desktop/ecnet-desktop --smoke-test --lang it

## Render the app icon's PNG sizes (16..512) from resources/icons/ecnet-desktop.svg.
icons: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ecnet_desktop.tools.render_icons

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info

LANGS := it pt es hr sl hu pl bg
TR_SOURCES = $$(find ecnet_desktop -name '*.py' -not -path '*/migrations/*' | sort)
## Refresh translations/*.ts from the sources (pyside6-lupdate), report what is left to
## translate, and compile them to .qm. ecnet_en.ts holds only English plural forms ("1 person").
translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete $(TR_SOURCES) -ts $(foreach l,$(LANGS),translations/ecnet_$(l).ts)
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $(TR_SOURCES) -ts translations/ecnet_en.ts
	-$(BIN)/python -m ecnet_desktop.tools.translations check translations/*.ts
	for ts in translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

## Pseudo-locale (stretched, accented text) to check layouts: `make pseudo`, then run with --lang eo.
pseudo: setup
	$(BIN)/pyside6-lupdate -no-obsolete $(TR_SOURCES) -ts build/ecnet_eo.ts
	$(BIN)/python -m ecnet_desktop.tools.translations pseudo build/ecnet_eo.ts
	$(BIN)/pyside6-lrelease -silent build/ecnet_eo.ts -qm translations/ecnet_eo.qm
