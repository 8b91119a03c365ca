# Sanad — the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements/lock.txt pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install run test lint typecheck pytest translations package clean bench

install: $(STAMP)
	@# pip compiled the dependencies; the editable project is byte-compiled here (and again after
	@# edits: only changed files), so that a start does not compile app/ and ui/ from source each
	@# time where PYTHONDONTWRITEBYTECODE stops Python from caching it.
	@$(BIN)/python -m compileall -q app ui

$(STAMP): requirements/lock.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@# Sanad uses Qt Widgets, not QML/Quick or Qt's designer tools: drop them to keep .venv small.
	@cd $(VENV)/lib/python3*/site-packages/PySide6 && rm -rf Qt/qml Qt/metatypes qmlls qmlformat qmllint \
		assistant designer svgtoqml include typesystems glue Qt/plugins/designer Qt/plugins/qmltooling \
		Qt/plugins/qmllint Qt/lib/libQt6Designer*.so.6 Qt/lib/libQt6QuickControls2*.so.6 \
		Qt/lib/libQt6QuickDialogs2*.so.6 Qt/lib/libQt6LabsStyleKit.so.6 Qt/lib/libQt6QmlCompiler.so.6
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

bench: install translations
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.claims --data ../shared/data
	$(BIN)/python -m benchmarks.matching
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.exports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.gui_speed
	$(BIN)/python -m benchmarks.archive --claims 100000

package: install translations
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/package.txt
	$(MAKE) -C packaging

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
