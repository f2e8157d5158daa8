# Two commands do all the set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= gugus.db
DEMO   := demo/articles.jsonl demo/text demo/html demo/feeds
# the Spark tests (pyspark comes with .[dev]) need a Java runtime: JAVA_HOME, else the java on the PATH
JAVA_HOME ?= $(shell j=$$(command -v java) && dirname $$(dirname $$(readlink -f $$j)))
export JAVA_HOME

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/gugus ingest $(DEMO) --db $(DB) --quiet
	$(VENV)/bin/gugus articles --db $(DB)
	$(VENV)/bin/gugus stats --db $(DB)
	$(VENV)/bin/gugus stories --db $(DB)

lint: install
	$(VENV)/bin/ruff check src tests bench scripts

test: install lint
	$(PY) -m pytest -q

bench: install
	$(PY) bench/ingest.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
