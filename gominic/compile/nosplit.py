"""This module chooses each function's stack check, the test in its
prologue that its frame fits on the goroutine's stack segment
(runtime/stack.go), in one of three forms:

  - none, Go's rule for leaf functions: a function that calls nothing and
    has a small frame (Go's cmd/internal/obj/x86 marks it NOSPLIT);
  - our own short check, 14 bytes (a function that calls something, has a
    small frame and takes all its arguments in registers): a 9-byte
    compare and branch at the function's entry, as LLVM "prologue data",
    and the call that grows the stack just before the entry, as LLVM
    "prefix data":
        call runtime.morestack     (prefix) grow the stack, then run F
      F:
        cmp tls0+0x70(%rip), %rsp  compare with the stack guard
        jbe F-5                    the frame does not fit: to the call
    The common case falls through, as in LLVM's own check (a check that
    jumps over the call instead made bench/programs/fib 48% slower).
    The guard is the word LLVM's check reads at %fs:0x70: the FS base
    points at the runtime's tls0, and there is one thread. Read through
    tls0's address, relative to the instruction, the compare is 2 bytes
    shorter (hello: 0.7 KB).
    runtime.morestack returns to F's entry: F runs again on the new
    segment, where the check passes. F's section thus holds five bytes
    before F: the linker loads F as a symbol inside its section, and
    position tables and stack maps count from F (obj/pcln.entry_offsets).
  - LLVM's "split-stack" prologue, for every other function: it compares
    the stack pointer less a big frame with the guard and, out of line,
    calls __morestack with the frame size in r10 and the size of the stack
    arguments in r11: 31 bytes more than our check.

Our check tells morestack neither: the frame is small, so the runtime
grows the stack by a fixed amount, and with no stack arguments there is
nothing to copy to the new segment.

A small frame (at most FRAME_MAX bytes below the saved frame pointer: the
pushed registers and the locals) is covered by the room the runtime leaves
below the guard (stackGuard, 1536 bytes), as LLVM's own split-stack
prologue assumes of frames under 256 bytes (kSplitStackAvailable): it
compares the stack pointer itself. A caller that passed a check may thus
already use up to 8 + FRAME_MAX bytes under the guard; an unchecked leaf's
return address, saved frame pointer, frame and the 128-byte red zone under
it add 400: 672 bytes, and a signal's sigpanic still finds room for its
own check and morestack's saves.

Which functions are leaves is known only after optimisation (inlining
removes calls), and their frame size only after code generation: the
module is emitted with the leaves unchecked and the other small-argument
functions given our check, and if such a function's frame turns out bigger
than FRAME_MAX (many spills), it is emitted again with LLVM's check.
"""

from __future__ import annotations

import re

import llvmlite.binding as llvm

from gominic.compile.statepoint import (CALL, CALLEE, FLOAT_ARG_REGS, INT_ARG_REGS, MEMORY_ATTRS, parse_type, prologue,
                                        split_args, symbol_name)

# The most a function checked by our prologue, or an unchecked leaf, may
# reserve below its saved frame pointer (pushed registers and locals).
FRAME_MAX = 256

DEFINE_NAME = re.compile(r'@("[^"]*"|[-\w$.]+)\(')
ATTR_GROUP = re.compile(r"^attributes #(\d+) = \{(.*)\}$")
SPLIT_STACK = ' "split-stack"'

# The registers LLVM returns a result in: rax, rdx, rcx; xmm0, xmm1. A
# bigger result goes to memory whose address the caller passes in rdi.
RESULT_INT_REGS, RESULT_FLOAT_REGS = 3, 2

# Our check at the entry: cmp disp32(%rip), %rsp, the displacement
# reaching the stack guard (STACK_GUARD); then jbe to the call before the
# entry (five bytes back from the entry, 14 from the branch's end).
CHECK_CMP, CHECK_JBE = b"\x48\x3b\x25", b"\x76\xf2"
CHECK_SIZE = len(CHECK_CMP) + 4 + len(CHECK_JBE)
STACK_GUARD = "getelementptr (i8, ptr @runtime.tls0, i64 112)"  # tls0[14], at %fs:0x70
CALL_SIZE = 5  # call rel32: the prefix

# Calling conventions other than the C one (LLVM's fastcc passes
# arguments as the C convention does on x86-64).
OTHER_CC = re.compile(r"\b(coldcc|cc \d+|ghccc|swiftcc|tailcc|preserve_\w+|x86_\w+)\b")


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


def result_type(head: str):
    """The result type of a define line's text before the function name
    (return attributes, such as range(i32 0, 2), come before it)."""
    head = re.sub(r"\w+\([^()]*\)", "", head)
    start = min((i for i in (head.find("{"), head.find("<{"), head.find("[")) if i >= 0), default=-1)
    return parse_type(head, start if start >= 0 else head.rstrip().rindex(" ") + 1)[0]


def args_in_registers(define: str) -> bool:
    """Whether a define line's function takes all its arguments in
    registers (the System V rules as LLVM applies them: each part of an
    aggregate takes the next register of its class; a result that does
    not fit in registers is returned through a hidden pointer in rdi; the
    static chain, nest, is in r10)."""
    m = DEFINE_NAME.search(define)
    head = define[:m.start()]
    if OTHER_CC.search(head):
        return False
    ret = result_type(head)
    ints, floats = ret.reg_words()
    if ret.kind == "other" or ints > RESULT_INT_REGS or floats > RESULT_FLOAT_REGS:
        ints, floats = 1, 0
    else:
        ints, floats = 0, 0
    for arg in split_args(define, m.end() - 1)[0]:
        words = arg.split()
        if "nest" in words:
            continue
        t = parse_type(arg)[0]
        if t.kind in ("other", "vector") or t.kind == "float" and t.bits > 64 or any(
                a in words or a + "(" in arg for a in MEMORY_ATTRS):
            return False
        a, b = t.reg_words()
        ints, floats = ints + a, floats + b
    return ints <= INT_ARG_REGS and floats <= FLOAT_ARG_REGS


def defined_functions(lines: list[str]) -> dict[str, tuple[str, list[str]]]:
    """Each function the module's text defines, by symbol: its define line
    and its body."""
    out = {}
    for i, line in enumerate(lines):
        if line.startswith("define ") and line.rstrip().endswith("{"):
            out[symbol_name("@" + DEFINE_NAME.search(line).group(1))] = (line, lines[i + 1: lines.index("}", i)])
    return out


def with_check(define: str) -> str:
    """A define line with our stack check: the call as its prefix data
    (its displacement a constant LLVM emits as a PC32 relocation) and the
    compare and branch as its prologue data."""
    fn = "@" + DEFINE_NAME.search(define).group(1)
    call = relative("@runtime.morestack", fn)
    guard = relative(STACK_GUARD, f"getelementptr (i8, ptr {fn}, i64 {len(CHECK_CMP) + 4})")
    cmp, jbe = ("".join(f"\\{b:02x}" for b in code) for code in (CHECK_CMP, CHECK_JBE))
    data = (f" prefix <{{ i8, i32 }}> <{{ i8 -24, i32 {call} }}>"  # e8: call rel32
            f' prologue <{{ [3 x i8], i32, [2 x i8] }}> <{{ [3 x i8] c"{cmp}", i32 {guard}, [2 x i8] c"{jbe}" }}>')
    m = re.search(r"((?: ![\w.]+ ![0-9]+)*) \{$", define.rstrip())
    return define[: m.start()] + data + define[m.start():]


def relative(target: str, end: str) -> str:
    """The displacement from end to target, as a constant LLVM emits as a
    PC32 relocation: a call's or a %rip-relative operand's."""
    return f"trunc (i64 sub (i64 ptrtoint (ptr {target} to i64), i64 ptrtoint (ptr {end} to i64)) to i32)"


def with_stack_checks(lines: list[str], unchecked: set[str], short: set[str]) -> llvm.ModuleRef:
    """The module of lines with the functions unchecked given attribute
    groups without "split-stack" (one new group per group they used), and
    the functions short, too, with our check instead."""
    groups = {m.group(1): m.group(2) for m in map(ATTR_GROUP.match, lines) if m}
    next_id = max(map(int, groups), default=-1) + 1
    renamed: dict[str, str] = {}

    def unsplit(m: re.Match) -> str:
        nonlocal next_id
        old = m.group(1)
        if old not in renamed:
            renamed[old] = str(next_id)
            next_id += 1
        return " #" + renamed[old]

    out = []
    has_morestack = has_tls0 = False
    for line in lines:
        if line.startswith("define "):
            name = symbol_name("@" + DEFINE_NAME.search(line).group(1))
            if name in unchecked or name in short:
                end = split_args(line, DEFINE_NAME.search(line).end() - 1)[1]
                line = line[:end] + re.sub(r" #(\d+)\b", unsplit, line[end:], count=1)
            if name in short:
                line = with_check(line)
        has_morestack |= line.startswith(("define ", "declare ")) and "@runtime.morestack(" in line
        has_tls0 |= line.startswith("@runtime.tls0 =")
        out.append(line)
    for old, new in renamed.items():
        out.append(f"attributes #{new} = {{{groups[old].replace(SPLIT_STACK, '')}}}")
    if short and not has_morestack:
        out.append("declare void @runtime.morestack()")
    if short and not has_tls0:
        out.append("@runtime.tls0 = external global [16 x i64]")
    mod = llvm.parse_assembly("\n".join(out))
    mod.verify()
    return mod


def oversized(obj: bytes, names: set[str]) -> set[str]:
    """The functions of names whose frame in obj is bigger than
    FRAME_MAX, or whose prologue is not understood."""
    from gominic.obj.elffile import parse_elf

    elf = parse_elf(obj, "object")
    out = set(names)
    for sym, sym_name in zip(elf.symbols, elf.symbol_names):
        if sym_name in names:
            frame = prologue(bytes(elf.section_data(sym[3])[sym[4]: sym[4] + 64]))
            if frame is not None and 8 * len(frame[0]) + frame[1] <= FRAME_MAX:
                out.discard(sym_name)
    return out


def emit_with_stack_checks(tm: llvm.TargetMachine, mod: llvm.ModuleRef) -> bytes:
    """The object of mod, each function with the stack check it needs."""
    lines = str(mod).split("\n")
    funcs = defined_functions(lines)
    leaves = {name for name, (_, body) in funcs.items() if calls_nothing(body)}
    short = {name for name, (define, _) in funcs.items() if name not in leaves and args_in_registers(define)}
    if not leaves and not short:
        return tm.emit_object(mod)
    obj = tm.emit_object(with_stack_checks(lines, leaves, short))
    big = oversized(obj, leaves | short)
    if big:
        obj = tm.emit_object(with_stack_checks(lines, leaves - big, short - big))
    return obj
