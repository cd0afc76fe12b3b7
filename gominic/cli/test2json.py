"""This module implements test2json (cmd/internal/test2json): it turns the
output of a test binary run with -test.v into the JSON event stream of
``go test -json``, one event a line:

    {"Time":"...","Action":"run","Package":"p","Test":"TestX"}
    {"Time":"...","Action":"output","Package":"p","Test":"TestX","Output":"=== RUN   TestX\\n"}
    {"Time":"...","Action":"pass","Package":"p","Test":"TestX","Elapsed":0}

The lines "=== RUN", "=== PAUSE" and "=== CONT" name the test the
following output belongs to; "--- PASS/FAIL/SKIP/BENCH: name (0.00s)"
reports are held back until the next line that is not a report of a
subtest (their indentation tells the nesting), so that a parent's result
comes after its subtests'. The final "PASS"/"FAIL" line, or the "ok"
line, gives the package's result.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from collections.abc import Callable

UPDATES = ("=== RUN   ", "=== PAUSE ", "=== CONT  ")
REPORTS = ("--- PASS: ", "--- FAIL: ", "--- SKIP: ", "--- BENCH: ")
BENCHMARK_NAME = re.compile(r"^Benchmark[^a-z].*|^Benchmark$")


def go_json(value: object) -> str:
    """JSON as Go's encoding/json writes it: compact, with <, > and &
    escaped as \\u003c, \\u003e and \\u0026."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def go_time(t: float) -> str:
    """A time as Go's time.Time marshals to JSON (RFC 3339, nanoseconds,
    trailing zeros dropped), in local time."""
    ns = int(t * 1e9)
    dt = datetime.datetime.fromtimestamp(ns // 10**9).astimezone()
    frac = f"{ns % 10**9:09d}".rstrip("0")
    offset = dt.strftime("%z")
    zone = "Z" if offset == "+0000" else f"{offset[:3]}:{offset[3:]}"
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if frac else "") + zone


class Converter:
    """Converts a test binary's output, fed line by line, into events."""

    def __init__(self, write: Callable[[str], None], package: str, start: float | None = None):
        self.write = write
        self.package = package
        self.start = time.time() if start is None else start
        self.test_name = ""  # the test that output is attributed to
        self.report: list[dict] = []  # pending results, outermost first
        self.result = ""  # the package's result, once seen
        self.partial = ""  # an unfinished line

    def feed(self, text: str) -> None:
        """Take more of the output."""
        text = self.partial + text
        lines = text.split("\n")
        self.partial = lines.pop()
        for line in lines:
            self.handle_line(line + "\n")
        if self.partial and "\t" in self.partial and BENCHMARK_NAME.match(self.partial.split("\t")[0].rstrip(" ")):
            # A benchmark's name is printed before it runs: show it now.
            head, _, rest = self.partial.partition("\t")
            self.output(head + "\t")
            self.partial = rest

    def handle_line(self, line: str) -> None:
        if line in ("PASS\n", "FAIL\n") or line.startswith("FAIL\t"):
            self.flush_report(0)
            self.output(line)
            self.result = "pass" if line == "PASS\n" else "fail"
            return
        if line.startswith("?   \t") and line.endswith("\t[no test files]\n") and not self.report:
            self.result = "skip"
        stripped, indent = line, 0
        update = line.startswith(UPDATES)
        if not update:
            while stripped.startswith("    "):
                stripped, indent = stripped[4:], indent + 1
        if not update and not stripped.startswith(REPORTS):
            if 0 < indent <= len(self.report):
                self.test_name = self.report[indent - 1]["Test"]
            self.output(line)
            return
        if update:
            action, name = line[4:9].strip().lower(), line[len(UPDATES[0]):].strip()
        else:
            colon = stripped.index(":")
            action, name = stripped[4:colon].lower(), stripped[colon + 1:].strip()
        event = {"Action": action}
        if not update:
            elapsed = None
            if " (" in name:
                name, _, rest = name.partition(" (")
                if rest.endswith("s)"):
                    try:
                        elapsed = float(rest[:-2])
                    except ValueError:
                        pass
            if len(self.report) < indent:
                self.output(line)  # nested deeper than the tests seen: plain output
                return
            self.flush_report(indent)
            event["Test"] = name
            if elapsed is not None:
                event["Elapsed"] = elapsed
            self.test_name = name
            self.report.append(event)
            self.output(line)
            return
        self.flush_report(0)
        self.test_name = name
        if action == "pause":
            self.output(line)
        self.event(event)
        if action != "pause":
            self.output(line)

    def flush_report(self, depth: int) -> None:
        """Write the pending results nested deeper than depth, innermost first."""
        self.test_name = ""
        while len(self.report) > depth:
            self.event(self.report.pop())

    def output(self, text: str) -> None:
        self.event({"Action": "output", "Output": text})

    def event(self, e: dict) -> None:
        event = {"Time": go_time(time.time()), "Action": e["Action"], "Package": self.package}
        test = e.get("Test", self.test_name)
        if test:
            event["Test"] = test
        if "Elapsed" in e:
            # Go writes a float64 as briefly as it can: 0, not 0.0.
            elapsed = e["Elapsed"]
            event["Elapsed"] = int(elapsed) if float(elapsed).is_integer() else elapsed
        if "Output" in e:
            event["Output"] = e["Output"]
        self.write(go_json(event) + "\n")

    def close(self) -> None:
        """End of the output: the package's result, with its elapsed time."""
        if self.partial:
            self.handle_line(self.partial)
            self.partial = ""
        if self.result:
            elapsed = round(time.time() - self.start, 3)
            self.event({"Action": self.result, "Elapsed": elapsed})
