"""`python -m stdtest [--root DIR] [package ...]` runs Go's own package
tests against gominic's standard library (see stdtest/run.py)."""

import sys

from stdtest.run import main

sys.exit(main(sys.argv[1:]))
