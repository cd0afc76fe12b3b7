"""Tests of embed.py: //go:embed initializers and Go's errors."""

from pathlib import Path

import pytest

from gominic.work.embed import DirectiveError, apply_embeds, fs_order, go_string, line_contexts, unsupplied_errors
from gominic.work.errors import BuildError


def embed(tmp_path: Path, src: str, imports_embed: bool = True) -> str:
    (tmp_path / "a.txt").write_text("A\n")
    (tmp_path / "d" / "e").mkdir(parents=True, exist_ok=True)
    (tmp_path / "d" / "e" / "f.txt").write_text("f")
    (tmp_path / "d" / ".hid").write_text("h")
    return apply_embeds("main.go", src.encode(), tmp_path, imports_embed, 0).decode()


def test_string_bytes_and_fs_initializers_keep_the_lines(tmp_path: Path):
    src = "package p\n//go:embed a.txt\nvar s string // comment\n\n//go:embed a.txt\nvar b []byte\n" \
          "var (\n\t//go:embed d\n\tf embed.FS\n)\n"
    out = embed(tmp_path, src).split("\n")
    assert out[2] == 'var s string = "A\\x0a" // comment'
    assert out[5] == 'var b []byte = []byte("A\\x0a")'
    assert out[8] == '\tf embed.FS = gominicEmbedFS_0("d/", "", "d/e/", "", "d/e/f.txt", "f")'
    assert out[-2:] == ["//go:linkname gominicEmbedFS_0 embed.buildFS",
                        "func gominicEmbedFS_0(nameData ...string) embed.FS"]


# Errors of cmd/go (a pattern's) name the file; those of Go's compiler (the
# directive's) give line and column, which the build places in its file.
@pytest.mark.parametrize("src, imports_embed, kind, message", [
    ("//go:embed a.txt\nvar s string\n", False, DirectiveError,
     '1:3: go:embed only allowed in Go files that import "embed"'),
    ("//go:embed a.txt\nvar s = \"x\"\n", True, DirectiveError, "1:3: go:embed cannot apply to var with initializer"),
    ("//go:embed a.txt\nfunc f() {}\n", True, DirectiveError, "1:3: misplaced go:embed directive"),
    ("//go:embed a.txt\nvar (\n\ts string\n)\n", True, DirectiveError, "1:3: misplaced go:embed directive"),
    ("//go:embed a.txt\nvar s, t string\n", True, DirectiveError, "1:3: go:embed cannot apply to multiple vars"),
    ("//go:embed a.txt\nvar n int\n", True, DirectiveError, "2:5: go:embed cannot apply to var of type int"),
    ("//go:embed a.txt\nvar s string = \"x\"\n", True, DirectiveError,
     "1:3: go:embed cannot apply to var with initializer"),
    ("func f() {\n\t//go:embed a.txt\n\tvar s string\n}\n", True, DirectiveError,
     "2:4: go:embed cannot apply to var inside func"),
    # A pattern's error is at the pattern, the first in sorted order.
    ("//go:embed nope*.txt\nvar s string\n", True, BuildError, "main.go:1:12: pattern nope*.txt: no matching files found"),
    ("//go:embed a.txt ../a.txt\nvar s string\n", True, BuildError,
     "main.go:1:18: pattern ../a.txt: invalid pattern syntax"),
    ("//go:embed y.txt\nvar s string\n//go:embed \"b c.txt\"\nvar t string\n", True, BuildError,
     "main.go:3:12: pattern b c.txt: no matching files found"),
    # Too many files for a string is the variable's error.
    ("//go:embed a.txt d\nvar s string\n", True, DirectiveError, "2:5: invalid go:embed: multiple files for type string"),
    ("//go:embed\nvar s string\n", True, DirectiveError, "1:3: usage: //go:embed pattern..."),
])
def test_errors(tmp_path: Path, src: str, imports_embed: bool, kind: type, message: str):
    with pytest.raises(kind) as e:
        embed(tmp_path, src, imports_embed)
    assert str(e.value) == message


def test_braces_in_strings_and_comments_do_not_count():
    src = b'var a = "{"\n// }\nfunc f() {\n\tx := `}`\n}\nvar b int\n'
    assert [depth for depth, _ in line_contexts(src)[:6]] == [0, 0, 0, 1, 1, 0]


def test_lines_of_a_var_group_are_known():
    src = b'var (\n\ta int\n\tb = f(\n\t\t1)\n)\nconst (\n\tc = 1\n)\n'
    assert [in_group for _, in_group in line_contexts(src)[:8]] == [False, True, True, False, True, False, False, False]


def test_directives_above_one_variable_are_one_list(tmp_path: Path):
    """As in Go, several directives may stand above a variable (go1.19.8
    builds and runs the same source)."""
    src = "package p\nvar (\n\t//go:embed a.txt\n\n\t//go:embed d/e\n\tf embed.FS // both\n)\n"
    out = embed(tmp_path, src).split("\n")
    assert out[5] == '\tf embed.FS = gominicEmbedFS_0("a.txt", "A\\x0a", "d/", "", "d/e/", "", "d/e/f.txt", "f") // both'


def test_every_misused_directive_is_reported(tmp_path: Path):
    """Go's compiler reports each variable's misuse; a variable's type or
    file count only once there is none (a later phase of Go's)."""
    src = "//go:embed a.txt d\nvar s string\n//go:embed a.txt\nvar t, u string\nfunc f() {\n\t//go:embed a.txt\n\tvar v []byte\n}\n"
    with pytest.raises(DirectiveError) as e:
        embed(tmp_path, src)
    assert e.value.errors == [(3, 3, "go:embed cannot apply to multiple vars"),
                              (6, 4, "go:embed cannot apply to var inside func")]


def test_fs_order_is_by_directory_then_name():
    assert fs_order(["b/x", "a", "b/c/y", "a.b"]) == ["a", "a.b", "b/", "b/c/", "b/x", "b/c/y"]


def test_go_string_escapes_all_but_printable_ascii():
    assert go_string(b'a"\\\n\xff\x00~') == b'"a\\"\\\\\\x0a\\xff\\x00~"'


# go tool compile without -embedcfg, on the same files (each line as Go's).
@pytest.mark.parametrize("src, imports_embed, errors", [
    ("//go:embed x.txt\nvar s string\n", False, [(1, 3, 'go:embed only allowed in Go files that import "embed"')]),
    ("func f() {\n\t//go:embed x.txt\n\tvar x string\n\t_ = x\n}\n", True,
     [(2, 4, "go:embed cannot apply to var inside func")]),
    ("//go:embed x.txt\nvar s string\n\n//go:embed a b\nvar t, u string\n", True,
     [(4, 3, "go:embed cannot apply to multiple vars")]),
    ("//go:embed x.txt\nvar n int\n", True,
     [(1, 3, "invalid go:embed: build system did not supply embed configuration")]),
    ("//go:embed\nvar s string\nfunc f() {\n//go:embed x\n}\n", True,
     [(1, 3, "usage: //go:embed pattern..."), (4, 3, "misplaced go:embed directive")]),
])
def test_the_compiler_alone_reports_every_directive(src, imports_embed, errors):
    assert unsupplied_errors("e.go", src.encode(), imports_embed) == errors
