"""This module implements Go's rule for leaf functions: a function that
calls nothing and has a small frame needs no stack check in its prologue
(Go's cmd/internal/obj/x86 marks such functions NOSPLIT).

Every function is compiled as an LLVM "split-stack" function (backend.py):
its prologue compares the stack pointer with the stack guard and calls
__morestack when the frame would not fit (runtime/stack.go). That costs
31 bytes a function: the compare and branch, and a slow path that loads
the frame and argument sizes and calls __morestack. A leaf's frame is
instead covered by the room the runtime leaves below the guard
(stackGuard, 1536 bytes): its caller passed a check, which for a frame
under 256 bytes compares the stack pointer itself, so the caller may
already use 255 bytes under the guard; the return address, the saved
frame pointer, at most LEAF_FRAME_MAX bytes of the leaf's frame and the
128-byte red zone under it add 400: 655 bytes, and a signal's sigpanic
still finds room for its own check and __morestack's saves.

Which functions are leaves is known only after optimisation (inlining
removes calls), and their frame size only after code generation: the
module is emitted with the leaves' checks dropped, and if a leaf's frame
turns out bigger than LEAF_FRAME_MAX (many spills), it is emitted again
with that leaf's check kept.
"""

from __future__ import annotations

import re

import llvmlite.binding as llvm

from gominic.compile.statepoint import CALL, CALLEE, prologue, split_args, symbol_name

# The most a leaf's prologue may reserve below its saved frame pointer
# (pushed registers and locals), as LLVM's own small-frame check assumes
# of the room below the guard (kSplitStackAvailable).
LEAF_FRAME_MAX = 256

DEFINE_NAME = re.compile(r'@("[^"]*"|[-\w$.]+)\(')
ATTR_GROUP = re.compile(r"^attributes #(\d+) = \{(.*)\}$")
SPLIT_STACK = ' "split-stack"'


def calls_nothing(body: list[str]) -> bool:
    """Whether a function body calls no function: only inline assembly (a
    system call) and LLVM intrinsics, which the code generator expands in
    place or lowers to calls of the runtime's assembly memory routines (a
    statepoint is a real call)."""
    for line in body:
        m = CALL.match(line) or re.match(r"\s*(%\S+ = )?invoke ", line)
        if not m:
            continue
        callee = CALLEE.search(line, m.end())
        if " asm " in line[m.end() - 1: callee.start() if callee else len(line)]:
            continue
        if not callee or not callee.group(1).startswith("@llvm.") or "gc.statepoint" in callee.group(1):
            return False
    return True


def leaf_functions(lines: list[str]) -> set[str]:
    """The functions of a module's text, by symbol, that call nothing."""
    leaves = set()
    for i, line in enumerate(lines):
        if line.startswith("define ") and line.rstrip().endswith("{") and calls_nothing(lines[i + 1: lines.index("}", i)]):
            leaves.add(symbol_name("@" + DEFINE_NAME.search(line).group(1)))
    return leaves


def without_stack_check(lines: list[str], names: set[str]) -> llvm.ModuleRef:
    """The module of lines with the functions names given attribute groups
    without "split-stack" (one new group per group they used)."""
    groups = {m.group(1): m.group(2) for m in map(ATTR_GROUP.match, lines) if m}
    next_id = max(map(int, groups), default=-1) + 1
    renamed: dict[str, str] = {}

    def unchecked(m: re.Match) -> str:
        nonlocal next_id
        old = m.group(1)
        if old not in renamed:
            renamed[old] = str(next_id)
            next_id += 1
        return " #" + renamed[old]

    out = []
    for line in lines:
        if line.startswith("define ") and symbol_name("@" + DEFINE_NAME.search(line).group(1)) in names:
            # after the parameters: a method's section name holds parentheses too
            end = split_args(line, DEFINE_NAME.search(line).end() - 1)[1]
            line = line[:end] + re.sub(r" #(\d+)\b", unchecked, line[end:], count=1)
        out.append(line)
    for old, new in renamed.items():
        out.append(f"attributes #{new} = {{{groups[old].replace(SPLIT_STACK, '')}}}")
    mod = llvm.parse_assembly("\n".join(out))
    mod.verify()
    return mod


def oversized(obj: bytes, names: set[str]) -> set[str]:
    """The functions of names whose frame in obj is bigger than
    LEAF_FRAME_MAX, or whose prologue is not understood, or which obj does
    not name."""
    from gominic.obj.elffile import parse_elf

    elf = parse_elf(obj, "object")
    out = set(names)
    for sym, sym_name in zip(elf.symbols, elf.symbol_names):
        if sym_name in names:
            frame = prologue(bytes(elf.section_data(sym[3])[sym[4]: sym[4] + 64]))
            if frame is not None and 8 * len(frame[0]) + frame[1] <= LEAF_FRAME_MAX:
                out.discard(sym_name)
    return out


def emit_leaves_unchecked(tm: llvm.TargetMachine, mod: llvm.ModuleRef) -> bytes:
    """The object of mod, its leaves without stack checks."""
    lines = str(mod).split("\n")
    leaves = leaf_functions(lines)
    if not leaves:
        return tm.emit_object(mod)
    obj = tm.emit_object(without_stack_check(lines, leaves))
    big = oversized(obj, leaves)
    if big:
        obj = tm.emit_object(without_stack_check(lines, leaves - big))
    return obj
