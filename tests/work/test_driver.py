"""Tests of driver.py: go build's output naming and -o rules."""

from pathlib import Path

import pytest
from gotree import ROOT_FILES, go_file, write_tree

from gominic.work.driver import check_runnable, executable_name, plan_outputs
from gominic.work.errors import BuildError
from gominic.work.load import Loader


@pytest.fixture
def roots(tmp_path: Path):
    """Load patterns in module example.com/tool/v2, which has two commands
    and a library."""
    root = write_tree(tmp_path / "root", ROOT_FILES)
    module = write_tree(tmp_path / "mod", {
        "go.mod": "module example.com/tool/v2\n",
        "main.go": go_file("main"),
        "cmd/hello/main.go": go_file("main"),
        "lib/lib.go": go_file("lib"),
        "prog.go": go_file("main"),
    })
    return module, lambda *patterns: Loader(root, module).load_patterns(list(patterns))


def names(outputs, module: Path):
    return [str(path.relative_to(module)) for _, path in outputs]


def test_default_names(roots):
    module, load = roots
    assert executable_name(load(".")[0]) == "tool"  # the /v2 suffix is skipped
    assert executable_name(load("./cmd/hello")[0]) == "hello"
    assert executable_name(load("prog.go")[0]) == "prog"


def test_one_command_goes_to_the_current_directory(roots):
    module, load = roots
    assert names(plan_outputs(load("./cmd/hello"), None, module), module) == ["hello"]


def test_o_names_a_file_or_a_directory(roots):
    module, load = roots
    assert names(plan_outputs(load("./cmd/hello"), "bin/x", module), module) == ["bin/x"]
    assert names(plan_outputs(load("./cmd/hello", "."), "bin/", module), module) == ["bin/hello", "bin/tool"]
    (module / "existing").mkdir()
    assert names(plan_outputs(load("prog.go"), "existing", module), module) == ["existing/prog"]


def test_libraries_and_several_packages_only_compile(roots):
    module, load = roots
    assert plan_outputs(load("./lib"), None, module) == []
    assert plan_outputs(load("./...",), None, module) == []
    assert names(plan_outputs(load("./lib"), "lib.a", module), module) == ["lib.a"]


def test_o_file_with_several_packages(roots):
    module, load = roots
    with pytest.raises(BuildError, match="go: cannot write multiple packages to non-directory x"):
        plan_outputs(load("./...",), "x", module)


def test_run_needs_one_main_package(roots):
    _, load = roots
    check_runnable(load("."))
    with pytest.raises(BuildError, match="^package example.com/tool/v2/lib is not a main package$"):
        check_runnable(load("./lib"))
    with pytest.raises(BuildError, match="cannot run multiple packages"):
        check_runnable(load("./..."))


def test_build_compiles_then_links_with_every_dependency(tmp_path: Path, monkeypatch):
    """build() end to end, with the fake compiler of test_builder and a
    linker that only records its configuration."""
    import functools
    import types

    from test_builder import fake_compile

    import gominic.work.driver as driver
    import gominic.link.main as link_main

    root = write_tree(tmp_path / "root", ROOT_FILES)
    module = write_tree(tmp_path / "mod", {
        "go.mod": "module example\n",
        "main.go": go_file("main", "example/greeter"),
        "greeter/greeter.go": go_file("greeter", "fmt"),
    })
    monkeypatch.setenv("GOMINICROOT", str(root))
    monkeypatch.setenv("GOMINICCACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(driver, "Builder", functools.partial(driver.Builder, compiler=fake_compile))
    configs = []

    def fake_link(config):
        configs.append(config)
        return types.SimpleNamespace(phase_seconds={})

    monkeypatch.setattr(link_main, "link", fake_link)

    written = driver.build(["."], driver.BuildOptions(cwd=module, ldflags="-s -X main.v=1"))

    assert written == [module / "example"]
    [cfg] = configs
    assert cfg.output == module / "example"
    assert sorted(cfg.packagefiles) == ["example/greeter", "fmt", "runtime", "unicode/utf8"]
    # The build information comes first, the program's -X flags after it.
    assert cfg.strip_symtab and cfg.xdefs[1:] == [("main.v", "1")]
    assert cfg.xdefs[0] == ("runtime.modinfo", "path\texample\nmod\texample\t(devel)\t\nbuild\t-compiler=gominic\n"
                            "build\t-ldflags=\"-s -X main.v=1\"\nbuild\tCGO_ENABLED=0\nbuild\tGOARCH=amd64\n"
                            "build\tGOOS=linux\nbuild\tGOAMD64=v1\n")
    assert cfg.main.is_file() and all(p.is_file() for p in cfg.packagefiles.values())
