"""Code generation tests: what the compiler puts in a package's object.

They compile small packages with ``compile_package`` and read the ELF
object back with pyelftools (an independent reader), checking the
conventions the linker relies on (design.md, "Symbols and objects").
"""

from __future__ import annotations

import io
import json

from elftools.elf.elffile import ELFFile

from gominic.compile import compile_package

SRC = b"""package greet

//go:noinline
func Hello() string { return "hello" }

func Twice(s string) string { return s + s }

var Count int
var Name = "greet"
var table = []int{1, 2, 3}

type T struct{ A int }

func (t T) Get() int   { return t.A }
func (t *T) Set(a int) { t.A = a }
"""


def compile_greet(src: bytes = SRC):
    return compile_package("example/greet", [("greet.go", src)], {})


def symbols(obj: bytes) -> dict[str, tuple[str, str, str]]:
    """name -> (section name, binding, type) of every defined symbol."""
    elf = ELFFile(io.BytesIO(obj))
    symtab = elf.get_section_by_name(".symtab")
    out = {}
    for sym in symtab.iter_symbols():
        if sym["st_shndx"] in ("SHN_UNDEF", "SHN_ABS") or not sym.name:
            continue
        sect = elf.get_section(sym["st_shndx"]).name
        out[sym.name] = (sect, sym["st_info"]["bind"], sym["st_info"]["type"])
    return out


def test_every_function_has_its_own_text_section():
    syms = symbols(compile_greet().objects[0][1])
    for name in ("example/greet.Hello", "example/greet.Twice", "example/greet.T.Get",
                 "example/greet.(*T).Set"):
        assert syms[name][0] == f".text.{name}", name
        assert syms[name][2] == "STT_FUNC"


def test_globals_go_to_data_sections_by_pointer_content():
    syms = symbols(compile_greet().objects[0][1])
    assert syms["example/greet.Count"][0] == ".noptrbss.example/greet.Count"
    # Static initialisers become data; strings and slices hold pointers.
    assert syms["example/greet.Name"][0] == ".data.example/greet.Name"
    assert syms["example/greet.table"][0] == ".data.example/greet.table"


def test_string_literals_are_content_addressed_and_weak():
    syms = symbols(compile_greet().objects[0][1])
    strings = {n: v for n, v in syms.items() if n.startswith("go:string.")}
    assert strings, "no string literal symbols"
    for name, (sect, bind, _) in strings.items():
        assert sect == f".rodata.{name}"
        assert bind == "STB_WEAK"


def test_same_literal_same_symbol_across_packages():
    a = compile_package("a", [("a.go", b'package a\nfunc F() string { return "shared" }\n')], {})
    b = compile_package("b", [("b.go", b'package b\nfunc G() string { return "shared" }\n')], {})
    sa = {n for n in symbols(a.objects[0][1]) if n.startswith("go:string.")}
    sb = {n for n in symbols(b.objects[0][1]) if n.startswith("go:string.")}
    assert sa == sb and len(sa) == 1


def test_the_init_task_lists_the_init_functions_that_do_something():
    """A package's init task (Go's pkg..inittask) is {state, ndeps, nfns}
    then the functions: pkg.init for x = f() (greet, whose variables are
    all static data, has none), then the init functions but the ones that
    do nothing, as Go leaves them out (test/initempty.go)."""
    src = (b"package p\n\nfunc f() int { return 1 }\n\nvar x = f()\n\nfunc init() {}\n\n"
           b"func init() { x++ }\n\nfunc init() {\n\tif false {\n\t\tx++\n\t}\n\tfor false {\n\t}\n}\n")
    elf = ELFFile(io.BytesIO(compile_package("p", [("p.go", src)], {}).objects[0][1]))
    task = elf.get_section_by_name(".noptrdata.p..inittask")
    assert task.data() == bytes(16) + (2).to_bytes(8, "little") + bytes(16)
    symtab = elf.get_section_by_name(".symtab")
    rela = elf.get_section_by_name(".rela.noptrdata.p..inittask")
    assert [(r["r_offset"], symtab.get_symbol(r["r_info_sym"]).name) for r in rela.iter_relocations()] == [
        (24, "p.init"), (32, "p.init.1")]
    assert "example/greet.init" not in symbols(compile_greet().objects[0][1])


def test_noinline_pragma_is_honoured():
    # Hello stays a real call from Twice's point of view: its code is kept
    # out of line and LLVM marks it noinline.
    cp = compile_package("p", [("p.go", b"package p\n//go:noinline\nfunc F() int { return 1 }\n"
                                         b"func G() int { return F() + 1 }\n")], {}, keep_ir=True)
    assert "noinline" in next(line for line in cp.ir_before.splitlines() if '@"p.F"' in line and "define" in line)


def test_export_data_lists_imports_and_linkvars():
    src = b'package main\nimport "unsafe"\nvar version string\nvar n int\nfunc main() { _ = unsafe.Sizeof(n) }\n'
    pkgdef = json.loads(compile_package("main", [("m.go", src)], {}).pkgdef)
    assert pkgdef["path"] == "main"
    assert pkgdef["imports"] == []
    assert pkgdef["linkvars"]["main.version"] == "string"


def test_a_large_zeroed_global_takes_no_file_space():
    """A pointer-free global's .noptrbss section is SHT_NOBITS, as .bss is:
    its zeros are not stored in the object (LLVM would store them)."""
    obj = compile_greet(b"package greet\n\nvar arena [1 << 20]byte\n\nfunc Get(i int) byte { return arena[i] }\n")
    elf = ELFFile(io.BytesIO(obj.objects[0][1]))
    section = elf.get_section_by_name(".noptrbss.example/greet.arena")
    assert (section["sh_type"], section["sh_size"]) == ("SHT_NOBITS", 1 << 20)
    assert len(obj.objects[0][1]) < 1 << 16
    assert ".text.example/greet.Get" in [s.name for s in elf.iter_sections()]  # the rest still reads


def undefined_symbols(obj: bytes) -> set[str]:
    symtab = ELFFile(io.BytesIO(obj)).get_section_by_name(".symtab")
    return {s.name for s in symtab.iter_symbols() if s["st_shndx"] == "SHN_UNDEF" and s.name}


def test_a_constant_switch_case_that_cannot_match_is_not_compiled():
    """As Go's compiler, the case of a constant switch that cannot match
    leaves no code, so no reference to what it calls (fixedbugs/issue9608:
    fail has no body), strings too."""
    src = (b'package p\n\nfunc fail()\n\nfunc F() {\n\tconst a = "a"\n\tswitch a {\n\tcase "b":\n\t\tfail()\n\t}\n'
           b'\tswitch 1.0i {\n\tcase 1:\n\t\tfail()\n\t}\n\tswitch 5 {\n\tcase 3, 4, 5:\n\tdefault:\n\t\tfail()\n\t}\n}\n')
    obj = compile_package("p", [("p.go", src)], {}).objects[0][1]
    assert "p.fail" not in undefined_symbols(obj)
    assert "memcmp" not in undefined_symbols(obj)


def test_a_string_compares_with_a_constant_in_a_few_loads():
    """s == "January" is the length compared, then the bytes by memcmp,
    which LLVM writes inline for a constant (Go's compiler does the same);
    two variables' bytes are compared by the C library's bcmp (our
    runtime's), never by a runtime function that compares lengths again."""
    src = b'package p\n\nfunc Month(s string) bool { return s == "January" || s[:3] == "Feb" }\n'
    obj = compile_package("p", [("p.go", src)], {}).objects[0][1]
    assert not {"memcmp", "bcmp", "runtime.eqstring"} & undefined_symbols(obj)
    src = b'package p\n\nfunc Same(a, b string) bool { return a == b }\n'
    obj = compile_package("p", [("p.go", src)], {}).objects[0][1]
    assert {"memcmp", "bcmp"} & undefined_symbols(obj) and "runtime.eqstring" not in undefined_symbols(obj)
