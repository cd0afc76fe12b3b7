"""Helpers that lay out Go source trees for the build tests: a fake
GOMINICROOT (runtime/ and stdlib/) and modules, from {path: text} tables."""

from __future__ import annotations

from pathlib import Path


def write_tree(top: Path, files: dict[str, str]) -> Path:
    """Write each relative path's text under top; return top."""
    for rel, text in files.items():
        path = top / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return top


def go_file(package: str, *imports: str) -> str:
    """The text of a Go file with a package clause and imports."""
    lines = [f"package {package}", ""]
    lines += [f'import "{path}"' for path in imports]
    return "\n".join(lines) + "\n"


# A GOMINICROOT with a runtime and a little standard library:
# fmt imports unicode/utf8; nothing imports runtime explicitly.
ROOT_FILES = {
    "runtime/runtime.go": go_file("runtime"),
    "runtime/rt0_linux_amd64.s": "// entry point\n",
    "stdlib/unicode/utf8/utf8.go": go_file("utf8"),
    "stdlib/fmt/print.go": go_file("fmt", "unicode/utf8"),
    "stdlib/fmt/print_test.go": go_file("fmt", "testing"),
}
