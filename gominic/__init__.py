"""gominic: a mini Go toolchain in Python.

The pipeline, one folder a phase: syntax (tokens -> AST), types (AST -> typed
AST), compile (typed AST -> LLVM IR -> ELF object), obj (package archives),
link (objects -> static executable), build (packages, cache, scheduling) and
cli (the `gominic` command).
"""

__version__ = "0.1.0"
