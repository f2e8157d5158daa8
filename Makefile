# Two commands do all the set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= gugus.db
DEMO   := demo/articles.jsonl demo/text demo/html demo/feeds

.PHONY: install postgres demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

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

test: install postgres lint
	$(PY) -m pytest -q

bench: install
	$(PY) bench/ingest.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
