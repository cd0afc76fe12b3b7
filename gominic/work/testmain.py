"""This module implements what go test finds in test files and the test
main it writes around them (cmd/go/internal/load/test.go).

A test file's top-level functions are sorted by name and signature:

    func TestXxx(t *testing.T)        a test
    func BenchmarkXxx(b *testing.B)   a benchmark
    func FuzzXxx(f *testing.F)        a fuzz test (its seeds run as tests)
    func ExampleXxx()                 an example, run if its body ends
                                      with an "// Output:" comment
    func TestMain(m *testing.M)       the package's own main for its tests

"Xxx" must not start with a lower-case letter (TestMain and Testify are
not tests of "ain" and "ify"... Testify is none at all). The test main is
a package main that lists them for package testing, as a student can see
with ``gominic test -work``: $WORK/b001/_testmain.go.

The functions are found with the scanner alone, since an example's
expected output lives in a comment, which the parser drops: a top-level
``func Name(`` and the tokens up to the matching parenthesis give the
name and parameters; the last comment group inside the body gives an
example's output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gominic.syntax.literals import go_quote
from gominic.syntax.scanner import scan

if TYPE_CHECKING:
    from gominic.work.cover import Coverage

# An example's output comment: "Output:" or "Unordered output:", any case.
OUTPUT_PREFIX = re.compile(r"(?i)^\s*(unordered )?output:")


@dataclass
class Example:
    name: str
    package: str  # "_test" or "_xtest": the package it is declared in
    output: str
    unordered: bool


@dataclass
class TestFuncs:
    """The test functions of one package's test files."""

    __test__ = False  # not a test class, whatever pytest thinks of its name

    tests: list[tuple[str, str]] = field(default_factory=list)  # (name, "_test" or "_xtest")
    benchmarks: list[tuple[str, str]] = field(default_factory=list)
    fuzz_targets: list[tuple[str, str]] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    test_main: str = ""  # the package declaring TestMain, if any

    def uses(self, package: str) -> bool:
        """Whether the test main refers to a function of package ("_test" or "_xtest")."""
        named = [p for _, p in self.tests + self.benchmarks + self.fuzz_targets]
        return package in named or package == self.test_main or any(e.package == package for e in self.examples)

    @property
    def names(self) -> list[str]:
        """Every test, benchmark, fuzz test and example, in running order."""
        return ([n for n, _ in self.tests] + [n for n, _ in self.benchmarks]
                + [n for n, _ in self.fuzz_targets] + [e.name for e in self.examples])


def is_test_name(name: str, prefix: str) -> bool:
    """Go's isTest: name is prefix, or prefix followed by a non-lower-case letter."""
    if not name.startswith(prefix):
        return False
    rest = name[len(prefix):]
    return rest == "" or not rest[0].islower()


@dataclass
class FuncDecl:
    name: str
    params: str  # the parameter list's text without spaces: "t*testing.T"
    comments: list[list[str]]  # the comment groups of the body, each a list of comments


def top_level_funcs(src: str) -> list[FuncDecl]:
    """The top-level functions (not methods) of a Go file, with their
    parameter lists and the comment groups inside their bodies."""
    tokens = list(scan(src))
    funcs = []
    depth = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in ("LBRACE", "LPAREN", "LBRACK"):
            depth += 1
        elif tok.type in ("RBRACE", "RPAREN", "RBRACK"):
            depth -= 1
        elif tok.type == "FUNC" and depth == 0 and i + 2 < len(tokens) and tokens[i + 1].type == "NAME" \
                and tokens[i + 2].type == "LPAREN":
            decl, i = read_func(tokens, i + 1)
            funcs.append(decl)
            continue
        i += 1
    return funcs


def read_func(tokens: list, i: int) -> tuple[FuncDecl, int]:
    """Read a function from its name at tokens[i]; return it and the index
    after its body (or signature, for a function without body)."""
    name = str(tokens[i])
    i, params = read_balanced(tokens, i + 1)
    while i < len(tokens) and tokens[i].type not in ("LBRACE", "NEWLINE", "SEMICOLON"):
        i += 1  # the results
    comments: list[list[str]] = []
    if i < len(tokens) and tokens[i].type == "LBRACE":
        i, body = read_balanced(tokens, i)
        comments = comment_groups(body)
    text = "".join(str(t) for t in params[1:-1] if t.type not in ("NEWLINE", "LINE_COMMENT", "GENERAL_COMMENT"))
    return FuncDecl(name, text.replace(" ", ""), comments), i


def read_balanced(tokens: list, i: int) -> tuple[int, list]:
    """The tokens from the bracket at tokens[i] to its match, and the index after."""
    depth = 0
    start = i
    while i < len(tokens):
        if tokens[i].type in ("LBRACE", "LPAREN", "LBRACK"):
            depth += 1
        elif tokens[i].type in ("RBRACE", "RPAREN", "RBRACK"):
            depth -= 1
            if depth == 0:
                return i + 1, tokens[start : i + 1]
        i += 1
    return i, tokens[start:]


def comment_groups(tokens: list) -> list[list[str]]:
    """The comments among tokens, grouped as go/ast does: comments apart by
    at most one line break belong together."""
    groups: list[list[str]] = []
    joined = False  # the next comment continues the last group
    for tok in tokens:
        if tok.type in ("LINE_COMMENT", "GENERAL_COMMENT"):
            if joined and groups:
                groups[-1].append(str(tok))
            else:
                groups.append([str(tok)])
            joined = True
        elif tok.type == "NEWLINE":
            joined = joined and str(tok).count("\n") <= 1
        else:
            joined = False
    return groups


def comment_text(group: list[str]) -> str:
    """The text of a comment group as go/ast's CommentGroup.Text gives it:
    markers and a line comment's first space removed, trailing spaces and
    leading and trailing blank lines dropped."""
    lines: list[str] = []
    for c in group:
        if c.startswith("//"):
            c = c[2:]
            lines.append(c[1:] if c.startswith(" ") else c)
        else:
            lines += c[2:-2].split("\n")
    lines = [line.rstrip() for line in lines]
    while lines and lines[0] == "":
        lines.pop(0)
    while lines and lines[-1] == "":
        lines.pop()
    collapsed: list[str] = []
    for line in lines:
        if not (line == "" and collapsed and collapsed[-1] == ""):
            collapsed.append(line)
    return "\n".join(collapsed) + "\n" if collapsed else ""


def example_output(decl: FuncDecl) -> tuple[str, bool] | None:
    """An example's expected output and whether it is unordered, or None
    when its body does not end with an output comment (it is compiled,
    not run)."""
    if not decl.comments:
        return None
    text = comment_text(decl.comments[-1])
    m = OUTPUT_PREFIX.match(text)
    if m is None:
        return None
    text = text[m.end():].lstrip(" ")
    return text.removeprefix("\n"), m.group(1) is not None


# The parameter list each kind of test function must have.
SIGNATURES = {"Test": "*testing.T", "Benchmark": "*testing.B", "Fuzz": "*testing.F"}


def scan_test_file(src: str, package: str, funcs: TestFuncs) -> None:
    """Add the test functions of one file (of package "_test" or "_xtest") to funcs."""
    for decl in top_level_funcs(src):
        param_type = re.sub(r"^[A-Za-z_0-9]*", "", decl.params)
        if decl.name == "TestMain" and param_type == "*testing.M":
            funcs.test_main = package
            continue
        for prefix, kind in (("Test", funcs.tests), ("Benchmark", funcs.benchmarks), ("Fuzz", funcs.fuzz_targets)):
            if is_test_name(decl.name, prefix) and param_type == SIGNATURES[prefix]:
                kind.append((decl.name, package))
        if is_test_name(decl.name, "Example") and decl.params == "":
            output = example_output(decl)
            if output is not None:
                funcs.examples.append(Example(decl.name, package, *output))


def find_test_funcs(internal: list[tuple[Path, bytes]], external: list[tuple[Path, bytes]]) -> TestFuncs:
    """The test functions of a package's internal and external test files."""
    funcs = TestFuncs()
    for package, files in (("_test", internal), ("_xtest", external)):
        for _, src in files:
            scan_test_file(src.decode("utf-8", "replace"), package, funcs)
    return funcs


# The counters of the covered files, by file, and their blocks, as package
# testing reads them (go test's test main has the same).
COVER_REGISTRATION = """var (
	coverCounters = make(map[string][]uint32)
	coverBlocks   = make(map[string][]testing.CoverBlock)
)

func coverRegisterFile(fileName string, counter []uint32, pos []uint32, numStmts []uint16) {
	coverCounters[fileName] = counter
	block := make([]testing.CoverBlock, len(counter))
	for i := range counter {
		block[i] = testing.CoverBlock{Line0: pos[3*i], Col0: uint16(pos[3*i+2]), Line1: pos[3*i+1],
			Col1: uint16(pos[3*i+2] >> 16), Stmts: numStmts[i]}
	}
	coverBlocks[fileName] = block
}
"""


def generate_testmain(import_path: str, funcs: TestFuncs, has_xtest: bool, coverage: Coverage | None = None) -> str:
    """The source of the test main for the package at import_path; with
    coverage, it registers the counters of the covered files (cover.py)."""
    files = coverage.files if coverage else []
    covered = {path: "_test" if path == import_path else f"_cover{i}"
               for i, path in enumerate(dict.fromkeys(path for _, path, _ in files))}

    def alias(package: str) -> str:
        return package if funcs.uses(package) or package in covered.values() else "_"

    lines = ["// Code generated by 'gominic test'. DO NOT EDIT.", "", "package main", "", "import (",
             '\t"os"', '\t"testing"', '\t"testing/internal/testdeps"', "",
             f"\t{alias('_test')} {go_quote(import_path)}"]
    if has_xtest:
        lines.append(f"\t{alias('_xtest')} {go_quote(import_path + '_test')}")
    lines += [f"\t{name} {go_quote(path)}" for path, name in covered.items() if name != "_test"]
    lines += [")", ""]
    for var, kind, items in (("tests", "InternalTest", funcs.tests),
                             ("benchmarks", "InternalBenchmark", funcs.benchmarks),
                             ("fuzzTargets", "InternalFuzzTarget", funcs.fuzz_targets)):
        lines.append(f"var {var} = []testing.{kind}{{")
        lines += [f"\t{{{go_quote(name)}, {pkg}.{name}}}," for name, pkg in items]
        lines += ["}", ""]
    lines.append("var examples = []testing.InternalExample{")
    lines += [f"\t{{{go_quote(e.name)}, {e.package}.{e.name}, {go_quote(e.output)}, {str(e.unordered).lower()}}},"
              for e in funcs.examples]
    lines += ["}", "", "func init() {", f"\ttestdeps.ImportPath = {go_quote(import_path)}"]
    for name, path, var in files:
        v = f"{covered[path]}.{var}"
        lines.append(f"\tcoverRegisterFile({go_quote(name)}, {v}.Count[:], {v}.Pos[:], {v}.NumStmt[:])")
    lines += ["}", ""]
    if coverage:
        lines += [COVER_REGISTRATION]
    lines.append("func main() {")
    if coverage:
        lines.append(f"\ttesting.RegisterCover(testing.Cover{{Mode: {go_quote(coverage.mode)}, Counters: coverCounters, "
                     f"Blocks: coverBlocks, CoveredPackages: {go_quote(coverage.packages)}}})")
    lines.append("\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)")
    if funcs.test_main:
        lines += [f"\t{funcs.test_main}.TestMain(m)", "\tos.Exit(testdeps.ExitCode)"]
    else:
        lines.append("\tos.Exit(m.Run())")
    lines += ["}", ""]
    return "\n".join(lines)
