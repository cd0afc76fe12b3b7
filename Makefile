# make run    build and run samples/hello
# make test   run the whole test suite
# make bench  measure gominic against go build (bench/README.md)
# make stdtest  run Go's own package tests on our standard library (stdtest/run.py)
# make clean  remove caches and build outputs (the venv stays)
#
# The venv is installed once and again only when pyproject.toml changes:
# .venv/.installed records when it was last installed.

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test bench stdtest clean

run: $(STAMP)
	$(VENV)/bin/gominic run ./samples/hello

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q -n auto

bench: $(STAMP)
	$(VENV)/bin/python -m bench

stdtest: $(STAMP)
	$(VENV)/bin/python -m stdtest

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf .pytest_cache .pytest-cache-gominic *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
