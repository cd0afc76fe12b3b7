"""Tests of builder.py: scheduling order, parallelism, cache reuse, failures.

A fake compiler stands in for gominic.compile: its export data is the
package path and the export data of its imports, so a change propagates to
importers' cache keys as real export data would.
"""

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gotree import ROOT_FILES, go_file, write_tree

from gominic.work.builder import Builder, CompileJob, process_pool
from gominic.work.cache import Cache
from gominic.work.errors import ActionError, BuildFailed, InternalError
from gominic.work.load import Loader


def fake_compile(job: CompileJob) -> list[tuple[str, bytes]]:
    """Compile by describing: a package whose source says FAIL fails, one
    that says PANIC crashes the "compiler"."""
    source = b"".join(src for _, src in job.files)
    if b"FAIL" in source:
        raise ActionError(job.package, [f"{job.show(job.files[0][0])}:1:1: undefined: FAIL"])
    if b"PANIC" in source:
        raise InternalError(job.package, ["internal compiler error: boom"], "Traceback ...")
    pkgdef = json.dumps({"path": job.path, "imports": sorted(job.imports), "source": source.decode()})
    return [("__.PKGDEF", pkgdef.encode()), ("_go_.o", b"\x7fELF" + job.path.encode())]


class Recorder:
    """A fake compiler that records when each compile starts and ends."""

    def __init__(self, barrier_for: tuple[str, ...] = ()):
        self.events: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.barrier = threading.Barrier(len(barrier_for), timeout=10) if barrier_for else None
        self.barrier_for = barrier_for

    def __call__(self, job: CompileJob) -> list[tuple[str, bytes]]:
        with self.lock:
            self.events.append(("start", job.package))
        if job.package in self.barrier_for:
            self.barrier.wait()  # only passes if all of them run at once
        members = fake_compile(job)
        with self.lock:
            self.events.append(("end", job.package))
        return members

    def compiled(self) -> list[str]:
        return [p for e, p in self.events if e == "start"]


def no_pool(workers: int):
    raise AssertionError("a single compile must not start a pool")


@pytest.fixture
def graph(tmp_path: Path):
    """Load module example (main -> fmt, example/greeter -> fmt -> unicode/utf8)."""
    root = write_tree(tmp_path / "root", ROOT_FILES)
    module = write_tree(tmp_path / "mod", {
        "go.mod": "module example\n",
        "main.go": go_file("main", "fmt", "example/greeter"),
        "greeter/greeter.go": go_file("greeter", "fmt"),
    })

    def load():
        loader = Loader(root, module)
        return loader.load_graph(loader.load_patterns(["."]))

    return module, load


def builder(cache_dir: Path, compiler, executor=lambda n: ThreadPoolExecutor(n), **kw) -> Builder:
    return Builder(Cache(cache_dir), jobs=4, compiler=compiler, executor=executor, **kw)


def test_each_package_compiles_after_its_imports_and_leaves_run_in_parallel(graph, tmp_path):
    _, load = graph
    order = load()
    recorder = Recorder(barrier_for=("runtime", "unicode/utf8"))
    archives = builder(tmp_path / "cache", recorder).build(order)
    assert sorted(archives) == sorted(p.import_path for p in order)
    ended: set[str] = set()
    for event, path in recorder.events:
        if event == "start":
            pkg = next(p for p in order if p.import_path == path)
            assert set(pkg.imports) <= ended, f"{path} started before its imports were built"
        else:
            ended.add(path)


def test_a_warm_build_compiles_nothing(graph, tmp_path):
    _, load = graph
    builder(tmp_path / "cache", fake_compile).build(load())
    recorder = Recorder()
    log: list[str] = []
    archives = builder(tmp_path / "cache", recorder, executor=no_pool, log=log.append).build(load())
    assert recorder.compiled() == [] and log == []
    assert all(path.is_file() for path in archives.values())


def test_one_changed_package_recompiles_in_process(graph, tmp_path):
    module, load = graph
    builder(tmp_path / "cache", fake_compile).build(load())
    (module / "main.go").write_text(go_file("main", "fmt", "example/greeter") + "// changed\n")
    recorder = Recorder()
    builder(tmp_path / "cache", recorder, executor=no_pool).build(load())
    assert recorder.compiled() == ["example"]


def test_a_changed_export_recompiles_the_importers(graph, tmp_path):
    module, load = graph
    builder(tmp_path / "cache", fake_compile).build(load())
    (module / "greeter" / "greeter.go").write_text(go_file("greeter", "fmt") + "func Hi() {}\n")
    recorder = Recorder()
    builder(tmp_path / "cache", recorder).build(load())
    assert recorder.compiled() == ["example/greeter", "example"]


def test_force_recompiles_everything(graph, tmp_path):
    _, load = graph
    builder(tmp_path / "cache", fake_compile).build(load())
    recorder = Recorder()
    builder(tmp_path / "cache", recorder, force=True).build(load())
    assert len(recorder.compiled()) == 5


def test_a_failed_compile_stores_nothing_and_stops_only_its_importers(graph, tmp_path):
    module, load = graph
    (module / "greeter" / "greeter.go").write_text(go_file("greeter", "fmt") + "// FAIL\n")
    recorder = Recorder()
    with pytest.raises(BuildFailed) as e:
        builder(tmp_path / "cache", recorder).build(load())
    [failure] = e.value.failures
    assert failure.package == "example/greeter"
    assert failure.lines == ["greeter/greeter.go:1:1: undefined: FAIL"]  # shown short, as go build does
    assert "example" not in recorder.compiled()
    assert {"fmt", "runtime", "unicode/utf8"} <= set(recorder.compiled())
    assert len(list((tmp_path / "cache").rglob("*-a"))) == 3


def test_worker_processes_compile_and_report_errors(graph, tmp_path):
    """The real process pool: results and both kinds of error come back."""
    module, load = graph
    write_tree(module, {
        "bad/bad.go": go_file("bad") + "// FAIL\n",
        "crash/crash.go": go_file("crash") + "// PANIC\n",
        "main.go": go_file("main", "fmt", "example/greeter", "example/bad", "example/crash"),
    })
    with pytest.raises(BuildFailed) as e:
        Builder(Cache(tmp_path / "cache"), jobs=2, compiler=fake_compile, executor=process_pool).build(load())
    failures = {f.package: f for f in e.value.failures}
    assert failures["example/bad"].lines == ["bad/bad.go:1:1: undefined: FAIL"]
    assert isinstance(failures["example/crash"], InternalError)
    assert failures["example/crash"].traceback == "Traceback ..."
    assert "example/greeter" not in failures
