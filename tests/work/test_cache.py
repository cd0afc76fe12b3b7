"""Tests of cache.py: what the key depends on, and atomic entries."""

from pathlib import Path

import pytest

from gominic.work.cache import Cache, action_key, compiler_id, export_data

FILES = [("/m/main.go", b"package main\n")]
ASM = [("/m/rt0.s", b"// asm\n")]
IMPORTS = {"fmt": b'{"path": "fmt"}', "os": b'{"path": "os"}'}


def key(**changes) -> str:
    args = dict(path="main", files=FILES, asm_files=ASM, imports=IMPORTS, optimize=True)
    return action_key(**{**args, **changes})


def test_same_inputs_same_key():
    assert key() == key()
    assert key(imports=dict(reversed(IMPORTS.items()))) == key()  # import order does not matter
    assert len(key()) == 64


@pytest.mark.parametrize(
    "change",
    [
        dict(path="example/greeter"),
        dict(files=[("/m/main.go", b"package main\n\n")]),
        dict(files=[("/m/other.go", b"package main\n")]),
        dict(files=FILES + [("/m/b.go", b"package main\n")]),
        dict(asm_files=[]),
        dict(optimize=False),
        dict(imports={**IMPORTS, "fmt": b'{"path": "fmt", "x": 1}'}),
        dict(imports={"fmt": IMPORTS["fmt"]}),
        # Length framing: moving bytes between fields changes the key.
        dict(files=[("/m/main.gopackage", b" main\n")]),
    ],
)
def test_each_input_changes_the_key(change):
    assert key(**change) != key()


def test_compiler_id_is_stable_within_a_process():
    assert compiler_id() == compiler_id()


def test_a_changed_compiler_source_changes_the_key(monkeypatch, tmp_path: Path):
    import gominic
    import gominic.work.cache as cache_module

    fake = tmp_path / "gominic"
    (fake / "compile").mkdir(parents=True)
    (fake / "diag.py").write_text("")
    (fake / "compile" / "codegen.py").write_text("A = 1\n")
    monkeypatch.setattr(gominic, "__file__", str(fake / "__init__.py"))
    cache_module.compiler_id.cache_clear()
    before = key()
    (fake / "compile" / "codegen.py").write_text("A = 2\n")
    cache_module.compiler_id.cache_clear()
    after = key()
    monkeypatch.undo()
    cache_module.compiler_id.cache_clear()
    assert before != after


def test_put_get_and_export_data(tmp_path: Path):
    cache = Cache(tmp_path / "cache")
    k = key()
    assert cache.get(k) is None
    entry = cache.put(k, [("__.PKGDEF", b'{"path": "main"}'), ("_go_.o", b"\x7fELF")])
    digest = (tmp_path / "cache" / k[:2] / f"{k}-a").read_text()
    assert cache.get(k) == entry == tmp_path / "cache" / digest[:2] / f"{digest}-d"
    assert export_data(entry) == b'{"path": "main"}'
    assert not list((tmp_path / "cache").rglob("*.tmp"))  # no temporary left


@pytest.mark.parametrize("damage", ["truncate", "flip", "action"])
def test_a_damaged_entry_is_a_miss_with_a_warning(tmp_path: Path, capsys, damage):
    cache = Cache(tmp_path / "cache")
    k = key()
    entry = cache.put(k, [("__.PKGDEF", b'{"path": "main"}'), ("_go_.o", b"\x7fELF" * 100)])
    data = bytearray(entry.read_bytes())
    if damage == "truncate":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        data[100] ^= 0x10
        entry.write_bytes(data)
    else:
        cache.action(k).write_bytes(b"\0" * 10)
    assert cache.get(k) is None
    assert capsys.readouterr().err == f"gominic: warning: cache entry {k}-a is damaged; rebuilding it\n"
    assert cache.put(k, [("__.PKGDEF", b'{"path": "main"}')]) == cache.get(k)


def test_an_interrupted_write_leaves_no_entry(tmp_path: Path, monkeypatch):
    cache = Cache(tmp_path / "cache")

    class Interrupted(Exception):
        pass

    def replace_fails(src, dst):
        raise Interrupted

    monkeypatch.setattr("os.replace", replace_fails)
    with pytest.raises(Interrupted):
        cache.put(key(), [("__.PKGDEF", b"{}")])
    monkeypatch.undo()
    assert cache.get(key()) is None
    assert list((tmp_path / "cache").rglob("*-a*")) == []


def test_clean(tmp_path: Path):
    cache = Cache(tmp_path / "cache")
    cache.put(key(), [("__.PKGDEF", b"{}")])
    cache.clean()
    assert not (tmp_path / "cache").exists()
