"""This module implements the assembly of a package's .s files, in a child
process.

LLVM's integrated assembler (reached through llvmlite as module-level
inline assembly) ends the whole process on a syntax error, printing its
own message: nothing to catch. So each file is assembled by a short-lived
child interpreter (``python -I``: nothing from the user's folders on its
path) running ``main`` below; a failure becomes Go-style errors,
``file.s:LINE: message``, for the package being compiled.

Directives that read other files (``.incbin``, ``.include``) are refused
before LLVM sees them: a build must read only the package's own sources.
"""

from __future__ import annotations

import re
import sys

from gominic.diag import CompileError, Error, Pos

# A directive that makes the assembler read a file, at the start of a statement.
FILE_DIRECTIVE = re.compile(r"(?:^|;)\s*(\.(?:incbin|include))\b", re.IGNORECASE)
# How LLVM reports an error in module asm: "<inline asm>:5:2: error: ..." or "error: <inline asm>:5:2: ...".
LLVM_ERROR = re.compile(r"(?:error: )?<inline asm>:(\d+):\d+: (?:error: )?(.*)")


def assemble(name: str, source: str) -> bytes:
    """The ELF object of the GNU-syntax assembly file name; CompileError if bad."""
    refused = [Error(Pos(name, n, 0), f"{m.group(1).lower()} directive not allowed (it reads files)")
               for n, line in enumerate(source.splitlines(), 1) if (m := FILE_DIRECTIVE.search(line))]
    if refused:
        raise CompileError(refused)
    import subprocess  # here: only packages with assembly need it, and it costs a warm build 1%

    child = subprocess.run([sys.executable, "-I", "-c", "from gominic.compile.asm import main; main()"],
                           input=source.encode("utf-8", "surrogateescape"), capture_output=True)
    if child.returncode == 0:
        return child.stdout
    errors = [Error(Pos(name, int(m.group(1)), 0), m.group(2).strip())
              for m in map(LLVM_ERROR.match, child.stderr.decode("utf-8", "replace").splitlines()) if m]
    raise CompileError(errors or [Error(Pos(name, 1, 0), "assembler failed")])


def main() -> None:
    """The child: assemble stdin, write the object to stdout."""
    from gominic.compile.backend import assemble_here
    source = sys.stdin.buffer.read().decode("utf-8", "surrogateescape")
    sys.stdout.buffer.write(assemble_here(source))
