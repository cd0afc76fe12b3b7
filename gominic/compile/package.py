"""This module implements the compilation of one package to an LLVM module.

``PackageBuilder.build`` is the list of what a package's object holds:

1. package-level variables, each a global in its own section (.data or
   .bss; .noptrdata or .noptrbss when the type holds no pointers);
2. every function and method, each in its own .text.<symbol> section;
3. the package initialiser ``pkg.init``: it runs the initialisers of the
   imported packages first (each guarded by a done flag, so every package
   initialises once, in dependency order), then the package's variable
   initialisers in the order the type checker computed, then its ``init``
   functions in source order (Go spec, "Package initialization");
4. on demand: string literal data, type descriptors, itabs, closure and
   wrapper functions, shared (weak) across packages where they can repeat.
"""

from __future__ import annotations

import hashlib

import llvmlite.ir as ir

from gominic.compile import lltypes as L
from gominic.compile.irbuilder import Builder
from gominic.compile.static import StaticData
from gominic.compile.typedesc import TypeDescriptors
from gominic.compile.typenames import symbol_type_string
from gominic.obj.mapinit import MAPINIT_SLOT_SUFFIX, MAPINIT_SUFFIX
from gominic.syntax import ast
from gominic.types import types as T
from gominic.types.objects import Func, Package, Var
from gominic.types.operand import Info, Mode
from gominic.types.sizes import alignof

TRIPLE = "x86_64-unknown-linux-gnu"
DATALAYOUT = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"


def linkname(fn: Func) -> str | None:
    """The symbol a //go:linkname directive gives fn, if any."""
    for p in fn.pragmas:
        parts = p.split()
        if parts[0] == "go:linkname" and len(parts) == 3 and parts[1] == fn.name:
            return parts[2]
    return None


def func_symbol(fn: Func) -> str:
    return linkname(fn) or fn.link_name()


class PackageBuilder:
    def __init__(self, pkg: Package, info: Info, optimize: bool, heap_vars: set[Var] | None = None,
                 foreign: dict[str, Info] | None = None):
        self.pkg = pkg
        # The checked imports whose generic code this package instantiates.
        self.foreign = foreign or {}
        # Variables the escape analysis sent to the heap (None: no analysis,
        # every address-taken variable is on the heap).
        self.heap_vars = heap_vars
        self.info = info
        self.optimize = optimize
        self.module = ir.Module(name=pkg.path)
        self.module.triple = TRIPLE
        self.module.data_layout = DATALAYOUT
        self.functions: dict[str, ir.Function] = {}
        self.globals: dict[Var, ir.GlobalVariable] = {}
        self.strings: dict[bytes, ir.GlobalVariable] = {}
        self.typedescs = TypeDescriptors(self)
        self.closure_counts: dict[str, int] = {}
        self.pending: list = []  # function bodies still to generate
        self.linkvars: dict[str, str] = {}
        self.target_data = None

    # --- the phases -------------------------------------------------------

    def build(self) -> ir.Module:
        from gominic.compile.function import FuncBuilder
        self.declare_globals()
        for fn in self.info.funcs:
            if fn.decl is not None and fn.decl.body is not None and not fn.sig.tparams and not self.generic_recv(fn):
                self.pending.append(lambda fn=fn: FuncBuilder(self, fn.decl, fn, func_symbol(fn)).build())
        self.build_init()
        while self.pending:
            self.pending.pop(0)()
        self.seal_blocks()
        return self.module

    def seal_blocks(self) -> None:
        """End every block that code generation left open (code after a
        panic call or a return) with ``unreachable``, as LLVM requires."""
        for fn in self.module.functions:
            for blk in fn.blocks:
                if not blk.is_terminated:
                    Builder(blk).unreachable()

    def generic_recv(self, fn: Func) -> bool:
        recv = fn.sig.recv
        if recv is None:
            return False
        t = recv.type.elem if isinstance(recv.type, T.Pointer) else recv.type
        return isinstance(t, T.Named) and bool(t.targs) and any(isinstance(a, T.TypeParam) for a in t.targs)

    def declare_globals(self) -> None:
        for obj in self.pkg.scope.elems.values():
            if isinstance(obj, Var):
                self.global_var(obj)
                # Every package variable's Go type, for the linker's -X.
                self.linkvars[obj.qualified_name()] = str(obj.type)
        for info_obj in self.info.defs.values():
            if isinstance(info_obj, Var) and info_obj.is_global and info_obj.name == "_":
                self.global_var(info_obj)

    def global_var(self, v: Var) -> ir.GlobalVariable:
        g = self.globals.get(v)
        if g is not None:
            return g
        name = v.qualified_name()
        if v.name == "_":
            name = f"{self.pkg.path}._·{len(self.globals)}"
        ty = L.lltype(v.type)
        g = ir.GlobalVariable(self.module, ty, name)
        if v.pkg is self.pkg:
            g.initializer = L.zero(ty)
            kind = "bss" if T.has_pointers(v.type) else "noptrbss"
            g.section = f".{kind}.{name}"
            g.align = max(1, min(8, self.align_of(v.type)))
        self.globals[v] = g
        return g

    def abi_size(self, ty: ir.Type) -> int:
        """The size in bytes of LLVM type ty in our data layout."""
        import llvmlite.binding as llvm
        if self.target_data is None:
            self.target_data = llvm.create_target_data(DATALAYOUT)
        return ty.get_abi_size(self.target_data)

    def align_of(self, t: T.Type) -> int:
        return alignof(t)

    # --- functions --------------------------------------------------------

    def declare_func(self, sym: str, fty: ir.FunctionType) -> ir.Function:
        fn = self.functions.get(sym)
        if fn is None:
            existing = self.module.globals.get(sym)
            if existing is not None:
                self.functions[sym] = existing
                return existing
            fn = ir.Function(self.module, fty, sym)
            self.functions[sym] = fn
        return fn

    def func_ref(self, fn: Func) -> ir.Function:
        """The LLVM function for a Go function or method (declared if external)."""
        sig = fn.sig
        recv = sig.recv.type if sig.recv is not None else None
        return self.declare_func(func_symbol(fn), L.func_type(sig, recv=recv))

    def define(self, fn: ir.Function, pragmas=frozenset(), dupok: bool = False) -> None:
        """Give a function Go's code-generation attributes and its own section."""
        fn.section = L.section_name("text", fn.name)
        # Go code never unwinds through LLVM's tables (panics use the
        # runtime's defer frames), so no .eh_frame is needed.
        fn.attributes.add("nounwind")
        if "go:noinline" in pragmas or not self.optimize:
            fn.attributes.add("noinline")
        if dupok:
            fn.linkage = "linkonce_odr"

    def static_closure(self, llfn: ir.Function) -> ir.GlobalVariable:
        """The one-word closure record {code} that makes a function a func value.

        Calls through a func value pass the record as a first, ``nest``
        argument; the code it points to is an adapter taking it and calling
        the plain function. (Calling the plain function directly with the
        extra argument would work in machine code, but LLVM may turn such a
        call into a direct one and then pass the arguments shifted.)"""
        name = f"{llfn.name}·f"
        g = self.module.globals.get(name)
        if g is None:
            g = ir.GlobalVariable(self.module, ir.LiteralStructType([L.PTR]), name)
            g.initializer = ir.Constant(g.value_type, [self.closure_adapter(llfn)])
            g.global_constant = True
            g.linkage = "linkonce_odr"
            g.section = f".rodata.{name}"
        return g

    def closure_adapter(self, llfn: ir.Function) -> ir.Function:
        """F·fv(ctx nest, args...) { return F(args...) }"""
        fty = llfn.function_type
        adapter = self.declare_func(f"{llfn.name}·fv", ir.FunctionType(fty.return_type, [L.PTR, *fty.args]))
        if not adapter.blocks:
            self.define(adapter, dupok=True)
            adapter.args[0].add_attribute("nest")
            b = Builder(adapter.append_basic_block("entry"))
            # F stays a frame of its own: tracebacks hide the adapter.
            r = b.call(llfn, list(adapter.args[1:]), attrs=("noinline",))
            b.ret_void() if fty.return_type == L.VOID else b.ret(r)
        return adapter

    def instance(self, fn: Func, targs: list[T.Type], info: Info) -> ir.Function:
        """The code of generic function or method fn for type arguments targs."""
        from gominic.compile.function import FuncBuilder
        base = linkname(fn) or fn.link_name()
        if fn.sig.recv is not None:
            # pkg.(*Stack[T]).Push -> pkg.(*Stack[int]).Push
            recv = fn.sig.recv.type
            named = recv.elem if isinstance(recv, T.Pointer) else recv
            inst_name = named.obj.name
            targ_str = "[" + ",".join(symbol_type_string(a) for a in targs) + "]"
            star = isinstance(recv, T.Pointer)
            sym = f"{fn.pkg.path}.{'(*' if star else ''}{inst_name}{targ_str}{')' if star else ''}.{fn.name}"
        else:
            sym = base + "[" + ",".join(symbol_type_string(a) for a in targs) + "]"
        existing = self.functions.get(sym)
        if existing is not None:
            return existing
        owner = info if fn.pkg is self.pkg else self.foreign.get(fn.pkg.path, info)
        inst_info, sig = owner.check_instance(fn, targs)
        recv_t = sig.recv.type if sig.recv is not None else None
        llfn = self.declare_func(sym, L.func_type(sig, recv=recv_t))
        self.pending.append(lambda: FuncBuilder(self, fn.decl, fn, sym, info=inst_info, sig=sig).build())
        return llfn

    def closure_name(self, outer: str) -> str:
        n = self.closure_counts.get(outer, 0) + 1
        self.closure_counts[outer] = n
        return f"{outer}.func{n}"

    # --- read-only data ---------------------------------------------------

    def string_data(self, data: bytes) -> ir.Constant:
        """A Go string constant {ptr, len} whose bytes are content-addressed."""
        if not data:
            return ir.Constant(L.STRING, [ir.Constant(L.PTR, None), ir.Constant(L.I64, 0)])
        g = self.strings.get(data)
        if g is None:
            name = "go:string." + hashlib.sha256(data).hexdigest()[:32]
            g = self.module.globals.get(name)
            if g is None:
                arr = ir.ArrayType(L.I8, len(data))
                g = ir.GlobalVariable(self.module, arr, name)
                g.initializer = ir.Constant(arr, bytearray(data))
                g.global_constant = True
                g.linkage = "linkonce_odr"
                g.section = f".rodata.{name}"
                g.align = 1
            self.strings[data] = g
        return ir.Constant(L.STRING, [g, ir.Constant(L.I64, len(data))])

    # --- package initialisation -------------------------------------------

    def outline_map_init(self, fb, init) -> None:
        """Initialise a package-level map in a function of its own, called
        through a word the linker nils when the map is unreachable
        (gominic/obj/mapinit.py)."""
        from gominic.compile.call import FnPtr
        from gominic.compile.function import FuncBuilder
        name = self.global_var(init.lhs[0]).name
        outlined = self.declare_func(name + MAPINIT_SUFFIX, ir.FunctionType(L.VOID, []))
        self.define(outlined)
        ofb = FuncBuilder.for_init(self, outlined)
        ofb.package_initializer(init)
        ofb.b.ret_void()
        # A variable, not a constant: LLVM would fold a constant word's load
        # into a direct call, which the linker would have to follow. It
        # holds a code pointer, nothing a collector scans: noptrdata.
        slot = ir.GlobalVariable(self.module, L.PTR, name + MAPINIT_SLOT_SUFFIX)
        slot.initializer = outlined
        slot.section = f".noptrdata.{slot.name}"
        code = fb.b.load(slot)
        with fb.b.if_then(fb.b.icmp_unsigned("!=", code, ir.Constant(L.PTR, None))):
            fb.b.call(FnPtr(code, outlined.function_type), [])

    def build_init(self) -> None:
        from gominic.compile.function import FuncBuilder
        path = self.pkg.path
        done = ir.GlobalVariable(self.module, L.I8, f"{path}..inittask")
        done.initializer = ir.Constant(L.I8, 0)
        done.section = f".noptrbss.{path}..inittask"
        fn = self.declare_func(f"{path}.init", ir.FunctionType(L.VOID, []))
        self.define(fn)
        fb = FuncBuilder.for_init(self, fn)
        b = fb.b
        flag = b.load(done)
        is_done = b.icmp_unsigned("!=", flag, ir.Constant(L.I8, 0))
        with b.if_then(is_done, likely=False):
            b.ret_void()
        b.store(ir.Constant(L.I8, 1), done)
        for imp in self.pkg.imports:
            if imp.path in ("unsafe",):
                continue
            b.call(self.declare_func(f"{imp.path}.init", ir.FunctionType(L.VOID, [])), [])
        static = StaticData(self)
        for init in self.info.init_order:
            if len(init.lhs) == 1 and init.lhs[0].name != "_" and static.initialize(init.lhs[0], init.rhs):
                continue
            if len(init.lhs) == 1 and init.lhs[0].name != "_" and is_pure_map_literal(self.info, init.rhs):
                self.outline_map_init(fb, init)
                continue
            static.seen_mutation = True
            fb.package_initializer(init)
        n = 0
        for f in self.info.funcs:
            if f.name == "init" and f.sig.recv is None and f.decl is not None:
                sym = f"{path}.init.{n}"
                n += 1
                self.pending.append(lambda f=f, sym=sym: FuncBuilder(self, f.decl, f, sym).build())
                b.call(self.declare_func(sym, ir.FunctionType(L.VOID, [])), [])
        b.ret_void()


def is_pure_map_literal(info: Info, e) -> bool:
    """Whether e is a map composite literal whose evaluation does nothing
    but allocate: no calls (conversions are fine) and no receives, so that
    skipping it when the map is unused changes nothing else."""
    if not (isinstance(e, ast.CompositeLit) and isinstance(info.type_of(e).underlying(), T.Map)):
        return False
    from gominic.compile.function import contains_node

    def effect(n) -> bool:
        if isinstance(n, ast.CallExpr):
            fun = info.types.get(n.fun)
            return fun is None or fun.mode != Mode.TYPEXPR
        return isinstance(n, ast.Operation) and n.op == "<-" and n.y is None
    return not contains_node(e, effect)

