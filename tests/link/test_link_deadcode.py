"""Table test of dead code elimination, in the style of Go's
cmd/link/internal/ld/deadcode_test.go: each program names the symbols that
must be in the executable and the ones that must not."""

from __future__ import annotations

import pytest

from gominic.link.nm import nm

# Functions f, g, h, unused and variables; main.main calls f; f calls g.
CALL_CHAIN = '''
@main.used = global i64 1, section ".noptrdata.main.used"
@main.unusedvar = global i64 2, section ".noptrdata.main.unusedvar"
@main.table = global ptr @main.h, section ".data.main.table"
define void @main.g() noinline nounwind section ".text.main.g" { store volatile i64 3, ptr @main.used
  ret void }
define void @main.f() noinline nounwind section ".text.main.f" { call void @main.g()
  ret void }
define void @main.h() noinline nounwind section ".text.main.h" { ret void }
define void @main.unused() noinline nounwind section ".text.main.unused" { call void @main.h()
  ret void }
'''

TESTS = [
    # (name, main.main body, must be live, must be dead)
    ("direct-call", "call void @main.f()",
     ["main.main", "main.f", "main.g", "main.used"], ["main.unused", "main.h", "main.table", "main.unusedvar"]),
    ("through-data", "%p = load volatile ptr, ptr @main.table\n  call void %p()",
     ["main.table", "main.h"], ["main.f", "main.g", "main.used", "main.unused"]),
    ("nothing", "",
     ["main.main", "_rt0_amd64_linux"], ["main.f", "main.g", "main.h", "main.unused", "runtime.exit"]),
]


@pytest.mark.parametrize("body,live,dead", [t[1:] for t in TESTS], ids=[t[0] for t in TESTS])
def test_deadcode(tc, body, live, dead):
    tc.package("main", [CALL_CHAIN + f'''
define void @main.main() nounwind section ".text.main.main" {{
  {body}
  ret void
}}
'''])
    tc.link()
    names = {line.split()[-1] for line in nm(tc.dir / "a.out").splitlines()}
    for name in live:
        assert name in names, f"{name} should be live"
    for name in dead:
        assert name not in names, f"{name} should be dead"
    assert tc.run().returncode == 0


def test_dead_package_bytes_are_absent(tc):
    marker = "THIS TEXT IS NEVER PRINTED"
    tc.package("main", [CALL_CHAIN + f'''
@"go:string.dead" = linkonce_odr constant [{len(marker)} x i8] c"{marker}", section ".rodata.go:string.dead"
define ptr @main.deadref() nounwind section ".text.main.deadref" {{ ret ptr @"go:string.dead" }}
define void @main.main() nounwind section ".text.main.main" {{ ret void }}
'''])
    tc.link()
    assert marker.encode() not in (tc.dir / "a.out").read_bytes()


# The runtime's sampling hook and its profile reader; main.main exits
# with 1 if the hook is set.
MEMPROFILE_RUNTIME = '''
define void @runtime.profilealloc() nounwind section ".text.runtime.profilealloc" { ret void }
@runtime.memProfileHook = global ptr @runtime.profilealloc, section ".data.runtime.memProfileHook"
define void @runtime.MemProfile() nounwind section ".text.runtime.MemProfile" { ret void }
'''


@pytest.mark.parametrize("reads_profile,hooked", [(False, 0), (True, 1)])
def test_memory_profiling_only_if_the_profile_is_read(tc, reads_profile, hooked):
    """The sampling code is kept, and runtime.memProfileHook points to it,
    only if runtime.MemProfile is reachable: no one else reads the samples."""
    tc.runtime(MEMPROFILE_RUNTIME)
    call = "call void @runtime.MemProfile()" if reads_profile else ""
    run = tc.program(f'''
declare void @runtime.MemProfile()
declare void @runtime.exit(i64)
@runtime.memProfileHook = external global ptr
define void @main.main() nounwind section ".text.main.main" {{
  {call}
  %h = load volatile ptr, ptr @runtime.memProfileHook
  %c = icmp ne ptr %h, null
  %x = zext i1 %c to i64
  call void @runtime.exit(i64 %x)
  ret void
}}
''')
    assert run.returncode == hooked
    assert ("runtime.profilealloc" in nm(tc.dir / "a.out")) == bool(hooked)


def init_task(path: str, deps: list[str], fns: list[str]) -> str:
    """The IR of package path's init task (compile/package.py's layout)."""
    words = ["i64 0", f"i64 {len(deps)}", f"i64 {len(fns)}"] + [f'ptr @"{w}"' for w in deps + fns]
    decls = "".join(f'@"{d}" = external global i64\n' for d in deps)
    return decls + (f'@"{path}..inittask" = global {{ {", ".join(w.split()[0] for w in words)} }} '
                    f'{{ {", ".join(words)} }}, section ".noptrdata.{path}..inittask"\n')


def test_empty_init_tasks_are_left_out(tc):
    """leaf has nothing to initialise, nor has mid, which imports only
    leaf: as Go's compiler emits no task for them, the linker drops them
    from main's task, which keeps busy's (it has an init function)."""
    tc.package("leaf", [init_task("leaf", [], [])])
    tc.package("mid", [init_task("mid", ["leaf..inittask"], [])], imports=["leaf"])
    tc.package("busy", [init_task("busy", [], ["busy.init"])
                        + 'define void @busy.init() nounwind section ".text.busy.init" { ret void }\n'])
    tc.package("main", [init_task("main", ["mid..inittask", "busy..inittask"], []) + '''
define void @main.main() nounwind section ".text.main.main" {
  %n = load volatile i64, ptr getelementptr (i64, ptr @"main..inittask", i64 1)
  ret void
}
'''], imports=["mid", "busy"])
    tc.link()
    names = {line.split()[-1] for line in nm(tc.dir / "a.out").splitlines()}
    assert {"main..inittask", "busy..inittask", "busy.init"} <= names
    assert not {"mid..inittask", "leaf..inittask"} & names
    assert tc.run().returncode == 0
