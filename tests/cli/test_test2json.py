"""Unit tests of test2json.py: the event stream go test -json writes for
a test binary's -test.v output."""

import json

from gominic.cli.test2json import Converter, go_json, go_time

OUTPUT = """=== RUN   TestA
=== RUN   TestA/sub
    a_test.go:5: log <&>
--- FAIL: TestA (0.01s)
    --- FAIL: TestA/sub (0.00s)
=== RUN   TestB
=== PAUSE TestB
=== CONT  TestB
--- SKIP: TestB (0.00s)
FAIL
"""


def events(text: str) -> list[tuple]:
    lines: list[str] = []
    c = Converter(lines.append, "p")
    c.feed(text[:17])  # a line cut in two arrives whole
    c.feed(text[17:])
    c.close()
    out = []
    for line in lines:
        e = json.loads(line)
        out.append((e["Action"], e.get("Test", ""), e.get("Output", e.get("Elapsed"))))
    return out


def test_events():
    got = events(OUTPUT)
    assert got == [
        ("run", "TestA", None),
        ("output", "TestA", "=== RUN   TestA\n"),
        ("run", "TestA/sub", None),
        ("output", "TestA/sub", "=== RUN   TestA/sub\n"),
        ("output", "TestA/sub", "    a_test.go:5: log <&>\n"),
        ("output", "TestA", "--- FAIL: TestA (0.01s)\n"),
        ("output", "TestA/sub", "    --- FAIL: TestA/sub (0.00s)\n"),
        ("fail", "TestA/sub", 0),
        ("fail", "TestA", 0.01),
        ("run", "TestB", None),
        ("output", "TestB", "=== RUN   TestB\n"),
        ("output", "TestB", "=== PAUSE TestB\n"),
        ("pause", "TestB", None),
        ("cont", "TestB", None),
        ("output", "TestB", "=== CONT  TestB\n"),
        ("output", "TestB", "--- SKIP: TestB (0.00s)\n"),
        ("skip", "TestB", 0),
        ("output", "", "FAIL\n"),
        ("fail", "", got[-1][2]),  # the package's own time, measured
    ]


def test_go_json_escapes_html():
    assert go_json({"Output": "<&>"}) == '{"Output":"\\u003c\\u0026\\u003e"}'


def test_elapsed_is_written_as_go_writes_floats():
    lines: list[str] = []
    c = Converter(lines.append, "p")
    c.feed("--- PASS: TestA (0.00s)\n--- PASS: TestB (1.50s)\nPASS\n")
    c.close()
    assert '"Elapsed":0}' in lines[1] and '"Elapsed":1.5}' in lines[3]


def test_go_time_is_rfc3339_with_nanoseconds():
    text = go_time(1700000000.5)
    assert text.startswith("20") and ".5" in text and (text.endswith("Z") or text[-6] in "+-")
