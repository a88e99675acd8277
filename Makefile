# EC-NET Desktop: `make run` sets up and opens the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARGS   ?=
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test demo setup system-deps-gui system-deps-test lint pytest bench screenshot clean translations

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

## Performance benchmarks (not part of `make test`): prints timings and ratios measured in one run.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench_checkin.py

## Screenshot of the real window under Xvfb (for the README).
screenshot: system-deps-gui setup
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python -m ecnet_desktop.ui.screenshot resources/screenshots/main-window.png

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info

LANGS := it pt es hr sl hu pl bg
## Refresh translations/*.ts from the sources (pyside6-lupdate) and compile them to .qm.
translations: setup
	$(BIN)/pyside6-lupdate $$(find ecnet_desktop -name '*.py' -not -path '*/migrations/*' | sort) \
	  -ts $(foreach l,$(LANGS),translations/ecnet_$(l).ts)
	$(BIN)/pyside6-lrelease translations/*.ts
