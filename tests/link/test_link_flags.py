"""Tests of the -ldflags: parsing, -X, -s, -v, -dumpdep and -map."""

from __future__ import annotations

import pytest

from gominic.link import LinkError, parse_ldflags
from gominic.link.ldflags import split_quoted
from gominic.link.nm import NoSymbols, nm

from conftest import println_ir

# main.main prints main.version (a string variable: {ptr, len}).
PRINT_VERSION = '''
@main.version = global {{ ptr, i64 }} {init}, section "{section}"
@main.count = global i64 0, section ".noptrbss.main.count"
declare void @runtime.write(ptr, i64)
define void @main.main() nounwind section ".text.main.main" {{
  %p = load ptr, ptr @main.version
  %lp = getelementptr {{ ptr, i64 }}, ptr @main.version, i32 0, i32 1
  %n = load i64, ptr %lp
  call void @runtime.write(ptr %p, i64 %n)
  ret void
}}
'''
LINKVARS = {"main.version": "string", "main.count": "int"}


def version_program(tc, initialised: bool) -> None:
    if initialised:
        ir = '@"go:string.6465760a" = linkonce_odr constant [4 x i8] c"dev\\0A", section ".rodata.go:string.6465760a"\n'
        ir += PRINT_VERSION.format(init='{ ptr @"go:string.6465760a", i64 4 }', section=".data.main.version")
    else:
        ir = PRINT_VERSION.format(init="zeroinitializer", section=".bss.main.version")
    tc.package("main", [ir], linkvars=LINKVARS)


@pytest.mark.parametrize("initialised", [True, False], ids=["with-initialiser", "in-bss"])
def test_x_sets_a_string_variable(tc, initialised):
    version_program(tc, initialised)
    tc.link(xdefs=[("main.version", "1.2 beta\n")])
    assert tc.run().stdout == b"1.2 beta\n"


def test_without_x_the_initialiser_stays(tc):
    version_program(tc, True)
    tc.link()
    assert tc.run().stdout == b"dev\n"


def test_x_on_a_non_string_is_an_error(tc):
    version_program(tc, True)
    with pytest.raises(LinkError, match=r"^main\.count: cannot set with -X: not a var of type string \(int\)$"):
        tc.link(xdefs=[("main.count", "7")])


def test_x_on_a_missing_name_is_ignored(tc):
    version_program(tc, True)
    tc.link(xdefs=[("main.nosuch", "7")])
    assert tc.run().stdout == b"dev\n"


def test_s_omits_the_symbol_table(tc):
    tc.package("main", [println_ir("main.main", "hi\n")])
    tc.link(strip_symtab=True)
    assert tc.run().stdout == b"hi\n"
    with pytest.raises(NoSymbols, match="no symbol section"):
        nm(tc.dir / "a.out")


def test_v_prints_go_shaped_statistics(tc):
    tc.package("main", [println_ir("main.main", "hi\n")])
    _, out = tc.link(verbose=True)
    lines = out.splitlines()
    assert lines[0] == "HEADER = -H5 -T0x400180 -R0x1000"
    stats = lines[-2:]
    assert stats[0].endswith(" reachable") and stats[0].split()[1:3] == ["symbols,", "4"]
    assert stats[1].startswith("\t")
    words = stats[1].split()
    assert words[1:3] == ["package", "symbols,"] and words[4:6] == ["hashed", "symbols,"]
    assert words[7:9] == ["non-package", "symbols,"] and words[10:12] == ["external", "symbols"]
    assert int(words[3]) == 1  # go:string...


def test_dumpdep(tc):
    tc.package("main", [println_ir("main.main", "hi\n")])
    _, out = tc.link(dumpdep=True)
    lines = out.splitlines()
    assert lines[0] == "_ -> _rt0_amd64_linux"
    assert "main.main -> runtime.write" in lines
    assert all(" -> " in line for line in lines)


def test_map(tc):
    tc.package("a", [println_ir("a.F", "same\n")])
    tc.package("main", [println_ir("main.main", "same\n") + println_ir("main.dead", "dead\n")
                        .replace("declare void @runtime.write(ptr, i64)\n", "")], imports=["a"])
    _, out = tc.link(map=True)
    rows = {(line.split()[-1], line.split()[-2]) for line in out.splitlines()[1:]}
    assert ("main.main", "kept") in rows
    assert ("main.dead", "dead") in rows
    assert ("go:string." + b"same\n".hex(), "dupok-merged") in rows


@pytest.mark.parametrize("flags,want", [
    ("-v -s -w", {"verbose": True, "strip_symtab": True, "strip_dwarf": True}),
    ("-X main.version=1.2 -X=main.a=b", {"xdefs": [("main.version", "1.2"), ("main.a", "b")]}),
    ("-X 'main.v=a b' --dumpdep -map", {"xdefs": [("main.v", "a b")], "dumpdep": True, "map": True}),
    ('-X "main.v=x=y" -s=false', {"xdefs": [("main.v", "x=y")], "strip_symtab": False}),
    ("", {}),
])
def test_parse_ldflags(flags, want):
    assert parse_ldflags(flags) == want


@pytest.mark.parametrize("flags,error", [
    ("-linkmode=external", "flag provided but not defined: -linkmode"),
    ("-X", "flag needs an argument: -X"),
    ("-X main.v", "-X flag requires argument of the form importpath.name=value"),
    ("-X 'main.v=a", "invalid -ldflags: unterminated ' string"),
    ("-s=maybe", 'invalid boolean value "maybe" for -s'),
])
def test_parse_ldflags_errors(flags, error):
    with pytest.raises(LinkError) as e:
        parse_ldflags(flags)
    assert str(e.value) == error


def test_split_quoted():
    assert split_quoted("  a 'b c'  \"d\"e ") == ["a", "b c", "d", "e"]
