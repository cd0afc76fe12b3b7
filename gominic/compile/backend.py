"""This module implements the back end: LLVM IR text to an optimised ELF object.

The module is parsed and verified by LLVM, optimised with the new pass
manager's O2 pipeline (or not at all with -N), and emitted as an ELF
relocatable object for x86-64 Linux: static relocation model, small code
model. Frame pointers stay on in every function, so the runtime can walk
the stack for panic traces; loop strength reduction stays off, so a live
object's address stays visible to the collector (target_machine).
"""

from __future__ import annotations

import re
from functools import cache

import llvmlite.binding as llvm

TRIPLE = "x86_64-unknown-linux-gnu"


@cache
def target_machine(opt: int):
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    # Loop strength reduction may keep only a pointer derived far past an
    # object (base + i*stride) in a register, and drop the base itself: the
    # garbage collector, which scans stacks and registers conservatively,
    # would then free an object the loop still uses.
    llvm.set_option("gominic", "-disable-lsr")
    # An instruction without a location (the prologue's, after the frame
    # is set up) continues the line before it, as in Go's tables, instead
    # of a row at line 0 and another back: 12% of hello's .debug_line.
    llvm.set_option("gominic", "-use-unknown-locations=Disable")
    # Go's compiler pads no loop head to an alignment boundary; LLVM's nops
    # before them (up to 15 bytes each) were 2.2 KB of hello's code. The
    # first option stops the padding of innermost loops, the second caps
    # any block's padding at one byte (LLVM 22 has no option for the
    # alignment of outer loops).
    llvm.set_option("gominic", "-x86-experimental-pref-innermost-loop-alignment=0")
    llvm.set_option("gominic", "-max-bytes-for-alignment=1")
    # Every function sets up its frame at its entry, as Go's do: the
    # runtime's tracebacks and stack scans, and the compiler's reading of
    # each frame's size (nosplit.py, statepoint.py), find the frame
    # pointer and the saved registers there. (LLVM never shrink-wraps a
    # "split-stack" function; a shrink-wrapped leaf kept its stack check.)
    llvm.set_option("gominic", "-enable-shrink-wrap=false")
    target = llvm.Target.from_triple(TRIPLE)
    return target.create_target_machine(cpu="x86-64", reloc="static", codemodel="small", opt=opt)


# llvmlite's IR builder knows only LLVM's enum attributes; string
# attributes are added to the text of each definition.
DEFINE = re.compile(r"^(define [^\n]*?)( section \"[^\n]*)?$", re.M)


# The declarations of functions the package calls (LLVM's intrinsics aside).
DECLARE = re.compile(r'^(declare (?![^\n]*@"?llvm\.)[^\n]*)$', re.M)

# In the program's own packages calls are never merged, so each keeps its
# own line, as in Go, whose compiler never merges them: LLVM would make
# one call of the calls that end two branches alike (go f() then the same
# statements in each case of a switch; the nil checks of one function),
# and a traceback through it would give one line for all (a "created by"
# line, a panic's). Also for runtime.deferreturn: runtime.Caller(1) in a
# deferred function sees the return statement's line
# (fixedbugs/issue14646.go). The toolchain's packages, whose lines are
# ours and not Go's, keep the smaller code (+3.3 KB in hello otherwise).
NOMERGE = " nomerge"


def add_string_attributes(ir_text: str, nobuiltins: bool, nomerge: bool) -> str:
    """Keep frame pointers and every call (Go never turns calls into jumps:
    stack traces need each frame); in the runtime, also stop LLVM from turning
    loops into calls to C library functions (strlen, ...) that do not exist."""
    attrs = ' "frame-pointer"="all" "disable-tail-calls"="true"' + (' "no-builtins"' if nobuiltins else "")
    # Every function checks that its frame fits on the goroutine's stack
    # segment and grows the stack when not (runtime/stack.go).
    attrs += ' "split-stack"'
    # A nil dereference must really load from address 0, so the hardware
    # faults and the runtime turns the SIGSEGV into Go's panic.
    attrs += ' null_pointer_is_valid'
    # Jump and lookup tables would land in one .rodata section shared by
    # the whole object (we cannot ask llvmlite for -function-sections), and
    # keeping any of them would keep every function they point into.
    attrs += ' "no-jump-tables"="true"'
    if nomerge:
        attrs += NOMERGE
        ir_text = DECLARE.sub(r"\1" + NOMERGE, ir_text)
    return DEFINE.sub(lambda m: m.group(1) + attrs + (m.group(2) or ""), ir_text)


def optimize(ir_text: str, optimize: bool, nobuiltins: bool = False, nomerge: bool = False) -> llvm.ModuleRef:
    mod = llvm.parse_assembly(add_string_attributes(ir_text, nobuiltins, nomerge))
    mod.verify()
    if optimize:
        tm = target_machine(2)
        pto = llvm.create_pipeline_tuning_options(speed_level=2)
        # LLVM's -O2 inlines up to a cost of 225; a budget nearer Go's own
        # (80 nodes) keeps binaries and their line tables smaller: 75, as
        # LLVM's -Os, against 100 takes 4.2 KB off hello, and
        # bench/programs (0.879x go) and go1 (1.14x) kept their speed.
        pto.inlining_threshold = 75
        # Go's compiler neither unrolls nor vectorizes loops; LLVM doing it
        # bought nothing measurable on bench/programs (without: geomean
        # 0.99x, each within noise) for 2% of hello's code.
        pto.loop_unrolling = False
        pto.loop_vectorization = False
        pto.slp_vectorization = False
        pb = llvm.create_pass_builder(tm, pto)
        pm = pb.getModulePassManager()
        pm.run(mod, pb)
    return mod


def emit_object(mod: llvm.ModuleRef, optimize: bool) -> bytes:
    from gominic.compile.nosplit import emit_with_stack_checks

    tm = target_machine(2 if optimize else 0)
    return zero_fill_as_nobits(emit_with_stack_checks(tm, mod) if optimize else tm.emit_object(mod))


# A zero-filled section smaller than this keeps its bytes: dropping them
# would save less than it costs to move the rest of the file.
NOBITS_MIN = 4096


def zero_fill_as_nobits(obj: bytes) -> bytes:
    """The object with its large .noptrbss sections made SHT_NOBITS, their
    zeros no longer stored in the file.

    LLVM gives a section named explicitly the type PROGBITS unless the name
    starts with ".bss" (getELFKindForNamedSection), so a .noptrbss.<sym>
    section carried its zeros: 16 MiB of them in the runtime's object, read
    and hashed by every build and every link. The bytes after a dropped run
    move up by a multiple of the largest section alignment, so every section
    keeps its file offset's alignment."""
    from gominic.obj.elffile import EHDR, SHDR, SectionType, parse_elf

    elf = parse_elf(obj, "object")
    align = max([8] + [s.addralign for s in elf.sections])
    cuts = []  # (offset, length) of the runs of zeros dropped, in file order
    nobits = set()
    for i, s in enumerate(elf.sections):
        if (s.type == SectionType.SHT_PROGBITS and s.name.startswith(".noptrbss.") and s.size >= NOBITS_MIN
                and bytes(elf.section_data(i)) == bytes(s.size)):
            nobits.add(i)
            cuts.append((s.offset, s.size // align * align))
    if not cuts:
        return obj
    cuts.sort()

    def moved(offset: int) -> int:
        return offset - sum(n for start, n in cuts if start < offset)

    out = bytearray()
    pos = 0
    for start, n in cuts:
        out += obj[pos:start]
        pos = start + n
    out += obj[pos:]
    header = list(EHDR.unpack_from(obj))
    shoff = header[6]
    header[6] = moved(shoff)
    EHDR.pack_into(out, 0, *header)
    for i, raw in enumerate(SHDR.iter_unpack(obj[shoff : shoff + len(elf.sections) * SHDR.size])):
        sh = list(raw)
        if i in nobits:
            sh[1] = SectionType.SHT_NOBITS
        sh[4] = moved(sh[4])
        SHDR.pack_into(out, header[6] + i * SHDR.size, *sh)
    return bytes(out)


def emit_assembly(mod: llvm.ModuleRef, optimize: bool) -> str:
    return target_machine(2 if optimize else 0).emit_assembly(mod)


def assemble_here(source: str) -> bytes:
    """Assemble a GNU-syntax .s file with LLVM's integrated assembler (as
    module asm), in this process, which LLVM ends on an error (see asm.py)."""
    lines = "\n".join(f'module asm "{escape(line)}"' for line in source.splitlines())
    mod = llvm.parse_assembly(f'target triple = "{TRIPLE}"\n{lines}\n')
    return target_machine(0).emit_object(mod)


def escape(line: str) -> str:
    return line.replace("\\", "\\5C").replace('"', "\\22")
