# Sanad — the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements/lock.txt pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install run test lint typecheck pytest translations package clean bench

install: $(STAMP)

$(STAMP): requirements/lock.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

translations: install
	$(BIN)/python -m ui.i18n_build

run: install translations
	$(BIN)/sanad gui resources/samples/sample_article_ar.txt

lint: install
	$(BIN)/ruff check app ui tests benchmarks packaging

typecheck: install
	$(BIN)/mypy

pytest: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck pytest

bench: install
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.claims --data ../shared/data

package: install translations
	$(MAKE) -C packaging

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
