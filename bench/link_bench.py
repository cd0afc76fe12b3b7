"""Linker benchmark: our linker against GNU ld (and ld.lld when installed)
on the same ELF objects.

(a) hello: a tiny program (main + runtime), the link a user waits for.
(b) large: a generated program of PACKAGES packages with FUNCS functions
    each (100,000 functions by default), every function calling the next one
    in its package and one in the next package, most of them reachable,
    with string literals shared across packages (dupok merging).

Objects are generated as LLVM IR, compiled once with llvmlite and cached in
--dir.  For each linker the median wall time of --runs links is printed,
with the ratio to GNU ld and peak memory (max RSS of a separate process
running one link).  Our linker runs in-process, as `gominic build` runs
it; its process-level figure (Python start-up and imports included) is
printed as well.  Figures are printed, never asserted.

    .venv/bin/python bench/link_bench.py [--packages 200 --funcs 500 --runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "link"))

from conftest import RT0_ASM, RUNTIME_IR, compile_ir, println_ir  # noqa: E402

from gominic.link import LinkConfig, link  # noqa: E402
from gominic.obj.archive import PKGDEF, write_archive  # noqa: E402

NSTRINGS = 64  # distinct string literals, shared by all packages


def literal(i: int) -> tuple[str, str]:
    text = f"message number {i}\n".encode()
    name = "go:string." + hashlib.sha1(text).hexdigest()[:16]
    body = "".join(f"\\{b:02X}" for b in text)
    return name, (f'@"{name}" = linkonce_odr constant [{len(text)} x i8] c"{body}", '
                  f'section ".rodata.{name}"\n')


def package_ir(k: int, npkgs: int, nfuncs: int) -> str:
    """IR of package p<k>: f<n> calls f<n+1> and p<k+1>.f<n>; every tenth function is dead."""
    out = ['target triple = "x86_64-unknown-linux-gnu"\ndeclare void @runtime.write(ptr, i64)\n']
    used = sorted({(k * nfuncs + n) % NSTRINGS for n in range(nfuncs)})
    out += [literal(i)[1] for i in used]
    if k + 1 < npkgs:
        out += [f'declare void @"p{k + 1}.f{n}"()\n' for n in range(nfuncs)]
    for n in range(nfuncs):
        calls = []
        nxt = n + 1 if (n + 1) % 10 else n + 2
        if nxt < nfuncs:
            calls.append(f'  call void @"p{k}.f{nxt}"()\n')
        if k + 1 < npkgs and n % 10:
            calls.append(f'  call void @"p{k + 1}.f{n}"()\n')
        s = literal((k * nfuncs + n) % NSTRINGS)[0]
        calls.append(f'  call void @runtime.write(ptr @"{s}", i64 {n % 7})\n')
        out.append(f'define void @"p{k}.f{n}"() noinline nounwind section ".text.p{k}.f{n}" {{\n'
                   + "".join(calls) + "  ret void\n}\n")
    return "".join(out)


def write_package(dir: Path, path: str, imports: list[str], objects: list[bytes]) -> Path:
    file = dir / f"{path}.a"
    pkgdef = json.dumps({"path": path, "imports": imports}).encode()
    write_archive(file, [(PKGDEF, pkgdef)] + [("_go_.o" if i == 0 else f"asm_{i - 1}.o", o)
                                              for i, o in enumerate(objects)])
    for i, o in enumerate(objects):
        (dir / "objs").mkdir(exist_ok=True)
        (dir / "objs" / f"{path}_{i}.o").write_bytes(o)
    return file


def build_large(dir: Path, npkgs: int, nfuncs: int) -> dict[str, Path]:
    """Generate (or reuse) the large program's archives."""
    stamp = dir / "done"
    if not stamp.exists():
        shutil.rmtree(dir, ignore_errors=True)
        dir.mkdir(parents=True)
        with ProcessPoolExecutor() as pool:
            objs = pool.map(compile_ir, (package_ir(k, npkgs, nfuncs) for k in range(npkgs)))
            for k, obj in enumerate(objs):
                write_package(dir, f"p{k}", [f"p{k + 1}"] if k + 1 < npkgs else [], [obj])
        write_package(dir, "runtime", [], [compile_ir(RUNTIME_IR), compile_ir(RT0_ASM)])
        write_package(dir, "main", ["p0"], [compile_ir(
            'declare void @p0.f0()\ndefine void @main.main() nounwind section ".text.main.main" {\n'
            "  call void @p0.f0()\n  ret void\n}\n")])
        stamp.write_text("ok")
    return {p.stem: p for p in dir.glob("*.a")}


def build_hello(dir: Path) -> dict[str, Path]:
    dir.mkdir(parents=True, exist_ok=True)
    write_package(dir, "runtime", [], [compile_ir(RUNTIME_IR), compile_ir(RT0_ASM)])
    write_package(dir, "main", [], [compile_ir(println_ir("main.main", "hello, world\n"))])
    return {p.stem: p for p in dir.glob("*.a")}


def time_ours(files: dict[str, Path], out: Path, runs: int) -> float:
    cfg = LinkConfig(main=files["main"], packagefiles=files, output=out, out=io.StringIO())
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        link(cfg)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


# Runs argv and prints its max RSS.  A child's ru_maxrss includes the memory
# of the process that forked it, so the linker is started from this small
# Python process rather than from the (large) benchmark process.
MEASURE = ("import os, subprocess, sys; p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL); "
           "_, status, usage = os.wait4(p.pid, 0); print(usage.ru_maxrss if status == 0 else -1)")


def run_child(argv: list[str]) -> tuple[float, int]:
    """Wall time and max RSS (KiB) of one run of argv."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", MEASURE, *argv], capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t
    rss = int(out.stdout.strip() or -1)
    if rss < 0:
        raise SystemExit(f"{argv[0]} failed: {out.stderr}")
    return elapsed, rss


def time_external(argv: list[str], runs: int) -> float:
    """Median wall time of argv, started directly."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def ours_argv(files: dict[str, Path], out: Path) -> list[str]:
    code = ("import sys; from pathlib import Path; from gominic.link import LinkConfig, link; "
            f"files = {{k: Path(v) for k, v in {json.dumps({k: str(v) for k, v in files.items()})}.items()}}; "
            f"link(LinkConfig(main=files['main'], packagefiles=files, output=Path({str(out)!r})))")
    return [sys.executable, "-c", code]


def external_argv(linker: str, dir: Path, out: Path) -> list[str]:
    order = sorted((dir / "objs").glob("*.o"))
    return [linker, "-static", "-e", "_rt0_amd64_linux", "--gc-sections", "-o", str(out), *map(str, order)]


def report(name: str, files: dict[str, Path], dir: Path, runs: int) -> None:
    print(f"== {name}: {sum(f.stat().st_size for f in files.values()) / 1e6:.1f} MB of archives")
    ours = time_ours(files, dir / "ours.out", runs)
    ours_proc = time_external(ours_argv(files, dir / "ours.out"), runs)
    _, ours_rss = run_child(ours_argv(files, dir / "ours.out"))
    print(f"  gominic link   {ours * 1000:9.1f} ms in-process   {ours_proc * 1000:9.1f} ms as a process"
          f"   max RSS {ours_rss / 1024:7.1f} MiB")
    base = None
    for linker in ("ld", "ld.lld"):
        if shutil.which(linker):
            argv = external_argv(linker, dir, dir / f"{linker}.out")
            t, (_, rss) = time_external(argv, runs), run_child(argv)
            base = base or t
            print(f"  {linker:<14} {t * 1000:9.1f} ms                                  max RSS {rss / 1024:7.1f} MiB"
                  f"   ours/{linker} = {ours / t:.2f}x in-process, {ours_proc / t:.2f}x as a process")
    if base is None:
        print("  (no GNU ld installed: nothing to compare with)")


LINK_LIMIT = 1.0  # issue 16: the large link in at most GNU ld's time


def large_link_figure(dir: Path, runs: int, npkgs: int = 200, nfuncs: int = 500):
    """make bench's item 11: the large link, ours in-process (as gominic
    build runs it) against GNU ld, as a Figure of bench/report.py."""
    from bench.report import Figure

    name = f"11 large link, {npkgs * nfuncs:,} functions"
    large = dir / f"large-{npkgs}x{nfuncs}"
    files = build_large(large, npkgs, nfuncs)
    ours = time_ours(files, large / "ours.out", runs)
    ld = time_external(external_argv("ld", large, large / "ld.out"), runs) if shutil.which("ld") else None
    f = Figure(name, "ms", ours * 1000, ld * 1000 if ld else None, target=f"<= {LINK_LIMIT:g}x GNU ld",
               note="the go column is GNU ld on the same objects (bench/link_bench.py)")
    f.met = None if f.ratio is None else f.ratio <= LINK_LIMIT
    return f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/gominic-link-bench"))
    ap.add_argument("--packages", type=int, default=200)
    ap.add_argument("--funcs", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    report("hello", build_hello(args.dir / "hello"), args.dir / "hello", max(args.runs, 5))
    large = args.dir / f"large-{args.packages}x{args.funcs}"
    report(f"large ({args.packages} packages x {args.funcs} functions)",
           build_large(large, args.packages, args.funcs), large, args.runs)
    print(f"  (peak RSS of this benchmark process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB)")


if __name__ == "__main__":
    main()
