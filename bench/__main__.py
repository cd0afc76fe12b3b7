"""`python -m bench` runs the benchmark suite (see bench/run.py)."""

from bench.run import main

main()
