# Two commands do all the set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
LOCK   := requirements.lock
DB     ?= gugus.db
DEMO   := demo/articles.jsonl demo/text demo/html demo/feeds
# the Spark tests (pyspark comes with .[dev]) need a Java runtime: JAVA_HOME, else the java on the PATH
JAVA_HOME ?= $(shell j=$$(command -v java) && dirname $$(dirname $$(readlink -f $$j)))
export JAVA_HOME

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT    := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends

.PHONY: install lock audit browser postgres demo test lint bench bench-load screenshots clean

# installs the versions of requirements.lock (tests/test_lock.py checks that it names every dependency)
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -c $(LOCK) -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The lock anew: the newest versions that pyproject.toml allows, resolved in a throwaway venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install -q --disable-pip-version-check -e '.[dev]'
	{ echo "# every package of a fresh '.[dev]' install, pinned: make lock writes it, make install uses it"; \
	  .lock-venv/bin/pip freeze --exclude-editable; } > $(LOCK)
	rm -rf .lock-venv

# Known-vulnerable locked versions: pip-audit (--strict: a package it could not check fails the run);
# where its services are out of reach, the index's JSON API for the locked versions that are the latest
# (scripts/audit_lock.py: exit 2 says some could not be checked).
audit: install
	@$(VENV)/bin/pip-audit --strict --no-deps --disable-pip --progress-spinner off -r $(LOCK) || { \
	  echo "pip-audit could not audit every locked package (above): checking with scripts/audit_lock.py"; \
	  $(PY) scripts/audit_lock.py $(LOCK); }

# The browser tests drive Debian's Chromium through Playwright (no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || $(APT) chromium || { $(SUDO) apt-get update -q && $(APT) chromium; }

# PostgreSQL 15 for the tests' throwaway servers (tests/pg.py); Debian 12 has no pgvector package for it
postgres:
	@test -x /usr/lib/postgresql/15/bin/initdb || test "$$(id -u)" != 0 || { \
	  export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q postgresql-15 >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null && apt-get install -y -q postgresql-15 >/dev/null; }; }

demo: install
	$(VENV)/bin/gugus ingest $(DEMO) --db $(DB) --quiet
	$(VENV)/bin/gugus articles --db $(DB)
	$(VENV)/bin/gugus stats --db $(DB)
	$(VENV)/bin/gugus stories --db $(DB)

lint: install
	$(VENV)/bin/ruff check src tests bench scripts

test: install postgres lint browser
	$(PY) -m pytest -q

# The README's screenshots, made by the browser tests from the demo corpus.
screenshots: install browser
	GUGUS_SCREENSHOTS=1 $(PY) -m pytest -q tests/test_browser.py -k front_page_opens

bench: install
	$(PY) bench/ingest.py

# The server under readers and writers at once (bench/load.py; tests/test_load.py is a short run of it).
bench-load: install
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) .lock-venv build src/*.egg-info .pytest_cache .ruff_cache
