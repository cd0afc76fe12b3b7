"""Tests of gominic tool cover's reading of profiles (tools/cover.py); its
-func report is compared with go tool cover's in tests/cli/test_gotest.py."""

from __future__ import annotations

import pytest

from gominic.tools.cover import FuncExtent, colored_source, heat, read_profile, tabulate

PROFILE = """mode: set
p/a.go:7.2,7.14 1 0
p/a.go:3.24,4.13 1 1
p/a.go:7.2,7.14 1 1
p/b.go:1.1,2.2 3 0
"""


def test_profiles_merge_blocks_and_sort_them():
    """The same block from two packages' runs: set mode ORs the counts."""
    mode, files = read_profile(PROFILE, "c.out")
    assert mode == "set" and list(files) == ["p/a.go", "p/b.go"]
    assert [(b.start, b.end, b.stmts, b.count) for b in files["p/a.go"]] == [
        ((3, 24), (4, 13), 1, 1), ((7, 2), (7, 14), 1, 1)]
    count = read_profile(PROFILE.replace("mode: set", "mode: count"), "c.out")[1]
    assert count["p/a.go"][1].count == 1 and count["p/b.go"][0].count == 0


@pytest.mark.parametrize("text, error", [
    ("", "c.out: bad mode line: "),
    ("mode: set\np/a.go:1.1,2 1 0\n", "c.out:2: bad line: p/a.go:1.1,2 1 0"),
])
def test_a_bad_profile_is_reported(text, error):
    with pytest.raises(ValueError, match=error):
        read_profile(text, "c.out")


def test_a_function_counts_the_blocks_inside_it():
    blocks = read_profile(PROFILE, "c.out")[1]["p/a.go"]
    assert FuncExtent("Add", (3, 1), (8, 2)).coverage(blocks) == (2, 2)
    assert FuncExtent("Sub", (10, 1), (12, 2)).coverage(blocks) == (0, 0)


def test_columns_align_at_tab_stops_as_text_tabwriter_does():
    assert tabulate([["p/a.go:3:", "Add", "66.7%"], ["total:", "(statements)", "66.7%"]]) == (
        "p/a.go:3:\tAdd\t\t66.7%\ntotal:\t\t(statements)\t66.7%\n")


def test_html_colors_each_block_by_its_count():
    src = b"package p\n\nfunc F(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n\treturn 0 // <none>\n}\n"
    profile = "mode: count\np/a.go:3.19,4.11 1 5\np/a.go:7.2,7.10 1 0\np/a.go:4.11,6.3 1 1\n"
    blocks = read_profile(profile, "c.out")[1]["p/a.go"]
    assert colored_source(src, blocks, 5) == (
        'package p\n\nfunc F(x int) int <span class="heat10" title="5">{\n    if x &gt; 0 </span>'
        '<span class="heat1" title="1">{\n        return 1\n    }</span>\n    '
        '<span class="heat0" title="0">return 0</span> // &lt;none&gt;\n}\n')
    assert [heat(n, 100) for n in (0, 1, 10, 100)] == [0, 1, 5, 10]
    assert heat(1, 1) == 8  # set mode: every block that ran is one color
