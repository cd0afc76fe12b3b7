"""This module implements ``gominic tool cover``, Go's cover tool, on the
profiles ``gominic test -coverprofile`` writes:

    gominic tool cover -func=c.out [-o file]     each function's share of
                                                 statements run, then the total
    gominic tool cover -html=c.out [-o file]     a web page of the sources, each
                                                 block colored by how often it ran
    gominic tool cover -mode=set -var=V file.go  the file with counters in
                                                 (what gominic test -cover compiles)

A profile names each file by its package's import path ("example/p/a.go");
the file is found by loading that package from the current directory, as
go tool cover finds it with go list. A function's statements are those of
the blocks inside it (from its "func" to its closing brace): statements
in function literals of package-level initializers count in the test's
total but in no function's, as in Go.
"""

from __future__ import annotations

import html
import math
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from gominic.cli.base import Command, UsageError
from gominic.tools import file_error

# A profile's line: file:line0.col0,line1.col1 statements count
BLOCK = re.compile(r"^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$")


@dataclass
class ProfileBlock:
    start: tuple[int, int]
    end: tuple[int, int]
    stmts: int
    count: int


def read_profile(text: str, name: str) -> tuple[str, dict[str, list[ProfileBlock]]]:
    """The mode and each file's blocks, sorted by position; blocks listed
    twice (profiles of several packages) are merged, as Go's ParseProfiles
    does: in set mode one ran if either did, else their counts add."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith("mode: "):
        raise ValueError(f"{name}: bad mode line: {lines[0] if lines else ''}")
    mode = lines[0].removeprefix("mode: ")
    files: dict[str, dict[tuple, ProfileBlock]] = {}
    for n, line in enumerate(lines[1:], 2):
        m = BLOCK.match(line)
        if m is None:
            raise ValueError(f"{name}:{n}: bad line: {line}")
        file, l0, c0, l1, c1, stmts, count = m.groups()
        block = ProfileBlock((int(l0), int(c0)), (int(l1), int(c1)), int(stmts), int(count))
        blocks = files.setdefault(file, {})
        if (old := blocks.get((block.start, block.end))) is not None:
            old.count = (old.count or block.count) if mode == "set" else old.count + block.count
        else:
            blocks[block.start, block.end] = block
    return mode, {f: sorted(b.values(), key=lambda b: (b.start, b.end)) for f, b in sorted(files.items())}


@dataclass
class FuncExtent:
    name: str
    start: tuple[int, int]  # the "func" keyword
    end: tuple[int, int]  # just after the closing brace

    def coverage(self, blocks: list[ProfileBlock]) -> tuple[int, int]:
        """Statements run and statements in all, of the blocks inside."""
        covered = total = 0
        for b in blocks:
            if b.start >= self.end:
                break
            if b.end <= self.start:
                continue
            total += b.stmts
            covered += b.stmts if b.count > 0 else 0
        return covered, total


def find_funcs(path: Path) -> list[FuncExtent]:
    """The functions with bodies declared in a file."""
    from gominic.syntax import ast
    from gominic.syntax.parser import parse_file

    file = parse_file(str(path), path.read_bytes())
    return [FuncExtent(d.name.value, (d.pos.line, d.pos.col), (d.body.rbrace.line, d.body.rbrace.col + 1))
            for d in file.decls if isinstance(d, ast.FuncDecl) and d.body is not None]


def find_files(profile: dict[str, list[ProfileBlock]]) -> dict[str, Path]:
    """The file each name of a profile ("import/path/file.go") is, found in
    its package's folder; one loader, so each package is loaded once."""
    from gominic.work.env import gominic_root
    from gominic.work.load import Loader

    loader = Loader(gominic_root(), Path.cwd())
    files = {}
    for name in profile:
        import_path, _, base = name.rpartition("/")
        [pkg] = loader.load_patterns([import_path])
        files[name] = pkg.dir / base
    return files


def percent(covered: int, total: int) -> float:
    return 100 * covered / (total or 1)


def func_report(profile: dict[str, list[ProfileBlock]]) -> str:
    """-func's table: file:line, function, percentage; then the total."""
    rows = []
    covered = total = 0
    files = find_files(profile)
    for name, blocks in profile.items():
        for f in find_funcs(files[name]):
            c, t = f.coverage(blocks)
            rows.append([f"{name}:{f.start[0]}:", f.name, f"{percent(c, t):.1f}%"])
            covered, total = covered + c, total + t
    rows.append(["total:", "(statements)", f"{percent(covered, total):.1f}%"])
    return tabulate(rows)


def tabulate(rows: list[list[str]]) -> str:
    """The rows as Go's text/tabwriter aligns them with tabs (tab width 8,
    padding 1): each column as wide as its widest cell and a space, rounded
    up to a tab stop."""
    widths = [max(len(row[c]) + 1 for row in rows) for c in range(len(rows[0]) - 1)]
    widths = [-(-w // 8) * 8 for w in widths]
    return "".join("".join(cell + "\t" * -(-(w - len(cell)) // 8) for cell, w in zip(row, widths)) + row[-1] + "\n"
                   for row in rows)


def html_report(mode: str, profile: dict[str, list[ProfileBlock]]) -> str:
    """-html's page: a menu of the files, each with its share of statements
    run, and each file's source with its blocks colored: red for a block
    that never ran, green for one that did, the brighter the more often
    (count mode; in set mode every block that ran is one green)."""
    most = max((b.count for blocks in profile.values() for b in blocks), default=0)
    options, sources = [], []
    files = find_files(profile)
    for i, (name, blocks) in enumerate(profile.items()):
        covered = sum(b.stmts for b in blocks if b.count > 0)
        options.append(f'<option value="file{i}">{html.escape(name)} '
                       f'({percent(covered, sum(b.stmts for b in blocks)):.1f}%)</option>')
        sources.append(f'<pre class="file" id="file{i}">{colored_source(files[name].read_bytes(), blocks, most)}</pre>')
    legend = ('<span class="heat0">never ran</span><span class="heat8">ran</span>' if mode == "set" else
              '<span class="heat0">never ran</span><span class="heat1">ran once</span>'
              '<span class="heat10">ran most</span>')
    return PAGE.replace("{options}", "\n".join(options)).replace("{legend}", legend).replace(
        "{sources}", "\n".join(sources))


def heat(count: int, most: int) -> int:
    """A block's color, 0 (never ran) to 10 (ran as often as the most run)."""
    if count == 0:
        return 0
    if most <= 1:
        return 8
    return int(math.log(count) / math.log(most) * 9) + 1


def colored_source(src: bytes, blocks: list[ProfileBlock], most: int) -> str:
    """The source, escaped, each block in a span of its color (and its
    count as the span's title). Positions are byte columns."""
    starts = [0]
    for line in src.split(b"\n"):
        starts.append(starts[-1] + len(line) + 1)

    def offset(pos: tuple[int, int]) -> int:
        return min(starts[pos[0] - 1] + pos[1] - 1, len(src))

    out, at = [], 0
    for b in blocks:  # sorted, and disjoint as cmd/cover makes them
        start, end = offset(b.start), offset(b.end)
        out.append(html.escape(src[at:start].decode(errors="replace")))
        out.append(f'<span class="heat{heat(b.count, most)}" title="{b.count}">'
                   f'{html.escape(src[start:end].decode(errors="replace"))}</span>')
        at = end
    out.append(html.escape(src[at:].decode(errors="replace")))
    return "".join(out).replace("\t", "    ")


PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Coverage report</title>
<style>
body { background: #111; color: #777; font-family: monospace; margin: 0; }
header { position: fixed; top: 0; left: 0; right: 0; padding: 8px; background: #111; border-bottom: 1px solid #444; }
header span { margin-left: 12px; }
main { margin-top: 48px; padding: 0 8px; }
.file { display: none; }
.heat0 { color: #e0443a; }
.heat1 { color: #6b8f5e; } .heat2 { color: #6f9a5f; } .heat3 { color: #72a561; } .heat4 { color: #74b062; }
.heat5 { color: #76bb63; } .heat6 { color: #77c664; } .heat7 { color: #78d165; } .heat8 { color: #79dc66; }
.heat9 { color: #7ae767; } .heat10 { color: #7bf268; }
</style>
</head>
<body>
<header><select id="files">
{options}
</select>{legend}</header>
<main>
{sources}
</main>
<script>
const menu = document.getElementById("files");
function show(id) {
  for (const pre of document.querySelectorAll(".file")) pre.style.display = pre.id === id ? "block" : "none";
  menu.value = id;
}
menu.addEventListener("change", () => { show(menu.value); location.hash = menu.value; window.scrollTo(0, 0); });
show(location.hash ? location.hash.slice(1) : "file0");
</script>
</body>
</html>
"""


def run_cover(cmd: Command, args: list[str]) -> int:
    from gominic.work.cover import MODES, annotate
    from gominic.work.errors import BuildError

    flags, files = cmd.parse_flags(args)
    if sum(flags[f] is not None for f in ("func", "html", "mode")) != 1:
        raise UsageError(cmd, "exactly one of -func, -html or -mode must be set")
    if flags["mode"] is not None:
        if flags["mode"] not in MODES or len(files) != 1:
            raise UsageError(cmd, "-mode takes set, count or atomic, and one .go file")
        try:
            out = annotate(Path(files[0]).read_bytes(), flags["var"], flags["mode"])[0].decode()
        except OSError as e:
            return file_error("cover", files[0], e)
    else:
        name = flags["func"] or flags["html"]
        try:
            mode, profile = read_profile(Path(name).read_text(), name)
            out = func_report(profile) if flags["func"] else html_report(mode, profile)
        except OSError as e:
            return file_error("cover", e.filename or name, e)
        except (ValueError, BuildError) as e:
            print(f"cover: {e}", file=sys.stderr)
            return 1
    if flags["html"] and not flags["o"]:
        # Go's tool opens a browser; there may be none: the page's path is said.
        page = Path(tempfile.mkdtemp(prefix="cover")) / "coverage.html"
        page.write_text(out)
        print(f"HTML output written to {page}", file=sys.stderr)
    elif flags["o"]:
        Path(flags["o"]).write_text(out)
    else:
        sys.stdout.write(out)
    return 0


def add_cover_flags(flags) -> None:
    flags.string("func", "output coverage profile information for each function")
    flags.string("html", "generate HTML representation of coverage profile")
    flags.string("mode", "coverage mode: set, count, atomic")
    flags.string("o", "file for output; default: stdout")
    flags.string("var", "name of coverage variable to generate", "GoCover")


COVER = Command(
    name="cover",
    usage_line="tool cover -func=c.out | -html=c.out | -mode=set [-var=V] file.go [-o file]",
    short="report a coverage profile, or put counters in a file",
    long="""\
Cover reads the profile 'gominic test -coverprofile=c.out' writes.

	gominic tool cover -func=c.out

prints the share of statements run in each function, and in all.

	gominic tool cover -html=c.out -o coverage.html

writes a web page of the sources, each block red if it never ran and
green if it ran (brighter the more often, with -covermode=count); without
-o the page goes to a temporary folder, whose path is printed.

	gominic tool cover -mode=set -var=CoverageVariableName program.go

prints program.go with the counters gominic test -cover puts in it.""",
    run=run_cover,
    add_flags=add_cover_flags,
)
