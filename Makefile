# make run    build and run samples/hello
# make test   run the whole test suite
# make bench  measure gominic against go build (bench/README.md)
# make gotest-tree  run Go's own test tree ($GOROOT/test) against gominic (tools/gotesttree.py)
# make apicheck     our stdlib against Go 1.19's api/go1*.txt (tools/apicheck.py)
# make stdtest      run Go's own package tests on our standard library (stdtest/run.py)
# make fuzz   build 10,000 mutated programs: no crash, no hang (fuzz/fuzz_compile.py)
# make fuzz-link  link 500 corrupted archives: an error or the right binary (fuzz/fuzz_link.py)
# make clean  remove caches and build outputs (the venv stays)
#
# The venv is installed once and again only when pyproject.toml changes:
# .venv/.installed records when it was last installed. The editable install
# is a plain path entry (editable_mode=compat): setuptools' default import hook
# costs every gominic command ~12 ms of start-up.

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test bench gotest-tree apicheck stdtest fuzz fuzz-link clean

run: $(STAMP)
	$(VENV)/bin/gominic run ./samples/hello

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q -n auto

bench: $(STAMP)
	$(VENV)/bin/python -m bench

gotest-tree: $(STAMP)
	$(VENV)/bin/python tools/gotesttree.py

apicheck: $(STAMP)
	$(VENV)/bin/python tools/apicheck.py

stdtest: $(STAMP)
	$(VENV)/bin/python -m stdtest

fuzz: $(STAMP)
	$(VENV)/bin/python fuzz/fuzz_compile.py -n $(or $(N),10000)

fuzz-link: $(STAMP)
	$(VENV)/bin/python fuzz/fuzz_link.py -n $(or $(N),500)

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test]' --config-settings editable_mode=compat
	touch $@

clean:
	rm -rf .pytest_cache .pytest-cache-gominic *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
