"""This module implements ``-report FILE.html``: a picture of the link, one
self-contained HTML page (no network, no external files) that a teacher can
open in any browser:

    figures      symbols loaded, kept, dropped as dead, merged as duplicates
    memory map   the segments and their sections as proportional bars,
                 with addresses and sizes
    packages     code and data bytes per package (the -size table, drawn)
    symbols      the biggest symbols in the output
    reachability the tree deadcode walked from the entry point: each symbol
                 under the one that first reached it, foldable (<details>)

The tree is made of the edges ``-dumpdep`` prints. ``EdgeRecorder`` stands
where deadcode writes those lines, keeps each edge, and passes the text on
when -dumpdep was asked for as well, so the page shows exactly the walk the
linker made.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from gominic.link.layout import Layout
from gominic.link.linkmap import SIZE_COLUMNS, package_sizes
from gominic.link.loader import Loader
from gominic.obj.archive import write_atomically

ROOT = "_"  # the "from" of deadcode's roots
BIGGEST = 25  # how many symbols the "biggest symbols" table shows


@dataclass
class EdgeRecorder:
    """A text stream for deadcode's -dumpdep lines ("from -> to") that
    records the edges, and forwards the text to ``out`` if there is one."""

    out: TextIO | None = None
    edges: list[tuple[str, str]] = field(default_factory=list)

    def write(self, text: str) -> int:
        for line in text.splitlines():
            parent, _, child = line.partition(" -> ")
            self.edges.append((parent, child))
        if self.out is not None:
            self.out.write(text)
        return len(text)


def write_report(path: Path, loader: Loader, layout: Layout, entry: str, edges: EdgeRecorder) -> None:
    """Write the HTML page describing this link to path."""
    body = "\n".join([
        f"<h1>Link report: {esc(path.stem)}</h1>",
        figures_html(loader),
        memory_map_html(layout),
        packages_html(loader, layout),
        biggest_symbols_html(loader),
        reachability_html(loader, entry, edges.edges),
    ])
    write_atomically(path, PAGE.format(title=esc(path.stem), style=STYLE, body=body, script=SCRIPT).encode())


def esc(text: object) -> str:
    return html.escape(str(text))


def figures_html(loader: Loader) -> str:
    """The counts of the link: what went in, what came out."""
    defined = [s for s in range(1, loader.num_syms() + 1) if loader.attr_defined(s)]
    kept = sum(1 for s in defined if loader.attr_in_output(s))
    figures = [
        ("loaded", loader.num_syms(), "symbols the loader indexed (defined or referenced)"),
        ("kept", kept, "reachable from the entry point: in the executable"),
        ("dead", len(defined) - kept, "defined but never reached: left out"),
        ("merged", len(loader.dropped), "duplicate copies of dupok symbols dropped"),
    ]
    cells = "".join(f'<div class="figure"><b>{n}</b><span>{label}</span><small>{esc(why)}</small></div>'
                    for label, n, why in figures)
    return f'<h2>Symbols</h2><div class="figures">{cells}</div>'


def memory_map_html(layout: Layout) -> str:
    """Each segment as a row, its sections as bars proportional to their size."""
    rows = []
    for seg in layout.segments:
        total = max(seg.memsz, 1)
        bars = "".join(
            f'<div class="sect k{sect.kind or 0}" style="flex-grow:{max(sect.size, 1)}" '
            f'title="{esc(sect.name)} {sect.addr:#x}-{sect.addr + sect.size:#x} ({sect.size} bytes)">'
            f"{esc(sect.name)}<br><small>{sect.addr:#x}<br>{sect.size} B</small></div>"
            for sect in seg.sections
        )
        flags = "".join(c for c, bit in (("R", 4), ("W", 2), ("X", 1)) if seg.flags & bit)
        rows.append(f'<div class="segment"><div class="seghead">PT_LOAD {flags}<br>'
                    f"<small>{seg.vaddr:#x}<br>{total} B in memory<br>{seg.filesz} B in file</small></div>"
                    f'<div class="bars">{bars}</div></div>')
    return "<h2>Memory map</h2>" + "".join(rows)


def packages_html(loader: Loader, layout: Layout) -> str:
    """A table of bytes per package, with a bar for the code."""
    sizes = package_sizes(loader, layout)
    widest = max((row["code"] for row in sizes.values()), default=1) or 1
    head = "".join(f"<th>{col}</th>" for col in SIZE_COLUMNS)
    rows = []
    for pkg in sorted(sizes, key=lambda p: -sizes[p]["code"]):
        row = sizes[pkg]
        cells = "".join(f'<td class="num">{row[col]}</td>' for col in SIZE_COLUMNS)
        bar = f'<div class="bar" style="width:{100 * row["code"] / widest:.1f}%"></div>'
        rows.append(f"<tr><td>{esc(pkg)}</td>{cells}<td class=\"barcell\">{bar}</td></tr>")
    return (f"<h2>Size per package</h2><table><tr><th>package</th>{head}<th>code</th></tr>"
            + "".join(rows) + "</table>")


def biggest_symbols_html(loader: Loader) -> str:
    """The largest symbols in the output, biggest first."""
    syms = sorted(loader.reachable_section_syms(), key=lambda s: -loader.sym_size(s))[:BIGGEST]
    widest = max((loader.sym_size(s) for s in syms), default=1) or 1
    rows = "".join(
        f"<tr><td class=\"num\">{loader.sym_value(s):#x}</td><td class=\"num\">{loader.sym_size(s)}</td>"
        f"<td>{esc(loader.pkg_name(s))}</td><td>{esc(loader.sym_name(s))}</td>"
        f'<td class="barcell"><div class="bar" style="width:{100 * loader.sym_size(s) / widest:.1f}%"></div></td></tr>'
        for s in syms
    )
    return (f"<h2>Biggest symbols</h2><table><tr><th>address</th><th>size</th><th>package</th>"
            f"<th>symbol</th><th></th></tr>{rows}</table>")


def reachability_html(loader: Loader, entry: str, edges: list[tuple[str, str]]) -> str:
    """The deadcode walk as nested <details>: a symbol under the one that
    first reached it. Built with an explicit stack: the tree can be deeper
    than Python's recursion limit. A name is unfolded once: anonymous
    sections share names (".rodata"), and a second unfolding could loop."""
    children: dict[str, list[str]] = {}
    for parent, child in edges:
        children.setdefault(parent, []).append(child)
    out: list[str] = []
    unfolded: set[str] = set()
    stack: list[str | None] = list(reversed(children.get(ROOT, [])))
    while stack:
        name = stack.pop()
        if name is None:  # the end of an open node
            out.append("</details>")
            continue
        label = f"<code>{esc(name)}</code> <small>{symbol_note(loader, name)}</small>"
        kids = children.get(name, [])
        if not kids or name in unfolded:
            out.append(f'<div class="leaf">{label}</div>')
            continue
        unfolded.add(name)
        out.append(f"<details><summary>{label} <small>({len(kids)})</small></summary>")
        stack.append(None)
        stack.extend(reversed(kids))
    return (f"<h2>Reachability from {esc(entry)}</h2>"
            '<p><button id="expand">expand all</button> <button id="collapse">collapse all</button></p>'
            f'<div class="tree">{"".join(out)}</div>')


def symbol_note(loader: Loader, name: str) -> str:
    """Package and size of a named symbol, for the tree."""
    s = loader.lookup(name)
    if s == 0:
        return ""
    return esc(f"{loader.pkg_name(s)}, {loader.sym_size(s)} B")


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}: link report</title>
<style>{style}</style></head>
<body>
{body}
<script>{script}</script>
</body></html>
"""

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
h2 { border-bottom: 1px solid #ccc; margin-top: 1.5em; }
.figures { display: flex; gap: 1em; }
.figure { border: 1px solid #ccc; border-radius: 6px; padding: .6em 1em; display: flex; flex-direction: column; }
.figure b { font-size: 1.8em; }
.figure small { color: #666; max-width: 14em; }
.segment { display: flex; margin: .4em 0; align-items: stretch; }
.seghead { width: 11em; flex: none; font-weight: bold; }
.bars { display: flex; flex: 1; min-height: 4.5em; }
.sect { min-width: 5.5em; border: 1px solid #fff; padding: .2em; overflow: hidden; font-size: .8em; color: #000; }
.k0 { background: #ddd; } .k1 { background: #f4a259; } .k2 { background: #8cb369; }
.k3 { background: #5b8e7d; } .k4 { background: #bc4b51; } .k5 { background: #9c89b8; } .k6 { background: #b8b8ff; }
table { border-collapse: collapse; } td, th { padding: .15em .6em; text-align: left; }
tr:nth-child(even) { background: #f6f6f6; }
.num { text-align: right; font-family: monospace; }
.barcell { width: 20em; } .bar { background: #f4a259; height: .9em; }
.tree { font-family: monospace; font-size: .9em; }
.tree details, .tree .leaf { margin-left: 1.2em; }
.tree small { color: #777; }
"""

SCRIPT = """
function setAll(open) {
  document.querySelectorAll('.tree details').forEach(function (d) { d.open = open; });
}
document.getElementById('expand').addEventListener('click', function () { setAll(true); });
document.getElementById('collapse').addEventListener('click', function () { setAll(false); });
console.log('link report ready: ' + document.querySelectorAll('.tree details').length + ' nodes');
"""
