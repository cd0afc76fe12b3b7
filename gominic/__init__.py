"""gominic: a mini Go toolchain in Python.

The pipeline, one folder a phase: syntax (tokens -> AST), types (AST -> typed
AST), compile (typed AST -> LLVM IR -> ELF object), obj (package archives),
link (objects -> static executable), build (packages, cache, scheduling) and
cli (the `gominic` command).
"""

import os

__version__ = "0.1.0"

# LLVM 15+ has only opaque pointers ("ptr"); llvmlite must print them so.
os.environ.setdefault("LLVMLITE_ENABLE_IR_LAYER_TYPED_POINTERS", "0")
