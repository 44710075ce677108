# Two commands on a fresh machine: `make run` (set up and serve) and `make test` (set up and test).
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# The first Python >= 3.11 on the machine.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& echo $$p && break; done)

.PHONY: messages chromium run dev serve test test-fast test-browser test-postgres test-scale lint format editor content benchmark clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[test,postgres,redis]"
	touch $@ $(VENV)/.installed

# The Spanish and Brazilian Portuguese interface: .po files (in git) compiled to .mo (git-ignored), with
# Debian's gettext installed when missing and we may (root).
messages: $(VENV)/.installed
	./scripts/messages

# Set up everything and serve the site with its default content on SQLite, as visitors get it:
# production settings (real 404 and 500 pages, hashed static files) over http on this machine.
run: $(VENV)/.installed messages
	./scripts/serve

# For developing: Django's debug pages and auto-reload.
dev: $(VENV)/.installed messages
	DEBUG=1 $(BIN)/python manage.py migrate --no-input -v0
	DEBUG=1 $(BIN)/python manage.py load_default_content
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production mode on this machine: DEBUG off, hashed and compressed static files, granian (config/granian.py).
serve: $(VENV)/.installed messages
	./scripts/serve

# Debian's Chromium drives the browser tests and Java runs the HTML checker: installed when missing and we
# may (root). Without them those tests are skipped loudly, and fail under CI=true.
chromium:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; then :; \
		else echo "!!! cannot install $$missing here: the browser tests that need it will be skipped"; fi; \
	fi

# axe-core and the Nu Html Checker (vnu.jar) for the browser tests, at the versions package-lock.json pins.
# --ignore-scripts: vnu-jar's install script would download a Java runtime; the machine's Java does.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "!!! npm is missing: the accessibility and HTML checks will be skipped"; fi

# pytest-xdist: one worker per core (at most 4), each with its own test database and Chromium. The tests
# marked `serving` start the production server in this checkout (collected static files, timed answers), so
# they run afterwards, on their own.
PARALLEL := -n auto --maxprocesses 4

# Tests run with development settings (DEBUG=1 only picks the local defaults: pytest-django still runs
# every test with settings.DEBUG False); production settings are checked by tests/test_security.py.
# --cov: line and branch coverage of guide/ and checker/, browser tests included, must be at least 95%
# ([tool.coverage] in pyproject.toml; only here, so a run of a few tests is not held to it).
test: export DEBUG = 1
test: $(VENV)/.installed-test messages chromium node_modules/.installed
	$(BIN)/python manage.py makemigrations --check --dry-run -v0
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PARALLEL) -m "not serving" --cov
	$(BIN)/python -m pytest -m serving

test-fast: export DEBUG = 1
test-fast: $(VENV)/.installed-test messages
	$(BIN)/python -m pytest $(PARALLEL) -m "not browser and not serving"

test-browser: export DEBUG = 1
test-browser: $(VENV)/.installed-test messages chromium node_modules/.installed
	$(BIN)/python -m pytest $(PARALLEL) -m browser

# The suite against PostgreSQL (installed and started when missing, as root): everything that touches the
# database. The browser and production-server tests see the same pages whatever the engine, and `make test`
# runs them already (scripts/postgres-test says more).
test-postgres: $(VENV)/.installed-test messages chromium node_modules/.installed
	./scripts/postgres-test

# Past one machine: two app servers sharing one PostgreSQL and one Redis (Debian's, installed when missing
# and started here, as root), proven by tests/scale.
test-scale: $(VENV)/.installed-test messages
	./scripts/test-scale

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# An editor account (in the Editors group, not a superuser).
editor: $(VENV)/.installed
	DEBUG=1 $(BIN)/python manage.py migrate --no-input -v0
	DEBUG=1 $(BIN)/python manage.py create_editor

content: $(VENV)/.installed
	DEBUG=1 $(BIN)/python manage.py load_default_content

benchmark: $(VENV)/.installed-test
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf $(VENV) staticfiles .serve-stamps test-artifacts node_modules .pytest_cache .ruff_cache
