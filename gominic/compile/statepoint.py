"""This module implements precise stack maps: after optimisation, each call
that may lead to runtime.GC becomes an LLVM statepoint that names the
values live across it, and the code generator tells where it keeps each of
them during the call (the .llvm_stackmaps section, read back by
function_maps into each function's .gopclntab record, for
runtime/mgcstack.go).

Why after optimisation: only then are the live values the ones the machine
code really keeps. Go's compiler knows, at every call, which words of the
frame hold live pointers (cmd/compile/internal/liveness); a conservative
scan of the frame also sees stale copies (a spill slot after its value's
last use, a callee-saved register, an alignment push) and keeps their
objects alive, which Go's test programs stackobj*.go and issue15277 check.

For every call the pass computes the SSA values live after it (a backward
dataflow over the function's blocks; a phi's operand is live at the end of
its incoming block) and rewrites

    %r = call ptr @f(i64 %n)
into
    %t = call token (...) @llvm.experimental.gc.statepoint.p0(i64 0, i32 0,
             ptr elementtype(ptr (i64)) @f, i32 1, i32 0, i64 %n, i32 0, i32 0)
             [ "deopt"(i64 2, ptr %a, i64 %b, ...allocas) ]
    %r = call ptr @llvm.experimental.gc.result.p0(token %t)

The "deopt" values are spilled by the code generator to stack slots listed
for the call site: the first operand counts the live values that follow;
every word-sized live value (ptr and i64: LLVM may carry a pointer as an
integer) is listed, the words of live aggregates one by one. Every
statepoint also lists each of the function's allocas with its size:
the code generator gives their frame offsets (Direct locations), which
makes them the frame's *stack objects*: as in Go (runtime/mgcstack.go), a
stack object is scanned only if a live pointer points into it.

A call stays an ordinary call, and its frame is scanned conservatively by
the collector (always safe), when the code generator cannot make it a
statepoint: calls returning through memory, calls with stack arguments
(the callee's incoming arguments would be in no one's map), inline
assembly and LLVM's intrinsics.

A function that defers calls setjmp (runtime.setjmp returns twice: a
recovered panic resumes the function at its recovery block, which runs the
remaining deferred calls and returns). A call after the setjmp that may
panic runs this frame's deferred calls, which may call runtime.GC: such a
call gets a map (Rewriter.needs_map), and it lists, besides the values live
after it, those live at the recovery block: what the function needs when
it resumes there (Go's compiler uses its "deferreturn live map" alike, at
a faulting instruction). The jump buffer's register words are not part of
the defer frame's stack object: they hold the function's own registers at
the setjmp, whose live values the maps list, or its caller's, which the
collector finds where it finds every caller's registers (mgcstack.go).
"""

from __future__ import annotations

import json
import re
import struct
from dataclasses import dataclass, field

import llvmlite.binding as llvm

from gominic.compile.runtime_api import NORETURN
from gominic.obj.pcln import entry_offsets, put_uvarint

GC_STRATEGY = ' gc "statepoint-example"'
STATEPOINT = "@llvm.experimental.gc.statepoint.p0"

# An LLVM local name (%x, %.5.i, %"a b"); a TOKEN is one or a quoted
# string, which is skipped (global names and constants may hold any character).
LOCAL = r'%"[^"]*"|%[-\w$.]+'
TOKEN = re.compile(LOCAL + r'|c?"[^"]*"')
LABEL = re.compile(r'^("[^"]*"|[-\w$.]+):')
DEF = re.compile(r'^\s*(%"[^"]*"|%[-\w$.]+) = ')
CALL = re.compile(r'^(\s*(?:%"[^"]*" = |%[-\w$.]+ = )?)(?:tail |notail )?call ')

# Parameter attributes that put an argument (or the result) in memory: such
# a call cannot be a statepoint.
MEMORY_ATTRS = ("sret", "byval", "inalloca", "preallocated", "byref")

# The maps are read only for a cycle started by runtime.GC, and only for
# the goroutine that calls it (every other goroutine's stack is scanned
# conservatively, mgcmark.go): a call needs a map only if its frame can be
# on that stack, i.e. if the callee may call runtime.GC. gc_callers finds
# those functions by their direct calls; see there why that is safe.
GC_ROOT = "runtime.GC"


INT_ARG_REGS, FLOAT_ARG_REGS = 6, 8  # rdi rsi rdx rcx r8 r9; xmm0-7
INT_RET_REGS, FLOAT_RET_REGS = 2, 2  # rax rdx; xmm0 xmm1


# ---- LLVM types, as text --------------------------------------------------

@dataclass
class Type:
    """An LLVM type: kind is "ptr", "int", "float", "struct", "array",
    "vector", "void" or "other"; bits for int and float."""

    kind: str
    bits: int = 0
    elems: list[Type] = field(default_factory=list)
    count: int = 0
    packed: bool = False

    def size_align(self) -> tuple[int, int]:
        if self.kind == "ptr":
            return 8, 8
        if self.kind in ("int", "float"):
            n = 1 << (max(1, (self.bits + 7) // 8) - 1).bit_length()
            return n, min(n, 16)
        if self.kind in ("array", "vector"):
            size, align = self.elems[0].size_align()
            if self.kind == "vector":
                n = 1 << max(0, (size * self.count - 1).bit_length())
                return n, n
            return size * self.count, align
        if self.kind == "struct":
            off, align = 0, 1
            for e in self.elems:
                s, a = e.size_align()
                if self.packed:
                    a = 1
                off = (off + a - 1) // a * a + s
                align = max(align, a)
            return (off + align - 1) // align * align, align
        return 0, 1

    def words(self, path: tuple = ()) -> list[tuple]:
        """The index paths of the word-sized scalars (ptr, i64) inside."""
        if self.kind == "ptr" or self.kind == "int" and self.bits == 64:
            return [path]
        if self.kind in ("struct", "array", "vector"):
            out = []
            for i in range(len(self.elems) if self.kind == "struct" else self.count):
                out += self.elems[0 if self.kind != "struct" else i].words(path + (i,))
            return out
        return []

    def supported(self) -> bool:
        """Whether every pointer the type may hold is in a word words() lists."""
        if self.kind == "int":
            return self.bits <= 64
        if self.kind in ("struct", "array", "vector"):
            return all(e.supported() for e in self.elems)
        return self.kind in ("ptr", "float", "void")

    def mangled(self) -> str:
        """The type's part of an overloaded intrinsic's name: {ptr, i64} -> sl_p0i64s."""
        if self.kind == "ptr":
            return "p0"
        if self.kind == "int":
            return f"i{self.bits}"
        if self.kind == "float":
            return {16: "f16", 32: "f32", 64: "f64", 80: "f80", 128: "f128"}[self.bits]
        if self.kind == "array":
            return f"a{self.count}{self.elems[0].mangled()}"
        if self.kind == "vector":
            return f"v{self.count}{self.elems[0].mangled()}"
        if self.kind == "struct":
            return "sl_" + "".join(e.mangled() for e in self.elems) + "s"
        raise ValueError(self.kind)

    def reg_words(self) -> tuple[int, int]:
        """(integer registers, float registers) the value takes as an argument."""
        if self.kind in ("struct", "array"):
            ints = floats = 0
            for i in range(len(self.elems) if self.kind == "struct" else self.count):
                a, b = self.elems[i if self.kind == "struct" else 0].reg_words()
                ints, floats = ints + a, floats + b
            return ints, floats
        if self.kind == "float" or self.kind == "vector":
            return 0, 1
        if self.kind == "int" and self.bits > 64:
            return 2, 0
        return (0, 0) if self.kind == "void" else (1, 0)


def parse_type(text: str, pos: int = 0) -> tuple[Type, int]:
    """The type written at text[pos:] and the position after it."""
    while text[pos] == " ":
        pos += 1
    c = text[pos]
    if text.startswith("ptr", pos):
        return Type("ptr"), pos + 3
    if text.startswith("void", pos):
        return Type("void"), pos + 4
    m = re.compile(r"i(\d+)").match(text, pos)
    if m:
        return Type("int", int(m.group(1))), m.end()
    for name, bits in (("half", 16), ("float", 32), ("double", 64), ("x86_fp80", 80), ("fp128", 128)):
        if text.startswith(name, pos):
            return Type("float", bits), pos + len(name)
    if c in "[<" and not text.startswith("<{", pos):
        m = re.compile(r"[\[<](\d+) x ").match(text, pos)
        elem, pos = parse_type(text, m.end())
        return Type("array" if c == "[" else "vector", elems=[elem], count=int(m.group(1))), pos + 1
    if c == "{" or text.startswith("<{", pos):
        packed = c == "<"
        pos += 2 if packed else 1
        elems = []
        while True:
            while text[pos] == " ":
                pos += 1
            if text[pos] == "}":
                return Type("struct", elems=elems, packed=packed), pos + (2 if packed else 1)
            t, pos = parse_type(text, pos)
            elems.append(t)
            while text[pos] == " ":
                pos += 1
            if text[pos] == ",":
                pos += 1
    return Type("other"), pos + 1


# ---- one function's instructions ------------------------------------------

@dataclass
class Instr:
    text: str  # the whole instruction, switch cases joined
    line: int = 0  # its (first) line in the body
    name: str = ""  # the value it defines
    uses: list[str] = field(default_factory=list)
    phi: list[tuple[str, str]] = field(default_factory=list)  # (value, incoming block)


@dataclass
class Block:
    label: str
    instrs: list[Instr] = field(default_factory=list)
    succs: list[str] = field(default_factory=list)


class Unsupported(Exception):
    """A function the pass leaves alone: all its frames stay conservative."""


def parse_body(lines: list[str]) -> list[Block]:
    """The blocks of a function body (the lines between its braces)."""
    blocks: list[Block] = []
    labels = set()
    pending, start = "", 0
    for k, line in enumerate(lines):
        if pending:
            pending += "\n" + line
            if pending.count("[") > pending.count("]"):
                continue
            line, pending = pending, ""
        else:
            start = k
        s = line.strip()
        if not s or s.startswith(";") or s.startswith("#dbg_"):
            continue
        m = LABEL.match(line)
        if m and not line.startswith(" "):
            label = m.group(1)
            blocks.append(Block("%" + label))
            labels.add("%" + label)
            continue
        if re.match(r"(switch|indirectbr) ", s) and s.count("[") > s.count("]"):
            pending = line
            continue
        if not blocks:
            blocks.append(Block("%entry.implicit"))
        blocks[-1].instrs.append(Instr(line, start))
    for b in blocks:
        for ins in b.instrs:
            m = DEF.match(ins.text)
            if m:
                ins.name = m.group(1)
            toks = [t for t in TOKEN.findall(ins.text[m.end() if m else 0:]) if t.startswith("%")]
            if re.match(r"\s*(%\S+ = )?phi ", ins.text):
                ins.phi = list(zip_phi(ins.text, labels))
            else:
                ins.uses = [t for t in toks if t not in labels]
        if b.instrs:
            last = b.instrs[-1].text
            b.succs = [t for t in TOKEN.findall(last) if t in labels]
    return blocks


PHI_PAIR = re.compile(r'\[\s*([^\[\]]*?),\s*(%"[^"]*"|%[-\w$.]+)\s*\]')


def zip_phi(text: str, labels: set[str]):
    """The (value, incoming block) pairs of a phi's [ value, %block ] list
    (a constant value has no local name and gives no pair)."""
    pairs = PHI_PAIR.findall(text)
    if len(pairs) != text.count("["):
        raise Unsupported("phi")
    for value, blk in pairs:
        if blk not in labels:
            raise Unsupported("phi")
        for t in TOKEN.findall(value):
            if t.startswith("%"):
                yield t, blk


def liveness(blocks: list[Block]) -> dict[str, set[str]]:
    """The values live at the end of each block."""
    by_label = {b.label: b for b in blocks}
    gen, kill, phi_out = {}, {}, {b.label: set() for b in blocks}
    for b in blocks:
        g, k = set(), set()
        for ins in reversed(b.instrs):
            if ins.name:
                g.discard(ins.name)
                k.add(ins.name)
            if ins.phi:
                for v, src in ins.phi:
                    phi_out[src].add(v)
            else:
                g.update(ins.uses)
        gen[b.label], kill[b.label] = g, k
    live_in = {b.label: set() for b in blocks}
    live_out = {b.label: set() for b in blocks}
    changed = True
    while changed:
        changed = False
        for b in reversed(blocks):
            out = set(phi_out[b.label])
            for s in b.succs:
                if s in by_label:
                    out |= live_in[s]
            new_in = gen[b.label] | (out - kill[b.label])
            if out != live_out[b.label] or new_in != live_in[b.label]:
                live_out[b.label], live_in[b.label] = out, new_in
                changed = True
    return live_out


# ---- the rewrite ------------------------------------------------------------

def split_args(text: str, start: int) -> tuple[list[str], int]:
    """The top-level comma-separated items from text[start] (an opening
    parenthesis) to its closing one, and the position after it."""
    depth, i, item_start, items = 0, start, start + 1, []
    while i < len(text):
        c = text[i]
        if c == '"':
            i = text.index('"', i + 1)
        elif c in "([{<":
            depth += 1
        elif c in ")]}>":
            depth -= 1
            if depth == 0:
                if text[item_start:i].strip():
                    items.append(text[item_start:i].strip())
                return items, i + 1
        elif c == "," and depth == 1:
            items.append(text[item_start:i].strip())
            item_start = i + 1
        i += 1
    raise Unsupported("call")


@dataclass
class Rewriter:
    types: dict[str, Type]  # value name -> type
    returns_twice: set[str]
    callers: set[str]  # the functions that may call runtime.GC (gc_callers)
    results: set[str] = field(default_factory=set)  # gc.result manglings used
    counter: int = 0

    def fresh(self) -> str:
        self.counter += 1
        return f"%sp.{self.counter}"

    def needs_map(self, callee: str, may_resume: bool) -> bool:
        """Whether a call of callee may lead to runtime.GC: if it is one of
        the callers, or, when a panic in it may resume the calling function
        (may_resume), if it may panic, which runs the function's deferred
        calls: Go code may panic anywhere; of the runtime's functions, those
        whose job is to panic are taken (the others' frames are scanned
        conservatively if they ever do)."""
        name = symbol_name(callee)
        if name in self.callers:
            return True
        return may_resume and (not name.startswith("runtime.") or name in NORETURN)

    def call_parts(self, text: str, may_resume: bool):
        """(prefix "%r = ", callee, arg items, rest after the arguments) of a
        call the pass can turn into a statepoint and that needs a map, else
        None."""
        m = CALL.match(text)
        if not m or "musttail" in text[: m.end()]:
            return None
        head = m.group(1)
        # the callee: the first @name or %name followed by "("
        cm = CALLEE.search(text, m.end())
        if not cm:
            return None
        callee = cm.group(1)
        between = text[m.end(): cm.start()]
        if "asm" in between.split() or callee.startswith("@llvm.") or callee in self.returns_twice:
            return None
        if not self.needs_map(callee, may_resume):
            return None
        if re.search(r"\b(fastcc|coldcc|cc \d+|ghccc|swiftcc|tailcc)\b", between):
            return None
        args, end = split_args(text, cm.end() - 1)
        rest = text[end:]
        if rest.lstrip().startswith("["):  # an operand bundle already
            return None
        if any(a in t.split() or a + "(" in t for t in args for a in MEMORY_ATTRS):
            return None
        return head, callee, args, rest

    def statepoint(self, ins: Instr, live: list[str], allocas: list[tuple[str, int]], sid: int,
                   may_resume: bool) -> list[str] | None:
        parts = self.call_parts(ins.text, may_resume)
        if parts is None:
            return None
        head, callee, args, rest = parts
        ret = self.types.get(ins.name, Type("void")) if ins.name else Type("void")
        arg_types = [parse_type(a)[0] for a in args]
        ints = floats = 0
        for t in arg_types:
            a, b = t.reg_words()
            ints, floats = ints + a, floats + b
        rints, rfloats = ret.reg_words()
        if (ints > INT_ARG_REGS or floats > FLOAT_ARG_REGS or rints > INT_RET_REGS or rfloats > FLOAT_RET_REGS
                or not ret.supported() or ret.kind != "void" and ret.size_align()[0] == 0
                or any(t.kind == "other" or t.size_align()[0] == 0 for t in arg_types)):
            return None
        indent = re.match(r"\s*", ins.text).group(0)
        out, deopt = [], []
        for v in live:
            t = self.types.get(v)
            if t is None or not t.supported():
                return None
            for path in t.words():
                if not path:
                    deopt.append(f"{text_of(t)} {v}")
                    continue
                w = self.fresh()
                if t.kind == "vector":
                    out.append(f"{indent}{w} = extractelement {text_of(t)} {v}, i64 {path[0]}")
                else:
                    out.append(f"{indent}{w} = extractvalue {text_of(t)} {v}, {', '.join(map(str, path))}")
                deopt.append(f"{text_of(leaf(t, path))} {w}")
        n = len(deopt)
        deopt += [f"ptr {a}, i64 {size}" for a, size in allocas]
        fnty = f"{text_of(ret)} ({', '.join(text_of(t) for t in arg_types)})"
        tok = self.fresh()
        call_args = ", ".join([f"i64 {sid}", "i32 0", f"ptr elementtype({fnty}) {callee}", f"i32 {len(args)}", "i32 0"]
                              + args + ["i32 0", "i32 0"])
        bundle = f'[ "deopt"(i64 {n}{"".join(", " + d for d in deopt)}) ]'
        suffix, meta = split_rest(rest)
        out.append(f"{indent}{tok} = call token (i64, i32, ptr, i32, i32, ...) {STATEPOINT}({call_args}){suffix} {bundle}{meta}")
        if ins.name:
            m = ret.mangled()
            self.results.add((m, text_of(ret)))
            out.append(f"{head}call {text_of(ret)} @llvm.experimental.gc.result.{m}(token {tok}){meta}")
        return out


CALLEE = re.compile(r'(@"[^"]*"|@[-\w$.]+|%"[^"]*"|%[-\w$.]+)\(')


def symbol_name(callee: str) -> str:
    """The symbol a callee names, as the object spells it (@"a b" -> a b;
    a quoted name shows a byte outside printable ASCII as \\XX: the middle
    dot of @"m\\C2\\B7mapinit" is \\C2\\B7); a %value stays as it is."""
    if not callee.startswith("@"):
        return callee
    name = callee[1:].strip('"')
    if "\\" not in name:
        return name
    raw = re.sub(rb"\\([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), name.encode())
    return raw.decode("utf-8", "replace")


def callee_of(line: str) -> str:
    """The callee a call instruction names: @f, or %f for a func value
    ("" for any other line, or a call of inline assembly)."""
    m = CALL.match(line)
    c = CALLEE.search(line, m.end()) if m else None
    if c is None or " asm " in line[m.end() - 1 : c.start()]:
        return ""
    return c.group(1)


def direct_callees(body: list[str]) -> set[str]:
    """The symbols a function body calls by name (inline assembly aside)."""
    return {symbol_name(c) for c in map(callee_of, body) if c.startswith("@")}


def gc_callers(bodies: dict[str, list[str]], imported: set[str]) -> set[str]:
    """The functions of bodies (symbol -> body lines) that may call
    runtime.GC by a chain of direct calls, with the imported packages' such
    functions: the callees whose call sites need a map (a least fixed point
    over the call graph, from runtime.GC).

    A call through a func value, an interface, a method value, a defer or a
    go statement is not followed: its callee is unknown here. That is safe:
    a frame stopped at a call without a map is scanned conservatively, so
    missing such a chain costs only precision (the frame's stale words may
    keep garbage alive for one more cycle), never a live object."""
    callees = {name: direct_callees(body) for name, body in bodies.items()}
    callers = set(imported) | {GC_ROOT}
    changed = True
    while changed:
        changed = False
        for name, cs in callees.items():
            if name not in callers and cs & callers:
                callers.add(name)
                changed = True
    return callers


def saves_only(bodies: dict[str, list[str]]) -> set[str]:
    """The functions of bodies whose record tells the registers they save
    even without maps: a frame of one may be on the stack, at a call with
    no map, when the Go code it runs calls runtime.GC (mgcstack.go). They
    are the functions that call a func value (the runtime's deferred-call
    runners and goroutine entry among them) and the runtime's functions
    that panic, on a panic's way to the deferred calls."""
    return {name for name, body in bodies.items()
            if name in NORETURN or any(callee_of(line).startswith("%") for line in body)}


def imported_gc_callers(imports: dict[str, bytes]) -> set[str]:
    """The functions the imported packages' export data list as callers of
    runtime.GC (each package lists its own and those it imported, so a
    function of a package imported only indirectly is known too)."""
    out = set()
    for data in imports.values():
        out.update(json.loads(data).get("gccallers", ()))
    return out


def split_rest(rest: str) -> tuple[str, str]:
    """The text after a call's arguments as (attributes, metadata)."""
    i = rest.find(", !")
    return (rest, "") if i < 0 else (rest[:i], rest[i:])


def leaf(t: Type, path: tuple) -> Type:
    for i in path:
        t = t.elems[i if t.kind == "struct" else 0]
    return t


def text_of(t: Type) -> str:
    if t.kind == "ptr":
        return "ptr"
    if t.kind == "void":
        return "void"
    if t.kind == "int":
        return f"i{t.bits}"
    if t.kind == "float":
        return {16: "half", 32: "float", 64: "double", 80: "x86_fp80", 128: "fp128"}[t.bits]
    if t.kind == "array":
        return f"[{t.count} x {text_of(t.elems[0])}]"
    if t.kind == "vector":
        return f"<{t.count} x {text_of(t.elems[0])}>"
    inner = ", ".join(text_of(e) for e in t.elems)
    return f"<{{ {inner} }}>" if t.packed else f"{{ {inner} }}"


def rewrite_function(lines: list[str], rw: Rewriter) -> list[str] | None:
    """The body with its calls made statepoints (None: left alone)."""
    blocks = parse_body(lines)
    live_out = liveness(blocks)
    allocas = []
    for b in blocks:
        for ins in b.instrs:
            m = re.match(r"\s*%\S+ = alloca (.*)$", ins.text)
            if m:
                t, pos = parse_type(m.group(1))
                if b is not blocks[0] or re.match(r"\s*,\s*i\d+ ", m.group(1)[pos:]) or not t.supported():
                    raise Unsupported("alloca")
                size = t.size_align()[0]
                if size >= 8:
                    allocas.append((ins.name, size))
    resume = recovery_point(blocks, rw.returns_twice, live_out)
    if resume is not None:
        allocas = [(a, resume.buffer if a == resume.frame else size) for a, size in allocas]
    dead_at = dead_temporaries(blocks)
    # An address into a stack object keeps the whole object: the alloca
    # stands for them all (a frame address, no register, no spill).
    base = alloca_bases(blocks)
    replaced: dict[int, list[str]] = {}
    sid = 0
    for b in blocks:
        live = set(live_out[b.label])
        for ins in reversed(b.instrs):
            if ins.name:
                live.discard(ins.name)
            if CALL.match(ins.text):
                dead = dead_at.get(id(ins), ())
                may_resume = resume is not None and id(ins) in resume.calls
                values = live | resume.live if may_resume else live
                words = sorted({base.get(v, v) for v in values if rw.types.get(v) is not None and rw.types[v].words()
                                and v not in dead})
                new = rw.statepoint(ins, words, allocas, sid, may_resume)
                if new is not None:
                    replaced[id(ins)] = new
                    sid += 1
            if ins.phi:
                continue
            live.update(ins.uses)
    if not replaced:
        return None
    at_line = {ins.line: replaced[id(ins)] for b in blocks for ins in b.instrs if id(ins) in replaced}
    out = []
    for k, line in enumerate(lines):
        out.extend(at_line.get(k, [line]))
    return out


# runtime.deferframe's last field, the jump buffer setjmp fills: 8 words.
JMPBUF_SIZE = 64


@dataclass
class Resume:
    """Where a recovered panic resumes a function that calls setjmp."""

    live: set[str]  # the values live at the recovery block
    calls: set[int]  # the calls after the setjmp (ids of their Instr)
    frame: str  # the defer frame's alloca
    buffer: int  # the jump buffer's offset in it


def recovery_point(blocks: list[Block], returns_twice: set[str], live_out: dict[str, set[str]]) -> Resume | None:
    """The recovery point of a function that calls setjmp (None if it
    does not), in the shape setup_defer_frame (function.py) gives it: one
    setjmp in the entry block on a buffer at the end of an alloca, its
    result compared with 0 and the entry's branch leading to the recovery
    block when it is not 0. Any other shape is Unsupported."""
    sites = [(b, k) for b in blocks for k, ins in enumerate(b.instrs) if callee_of(ins.text) in returns_twice]
    if not sites:
        return None
    entry, k = sites[0]
    call = entry.instrs[k]
    if len(sites) > 1 or entry is not blocks[0] or len(call.uses) != 1:
        raise Unsupported("setjmp")
    test = next((i for i in entry.instrs[k + 1:]
                 if re.match(rf"\s*%\S+ = icmp (eq|ne) i64 {re.escape(call.name)}, 0\b", i.text)), None)
    branch = re.match(rf"\s*br i1 ({LOCAL}), label ({LOCAL}), label ({LOCAL})", entry.instrs[-1].text)
    if test is None or not branch or branch.group(1) != test.name:
        raise Unsupported("setjmp")
    recovery = branch.group(3) if " icmp eq " in test.text else branch.group(2)
    block = next(b for b in blocks if b.label == recovery)
    live = set(live_out[block.label])
    for ins in reversed(block.instrs):
        if ins.phi:
            raise Unsupported("setjmp")
        live.discard(ins.name)
        live.update(ins.uses)
    frame, buffer = buffer_in_alloca(entry, call.uses[0])
    calls = {id(ins) for b in blocks for j, ins in enumerate(b.instrs)
             if CALL.match(ins.text) and (b is not entry or j > k)}
    return Resume(live, calls, frame, buffer)


def buffer_in_alloca(entry: Block, buf: str) -> tuple[str, int]:
    """The alloca holding the jump buffer buf and buf's offset in it; the
    buffer must end the alloca (Unsupported otherwise)."""
    defs = {ins.name: ins.text for ins in entry.instrs if ins.name}
    m = re.match(r"\s*\S+ = getelementptr (?:inbounds )?(?:nuw )?i8, ptr (\S+), i64 (\d+)$", defs.get(buf, ""))
    frame, offset = (m.group(1), int(m.group(2))) if m else (buf, 0)
    alloca = re.match(r"\s*\S+ = alloca (.*)$", defs.get(frame, ""))
    if not alloca or parse_type(alloca.group(1))[0].size_align()[0] != offset + JMPBUF_SIZE:
        raise Unsupported("setjmp")
    return frame, offset


LIFETIME = re.compile(r"\s*call void @llvm\.lifetime\.(start|end)\.p0\(")


def alloca_bases(blocks: list[Block]) -> dict[str, str]:
    """The alloca each address into one derives from (by getelementptr),
    the allocas themselves included."""
    base: dict[str, str] = {}
    for b in blocks:
        for ins in b.instrs:
            if re.match(r"\s*%\S+ = alloca ", ins.text):
                base[ins.name] = ins.name
            elif re.match(r"\s*%\S+ = getelementptr ", ins.text) and ins.uses and ins.uses[0] in base:
                base[ins.name] = base[ins.uses[0]]
    return base


def dead_temporaries(blocks: list[Block]) -> dict[int, set[str]]:
    """For each call, the addresses (an alloca, or derived from one by
    getelementptr) of the temporaries whose contents are dead there: those
    that are, on every path to the call, out of their lifetime (ended, or
    not yet started) if they have lifetime markers, or not yet used if
    they have none: nothing can have written such a temporary, its words
    are what an older frame left there (a stale frame pointer into this
    frame would keep another temporary's dead contents alive). Listing
    such an address would make the collector scan words no one will read."""
    base = alloca_bases(blocks)
    if not base:
        return {}
    marked = {base[ins.uses[0]] for b in blocks for ins in b.instrs
              if LIFETIME.match(ins.text) and ins.uses and ins.uses[0] in base}
    preds: dict[str, list[str]] = {b.label: [] for b in blocks}
    for b in blocks:
        for s in b.succs:
            if s in preds:
                preds[s].append(b.label)

    def step(ins: Instr, alive: set[str]) -> None:
        m = LIFETIME.match(ins.text)
        if m:
            if ins.uses and ins.uses[0] in base:
                (alive.add if m.group(1) == "start" else alive.discard)(base[ins.uses[0]])
            return
        for v in ins.uses + [v for v, _ in ins.phi]:
            if v in base and base[v] not in marked:
                alive.add(base[v])

    # forward: the temporaries maybe in their lifetime (or used) at each block's start
    entry: dict[str, set[str]] = {b.label: set() for b in blocks}
    exit_: dict[str, set[str]] = {b.label: set() for b in blocks}
    changed = True
    while changed:
        changed = False
        for b in blocks:
            alive = set().union(*(exit_[p] for p in preds[b.label])) if preds[b.label] else set()
            entry[b.label] = set(alive)
            for ins in b.instrs:
                step(ins, alive)
            if alive != exit_[b.label]:
                exit_[b.label] = alive
                changed = True
    temporaries = set(base.values())
    out = {}
    for b in blocks:
        alive = set(entry[b.label])
        for ins in b.instrs:
            step(ins, alive)  # a call's own arguments count as used by it
            if CALL.match(ins.text) and not LIFETIME.match(ins.text):
                dead = temporaries - alive
                if dead:
                    out[id(ins)] = {v for v, a in base.items() if a in dead}
    return out


def function_bodies(lines: list[str]) -> dict[str, list[str]]:
    """The body lines of each function a module's text defines, by symbol."""
    bodies = {}
    for i, line in enumerate(lines):
        if line.startswith("define ") and line.rstrip().endswith("{"):
            bodies[symbol_name(CALLEE.search(line).group(1))] = lines[i + 1 : lines.index("}", i)]
    return bodies


def insert_statepoints(mod: llvm.ModuleRef, lines: list[str], callers: set[str]) -> llvm.ModuleRef:
    """The module (lines: its text) with every call that needs a map
    (Rewriter.needs_map) it can make a statepoint rewritten."""
    returns_twice = set()
    types_by_fn: dict[str, dict[str, Type]] = {}
    for fn in mod.functions:
        if any(b"returns_twice" in bytes(a) if isinstance(a, (bytes, bytearray)) else "returns_twice" in str(a)
               for a in fn.attributes):
            returns_twice.add("@" + quote(fn.name))
    n = 0
    for fn in mod.functions:
        if fn.is_declaration:
            continue
        types = {}
        for a in fn.arguments:
            if not a.name:
                n += 1
                a.name = f"sp.a{n}"
            types["%" + quote(a.name)] = parse_type(str(a.type))[0]
        for b in fn.blocks:
            if not b.name:
                n += 1
                b.name = f"sp.b{n}"
            for ins in b.instructions:
                t = str(ins.type)
                if t == "void":
                    continue
                if not ins.name:
                    n += 1
                    ins.name = f"sp.v{n}"
                types["%" + quote(ins.name)] = parse_type(t)[0]
        types_by_fn["@" + quote(fn.name)] = types
    out: list[str] = []
    i = 0
    rewrote = False
    results: set = set()
    while i < len(lines):
        line = lines[i]
        if line.startswith("define ") and line.rstrip().endswith("{"):
            j = lines.index("}", i)
            name = re.search(r'(@"[^"]*"|@[-\w$.]+)\(', line).group(1)
            rw = Rewriter(types_by_fn.get(name, {}), returns_twice, callers)
            try:
                body = rewrite_function(lines[i + 1 : j], rw)
            except (Unsupported, ValueError, IndexError, KeyError):
                body = None
            if body is None:
                out.extend(lines[i : j + 1])
            else:
                rewrote = True
                results |= rw.results
                out.append(with_gc(line))
                out.extend(body)
                out.append("}")
            i = j + 1
            continue
        out.append(line)
        i += 1
    if not rewrote:
        return mod
    out.append(f"declare token {STATEPOINT}(i64, i32, ptr, i32, i32, ...)")
    for m, t in sorted(results):
        out.append(f"declare {t} @llvm.experimental.gc.result.{m}(token)")
    try:
        new = llvm.parse_assembly("\n".join(out))
        new.verify()
    except RuntimeError:
        # a rewrite LLVM refuses is a bug here, but not one that should
        # stop a build: without maps every frame is scanned conservatively
        return mod
    return new


def quote(name: str) -> str:
    return name if re.fullmatch(r"[-\w$.]+", name) else '"' + name + '"'


def with_gc(define: str) -> str:
    """A define line with the statepoint GC strategy, which LLVM requires of
    a function holding statepoints."""
    m = re.search(r"((?: ![\w.]+ ![0-9]+)*) \{$", define.rstrip())
    return define[: m.start()] + GC_STRATEGY + define[m.start():]


# ---- reading the stack maps back ------------------------------------------

LOC_REGISTER, LOC_DIRECT, LOC_INDIRECT, LOC_CONSTANT, LOC_CONSTINDEX = 1, 2, 3, 4, 5
DWARF_RBP, DWARF_RSP = 6, 7


@dataclass
class SiteMap:
    """One call site: its return address's offset in the function, the
    frame offsets (from the stack pointer at the call) of the live words,
    and of the pointers into the frame (Direct locations)."""

    retoff: int
    slots: list[int]
    direct: list[int]


@dataclass
class FuncMap:
    frame: int  # bytes from the stack pointer at a call to the return address
    objects: list[tuple[int, int]]  # (offset, size) of each stack object
    sites: list[SiteMap]
    saves: list[int] = field(default_factory=list)  # registers the prologue pushes, in order


# The callee-saved registers a prologue may push after the frame pointer,
# numbered as runtime.gcCaller.regs numbers them (rbx, rbp, r12-r15); any
# other push only aligns the frame (SAVE_NONE).
PUSHES = {b"\x53": 0, b"\x41\x54": 2, b"\x41\x55": 3, b"\x41\x56": 4, b"\x41\x57": 5}
SAVE_NONE = 6


def prologue(code: bytes) -> tuple[list[int], int] | None:
    """The registers a function's prologue pushes below the frame pointer,
    in order (each in the word below the one before), and the bytes it then
    reserves (sub $n, %rsp): None when the code is not understood."""
    start = code.find(b"\x55\x48\x89\xe5", 0, 48)  # push %rbp; mov %rsp, %rbp (after the stack check)
    if start < 0:
        return None
    pos, saves = start + 4, []
    while pos + 1 < len(code):
        if code[pos:pos + 1] in PUSHES or code[pos:pos + 2] in PUSHES:
            key = code[pos:pos + 1] if code[pos:pos + 1] in PUSHES else code[pos:pos + 2]
            saves.append(PUSHES[key])
            pos += len(key)
        elif 0x50 <= code[pos] <= 0x57 or code[pos] == 0x41 and 0x50 <= code[pos + 1] <= 0x57:
            saves.append(SAVE_NONE)
            pos += 1 if code[pos] != 0x41 else 2
        else:
            break
    if code[pos:pos + 3] == b"\x48\x83\xec":  # sub $imm8, %rsp
        local = code[pos + 3]
    elif code[pos:pos + 3] == b"\x48\x81\xec":  # sub $imm32, %rsp
        local = int.from_bytes(code[pos + 3:pos + 7], "little")
    else:
        local = 0
    return saves, local


def prologue_saves(code: bytes, frame: int) -> list[int] | None:
    """The registers the prologue pushes below the frame pointer, checked
    against the frame size the stack map gives (None: not understood)."""
    found = prologue(code)
    return found[0] if found is not None and 8 + 8 * len(found[0]) + found[1] == frame else None


def read_stackmaps(data: bytes, func_addrs: list) -> dict:
    """The maps of section .llvm_stackmaps (format: LLVM's StackMaps
    documentation, version 3), per function; func_addrs names the function
    of each function record, in order (from the section's relocations)."""
    version, = struct.unpack_from("<B", data, 0)
    if version != 3:
        raise ValueError(f"stack map version {version}")
    nfunc, nconst, nrec = struct.unpack_from("<III", data, 4)
    pos = 16
    funcs = []
    for k in range(nfunc):
        _, stack, count = struct.unpack_from("<QQQ", data, pos)
        funcs.append((func_addrs[k], stack, count))
        pos += 24
    constants = struct.unpack_from(f"<{nconst}Q", data, pos)
    pos += 8 * nconst
    out = {}
    for name, stack, count in funcs:
        fm = FuncMap(stack, [], [])
        for _ in range(count):
            _, off, _, nloc = struct.unpack_from("<QIHH", data, pos)
            pos += 16
            locs = []
            for _ in range(nloc):
                kind, _, size, reg, _, value = struct.unpack_from("<BBHHHi", data, pos)
                pos += 12
                if kind == LOC_CONSTINDEX:
                    kind, value = LOC_CONSTANT, constants[value]
                if reg == DWARF_RBP and kind in (LOC_DIRECT, LOC_INDIRECT):
                    reg, value = DWARF_RSP, value + stack - 8
                locs.append((kind, size, reg, value))
            pos = (pos + 7) & ~7
            _, nlive = struct.unpack_from("<HH", data, pos)
            pos += 4 + 4 * nlive
            pos = (pos + 7) & ~7
            site = site_map(off, locs[3:], fm)
            if site is not None:
                fm.sites.append(site)
        out[name] = fm
    return out


def site_map(retoff: int, locs: list[tuple[int, int, int, int]], fm: FuncMap) -> SiteMap | None:
    """A call site's map from its deopt locations (None: a location the
    runtime cannot read, as a register: the site stays conservative). Every
    site lists the function's allocas: fm.objects gets their offsets."""
    if not locs or locs[0][0] != LOC_CONSTANT:
        return None
    n = locs[0][3]
    site = SiteMap(retoff, [], [])
    for kind, size, reg, value in locs[1 : 1 + n]:
        if kind == LOC_CONSTANT:
            continue
        if reg != DWARF_RSP or kind not in (LOC_INDIRECT, LOC_DIRECT):
            return None
        (site.slots if kind == LOC_INDIRECT else site.direct).append(value)
    rest = locs[1 + n:]
    objects = []
    for k in range(0, len(rest) - 1, 2):
        (kind, _, reg, off), (_, _, _, size) = rest[k], rest[k + 1]
        if kind != LOC_DIRECT or reg != DWARF_RSP:
            return None
        objects.append((off, size))
    for obj in objects:
        if obj not in fm.objects:
            fm.objects.append(obj)
    return site


def encode_funcmap(fm: FuncMap) -> bytes:
    """A function's maps as the runtime reads them (mgcstack.go), all
    unsigned varints: the frame size, the registers its prologue saves
    below the frame pointer (count, then each, see PUSHES), the stack objects (count, then offset
    and size each), the call sites by return address (count, then each: its
    return offset, its live slots (count, offsets), its pointers into the
    frame (count, offsets)); every offset from the stack pointer at the call."""
    out = bytearray()
    put_uvarint(out, fm.frame)
    put_uvarint(out, len(fm.saves))
    for r in fm.saves:
        put_uvarint(out, r)
    put_uvarint(out, len(fm.objects))
    for off, size in sorted(fm.objects):
        put_uvarint(out, off)
        put_uvarint(out, size)
    sites = sorted({s.retoff: s for s in fm.sites}.values(), key=lambda s: s.retoff)
    put_uvarint(out, len(sites))
    for s in sites:
        put_uvarint(out, s.retoff)
        for offs in (sorted(set(s.slots)), sorted(set(s.direct))):
            put_uvarint(out, len(offs))
            for off in offs:
                put_uvarint(out, off)
    return bytes(out)


def function_maps(elf, saves_only: set[str]) -> dict[int, bytes]:
    """The encoded maps of each function of an object, by the index of its
    .text section; a function of saves_only without maps gets a record with
    only its frame size and the registers its prologue saves."""
    out = {}
    for sec, s in enumerate(elf.sections):
        if s.name.startswith(".text.") and s.name[len(".text."):] in saves_only:
            found = prologue(bytes(elf.section_data(sec)[:96]))
            if found is not None:
                saves, local = found
                out[sec] = encode_funcmap(FuncMap(8 + 8 * len(saves) + local, [], [], saves))
    out.update(object_maps(elf))
    return out


def object_maps(elf) -> dict[int, bytes]:
    """The encoded maps of the functions of an object with call sites in
    its .llvm_stackmaps, by the index of their .text section."""
    from gominic.obj.elffile import SectionType, read_relocations

    index = next((i for i, s in enumerate(elf.sections) if s.name == ".llvm_stackmaps"), None)
    if index is None:
        return {}
    rela = next(i for i, s in enumerate(elf.sections) if s.type == SectionType.SHT_RELA and s.info == index)
    # the function records start at byte 16, 24 bytes each, address first
    entries = entry_offsets(elf)
    sections = {}
    for off, info, addend in read_relocations(elf, rela):
        sym = elf.symbols[info >> 32]
        if (off - 16) % 24 == 0 and sym[4] + addend == entries.get(sym[3], 0):
            sections[(off - 16) // 24] = sym[3]
    data = bytes(elf.section_data(index))
    nfunc = struct.unpack_from("<I", data, 4)[0]
    maps = read_stackmaps(data, [sections.get(k, -1) for k in range(nfunc)])
    out = {}
    for sec, fm in maps.items():
        if sec < 0 or not fm.sites:
            continue
        saves = prologue_saves(bytes(elf.section_data(sec)[:96]), fm.frame)
        if saves is not None:
            fm.saves = saves
            out[sec] = encode_funcmap(fm)
    return out
