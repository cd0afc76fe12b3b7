"""The compiler fuzzer's judge (fuzz/fuzz_compile.py): what counts as a
well-formed rejection."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))

from fuzz_compile import verdict  # noqa: E402


def test_diagnostics_are_rejections():
    assert verdict(2, "# p\n./prog.go:3:1: syntax error: unexpected }\n") == "rejected"
    assert verdict(2, "# p\n./a.go:1:2: x redeclared in this block\n\t./a.go:1:1: other declaration of x\n") == "rejected"


def test_line_directive_positions():
    # //line other.go:100 gives no column; //line :30 no file name.
    assert verdict(2, "# p\nother.go:101: syntax error: unexpected next\n") == "rejected"
    assert verdict(2, "# p\n:30: syntax error: unexpected EOF, expecting }\n") == "rejected"


def test_a_quoted_raw_literal_may_span_lines():
    # Go prints the literal as it is, newlines and all.
    stderr = "# p\n./prog.go:12:26: syntax error: unexpected literal `Info()\n\n\tfmt.Println(ok)\nx` in argument list\n"
    assert verdict(2, stderr) == "rejected"


def test_a_quoted_backquote_character_opens_no_literal():
    # go build prints the same for the fuzzer's mutant 43 of a 400-mutant run.
    stderr = "# p\n./prog.go:17:8: unknown escape\n./prog.go:25:78: invalid character '`' in hexadecimal escape\n"
    assert verdict(2, stderr) == "rejected"


def test_a_raw_literal_may_run_to_the_end_of_the_file():
    stderr = "# p\n./prog.go:4:8: string not terminated\n./prog.go:4:8: syntax error: unexpected literal `{\n\tx\n"
    assert verdict(2, stderr) == "rejected"


def test_stray_lines_are_bad():
    assert verdict(2, "# p\n./prog.go:3:1: syntax error\nsomething else\n") == "bad diagnostic"
    assert verdict(2, "# p\n./prog.go:3:1: unexpected literal `never closed\n") == "bad diagnostic"
    assert verdict(1, "Traceback (most recent call last):\n") == "internal error"
