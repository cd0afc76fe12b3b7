"""The benchmark suite of issue 7: gominic measured against `go build`.

Run it with `make bench` or `.venv/bin/python -m bench`; bench/README.md
says what each figure means.  bench/link_bench.py, a separate benchmark of
the linker alone against GNU ld, is run by hand.
"""
