"""This module implements item 12: how long the compiler takes on huge
values (issue 18), against Go's compiler on the same file.

- composite literals of 100,000 elements: constant ints (a read-only image
  copied into place), strings, and ints with run-time elements among them
  (stored one by one); the target is 5 s each (issue 18, item 6);
- an array of a billion empty elements (Go's fixedbugs/issue20739.go):
  zeroed and copied as memory, never as one LLVM value;
- a function returning 256 MiB (Go's fixedbugs/issue15141.go): results in
  memory the caller passes, never one first-class LLVM value.

Each was once quadratic or worse (10,000 elements took 6 s and 100,000 did
not finish; [4096]byte results took 77 s); tests/compile checks that they
compile and are right, and this item how fast. The compile is timed in a
fresh process, as item 7's (frontend.run_child).
"""

from __future__ import annotations

from pathlib import Path

from bench.frontend import go_compile, run_child, run_go
from bench.measure import CommandFailed, median
from bench.report import Figure, failed

N = 100_000
LIMIT_S = 5.0  # seconds per program (issue 18)


def value(i: int) -> int:
    """The i-th element of the int literals: spread over a wide range, so
    no element repeats its neighbour."""
    return (i * 7919) % 1000003 - 500000


def literal_forms(n: int) -> dict[str, str]:
    """Each form of literal of n elements, as a program's main body
    (literal_decls declares what it uses)."""
    ints = ", ".join(str(value(i)) for i in range(n))
    strings = ", ".join(f'"s{i % 1000}"' for i in range(n))
    return {
        "local_array": f"x := [...]int{{{ints}}}\n\tprintln(len(x), sum(x[:]), x[0], x[{n - 1}])",
        "var_array": f"var x = [{n}]int{{{ints}}}\n\tprintln(len(x), sum(x[:]), x[1])",
        "strings": f"x := [...]string{{{strings}}}\n\tprintln(len(x), x[0], x[{n - 1}])",
        "in_struct": f"h := holder{{n: 7, vals: [{n}]int{{{ints}}}}}\n\tprintln(h.n, sum(h.vals[:]))",
        "by_value": f"println(total([{n}]int{{{ints}}}))",
        "dynamic": f"k := one()\n\tx := [...]int{{k, {ints}, k + 1}}\n\tprintln(x[0], x[{n + 1}], sum(x[:]))",
    }


def literal_decls(n: int) -> str:
    return f"""package main

type holder struct {{
	n    int
	vals [{n}]int
}}

func sum(s []int) int {{
	t := 0
	for _, v := range s {{
		t += v
	}}
	return t
}}

func total(a [{n}]int) int {{
	return sum(a[:])
}}

//go:noinline
func one() int {{
	return 1
}}
"""


def literal_program(form: str, n: int = N) -> bytes:
    """A main package whose main is the literal_forms(n)[form] body."""
    return (literal_decls(n) + "\nfunc main() {\n\t" + literal_forms(n)[form] + "\n}\n").encode()


EMPTY_ELEMENTS = b"""package p

func F() {
	var x struct {
		x *int
		w [1e9][1e9][1e9][0]*int
		y *int
	}
	y := x
	println(&x, &y)
}
"""

HUGE_RESULTS = b"""package p

//go:noinline
func F(i int) (a [1 << 28]byte) {
	a[i] = 1
	return
}

//go:noinline
func G(i int) (a, b [3000]byte, n int) {
	a[i] = 2
	return a, b, i
}

func Use() int {
	x := F(1)
	a, b, n := G(2)
	return int(x[1]+a[2]+b[0]) + n + int(F(3)[3])
}
"""


def programs() -> dict[str, tuple[str, bytes]]:
    """Each program of the item: its name -> (import path, source)."""
    return {
        **{f"{N:,} ints": ("main", literal_program("local_array")),
           f"{N:,} strings": ("main", literal_program("strings")),
           f"{N:,} ints, 2 at run time": ("main", literal_program("dynamic"))},
        "a billion empty elements": ("p", EMPTY_ELEMENTS),
        "a 256 MiB result": ("p", HUGE_RESULTS),
    }


def measure_huge_values(work: Path, runs: int, env: dict[str, str]) -> list[Figure]:
    """Item 12: one figure per program, gominic's compile seconds over Go's."""
    figures = []
    for i, (name, (path, src)) in enumerate(programs().items()):
        dir = work / f"huge{i}"
        dir.mkdir(parents=True, exist_ok=True)
        (dir / "big.go").write_bytes(src)
        title = f"12 compile {name}"
        go_cmd = go_compile(dir, work, path)
        try:
            ours = [run_child("compile", dir, env, path)[0] for _ in range(runs)]
            go = [run_go(go_cmd)[0] for _ in range(runs)] if go_cmd else []
        except CommandFailed as e:
            figures.append(failed(title, "s", str(e)))
            continue
        seconds = median(ours)
        figures.append(Figure(title, "s", seconds, median(go) if go else None, target=f"<= {LIMIT_S:g} s",
                              met=seconds <= LIMIT_S, samples={"gominic": ours, "go": go}))
    return figures
