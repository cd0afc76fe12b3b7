"""This module writes the build information a program carries, which
runtime/debug.ReadBuildInfo reads back: the text Go's cmd/go records
(load.setBuildInfo) and its linker stores in ``runtime.modinfo``::

    path	example.com/hello
    mod	example.com/hello	(devel)
    build	-compiler=gominic
    build	CGO_ENABLED=0
    build	GOARCH=amd64
    ...

one line each for the main package's path, its module (the main module is
always "(devel)"), and the settings of the build, a value quoted as
strconv.Quote does when it holds a space, tab, newline or quote. The
settings are the ones that hold for every gominic build (no cgo, the
amd64 baseline) plus -ldflags when given, in cmd/go's order.
"""

from __future__ import annotations

from gominic.work.load import Package
from gominic.syntax.literals import go_quote


def build_info(pkg: Package, ldflags: str) -> str:
    lines = [f"path\t{pkg.import_path}"]
    if pkg.module is not None:
        lines.append(f"mod\t{pkg.module.path}\t(devel)\t")
    settings = [("-compiler", "gominic")]
    if ldflags:
        settings.append(("-ldflags", ldflags))
    settings += [("CGO_ENABLED", "0"), ("GOARCH", "amd64"), ("GOOS", "linux"), ("GOAMD64", "v1")]
    for key, value in settings:
        if any(c in value for c in " \t\r\n\"`"):
            value = go_quote(value)
        lines.append(f"build\t{key}={value}")
    return "".join(line + "\n" for line in lines)
