"""This module implements the build-speed figures (items 1 to 3 of issue 7),
each timed on samples/hello for gominic and for `go build` alike:

1. warm build: the caches hold every package; main.go is edited (a comment
   line is added at its top, a real change of content that also moves every
   line, so neither toolchain can reuse its old main package or skip the
   link), then built;
2. no-op build: nothing changed since the last build of the same output;
3. cold build: empty caches.  gominic gets a fresh GOMINICCACHE, so it
   compiles the runtime and the standard library too (and builds its
   parser's tables); Go ships its standard library precompiled, so it is
   asked for `go build -a` with a fresh GOCACHE, which compiles them all.

Each toolchain builds its own copy of samples/hello in the suite's work
directory: the checkout is never edited.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.measure import Command, CommandFailed, median, run, time_interleaved
from bench.report import Figure, failed
from bench.toolchains import ROOT, Toolchain

HELLO = ROOT / "samples" / "hello"
NOOP_LIMIT = 0.5  # issue 16: a no-op build in at most half go's time


@dataclass
class Hello:
    """One toolchain's copy of samples/hello, its executable and its cache."""

    tool: Toolchain
    dir: Path
    out: Path
    cache: Path

    def build(self, **kw) -> Command:
        return self.tool.build(self.dir, self.out, self.cache, **kw)


def prepare_hello(tool: Toolchain, work: Path) -> Hello:
    """Copy samples/hello for tool and build it once, filling its cache."""
    hello = Hello(tool, work / f"hello-{tool.name}", work / f"hello-{tool.name}.exe", work / f"cache-{tool.name}")
    shutil.copytree(HELLO, hello.dir, dirs_exist_ok=True)
    run(hello.build())
    if tool.name == "gominic":
        wait_for_server(hello.cache)
    return hello


def wait_for_server(cache: Path, seconds: float = 60) -> None:
    """gominic's first build starts its build server (gominic/server), which
    listens once it has loaded the compiler: the builds a user makes from
    then on are the ones measured."""
    deadline = time.monotonic() + seconds
    while not any(cache.glob("server-*.sock")) and time.monotonic() < deadline:
        time.sleep(0.1)


def comment_adder(main_go: Path):
    """A function that adds one new comment line at the top of main_go."""
    counter = itertools.count(1)

    def add_comment() -> None:
        main_go.write_text(f"// edited by the benchmark, {next(counter)}\n" + main_go.read_text())

    return add_comment


def ratio_target(ratio: float | None, limit: float) -> bool | None:
    """Whether a ratio meets its limit; None when there is no ratio."""
    return None if ratio is None else ratio <= limit


def timing_figure(name: str, samples: dict[str, list[float]], limit: float) -> Figure:
    """A figure from timed samples (seconds), in milliseconds, whose target is
    gominic/go <= limit."""
    go = samples.get("go")
    f = Figure(name, "ms", median(samples["gominic"]) * 1000, median(go) * 1000 if go else None,
               target=f"<= {limit:g}x go", samples=samples)
    f.met = ratio_target(f.ratio, limit)
    if go is None:
        f.note = "go is not installed: gominic's figure alone"
    return f


def measure_warm(hellos: list[Hello], runs: int) -> Figure:
    """Item 1: rebuild after an edit of main.go."""
    name = "1 warm build (main.go edited)"
    cmds = {h.tool.name: h.build(before=comment_adder(h.dir / "main.go")) for h in hellos}
    try:
        return timing_figure(name, time_interleaved(cmds, runs), 1.0)
    except CommandFailed as e:
        return failed(name, "ms", str(e))


def measure_noop(hellos: list[Hello], runs: int) -> Figure:
    """Item 2: build again with nothing changed."""
    name = "2 no-op build"
    cmds = {h.tool.name: h.build() for h in hellos}
    try:
        for cmd in cmds.values():
            run(cmd)  # the output is now up to date
        return timing_figure(name, time_interleaved(cmds, runs), NOOP_LIMIT)
    except CommandFailed as e:
        return failed(name, "ms", str(e))


def fresh_cache(hello: Hello, work: Path) -> Command:
    """The -a build of hello, each run of which starts from a new, empty
    cache directory (the previous run's is removed)."""
    cmd = hello.build(force=True)
    if hello.tool.name == "gominic":
        # A new cache has no build server yet; the one each build would
        # start on its way out would load itself during the next runs.
        cmd.env["GOMINICSERVER"] = "off"

    def empty() -> None:
        shutil.rmtree(hello.cache, ignore_errors=True)
        hello.cache = Path(tempfile.mkdtemp(prefix=f"cold-{hello.tool.name}-", dir=work))
        cmd.env[hello.tool.cache_var] = str(hello.cache)

    cmd.before = empty
    return cmd


def measure_cold(hellos: list[Hello], work: Path, runs: int) -> Figure:
    """Item 3: build with empty caches (and -a), everything compiled."""
    name = "3 cold build (empty caches, -a)"
    cold = [Hello(h.tool, h.dir, h.out, work / f"cold-{h.tool.name}") for h in hellos]
    cmds = {h.tool.name: fresh_cache(h, work) for h in cold}
    try:
        figure = timing_figure(name, time_interleaved(cmds, runs), 1.0)
    except CommandFailed as e:
        return failed(name, "ms", str(e))
    finally:
        for h in cold:
            shutil.rmtree(h.cache, ignore_errors=True)
    return figure


def measure_builds(tools: list[Toolchain], work: Path, runs: int, cold_runs: int,
                   items: set[str]) -> tuple[list[Figure], dict[str, Hello]]:
    """The items asked for among 1 to 3; also return each toolchain's hello
    (built, its cache warm), for the size and start-up figures."""
    try:
        hellos = [prepare_hello(t, work) for t in tools]
    except CommandFailed as e:
        names = {"1": "1 warm build", "2": "2 no-op build", "3": "3 cold build"}
        return [failed(names[i], "ms", str(e)) for i in sorted(items & names.keys())], {}
    figures = []
    if "1" in items:
        figures.append(measure_warm(hellos, runs))
    if "2" in items:
        figures.append(measure_noop(hellos, runs))
    if "3" in items:
        figures.append(measure_cold(hellos, work, cold_runs))
    return figures, {h.tool.name: h for h in hellos}
