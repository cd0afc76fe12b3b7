"""Smoke tests of the benchmark suite (bench/): no timing, nothing that
depends on the machine's speed.

- the generator of item 7 writes a package that gominic's front end (and
  Go's compiler, when installed) accepts;
- the table puts ratios the right way round and marks missed targets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))

from bench.gen_package import count_lines, generate, write_package  # noqa: E402
from bench.report import Figure, format_table  # noqa: E402


def test_generated_package_type_checks():
    from gominic.syntax.parser import parse_file
    from gominic.types.check import check_package
    from gominic.types.export import Importer

    files = generate(600)
    assert 400 < count_lines(files) < 800
    asts = [parse_file(name, text.encode()) for name, text in files]
    check_package("gen", asts, Importer({}))


@pytest.mark.skipif(shutil.which("go") is None, reason="go is not installed")
def test_generated_package_builds_with_go(tmp_path):
    write_package(tmp_path, 600)
    proc = subprocess.run(["go", "build", "."], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "GO111MODULE": "off", "GOFLAGS": ""})
    assert proc.returncode == 0, proc.stderr


def test_table_ratios_and_verdicts():
    figures = [
        Figure("warm build", "ms", 300.0, 150.0, target="<= 1x go", met=False),
        Figure("throughput", "lines/s", 10000.0, 40000.0, per_time=True),
        Figure("alone", "ms", 1.0, note="go is not installed"),
    ]
    assert figures[0].ratio == 2.0
    assert figures[1].ratio == 4.0  # Go is 4x as fast: gominic takes 4x the time
    assert figures[2].ratio is None
    table = format_table(figures)
    assert "2x" in table and "4x" in table and "MISS" in table
    assert "alone: go is not installed" in table
