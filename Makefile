# Two commands on a fresh machine with only python3 and make:
#   make generate   create .venv, install the locked dependencies, regenerate the clients, run the demo
#   make test       lint, types, spec validation and lint, staleness check, the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
SHARED := ../shared

.PHONY: generate test test-thorough lint types specs check-generated pytest coverage bench demo docs lock clean

generate: $(STAMP)
	$(PY) -m generator
	$(PY) -m fonds.demo

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-* && touch $@

test: $(STAMP) lint types specs check-generated pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check overlays generator tests benchmarks
	$(VENV)/bin/ruff format --check overlays generator tests benchmarks

types: $(STAMP)
	$(VENV)/bin/mypy overlays/fonds generator
	$(VENV)/bin/mypy $(patsubst %/,%,$(dir $(wildcard generated/*_api/openapi.json)))
	$(VENV)/bin/pyright tests/overlay/typed_script.py

specs: $(STAMP)
	$(PY) -m generator --lint-only

check-generated: $(STAMP)
	$(PY) -m generator --check

pytest: $(STAMP)
	$(PY) -m pytest -q -n 2 --hypothesis-profile=ci

test-thorough: $(STAMP)
	$(PY) -m pytest -q -n 2 --hypothesis-profile=thorough

# Coverage of each spec against the reference inventories in ../shared (when present).
coverage:
	$(PY) $(SHARED)/tools/spec_coverage.py specs/archivesspace/openapi.yaml $(SHARED)/reference/archivesspace/endpoints.json --schemas $(SHARED)/reference/archivesspace/schemas.json
	$(PY) $(SHARED)/tools/spec_coverage.py specs/archivematica/openapi.yaml $(SHARED)/reference/archivematica/endpoints.json
	$(PY) $(SHARED)/tools/spec_coverage.py specs/storage-service/openapi.yaml $(SHARED)/reference/storage-service/endpoints.json

demo: $(STAMP)
	$(PY) -m fonds.demo

# The incumbents (ArchivesSnake, amclient) are installed for the benchmarks only.
bench: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -r benchmarks/requirements.txt
	$(PY) -m benchmarks

# The documentation site, into site/, warnings as errors. Its tools come from docs/requirements.lock, installed here
# only (make test does not need them); the docs' code examples run in make test (tests/test_docs.py).
DOCS_STAMP := $(VENV)/.docs-installed-$(shell cat docs/requirements.lock | cksum | cut -d' ' -f1)

docs: $(STAMP) $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --clean

$(DOCS_STAMP): docs/requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r docs/requirements.lock
	rm -f $(VENV)/.docs-installed-* && touch $@

# Re-pin every dependency (needs the registry); commit the new requirements.lock.
lock:
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip freeze --all --exclude-editable | grep -v -E '^(fonds|pip)==' > requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis site
