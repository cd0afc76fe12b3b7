"""docs/tour.md is tested: every command it shows is run, in order, and
what it prints must be what the tour says it prints.

The tour's code blocks hold ``$ command`` lines, each followed by the
output the tour shows for it. (Blocks fenced as ```console work on
programs of the reader's own and are shown, not run.) A line ``...`` (indented or not) stands for any number of
lines (the tour cuts long outputs); every other line must match the
command's output (stdout and stderr together) line for line, so a figure
that drifts (a size, an address, a count) fails the test. What differs
from run to run is masked on both sides before comparing: the $WORK
folder, build-cache entry names, timings, and the folder the sample was
copied to (the tour says /tmp/greeter; the test uses a temporary one),
and so the sizes of the line tables, which hold file names.

To see what the commands print now: ``python tests/docs/test_tour.py``
prints each step's output; with ``--update`` it rewrites, in tour.md, each
shown line whose figures changed (a line of the same shape, in the same
order), leaving the prose, the cuts and anything it cannot place alone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOUR = REPO / "docs" / "tour.md"
SAMPLE_DIR = "/tmp/greeter"  # where the tour copies samples/greeter

pytestmark = pytest.mark.e2e


@dataclass
class Step:
    line: int  # of the command in tour.md
    command: str
    expected: list[str]


def tour_steps(text: str) -> list[Step]:
    """The ``$ command`` lines of the tour's code blocks, with the output
    shown below each."""
    steps: list[Step] = []
    in_block = run_block = False
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            in_block = not in_block
            run_block = in_block and line == "```"  # ```console: shown, not run
        elif run_block and line.startswith("$ "):
            steps.append(Step(n, line[2:], []))
        elif run_block and steps and steps[-1].line < n:
            steps[-1].expected.append(line)
    return steps


MASKS = [
    (re.compile(r"/tmp/go-build\w+"), "$WORK"),
    (re.compile(r"\S*/[0-9a-f]{2}/[0-9a-f]{4}(?:[0-9a-f]*|\.\.\.)-[ad]\b"), "<cache entry>"),
    (re.compile(r"\b\d+\.\d\d\b"), "<seconds>"),
    # File names are in the line tables, so their sizes follow the folder's.
    (re.compile(r"^\d+ bytes of \.gopclntab \(\d+ inflated\), \d+ bytes of compressed DWARF$"), "<line table sizes>"),
    # And so does the distance to the stack guard in .bss, after them.
    (re.compile(r"483b25[0-9a-f]{8}(\s+)cmpq 0x[0-9a-f]+\(%rip\)"), r"483b25<guard>\1cmpq <guard>(%rip)"),
]


def mask(line: str) -> str:
    for pattern, replacement in MASKS:
        line = pattern.sub(replacement, line)
    return line.rstrip()


def glob_match(expected: list[str], actual: list[str]) -> int | None:
    """Match expected lines ("..." for any run of lines) against actual
    ones; None if they match, else the index of the expected line at which
    the best attempt failed."""
    @cache
    def match(i: int, j: int) -> int | None:
        if i == len(expected):
            return None if j == len(actual) else i
        if expected[i].strip() == "...":
            worst = i
            for k in range(j, len(actual) + 1):
                failed = match(i + 1, k)
                if failed is None:
                    return None
                worst = max(worst, failed)
            return worst
        if j < len(actual) and mask(expected[i]) == mask(actual[j]):
            return match(i + 1, j + 1)
        return i
    return match(0, 0)


class TourSession:
    """Runs the tour's commands one after another as a reader would, in one
    shell state: the working folder carries over, and so does the name of
    a $WORK folder the tour printed and later commands reuse."""

    def __init__(self, tmp: Path):
        self.sample = tmp / "greeter"
        self.cwd_file = tmp / "cwd"  # where each command leaves its working folder
        self.cwd = REPO
        self.work_names: dict[str, str] = {}  # the tour's $WORK -> this run's
        bin_dir = Path(sys.executable).parent
        self.env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}

    def run(self, step: Step) -> list[str]:
        command = step.command.replace(SAMPLE_DIR, str(self.sample))
        for theirs, ours in self.work_names.items():
            command = command.replace(theirs, ours)
        script = f"{command}\nstatus=$?\npwd >{self.cwd_file}\nexit $status\n"
        proc = subprocess.run(["bash", "-c", script], cwd=self.cwd, env=self.env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=300)
        self.cwd = Path(self.cwd_file.read_text().strip())
        out = proc.stdout.replace(str(self.sample), SAMPLE_DIR).splitlines()
        self.learn_work_names(step.expected, out)
        return out

    def learn_work_names(self, expected: list[str], actual: list[str]) -> None:
        pattern = re.compile(r"/tmp/go-build\w+")
        theirs = [m.group(0) for line in expected for m in pattern.finditer(line)]
        ours = [m.group(0) for line in actual for m in pattern.finditer(line)]
        if theirs and ours:
            self.work_names[theirs[0]] = ours[0]


def warm_standard_library(env: dict) -> None:
    """The tour's first build finds the standard library in the cache (it
    says so): build another program first, as the reader has."""
    subprocess.run(["gominic", "build", "-o", os.devnull, "./samples/hello"], cwd=REPO, env=env,
                   capture_output=True, timeout=600, check=True)


def test_the_tour_prints_what_it_says(tmp_path):
    steps = tour_steps(TOUR.read_text())
    assert steps, "the tour shows no commands"
    session = TourSession(tmp_path)
    warm_standard_library(session.env)
    for step in steps:
        actual = session.run(step)
        failed = glob_match(step.expected, actual)
        if failed is not None:
            shown = "\n".join(actual[:60])
            pytest.fail(f"docs/tour.md:{step.line}: $ {step.command}\n"
                        f"the tour's line {step.line + 1 + failed} "
                        f"({(step.expected + ['<end of output>'])[failed]!r}) does not match; "
                        f"the command printed:\n{shown}")


def test_glob_match():
    assert glob_match(["a", "...", "z"], ["a", "b", "c", "z"]) is None
    assert glob_match(["a", "..."], ["a"]) is None
    assert glob_match(["a", "b"], ["a", "c"]) == 1
    assert glob_match(["a"], ["a", "extra"]) == 1
    assert glob_match([" 0.02 load"], [" 1.25 load"]) is None


def shape(line: str) -> str:
    """A line with its figures blurred: what stays when a size or an address changes."""
    figures = r"\b0x[0-9a-f]+\b|\b\d+\b|\b(?=[0-9a-f]*\d)[0-9a-f]{4,}\b|\b[0-9a-f]{2}\b"
    return re.sub(figures, "#", re.sub(r"\s+", " ", mask(line)))


def refresh(expected: list[str], actual: list[str]) -> list[str]:
    """The expected lines with each one replaced by the next actual line of
    its shape, in order; cache entries shortened as the tour writes them."""
    out, j = [], 0
    for line in expected:
        k = next((k for k in range(j, len(actual)) if line.strip() != "..." and shape(actual[k]) == shape(line)), None)
        if k is None or mask(actual[k]) == mask(line):
            out.append(line)  # nothing to place, or only what differs from run to run
            j = j if k is None else k + 1
            continue
        out.append(re.sub(r"(/[0-9a-f]{2}/[0-9a-f]{4})[0-9a-f]*-([ad])\b", r"\1...-\2", actual[k]))
        j = k + 1
    return out


def main() -> None:
    """Print what each of the tour's commands prints now (--update: refresh tour.md)."""
    import tempfile
    lines = TOUR.read_text().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        session = TourSession(Path(tmp))
        warm_standard_library(session.env)
        for step in tour_steps(TOUR.read_text()):
            actual = session.run(step)
            print(f"$ {step.command}")
            print("\n".join(actual))
            if "--update" in sys.argv:
                lines[step.line:step.line + len(step.expected)] = refresh(step.expected, actual)
    if "--update" in sys.argv:
        TOUR.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
