"""This module implements the suite's results: one Figure per measured
quantity, the table printed at the end, and the JSON file it is saved in.

A figure holds gominic's value and Go's, their ratio (gominic's time or
size over Go's, so that below 1 is better for every figure, rates included), the target the issue sets and
whether it is met.  A figure that could not be measured (a failed build,
no go command) keeps None in the missing places and says why in its note.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Figure:
    """One line of the table."""

    name: str  # what is measured, e.g. "warm build (main.go edited)"
    unit: str  # "ms", "KB", "lines/s", "MiB"
    ours: float | None  # gominic's median
    go: float | None = None  # Go's median, None without go
    target: str = ""  # the target, in words: "<= 1.0x"
    met: bool | None = None  # None: no target, or not measurable
    note: str = ""  # why a value is missing, or what it includes
    samples: dict[str, list[float]] = field(default_factory=dict)  # every run, in seconds
    per_time: bool = False  # the values are rates (lines/s): higher is better

    @property
    def ratio(self) -> float | None:
        """gominic's time (or size) over Go's: below 1, gominic does better.
        For a rate, that is Go's rate over gominic's."""
        if not self.ours or not self.go:
            return None
        return self.go / self.ours if self.per_time else self.ours / self.go


def failed(name: str, unit: str, why: str) -> Figure:
    """A figure that could not be measured: the first line of why says why."""
    return Figure(name, unit, None, target="", met=False, note="FAILED: " + why.strip().splitlines()[0][:200])


def number(value: float | None, unit: str) -> str:
    """A value with its unit, to three significant digits or so."""
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def verdict(met: bool | None) -> str:
    return {True: "ok", False: "MISS", None: ""}[met]


COLUMNS = ("figure", "gominic", "go", "gominic/go", "target", "")


def format_table(figures: list[Figure]) -> str:
    """The figures as an aligned text table, notes below it."""
    rows = [COLUMNS]
    for f in figures:
        ratio = f"{f.ratio:.3g}x" if f.ratio is not None else "-"
        rows.append((f.name, number(f.ours, f.unit), number(f.go, f.unit), ratio, f.target, verdict(f.met)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = []
    for i, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:4], widths[1:4])]
        cells += [row[4].ljust(widths[4]), row[5]]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("-" * len(lines[0]))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", "notes:"] + notes if notes else []))


def save_json(path: Path, figures: list[Figure], meta: dict) -> None:
    """Write the run's figures (with every sample) and its circumstances."""
    data = {"meta": meta, "figures": [asdict(f) | {"ratio": f.ratio} for f in figures]}
    path.write_text(json.dumps(data, indent=1) + "\n")
